package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

// resumeOptions are resume's flags and argument.
type resumeOptions struct {
	id         string // an unfinished exam's id or its start; "" for any
	reportPath string
}

func newResumeCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &resumeOptions{}
	cmd := &cobra.Command{
		Use:  "resume [ID]",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.id = args[0]
			}
			return runResume(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.reportPath, "report", "", "")
	return cmd
}

// runResume continues an unfinished mock or drill: the one named, the only
// one, or the one picked from a list.
func runResume(ctx context.Context, opts *resumeOptions, stdio *IO) error {
	if !canPrompt(stdio) {
		return noTerminal("awsexam resume")
	}
	if _, err := reportFileFormat("--report", opts.reportPath, ""); err != nil {
		return err
	}
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	list, errs := dir.Unfinished()
	for _, e := range errs {
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", wordError(e, stdio.P))
	}
	if opts.id != "" {
		var keep []store.Unfinished
		for _, u := range list {
			if strings.HasPrefix(u.ID, opts.id) {
				keep = append(keep, u)
			}
		}
		list = keep
	}
	// Exams open in another terminal cannot be resumed here.
	var free []store.Unfinished
	var busy error
	for _, u := range list {
		if pid, ok := u.InUse(); ok {
			if busy == nil {
				busy = &store.LockedError{ID: u.ID, PID: pid}
			}
			continue
		}
		free = append(free, u)
	}
	if len(free) == 0 && busy != nil {
		return busy
	}
	list = free
	if len(list) == 0 {
		if len(errs) > 0 {
			return errorf("error.resume.none_free")
		}
		return errorf("error.resume.none")
	}
	u := list[0]
	var tty *ttyInput
	if len(list) > 1 {
		// One terminal reader for the whole process: the list,
		// then the exam.
		if tty, err = openTTY(stdio.Getenv); err != nil {
			return errorf("error.tty", err)
		}
		defer tty.Close()
		k, err := pickUnfinished(ctx, list, tty, stdio)
		if err != nil {
			return err
		}
		u = list[k]
	}
	bp, err := builtinBlueprint()
	if err != nil {
		return err
	}
	// Locked for this process, and read again under the lock.
	j, err := store.OpenJournal(&u)
	if err != nil {
		return err
	}
	return sit(ctx, dir, j, u.Session, bp, opts.reportPath, stdio, tty)
}

func describeUnfinished(p *catalog.Printer, u store.Unfinished) string {
	s := u.Session
	left := p.T("resume.untimed")
	if s.Limit > 0 {
		left = p.T("exam.header.left", report.Duration(s.Remaining().Seconds()))
	}
	return p.T("resume.entry", u.ID, fmt.Sprintf("%-5s", s.Mode), s.Current+1, len(s.Exam.Questions), s.Answered(), left, s.Started.Local().Format("2006-01-02 15:04"))
}

func pickUnfinished(ctx context.Context, list []store.Unfinished, tty *ttyInput, stdio *IO) (int, error) {
	out, ok := stdio.Out.(*os.File)
	if !ok {
		return 0, noTerminal("awsexam resume")
	}
	a := newAsker(tty, out, stdio.P)
	entries := make([]string, len(list))
	for i, u := range list {
		entries[i] = describeUnfinished(stdio.P, u)
	}
	fmt.Fprintln(stdio.Out, stdio.P.T("resume.list", len(list)))
	k, err := a.menu(ctx, keysMenu, stdio.P.T("resume.which"), entries, 0, time.Time{}, nil)
	if errors.Is(err, exam.ErrInterrupt) {
		return 0, errInterrupted
	}
	return k, err
}
