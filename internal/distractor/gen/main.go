// Command gen prepares the built-in bank's card features for question
// generation as Go source: `go generate ./internal/distractor`. A test in
// the distractor package fails when the generated file is out of date.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
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
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		return err
	}
	b, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		return err
	}
	// The cards as an exam sees them: with the built-in review applied.
	b.ApplyReviews(bank.BuiltinReview())
	src, err := distractor.GenerateSource(b)
	if err != nil {
		return err
	}
	old, _ := os.ReadFile(args[0])
	if bytes.Equal(old, src) {
		return nil
	}
	return os.WriteFile(args[0], src, 0o644)
}
