// Command gen turns data/messages/*.yaml into Go source, so the binary
// starts without parsing YAML: `go generate ./internal/catalog`. A test in
// the catalog package fails when the generated file is out of date.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/awsexam/awsexam/internal/catalog"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: gen DATA-DIR OUT.go")
	}
	names, err := filepath.Glob(filepath.Join(args[0], "*.yaml"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	var files []catalog.File
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		files = append(files, catalog.File{Name: "data/messages/" + filepath.Base(n), Data: b})
	}
	src, err := catalog.GenerateSource(files)
	if err != nil {
		return err
	}
	old, _ := os.ReadFile(args[1])
	if bytes.Equal(old, src) {
		return nil
	}
	return os.WriteFile(args[1], src, 0o644)
}
