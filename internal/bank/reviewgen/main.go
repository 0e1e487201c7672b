// Command reviewgen turns the built-in review (data/dva-c02-review.yaml)
// into Go source, so the binary starts without parsing YAML:
// `go generate ./internal/bank`. A test in the bank package fails when the
// generated file is out of date.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/awsexam/awsexam/internal/bank"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "reviewgen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: reviewgen REVIEW.yaml OUT.go")
	}
	raw, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	src, err := bank.GenerateReviewSource(bank.File{Name: "data/" + filepath.Base(args[0]), Data: raw})
	if err != nil {
		return err
	}
	old, _ := os.ReadFile(args[1])
	if bytes.Equal(old, src) {
		return nil
	}
	return os.WriteFile(args[1], src, 0o644)
}
