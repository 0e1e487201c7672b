package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

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
		files, err := dir.AttemptsContext(ctx)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if f.Err != nil {
				fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", f.Err)
				continue
			}
			return withDisputes(f.Attempt, stdio), nil
		}
		return nil, errNoAttempts(dir)
	}
	a, _, err := dir.FindAttempt(which)
	if err != nil {
		return nil, err
	}
	return withDisputes(a, stdio), nil
}

func errNoAttempts(dir store.Dir) error {
	return fmt.Errorf("no attempts yet in %s: sit one with awsexam drill, awsexam mock or awsexam grade", dir)
}

func runReport(ctx context.Context, which string, opts *reportOptions, stdio *IO) error {
	format := opts.format
	if format == "" {
		format = "text"
		if opts.output != "" {
			format = formatFromPath(opts.output)
		}
	}
	if !slices.Contains(report.Formats, format) {
		return usagef("--format %q: want %s", format, strings.Join(report.Formats, ", "))
	}
	o := report.Options{Width: 100}
	if opts.output == "" && stdio.OutTTY && !color.NoColor {
		o.Style = textStyle()
	}
	var a *exam.Attempt
	var err error
	if opts.history {
		if format != "html" {
			return usagef("--history goes with --format html (for text, see awsexam history)")
		}
		// Read once, so a damaged file is warned about once.
		if o.History, err = loadAttempts(ctx, stdio); err != nil {
			return err
		}
		if which == "last" {
			if len(o.History) == 0 {
				dir, _ := dataDir(stdio)
				return errNoAttempts(dir)
			}
			a = o.History[0]
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

// loadAttempts reads every saved attempt, warning (one line each) about
// damaged or foreign files and going on.
func loadAttempts(ctx context.Context, stdio *IO) ([]*exam.Attempt, error) {
	dir, err := dataDir(stdio)
	if err != nil {
		return nil, err
	}
	files, err := dir.AttemptsContext(ctx)
	if err != nil {
		return nil, err
	}
	var out []*exam.Attempt
	for _, f := range files {
		if f.Err != nil {
			fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", f.Err)
			continue
		}
		out = append(out, withDisputes(f.Attempt, stdio))
	}
	return out, nil
}

func newHistoryCommand(g *globalOptions, stdio *IO) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Your attempts, newest first, and each domain's trend",
		Example: `  awsexam history
  awsexam history --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			attempts, err := loadAttempts(cmd.Context(), stdio)
			if err != nil {
				return err
			}
			if format == "json" {
				return report.HistoryJSON(stdio.Out, attempts)
			}
			return report.History(stdio.Out, attempts, textStyle())
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "text or json")
	return cmd
}

func newExportMissedCommand(g *globalOptions, stdio *IO) *cobra.Command {
	var since, output string
	cmd := &cobra.Command{
		Use:   "export-missed",
		Short: "Missed cards as an Anki import file",
		Long: `Write every card you missed (once each, most recent attempt's version) as
an Anki "Notes in Plain Text" file: tab-separated, #deck:awsexam misses,
tagged with section and domain. Import it in Anki with File → Import.`,
		Example: `  awsexam export-missed -o misses.txt
  awsexam export-missed --since 2026-11-01 -o november.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var from time.Time
			if since != "" {
				t, err := time.ParseInLocation("2006-01-02", since, time.Local)
				if err != nil {
					return usagef("--since %q: want a date like 2026-11-01", since)
				}
				from = t
			}
			attempts, err := loadAttempts(cmd.Context(), stdio)
			if err != nil {
				return err
			}
			seen := map[string]bool{}
			var missed []exam.AttemptQuestion
			for _, a := range attempts { // newest first
				if a.Ended.Before(from) {
					continue
				}
				for _, q := range report.Missed(a) {
					if !seen[q.ID] {
						seen[q.ID] = true
						missed = append(missed, q)
					}
				}
			}
			var buf bytes.Buffer
			if err := report.AnkiMissed(&buf, missed); err != nil {
				return err
			}
			if err := cmd.Context().Err(); err != nil {
				return err
			}
			fmt.Fprintf(stdio.Err, "%d missed card%s\n", len(missed), plural(len(missed)))
			if output != "" {
				return store.WriteFile(output, buf.Bytes())
			}
			_, err = stdio.Out.Write(buf.Bytes())
			return err
		},
	}
	cmd.Flags().StringVar(&since, "since", "", "only attempts ended on or after this `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}
