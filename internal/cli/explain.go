package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
)

type bankExplainOptions struct {
	id     string
	seed   uint64
	format string
}

func newBankExplainCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &bankExplainOptions{}
	cmd := &cobra.Command{
		Use:  "explain CARD-ID",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.id = args[0]
			return runBankExplain(cmd.Context(), g, opts, stdio)
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

func runBankExplain(ctx context.Context, g *globalOptions, opts *bankExplainOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	b, _, err := loadBank(ctx, g, stdio)
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
	fmt.Fprintf(w, "Card %s · %s · %s · %s\n", c.ID, c.Source, c.Section, c.Domain)
	fmt.Fprintf(w, "Q: %s\nA: %s\n", c.Question, c.Answer())
	if c.ReviewedAt.File != "" {
		fmt.Fprintf(w, "Review (%s): %s\n", c.ReviewedAt, c.Verdict)
		if c.OriginalAnswer != "" {
			fmt.Fprintf(w, "  %s\n", report.OriginalAnswer(&exam.Question{OriginalAnswer: c.OriginalAnswer}))
		}
		if c.LeftOut {
			fmt.Fprintln(w, "  left out of exams: the review gives no correction to ask instead")
		}
	}
	if c.Explanation != "" {
		fmt.Fprintf(w, "Why: %s\n", c.Explanation)
	}
	fmt.Fprintln(w)
	kind := ex.AnswerKind
	if kind == "" {
		kind = "a sentence (more than one thing named)"
	}
	fmt.Fprintf(w, "Answer kind: %s\n", kind)
	for _, part := range []struct {
		name string
		tags []distractor.Tag
	}{{"Question names", ex.QuestionTags}, {"Answer names", ex.AnswerTags}} {
		if len(part.tags) == 0 {
			fmt.Fprintf(w, "%s: nothing the knowledge layer knows\n", part.name)
			continue
		}
		fmt.Fprintf(w, "%s:\n", part.name)
		for _, t := range part.tags {
			fmt.Fprintf(w, "  %q → %s (%s of %s)", t.Text, t.Concept, t.Kind, t.Service)
			if len(t.Siblings) > 0 {
				fmt.Fprintf(w, "; contrasted with %s", strings.Join(t.Siblings, ", "))
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintf(w, "\nQuestion with --seed %d:\n", opts.seed)
	for k, o := range ex.Question.Options {
		mark := " "
		for _, a := range ex.Question.Answers {
			if a == k {
				mark = "*"
			}
		}
		fmt.Fprintf(w, " %s %d. %s   [%s]\n", mark, k+1, o, describeSource(ex.Question.Sources[k]))
	}
	fmt.Fprintf(w, "\nCandidates considered (%d):\n", len(ex.Candidates))
	for _, d := range ex.Candidates {
		fmt.Fprintf(w, "  %-22s %-8s %s   [%s]\n", reasonText[d.Reason], d.Origin, d.Option, describeSource(d.Source))
	}
	return nil
}

// reasonText words a candidate's fate.
var reasonText = map[distractor.Reason]string{
	distractor.ReasonChosen:              "chosen",
	distractor.ReasonNotChosen:           "passed over",
	distractor.ReasonSameQuestion:        "dropped: same question",
	distractor.ReasonSameSolution:        "dropped: same as key",
	distractor.ReasonAnswersSameQuestion: "dropped: answers it",
	distractor.ReasonRepeat:              "dropped: repeat",
}

// describeSource words an option's source in one line.
func describeSource(s distractor.OptionSource) string {
	switch {
	case s.Key:
		return "key, " + s.Source
	case len(s.Variant) > 0:
		return fmt.Sprintf("variant: %s instead of %s", strings.Join(s.Variant, " + "), strings.Join(s.Replaces, " + "))
	case s.Mistake != "":
		return "mistake: " + s.Mistake
	case s.Written != "":
		return "written in the bank, " + s.Written
	case s.Pool != "":
		return fmt.Sprintf("%s pool, answer of %s", s.Pool, s.Source)
	case s.Card != "":
		return "answer of " + s.Source
	}
	return ""
}
