package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

type reportOptions struct {
	which          string // last, an id (or its start), a file or -
	format, output string
	history        bool
}

func newReportCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:  "report [last | ID | FILE | -]",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.which = "last"
			if len(args) == 1 {
				opts.which = args[0]
			}
			return runReport(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "", "")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "")
	cmd.Flags().BoolVar(&opts.history, "history", false, "")
	return cmd
}

// findAttempt resolves "last", an id (or its start), a file path or "-"
// (an attempt on standard input).
func findAttempt(ctx context.Context, which string, stdio *IO) (*exam.Attempt, error) {
	return findAttemptIn(ctx, which, stdio, nil)
}

// findAttemptIn is findAttempt with the history already open (nil: open
// it when needed).
func findAttemptIn(ctx context.Context, which string, stdio *IO, h *store.History) (*exam.Attempt, error) {
	if which == "-" {
		name, raw, err := readInput(ctx, stdio, "input.attempt", which, exam.MaxFileBytes)
		if err != nil {
			return nil, err
		}
		a, err := store.ParseAttempt(name, raw)
		if err != nil {
			return nil, err
		}
		return withDisputes(a, stdio), nil
	}
	if strings.HasSuffix(which, ".json") || strings.ContainsRune(which, os.PathSeparator) {
		if _, err := os.Stat(which); err == nil {
			a, err := store.ReadAttempt(which)
			if err != nil {
				return nil, err
			}
			return withDisputes(a, stdio), nil
		}
	}
	dir, err := dataDir(stdio)
	if err != nil {
		return nil, err
	}
	if which == "last" {
		// The newest attempt by the index: one attempt file decoded.
		if h == nil {
			var warns []error
			h, warns, err = dir.OpenHistory(ctx)
			warnHistory(stdio, warns)
			if err != nil {
				return nil, err
			}
		}
		for _, path := range h.Files() {
			a, err := store.ReadAttempt(path)
			if err != nil {
				// Damaged since it was indexed: the one before it.
				fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.skipped", err))
				continue
			}
			return withDisputes(a, stdio), nil
		}
		return nil, errNoAttempts(dir)
	}
	a, _, warns, err := dir.FindAttempt(ctx, which)
	warnHistory(stdio, warns)
	if err != nil {
		return nil, err
	}
	return withDisputes(a, stdio), nil
}

// reportWords words a report in the interface language: stdio's printer,
// and the built-in blueprint's domains for their names in it (a domain of
// another blueprint keeps the name it was saved with).
func reportWords(st report.Style, stdio *IO) report.Style {
	st.P = stdio.P
	if bp, err := builtinBlueprint(); err == nil {
		st.Domains = bp.Domains
	}
	return st
}

func errNoAttempts(dir store.Dir) error {
	return errorf("error.no_attempts", string(dir))
}

func runReport(ctx context.Context, opts *reportOptions, stdio *IO) error {
	format, err := reportFileFormat("-o", opts.output, opts.format)
	if err != nil {
		return err
	}
	o := report.Options{Width: report.TextWidth}
	if opts.output == "" && stdio.Color {
		o.Style = textStyle(stdio)
	}
	o.Style = reportWords(o.Style, stdio)
	var a *exam.Attempt
	if opts.history {
		if format != "html" {
			return usagef("error.report.history")
		}
		// Read once, so a damaged file is warned about once.
		var h *store.History
		if h, o.History, err = loadHistory(ctx, stdio); err != nil {
			return err
		}
		if a, err = findAttemptIn(ctx, opts.which, stdio, h); err != nil {
			return err
		}
	}
	if a == nil {
		if a, err = findAttempt(ctx, opts.which, stdio); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, a, format, o); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if opts.output != "" {
		return store.WriteFile(opts.output, buf.Bytes())
	}
	_, err = stdio.Out.Write(buf.Bytes())
	return err
}
