package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
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

type bankStatsOptions struct {
	bank   *bankFlags
	format string
}

func newBankStatsCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &bankStatsOptions{bank: &g.bank}
	cmd := &cobra.Command{
		Use:  "stats",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBankStats(cmd.Context(), opts, stdio)
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

func runBankStats(ctx context.Context, opts *bankStatsOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	b, name, err := loadBank(ctx, opts.bank, stdio)
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
	writeBankStats(stdio.Out, stdio.P, bp, name, stats)
	return nil
}

// statsWidth is the width bank stats fits: the terminal's 80 columns
// (Hangul counted as two).
const statsWidth = 80

// writeBankStats writes bank stats' text tables in the interface
// language, every line within statsWidth columns (names cut to fit).
func writeBankStats(w io.Writer, p *catalog.Printer, bp *bank.Blueprint, name string, stats bankStatsJSON) {
	if name == "built-in" {
		name = p.T("bankcmd.builtin")
	}
	fmt.Fprintf(w, "%s\n\n", p.T("bankcmd.stats.head", p.T("bankcmd.stats.cards", stats.Cards, strconv.Itoa(stats.Cards)),
		p.T("bankcmd.stats.sections", len(stats.Sections), strconv.Itoa(len(stats.Sections))), name))
	cardsH := p.T("bankcmd.stats.col.cards")
	cardsW := max(5, display.Width(cardsH))
	nameH := p.T("bankcmd.stats.col.section")
	nameW := display.Width(nameH)
	for _, s := range stats.Sections {
		nameW = max(nameW, display.Width(s.Name))
	}
	// A cut name ends in "…", two columns where East Asian ambiguous
	// characters are wide (Korean terminals often): one column spare.
	width := statsWidth
	if p.Lang() == catalog.Korean {
		width--
	}
	nameW = min(nameW, width-2-cardsW)
	fmt.Fprintf(w, "%s  %s\n", display.PadRight(nameH, nameW), display.PadLeft(cardsH, cardsW))
	for _, s := range stats.Sections {
		fmt.Fprintf(w, "%s  %s\n", display.PadRight(display.Truncate(s.Name, nameW), nameW), display.PadLeft(strconv.Itoa(s.Cards), cardsW))
	}
	fmt.Fprintln(w)
	weightH, ofH := p.T("bankcmd.stats.col.weight"), p.T("bankcmd.stats.col.of", strconv.Itoa(bp.Questions))
	weightW, ofW := max(6, display.Width(weightH)), max(5, display.Width(ofH))
	domH := p.T("bankcmd.stats.col.domain")
	domW := display.Width(domH)
	names := make([]string, len(stats.Domains))
	for i := range stats.Domains {
		names[i] = domainName(p, bp.Domains[i])
		domW = max(domW, display.Width(names[i]))
	}
	domW = min(domW, width-6-weightW-cardsW-ofW)
	fmt.Fprintf(w, "%s  %s  %s  %s\n", display.PadRight(domH, domW), display.PadLeft(weightH, weightW), display.PadLeft(cardsH, cardsW), display.PadLeft(ofH, ofW))
	for i, d := range stats.Domains {
		fmt.Fprintf(w, "%s  %s  %s  %s\n", display.PadRight(display.Truncate(names[i], domW), domW), display.PadLeft(strconv.Itoa(d.Weight)+"%", weightW),
			display.PadLeft(strconv.Itoa(d.Cards), cardsW), display.PadLeft(strconv.Itoa(d.ExamQuestions), ofW))
	}
}

// domainName is a domain's name in the interface language: the
// blueprint's Korean name (name_ko) in Korean.
func domainName(p *catalog.Printer, d bank.Domain) string {
	return d.NameIn(string(p.Lang()))
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// bankCheckOptions are bank check's: the bank alone.
type bankCheckOptions struct{ bank *bankFlags }

func newBankCheckCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &bankCheckOptions{bank: &g.bank}
	return &cobra.Command{
		Use:  "check",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBankCheck(cmd.Context(), opts, stdio)
		},
	}
}

func runBankCheck(ctx context.Context, opts *bankCheckOptions, stdio *IO) error {
	b, name, err := loadBank(ctx, opts.bank, stdio)
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
		fmt.Fprintln(w, p.In(stdio.P))
	}
	for _, i := range b.LeftOutCards() {
		c := &b.Cards[i]
		fmt.Fprintln(w, stdio.P.T("bankcmd.check.left_out", c.Source.String(), c.ReviewedAt.String(), c.Verdict))
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
			fmt.Fprintln(w, stdio.P.T("bankcmd.check.multiple", c.Source.String(), report.ChooseLineIn(stdio.P, gen.Choose(i)), c.Answer()))
			if q := gen.Make(i, exam.NewRand(1), nil); len(q.Options)-q.Choose < 3 {
				extra++
				fmt.Fprintln(w, stdio.P.T("bank.warning", c.Source.String(), stdio.P.T("bankcmd.check.few_options", len(q.Options)-q.Choose)))
			}
		}
	}
	// Every card is tried only in a bank the generator reads whole (about
	// 0.1 ms a card).
	if len(b.Cards) <= distractor.SmallBank {
		var plain, own []string
		for i, c := range b.Cards {
			switch {
			case c.OwnOptions:
				own = append(own, c.Source.String())
			case !gen.Varies(i):
				plain = append(plain, c.Source.String())
			}
		}
		if len(own) > 0 {
			fmt.Fprintln(w, stdio.P.T("bankcmd.check.own_options", strconv.Itoa(len(own)), strings.Join(own[:min(len(own), 3)], ", ")))
		}
		if len(plain) > 0 {
			shown := plain[:min(len(plain), 3)]
			fmt.Fprintln(w, stdio.P.T("bankcmd.check.plain", strconv.Itoa(len(plain)), strconv.Itoa(len(b.Cards)), strings.Join(shown, ", ")))
		}
	}
	counts := map[string]int{}
	for _, sc := range b.SectionCounts() {
		counts[sc.Name] = sc.Cards
	}
	for _, s := range b.Sections {
		if gen.Borrows(s) {
			fmt.Fprintln(w, stdio.P.T("bankcmd.check.borrows", s, counts[s]))
		}
	}
	listDisputes(stdio, b)
	if name == "built-in" {
		name = stdio.P.T("bankcmd.builtin")
	}
	nw := len(warnings) + extra
	fmt.Fprintln(w, stdio.P.T("bankcmd.check.summary", name, strconv.Itoa(len(b.Cards)), strconv.Itoa(len(b.Sections)), strconv.Itoa(multiple), stdio.P.T("bankcmd.check.warnings", nw, strconv.Itoa(nw))))
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
