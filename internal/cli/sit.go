package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

// canPrompt says whether the exam can run here: standard input and output
// are a terminal, and not a dumb one (which cannot move the cursor).
func canPrompt(stdio *IO) bool {
	return stdio.InTTY && stdio.OutTTY && stdio.Getenv("TERM") != "dumb"
}

// noTerminal is the refusal when mock, drill or resume cannot prompt.
func noTerminal(cmd string) error {
	return usagef("error.no_terminal", cmd)
}

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }

// sitOptions are the flags of mock and drill besides the exam's choice.
type sitOptions struct {
	examFlags
	limit  time.Duration
	report string
	weak   bool
}

func (o *sitOptions) register(cmd *cobra.Command, count int, limit time.Duration) {
	o.examFlags.register(cmd, count)
	cmd.Flags().DurationVar(&o.limit, "time", limit, "")
	cmd.Flags().StringVar(&o.report, "report", "", "")
}

func dataDir(stdio *IO) (store.Dir, error) { return store.DataDir(stdio.Getenv) }

func builtinBlueprint() (*bank.Blueprint, error) {
	return bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
}

// startSession assembles an exam and sits it from the first question.
func startSession(ctx context.Context, o *sitOptions, mode string, stdio *IO) error {
	if !canPrompt(stdio) {
		return noTerminal("awsexam " + mode)
	}
	if o.limit < 0 || o.limit > 0 && o.limit < time.Second {
		return usagef("error.time", o.limit.String())
	}
	if _, err := reportFileFormat("--report", o.report, ""); err != nil {
		return err
	}
	var adjust []func(*exam.Spec)
	if o.weak {
		weak, err := weakDrill(ctx, stdio)
		if err != nil {
			return err
		}
		adjust = append(adjust, weak)
	}
	e, b, err := assemble(ctx, &o.examFlags, false, stdio, adjust...)
	if err != nil {
		return err
	}
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	now := time.Now()
	s := exam.NewSession(e, mode, o.limit, now)
	j, err := dir.CreateJournal(store.NewID(now), s)
	if err != nil {
		return err
	}
	return sit(ctx, dir, j, s, b.Blueprint, o.report, stdio, nil)
}

// sit runs a session on the terminal and deals with how it ended. It
// opens the terminal unless given it (resume may have asked which exam).
func sit(ctx context.Context, dir store.Dir, j *store.Journal, s *exam.Session, bp *bank.Blueprint, reportPath string, stdio *IO, tty *ttyInput) error {
	out, ok := stdio.Out.(*os.File)
	if !ok {
		j.Close()
		return noTerminal("the exam")
	}
	if tty == nil {
		var err error
		if tty, err = openTTY(stdio.Getenv); err != nil {
			if s.Answered() == 0 && s.Elapsed == 0 {
				j.Remove() // nothing done yet: leave no unfinished exam behind
			} else {
				j.Close()
			}
			return errorf("error.tty", err)
		}
	}
	defer tty.Close()
	asker := newAsker(tty, out, stdio.P)
	asker.dispute = func(ctx context.Context, q *exam.Question) (string, error) {
		return askDispute(ctx, asker, stdio, q, j.ID, s.Exam.Bank)
	}
	r := &exam.Runner{Session: s, Asker: asker, Clock: realClock{}, Journal: j, Tick: 15 * time.Second}
	outcome, runErr := r.Run(ctx)
	// Leave the terminal as it was: cursor shown, screen below the exam.
	fmt.Fprint(out, "\x1b[?25h\x1b[H\x1b[2J")
	tty.Close()
	switch outcome {
	case exam.Saved:
		j.Close()
		if errors.Is(runErr, io.EOF) || errors.Is(runErr, syscall.EIO) {
			return errInterrupted // the terminal is gone (hung up): nobody to tell
		}
		if runErr != nil && !errors.Is(runErr, context.Canceled) {
			return errorf("error.exam_stopped", runErr)
		}
		fmt.Fprintln(stdio.Err, stdio.P.T("sit.saved", s.Answered(), len(s.Exam.Questions)))
		return errInterrupted
	case exam.Discarded:
		j.Remove()
		fmt.Fprintln(stdio.Err, stdio.P.T("sit.discarded"))
		return errInterrupted
	}
	a := s.Finish(bp, j.ID, time.Now(), outcome == exam.TimedOut)
	// Saved under the journal's id, once: a journal resumed after its
	// attempt was saved (a crash just before it was removed) is not
	// saved again.
	if _, _, err := dir.SaveAttemptOnce(a); err != nil {
		j.Close()
		return errorf("error.save_failed", err, j.Path)
	}
	j.Remove()
	if outcome == exam.TimedOut {
		fmt.Fprintln(stdio.Out, stdio.P.T("sit.timeup"))
		fmt.Fprintln(stdio.Out)
	}
	return finishReport(a, reportPath, stdio)
}

// finishReport prints the summary every finished attempt ends with and
// writes the full report when asked.
func finishReport(a *exam.Attempt, reportPath string, stdio *IO) error {
	a = withDisputes(a, stdio) // a drill's d on a feedback screen
	if err := report.Summary(stdio.Out, a, reportWords(textStyle(stdio), stdio)); err != nil {
		return err
	}
	fmt.Fprintf(stdio.Out, "\n%s\n  awsexam report %s\n", stdio.P.T("sit.attempt", a.ID), a.ID)
	if reportPath != "" {
		if err := writeReportFile(a, reportPath, stdio); err != nil {
			return err
		}
		fmt.Fprintln(stdio.Out, stdio.P.T("sit.report.written", reportPath))
	}
	return nil
}

func textStyle(stdio *IO) report.Style {
	if !stdio.Color {
		return report.Style{}
	}
	wrap := func(c *color.Color) func(string) string { return func(s string) string { return c.Sprint(s) } }
	return report.Style{Bold: wrap(bold), Faint: wrap(faint), Good: wrap(green), Bad: wrap(red)}
}
