// Command gen prepares the built-in bank (parsed, checked, with ids and
// domains) as Go source: `go generate ./internal/bank`. A test in the bank
// package fails when the generated file is out of date.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: gen OUT.go")
	}
	src, err := bank.GenerateSource(bank.File{Name: data.NotesFile, Data: data.Notes}, data.BlueprintFile, data.Blueprint)
	if err != nil {
		return err
	}
	old, _ := os.ReadFile(args[0])
	if bytes.Equal(old, src) {
		return nil
	}
	return os.WriteFile(args[0], src, 0o644)
}
