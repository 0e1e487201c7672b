package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
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
			fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.plain", w))
			continue
		}
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.skipped", w))
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
			fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.skipped", err))
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
		Use:  "history",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHistory(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "")
	cmd.Flags().StringVar(&opts.mode, "mode", "", "")
	cmd.AddCommand(newHistoryRmCommand(g, stdio))
	return cmd
}

func runHistory(ctx context.Context, opts *historyOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	if opts.mode != "" && !slices.Contains(historyModes, opts.mode) {
		return usagef("error.history.mode", opts.mode, strings.Join(historyModes, ", "))
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
	return report.History(stdio.Out, sums, reportWords(textStyle(stdio), stdio))
}

type historyRmOptions struct {
	id  string
	yes bool
}

func newHistoryRmCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &historyRmOptions{}
	cmd := &cobra.Command{
		Use:  "rm ID",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			return runHistoryRm(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().BoolVarP(&opts.yes, "yes", "y", false, "")
	return cmd
}

func runHistoryRm(ctx context.Context, opts *historyRmOptions, stdio *IO) error {
	interactive := stdio.InTTY && stdio.OutTTY
	if !opts.yes && !interactive {
		return usagef("error.history.rm_yes", opts.id)
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
	hit, err := dir.MatchAttempt(sums, opts.id)
	if err != nil {
		return err
	}
	s := withDisputesAll([]exam.Summary{hit}, dir, stdio)[0]
	what := stdio.P.T("historycmd.rm.what", s.ID, s.Mode, s.Ended.Local().Format("2006-01-02 15:04"), strconv.Itoa(s.Score.Correct), strconv.Itoa(s.Score.Total),
		strconv.Itoa(s.Score.Wrong), strconv.Itoa(s.Score.Skipped), strconv.Itoa(s.Score.Scaled))
	if !opts.yes {
		fmt.Fprint(stdio.Err, stdio.P.T("historycmd.rm.ask", what))
		line, err := bufio.NewReader(stdio.In).ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintln(stdio.Err)
			return errInterrupted
		}
		if ans := strings.ToLower(strings.TrimSpace(line)); ans != "y" && ans != "yes" {
			fmt.Fprintln(stdio.Err, stdio.P.T("historycmd.rm.kept"))
			return nil
		}
	}
	warns, err = dir.RemoveAttempt(ctx, dir.AttemptPath(s))
	warnHistory(stdio, warns)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdio.Err, stdio.P.T("historycmd.rm.done", what))
	return nil
}

type exportMissedOptions struct {
	since  string
	output string
}

func newExportMissedCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &exportMissedOptions{}
	cmd := &cobra.Command{
		Use:  "export-missed",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExportMissed(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.since, "since", "", "")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "")
	return cmd
}

func runExportMissed(ctx context.Context, opts *exportMissedOptions, stdio *IO) error {
	var from time.Time
	if opts.since != "" {
		t, err := time.ParseInLocation("2006-01-02", opts.since, time.Local)
		if err != nil {
			return usagef("error.since", opts.since)
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
	fmt.Fprintln(stdio.Err, stdio.P.T("historycmd.missed", len(missed), strconv.Itoa(len(missed))))
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
	// A card the user disputed (in any attempt) is not one to learn:
	// exams leave it out, and so does the export.
	seen := maps.Clone(userDisputes(stdio).byCard)
	if seen == nil {
		seen = map[string]bool{}
	}
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
			fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.skipped", err))
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
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("historycmd.weak.none"))
	case len(prefer) == 0:
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("historycmd.weak.skipped_only"))
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
