package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

// warnHistory shows the history index's warnings: an attempt file that
// cannot be read is skipped, one line each; the index rebuilt is said once.
func warnHistory(stdio *IO, warns []error) {
	for _, w := range warns {
		var p *store.IndexProblem
		if errors.As(w, &p) {
			fmt.Fprintf(stdio.Err, "awsexam: warning: %v\n", w)
			continue
		}
		fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", w)
	}
}

// withDisputesAll is the summaries as shown: in each attempt with a
// question the user disputed, that card is disputed (not a miss) and the
// score is the attempt's without it, as withDisputes shows a report.
// Computed when shown, never written back: the index and the attempt
// files stay as saved. Disputes are few, so only the attempts that have
// one are decoded (for their domains' figures, which a summary does not
// break down by card); the rest is the summaries as they are.
func withDisputesAll(sums []exam.Summary, dir store.Dir, stdio *IO) []exam.Summary {
	byTry := userDisputes(stdio).byTry
	if len(byTry) == 0 {
		return sums
	}
	for i := range sums {
		disputed := byTry[sums[i].ID]
		if !sums[i].Touches(disputed) {
			continue
		}
		a, err := store.ReadAttempt(dir.AttemptPath(sums[i]))
		if err != nil {
			fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", err)
			continue
		}
		sums[i] = sums[i].WithDisputes(disputed, a.WithDisputes(disputed).Score())
	}
	return sums
}

// loadHistory reads the history index (brought up to date with the
// attempt files) and decodes every summary, newest first.
func loadHistory(ctx context.Context, stdio *IO) (*store.History, []exam.Summary, error) {
	dir, err := dataDir(stdio)
	if err != nil {
		return nil, nil, err
	}
	sums, warns, err := dir.Summaries(ctx)
	warnHistory(stdio, warns)
	if err != nil {
		return nil, nil, err
	}
	sums = withDisputesAll(sums, dir, stdio)
	h, _, err := dir.OpenHistory(ctx) // up to date now: no warnings twice
	return h, sums, err
}

// loadSummaries is loadHistory's summaries alone, disputes applied.
func loadSummaries(ctx context.Context, stdio *IO) ([]exam.Summary, error) {
	dir, err := dataDir(stdio)
	if err != nil {
		return nil, err
	}
	sums, warns, err := dir.Summaries(ctx)
	warnHistory(stdio, warns)
	if err != nil {
		return nil, err
	}
	return withDisputesAll(sums, dir, stdio), nil
}

// historyModes are the modes an attempt is saved with.
var historyModes = []string{"mock", "drill", "paper"}

type historyOptions struct {
	format string
	mode   string
}

func newHistoryCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &historyOptions{}
	cmd := &cobra.Command{
		Use:   "history",
		Short: "Your attempts, newest first, and each domain's trend",
		Long: `Your attempts, newest first: questions, how many answered wrong and how
many skipped (never answered: both score as wrong, only the first is a
miss for drill --weak and export-missed), the scaled score and the weakest
domain; then each domain's trend. It reads the history index in the data
directory (index.jsonl), rebuilt from the attempt files when it is
missing or damaged.`,
		Example: `  awsexam history
  awsexam history --mode mock
  awsexam history --format json
  awsexam history rm 20261125-0912 --yes`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHistory(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "text or json")
	cmd.Flags().StringVar(&opts.mode, "mode", "", "only attempts of this `MODE`: "+strings.Join(historyModes, ", "))
	cmd.AddCommand(newHistoryRmCommand(g, stdio))
	return cmd
}

func runHistory(ctx context.Context, opts *historyOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("--format %q: want text or json", opts.format)
	}
	if opts.mode != "" && !slices.Contains(historyModes, opts.mode) {
		return usagef("--mode %q: want %s", opts.mode, strings.Join(historyModes, ", "))
	}
	sums, err := loadSummaries(ctx, stdio)
	if err != nil {
		return err
	}
	if opts.mode != "" {
		sums = slices.DeleteFunc(sums, func(s exam.Summary) bool { return s.Mode != opts.mode })
	}
	if opts.format == "json" {
		return report.HistoryJSON(stdio.Out, sums)
	}
	return report.History(stdio.Out, sums, reportWords(textStyle(), stdio))
}

type historyRmOptions struct {
	id  string
	yes bool
}

func newHistoryRmCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &historyRmOptions{}
	cmd := &cobra.Command{
		Use:   "rm ID",
		Short: "Remove an attempt (a test grade, an abandoned try) from your history",
		Long: `Remove one saved attempt: its file in the data directory and its line in
the history index, so it no longer counts in history, drill --weak or
export-missed. ID is the id history shows, or a unique start of it. On a
terminal it asks first; elsewhere --yes is required.`,
		Example: `  awsexam history rm 20261125-091200-a1b2c3
  awsexam history rm 20261125-0912 --yes`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			return runHistoryRm(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().BoolVarP(&opts.yes, "yes", "y", false, "remove without asking")
	return cmd
}

func runHistoryRm(ctx context.Context, opts *historyRmOptions, stdio *IO) error {
	interactive := stdio.InTTY && stdio.OutTTY
	if !opts.yes && !interactive {
		return usagef("history rm %s: not on a terminal, so it cannot ask; add --yes to remove the attempt", opts.id)
	}
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	sums, warns, err := dir.Summaries(ctx)
	warnHistory(stdio, warns)
	if err != nil {
		return err
	}
	var hits []exam.Summary
	for _, s := range sums {
		if s.ID == opts.id {
			hits = []exam.Summary{s}
			break
		}
		if strings.HasPrefix(s.ID, opts.id) {
			hits = append(hits, s)
		}
	}
	switch {
	case len(hits) == 0:
		return fmt.Errorf("no attempt %q in %s; see 'awsexam history'", opts.id, dir)
	case len(hits) > 1:
		return fmt.Errorf("%d attempts start with %q; give more of the id (see 'awsexam history')", len(hits), opts.id)
	}
	s := withDisputesAll(hits, dir, stdio)[0]
	what := fmt.Sprintf("%s %s of %s, %d/%d correct (%d wrong, %d skipped), score %d",
		s.ID, s.Mode, s.Ended.Local().Format("2006-01-02 15:04"), s.Score.Correct, s.Score.Total, s.Score.Wrong, s.Score.Skipped, s.Score.Scaled)
	if !opts.yes {
		fmt.Fprintf(stdio.Err, "Remove attempt %s? It cannot be undone. [y/N] ", what)
		line, err := bufio.NewReader(stdio.In).ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintln(stdio.Err)
			return errInterrupted
		}
		if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
			fmt.Fprintln(stdio.Err, "Kept it.")
			return nil
		}
	}
	warns, err = dir.RemoveAttempt(ctx, dir.AttemptPath(s))
	warnHistory(stdio, warns)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdio.Err, "Removed attempt %s.\n", what)
	return nil
}

type exportMissedOptions struct {
	since  string
	output string
}

func newExportMissedCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &exportMissedOptions{}
	cmd := &cobra.Command{
		Use:   "export-missed",
		Short: "Missed cards as an Anki import file",
		Long: `Write every card you answered wrong (once each, most recent attempt's
version) as an Anki "Notes in Plain Text" file in the layout Anki's own
exporter writes: a stable guid per card (importing again updates the
notes rather than adding copies), note type Basic, a deck per section
(awsexam::SECTION) and the section and domain as tags. Import it in Anki
with File → Import. Questions skipped (never answered, as when time ran
out) are not misses and are left out.`,
		Example: `  awsexam export-missed -o misses.txt
  awsexam export-missed --since 2026-11-01 -o november.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExportMissed(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.since, "since", "", "only attempts ended on or after this `DATE` (YYYY-MM-DD)")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func runExportMissed(ctx context.Context, opts *exportMissedOptions, stdio *IO) error {
	var from time.Time
	if opts.since != "" {
		t, err := time.ParseInLocation("2006-01-02", opts.since, time.Local)
		if err != nil {
			return usagef("--since %q: want a date like 2026-11-01", opts.since)
		}
		from = t
	}
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	sums, err := loadSummaries(ctx, stdio)
	if err != nil {
		return err
	}
	missed, err := missedCards(ctx, dir, sums, from, stdio) // sums is not used after this

	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.AnkiMissed(&buf, missed); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	fmt.Fprintf(stdio.Err, "%d missed card%s\n", len(missed), plural(len(missed)))
	if opts.output != "" {
		return store.WriteFile(opts.output, buf.Bytes())
	}
	_, err = stdio.Out.Write(buf.Bytes())
	return err
}

// missedCards collects the cards answered wrong in the attempts ended at
// or after from (summaries newest first), once each in the version of the
// most recent attempt that missed them. Only the attempts that add a card
// are decoded, after the summaries are let go: an attempt file is far
// larger than its summary.
func missedCards(ctx context.Context, dir store.Dir, sums []exam.Summary, from time.Time, stdio *IO) ([]report.MissedCard, error) {
	type read struct {
		path string
		want map[string]bool
	}
	var plan []read
	seen := map[string]bool{}
	for i := range sums {
		s := &sums[i]
		if s.Ended.Before(from) {
			continue
		}
		want := map[string]bool{}
		for _, id := range s.Wrong() {
			if !seen[id] {
				seen[id] = true
				want[id] = true
			}
		}
		if len(want) > 0 {
			plan = append(plan, read{dir.AttemptPath(*s), want})
		}
	}
	var missed []report.MissedCard
	for _, r := range plan {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := store.ReadAttempt(r.path)
		if err != nil {
			fmt.Fprintf(stdio.Err, "awsexam: warning: skipped %v\n", err)
			continue
		}
		for _, q := range a.Questions {
			if r.want[q.ID] && exam.QuestionStatus(&q) == exam.StatusWrong {
				delete(r.want, q.ID)
				missed = append(missed, report.MissedCard{AttemptQuestion: q, Bank: a.Bank})
			}
		}
	}
	return missed, nil
}

// weakDrill makes the spec adjustment of `drill --weak`: the cards in the
// lowest Leitner boxes first, from the history index, with a fifth of the
// drill kept for cards never answered.
func weakDrill(ctx context.Context, stdio *IO) (func(*exam.Spec), error) {
	sums, err := loadSummaries(ctx, stdio)
	if err != nil {
		return nil, err
	}
	recs := exam.LeitnerOf(sums)
	prefer := exam.WeakFirst(recs)
	switch {
	case len(sums) == 0:
		fmt.Fprintln(stdio.Err, "awsexam: note: drill --weak: no attempts yet, so no weak spots to drill; this is a plain drill of random cards instead")
	case len(prefer) == 0:
		fmt.Fprintln(stdio.Err, "awsexam: note: drill --weak: no question answered yet (only skipped ones), so no weak spots to drill; this is a plain drill of random cards instead")
	}
	return func(s *exam.Spec) {
		s.Prefer = prefer
		s.Seen = map[string]bool{}
		for id, r := range recs {
			if r.Seen > 0 {
				s.Seen[id] = true
			}
		}
		s.Unseen = max(s.Count/5, 1)
	}, nil
}
