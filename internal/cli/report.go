package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

type reportOptions struct {
	format, output string
	history        bool
}

func newReportCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &reportOptions{}
	cmd := &cobra.Command{
		Use:   "report [last | ID | FILE | -]",
		Short: "The score report of an attempt: per domain, every miss explained",
		Long: `The score report of a finished mock, drill or graded sheet: the scaled
score (an approximation of AWS's), PASS/FAIL, each domain and section,
every missed question with your answer and the right one, and the slowest
questions. Without an argument, the last attempt; - reads an attempt file
from standard input.

Formats: text (coloured on a terminal), md, json, html (one self-contained
page that prints on A4).`,
		Example: `  awsexam report
  awsexam report 20261125-0912 --format md -o mock.md
  awsexam report last --format html -o report.html
  awsexam report last --history -o report.html   # with each domain's trend`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			which := "last"
			if len(args) == 1 {
				which = args[0]
			}
			return runReport(cmd.Context(), which, opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "", "text, md, json or html (default: from -o's extension, else text)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().BoolVar(&opts.history, "history", false, "html: add a line chart of each domain over your last attempts")
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
		name, raw, err := readInput(ctx, stdio, "attempt", which, exam.MaxFileBytes)
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
				fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", err)
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
	return fmt.Errorf("no attempts yet in %s: sit one with awsexam drill, awsexam mock or awsexam grade", dir)
}

func runReport(ctx context.Context, which string, opts *reportOptions, stdio *IO) error {
	format, err := reportFileFormat("-o", opts.output, opts.format)
	if err != nil {
		return err
	}
	o := report.Options{Width: report.TextWidth}
	if opts.output == "" && stdio.OutTTY && !color.NoColor {
		o.Style = textStyle()
	}
	o.Style = reportWords(o.Style, stdio)
	var a *exam.Attempt
	if opts.history {
		if format != "html" {
			return usagef("--history goes with --format html (for text, see awsexam history)")
		}
		// Read once, so a damaged file is warned about once.
		var h *store.History
		if h, o.History, err = loadHistory(ctx, stdio); err != nil {
			return err
		}
		if a, err = findAttemptIn(ctx, which, stdio, h); err != nil {
			return err
		}
	}
	if a == nil {
		if a, err = findAttempt(ctx, which, stdio); err != nil {
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
