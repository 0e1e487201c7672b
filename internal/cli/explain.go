package cli

import (
	"context"
	"fmt"
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

type bankExplainOptions struct {
	bank   *bankFlags
	id     string
	seed   uint64
	format string
}

func newBankExplainCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &bankExplainOptions{bank: &g.bank}
	cmd := &cobra.Command{
		Use:  "explain CARD-ID",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			return runBankExplain(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().Uint64Var(&opts.seed, "seed", 1, "")
	cmd.Flags().StringVar(&opts.format, "format", "text", "")
	return cmd
}

// findCard returns the card whose id is id or starts with it.
func findCard(b *bank.Bank, id string) (int, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	found := -1
	for i, c := range b.Cards {
		switch {
		case c.ID == id:
			return i, nil
		case id != "" && strings.HasPrefix(c.ID, id):
			if found >= 0 {
				return -1, usagef("error.card.ambiguous", id, b.Cards[found].ID, c.ID)
			}
			found = i
		}
	}
	if found < 0 {
		return -1, usagef("error.card.none", id)
	}
	return found, nil
}

func runBankExplain(ctx context.Context, opts *bankExplainOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	b, _, err := loadBank(ctx, opts.bank, stdio)
	if err != nil {
		return err
	}
	i, err := findCard(b, opts.id)
	if err != nil {
		return err
	}
	ex := distractor.New(b).Explain(i, exam.NewRand(opts.seed))
	if opts.format == "json" {
		return writeJSON(stdio.Out, ex)
	}
	c := &b.Cards[i]
	w := stdio.Out
	t := stdio.P.T
	fmt.Fprintln(w, t("bankcmd.explain.card", c.ID, c.Source.String(), c.Section, c.Domain))
	fmt.Fprintln(w, t("bankcmd.explain.q", c.Question))
	fmt.Fprintln(w, t("bankcmd.explain.a", c.Answer()))
	if c.ReviewedAt.File != "" {
		fmt.Fprintln(w, t("bankcmd.explain.review", c.ReviewedAt.String(), c.Verdict))
		if c.OriginalAnswer != "" {
			fmt.Fprintf(w, "  %s\n", report.OriginalAnswerIn(stdio.P, &exam.Question{OriginalAnswer: c.OriginalAnswer}))
		}
		if c.LeftOut {
			fmt.Fprintln(w, t("bankcmd.explain.left_out"))
		}
	}
	if c.Explanation != "" {
		fmt.Fprintln(w, t("bankcmd.explain.why", c.Explanation))
	}
	fmt.Fprintln(w)
	kind := ex.AnswerKind
	if kind == "" {
		kind = t("bankcmd.explain.kind_sentence")
	}
	fmt.Fprintln(w, t("bankcmd.explain.kind", kind))
	for _, part := range []struct {
		name string
		tags []distractor.Tag
	}{{t("bankcmd.explain.question_names"), ex.QuestionTags}, {t("bankcmd.explain.answer_names"), ex.AnswerTags}} {
		if len(part.tags) == 0 {
			fmt.Fprintln(w, t("bankcmd.explain.nothing", part.name))
			continue
		}
		fmt.Fprintf(w, "%s:\n", part.name)
		for _, tag := range part.tags {
			line := t("bankcmd.explain.tag", tag.Text, tag.Concept, tag.Kind, tag.Service)
			if len(tag.Siblings) > 0 {
				line += t("bankcmd.explain.siblings", strings.Join(tag.Siblings, ", "))
			}
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	fmt.Fprintf(w, "\n%s\n", t("bankcmd.explain.with_seed", strconv.FormatUint(opts.seed, 10)))
	for k, o := range ex.Question.Options {
		mark := " "
		for _, a := range ex.Question.Answers {
			if a == k {
				mark = "*"
			}
		}
		fmt.Fprintf(w, " %s %d. %s   [%s]\n", mark, k+1, o, describeSource(stdio.P, ex.Question.Sources[k]))
	}
	if len(ex.Kept) > 0 {
		fmt.Fprintf(w, "\n%s\n", t("bankcmd.explain.kept"))
		for _, k := range ex.Kept {
			why := t("bankcmd.explain.kept." + string(k.Reason))
			if len(k.Unfit) > 0 {
				why = t("bankcmd.explain.kept."+string(k.Reason), strings.Join(k.Unfit, ", "))
			}
			fmt.Fprintf(w, "  %s\n", t("bankcmd.explain.kept_line", k.Text, k.Concept, why))
		}
	}
	fmt.Fprintf(w, "\n%s\n", t("bankcmd.explain.candidates", strconv.Itoa(len(ex.Candidates))))
	for _, d := range ex.Candidates {
		fmt.Fprintf(w, "  %s %-8s %s   [%s]\n", display.PadRight(t(reasonKey[d.Reason]), 22), d.Origin, d.Option, describeSource(stdio.P, d.Source))
	}
	return nil
}

// reasonKey is the catalogue key of a candidate's fate.
var reasonKey = map[distractor.Reason]string{
	distractor.ReasonChosen:              "bankcmd.explain.chosen",
	distractor.ReasonNotChosen:           "bankcmd.explain.passed_over",
	distractor.ReasonSameQuestion:        "bankcmd.explain.same_question",
	distractor.ReasonSameSolution:        "bankcmd.explain.same_key",
	distractor.ReasonAnswersSameQuestion: "bankcmd.explain.answers_it",
	distractor.ReasonRepeat:              "bankcmd.explain.repeat",
	distractor.ReasonSaysTwice:           "bankcmd.explain.says_twice",
	distractor.ReasonOnlyReasonVaries:    "bankcmd.explain.only_reason_varies",
	distractor.ReasonOutsideDesign:       "bankcmd.explain.outside_design",
	distractor.ReasonFarDown:             "bankcmd.explain.far_down",
	distractor.ReasonBareList:            "bankcmd.explain.bare_list",
	distractor.ReasonBareFigure:          "bankcmd.explain.bare_figure",
	distractor.ReasonNotAskedKind:        "bankcmd.explain.not_asked_kind",
	distractor.ReasonOtherAsk:            "bankcmd.explain.other_ask",
	distractor.ReasonUseOfService:        "bankcmd.explain.use_of_service",
}

// describeSource words an option's source in one line.
func describeSource(p *catalog.Printer, s distractor.OptionSource) string {
	switch {
	case s.Key:
		return p.T("bankcmd.explain.src.key", s.Source)
	case len(s.Variant) > 0 && s.Card != "":
		return p.T("bankcmd.explain.src.card_variant", s.Source, strings.Join(s.Variant, " + "), strings.Join(s.Replaces, " + "))
	case len(s.Variant) > 0:
		return p.T("bankcmd.explain.src.variant", strings.Join(s.Variant, " + "), strings.Join(s.Replaces, " + "))
	case s.Mistake != "":
		return p.T("bankcmd.explain.src.mistake", s.Mistake)
	case s.Written != "" && s.Review != "":
		return p.T("bankcmd.explain.src.reviewed_wrong", s.Written, s.Review)
	case s.Written != "":
		return p.T("bankcmd.explain.src.written", s.Written)
	case s.Pool != "":
		return p.T("bankcmd.explain.src.pool", s.Pool, s.Source)
	case s.Card != "":
		return p.T("bankcmd.explain.src.card", s.Source)
	}
	return ""
}
