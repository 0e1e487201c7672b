package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
)

func newBankCommand(g *globalOptions, stdio *IO) *cobra.Command {
	cmd := &cobra.Command{
		Use:  "bank",
		Args: cobra.NoArgs,
	}
	addBankFlags(cmd, g)
	cmd.AddCommand(newBankStatsCommand(g, stdio), newBankCheckCommand(g, stdio), newBankExplainCommand(g, stdio))
	return cmd
}

type bankStatsOptions struct{ format string }

func newBankStatsCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &bankStatsOptions{}
	cmd := &cobra.Command{
		Use:  "stats",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBankStats(cmd.Context(), g, opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "")
	return cmd
}

// bankStatsJSON is the documented `bank stats --format json` shape.
type bankStatsJSON struct {
	Cards    int                 `json:"cards"`
	Sections []bank.SectionCount `json:"sections"`
	Domains  []domainStatsJSON   `json:"domains"`
}

type domainStatsJSON struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Weight int    `json:"weight"`
	Cards  int    `json:"cards"`
	// ExamQuestions is the domain's share of a full exam (21 of 65).
	ExamQuestions int `json:"exam_questions"`
}

func runBankStats(ctx context.Context, g *globalOptions, opts *bankStatsOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	b, name, err := loadBank(ctx, g, stdio)
	if err != nil {
		return err
	}
	bp := b.Blueprint
	quota := bp.Quota(bp.Questions)
	counts := b.DomainCounts()
	stats := bankStatsJSON{Cards: len(b.Cards), Sections: b.SectionCounts()}
	for i, d := range bp.Domains {
		stats.Domains = append(stats.Domains, domainStatsJSON{d.ID, d.Name, d.Weight, counts[i], quota[i]})
	}
	if opts.format == "json" {
		return writeJSON(stdio.Out, stats)
	}
	w := stdio.Out
	fmt.Fprintf(w, "%d cards in %d sections (bank: %s)\n\n", stats.Cards, len(stats.Sections), name)
	nameW := len("Section")
	for _, s := range stats.Sections {
		nameW = max(nameW, display.Width(s.Name))
	}
	fmt.Fprintf(w, "%s  %s\n", display.PadRight("Section", nameW), "Cards")
	for _, s := range stats.Sections {
		fmt.Fprintf(w, "%s  %5d\n", display.PadRight(s.Name, nameW), s.Cards)
	}
	fmt.Fprintln(w)
	domW := len("Domain")
	for _, d := range stats.Domains {
		domW = max(domW, display.Width(d.Name))
	}
	fmt.Fprintf(w, "%s  Weight  Cards  Of %d\n", display.PadRight("Domain", domW), bp.Questions)
	for _, d := range stats.Domains {
		fmt.Fprintf(w, "%s  %5d%%  %5d  %5d\n", display.PadRight(d.Name, domW), d.Weight, d.Cards, d.ExamQuestions)
	}
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func newBankCheckCommand(g *globalOptions, stdio *IO) *cobra.Command {
	return &cobra.Command{
		Use:  "check",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBankCheck(cmd.Context(), g, stdio)
		},
	}
}

func runBankCheck(ctx context.Context, g *globalOptions, stdio *IO) error {
	b, name, err := loadBank(ctx, g, stdio)
	if err != nil {
		return err
	}
	// A large bank has thousands of warnings: one write each would cost
	// more than finding them.
	w := bufio.NewWriterSize(stdio.Out, 64<<10)
	buffered := *stdio
	buffered.Out = w
	err = checkBank(ctx, b, name, &buffered)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// checkBank writes the warnings and notes of bank check.
func checkBank(ctx context.Context, b *bank.Bank, name string, stdio *IO) error {
	w := stdio.Out
	warnings := b.Lint()
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, p := range warnings {
		fmt.Fprintln(w, p)
	}
	for _, i := range b.LeftOutCards() {
		c := &b.Cards[i]
		fmt.Fprintf(w, "%s: note: left out of exams by the review at %s (verdict %s with no correction to ask instead)\n", c.Source, c.ReviewedAt, c.Verdict)
	}
	gen := distractor.New(b)
	multiple, extra := 0, 0
	for i := range b.Cards {
		c := &b.Cards[i]
		if i%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if gen.IsMultipleResponse(i) {
			multiple++
			fmt.Fprintf(w, "%s: note: multiple response (%s): %s\n", c.Source, report.ChooseLine(max(len(c.Answers), len(distractor.ParallelItems(c.Answers[0])))), c.Answer())
			if q := gen.Make(i, exam.NewRand(1), nil); len(q.Options)-q.Choose < 3 {
				extra++
				fmt.Fprintf(w, "%s: warning: only %d wrong option%s for this multiple-response card (the exam shows at least three): add `distractors:` in a YAML bank, or cards on the same topic\n", c.Source, len(q.Options)-q.Choose, plural(len(q.Options)-q.Choose))
			}
		}
	}
	// Every card is tried only in a bank the generator reads whole (about
	// 0.1 ms a card).
	if len(b.Cards) <= distractor.SmallBank {
		var plain []string
		for i, c := range b.Cards {
			if !gen.Varies(i) {
				plain = append(plain, c.Source.String())
			}
		}
		if len(plain) > 0 {
			shown := plain[:min(len(plain), 3)]
			fmt.Fprintf(w, "note: %d of %d cards name nothing in their answer the knowledge layer can vary (e.g. %s): their wrong options are other cards' answers, the least plausible kind; `awsexam bank explain ID` shows what a card was tagged with\n",
				len(plain), len(b.Cards), strings.Join(shown, ", "))
		}
	}
	counts := map[string]int{}
	for _, sc := range b.SectionCounts() {
		counts[sc.Name] = sc.Cards
	}
	for _, s := range b.Sections {
		if gen.Borrows(s) {
			fmt.Fprintf(w, "note: section %q (%d cards) borrows wrong answers from its neighbours and its domain\n", s, counts[s])
		}
	}
	listDisputes(stdio, b)
	fmt.Fprintf(w, "%s: %d cards, %d sections, %d multiple response, no errors, %d warning%s\n", name, len(b.Cards), len(b.Sections), multiple, len(warnings)+extra, plural(len(warnings)+extra))
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
