package cli

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
)

// examFlags are the flags that choose an exam's questions, shared by
// generate, mock and drill.
type examFlags struct {
	// bank is --bank and --review (the tree's globalOptions.bank).
	bank  *bankFlags
	count int
	seed  uint64
	// seedSet says --seed was given (the command's RunE sets it);
	// without it each exam gets a fresh seed.
	seedSet  bool
	sections []string
	domains  []string
	// weighted: the exam must follow the domain weights (a mock).
	weighted bool
	// includeDisputed asks the cards the user disputed too.
	includeDisputed bool
}

func (f *examFlags) register(cmd *cobra.Command, defaultCount int) {
	fl := cmd.Flags()
	fl.IntVar(&f.count, "count", defaultCount, "")
	fl.Uint64Var(&f.seed, "seed", 0, "")
	fl.StringArrayVar(&f.sections, "section", nil, "")
	fl.StringArrayVar(&f.domains, "domain", nil, "")
	fl.BoolVar(&f.includeDisputed, "include-disputed", false, "")
}

// seedFor returns --seed if it was given, else a fresh one that is
// recorded with the exam so it can be made again.
func (f *examFlags) seedFor() uint64 {
	if f.seedSet {
		return f.seed
	}
	return rand.Uint64N(1_000_000)
}

// assemble loads the bank and builds the exam the flags describe; notes
// (fewer cards than asked) go to stderr.
func assemble(ctx context.Context, f *examFlags, all bool, stdio *IO, adjust ...func(*exam.Spec)) (*exam.Exam, *bank.Bank, error) {
	b, name, err := loadBank(ctx, f.bank, stdio)
	if err != nil {
		return nil, nil, err
	}
	// A --review entry for a card the bank lacks is ignored, but said
	// (bank check lists the same among its warnings, on stdout).
	for _, p := range b.ReviewWarnings {
		fmt.Fprintln(stdio.Err, p.In(stdio.P))
	}
	if !all && f.count < 1 {
		return nil, nil, usagef("error.count", strconv.Itoa(f.count))
	}
	spec := exam.Spec{
		Count: f.count, All: all, Seed: f.seedFor(), Bank: name,
		Filter:   exam.Filter{Sections: f.sections, Domains: f.domains},
		Weighted: f.weighted,
	}
	if !f.includeDisputed {
		for card := range userDisputes(stdio).byCard {
			if spec.LeaveOut == nil {
				spec.LeaveOut = map[string]string{}
			}
			spec.LeaveOut[card] = exam.LeftOutDisputed
		}
	}
	for _, a := range adjust {
		a(&spec)
	}
	e, notes, err := exam.AssembleContext(ctx, b, distractor.New(b), spec)
	if errors.Is(err, exam.ErrUnweighted) {
		return nil, nil, errorf("error.unweighted", err)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, exam.ErrFewOptions) {
		return nil, nil, err // not bad usage: interrupted, or a bank too small
	}
	if err != nil {
		return nil, nil, usagef("error.plain", err)
	}
	if n := countReason(e.LeftOut, exam.LeftOutDisputed); n > 0 {
		notes = append(notes, exam.Message{Key: "examflags.disputed_left_out", Args: []any{n, strconv.Itoa(n)}})
	}
	for _, n := range notes {
		// Notes come before the first screen: wrapped, so none is wider
		// than a terminal.
		for _, l := range display.WrapHanging(stdio.P.T("note.prefix"), n.In(stdio.P), 80) {
			fmt.Fprintln(stdio.Err, l)
		}
	}
	return e, b, nil
}
