package cli

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

// disputesRead is the user's disputes as read once by a command.
type disputesRead struct {
	list   []store.Dispute
	byTry  map[string]map[string]bool // attempt id → card ids
	byCard map[string]bool
}

// userDisputes reads the user's disputes once a command: a damaged file
// is one warning naming it, and no dispute applies.
func userDisputes(stdio *IO) *disputesRead {
	if stdio.disputes != nil {
		return stdio.disputes
	}
	r := &disputesRead{}
	stdio.disputes = r
	dir, err := dataDir(stdio)
	if err != nil {
		return r
	}
	list, err := dir.Disputes()
	if err != nil {
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("warn.plain", err))
	}
	r.list = list
	r.byTry = store.DisputedQuestions(list)
	r.byCard = store.DisputedCards(list)
	return r
}

// withDisputes is an attempt as shown: the questions the user disputed
// in it are left out of its score. The attempt file is not rewritten.
func withDisputes(a *exam.Attempt, stdio *IO) *exam.Attempt {
	return a.WithDisputes(userDisputes(stdio).byTry[a.ID])
}

// countReason counts the cards left out for a reason.
func countReason(out []exam.LeftOut, reason string) int {
	n := 0
	for _, l := range out {
		if l.Reason == reason {
			n++
		}
	}
	return n
}

// listDisputes is bank check's list of the disputes that name cards of
// the bank: where each card is, what the user thinks and what they wrote.
func listDisputes(stdio *IO, b *bank.Bank) {
	where := make(map[string]string, len(b.Cards))
	for i := range b.Cards {
		where[b.Cards[i].ID] = b.Cards[i].Source.String()
	}
	n := 0
	for _, x := range store.LatestPerCard(userDisputes(stdio).list) {
		src, ok := where[x.Card]
		if !ok {
			continue
		}
		n++
		line := stdio.P.T("disputescmd.disputed", src, x.Card, disputeWords(stdio.P, x.Kind))
		if x.Text != "" {
			line += ": " + bank.CleanText(x.Text)
		}
		fmt.Fprintln(stdio.Out, line)
	}
	if n > 0 {
		fmt.Fprintln(stdio.Out, stdio.P.T("disputescmd.left_out", n, strconv.Itoa(n)))
	}
}

type disputesOptions struct {
	output string
	format string
}

func newDisputesCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &disputesOptions{}
	cmd := &cobra.Command{
		Use:  "disputes",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDisputesList(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "text", "")
	export := &cobra.Command{
		Use:  "export",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDisputesExport(cmd.Context(), opts, stdio)
		},
	}
	export.Flags().StringVarP(&opts.output, "output", "o", "", "")
	rmOpts := &disputesRmOptions{}
	rm := &cobra.Command{
		Use:  "rm CARD",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rmOpts.card = args[0]
			return runDisputesRemove(cmd.Context(), rmOpts, stdio)
		},
	}
	cmd.AddCommand(export, rm)
	return cmd
}

// readDisputes reads the disputes for a disputes command: a damaged file
// is an error here, not a warning (it is what the command is about).
func readDisputes(stdio *IO) ([]store.Dispute, store.Dir, error) {
	dir, err := dataDir(stdio)
	if err != nil {
		return nil, "", err
	}
	list, err := dir.Disputes()
	return list, dir, err
}

func runDisputesList(ctx context.Context, opts *disputesOptions, stdio *IO) error {
	if opts.format != "text" && opts.format != "json" {
		return usagef("error.format.text_json", opts.format)
	}
	list, _, err := readDisputes(stdio)
	if err != nil {
		return err
	}
	if opts.format == "json" {
		if list == nil {
			list = []store.Dispute{}
		}
		return writeJSON(stdio.Out, list)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdio.Out, stdio.P.T("disputescmd.none"))
		return nil
	}
	for _, x := range list {
		fmt.Fprintf(stdio.Out, "%s  %s  %s  %s\n", x.Time.Local().Format("2006-01-02 15:04"), bank.CleanText(x.Card), bank.CleanText(x.Source), disputeWords(stdio.P, x.Kind))
		fmt.Fprintf(stdio.Out, "    %s\n", display.Truncate(bank.CleanText(strings.ReplaceAll(x.Question, "\n", " ")+" | "+x.Key), 76))
		if x.Text != "" {
			fmt.Fprintf(stdio.Out, "    %s\n", bank.CleanText(x.Text))
		}
	}
	fmt.Fprintln(stdio.Out, stdio.P.T("disputescmd.count", len(list), strconv.Itoa(len(list))))
	return ctx.Err()
}

// disputeVerdict is the review verdict a dispute's kind stands for.
var disputeVerdict = map[store.DisputeKind]bank.Verdict{
	store.DisputeKeyWrong: bank.VerdictWrong,
	store.DisputeTwoRight: bank.VerdictPartial,
	store.DisputeUnclear:  bank.VerdictUnclear,
}

// disputeReviews turns disputes into reviews, one per card (its latest
// dispute): no corrected answer or question, so each leaves its card
// out until someone writes the correction.
func disputeReviews(list []store.Dispute) []bank.Review {
	var out []bank.Review
	for _, x := range store.LatestPerCard(list) {
		note := x.Text
		if note == "" {
			note = x.Kind.Words()
		}
		out = append(out, bank.Review{Card: x.Card, Source: x.Source, Verdict: disputeVerdict[x.Kind], Note: bank.CleanText(note)})
	}
	return out
}

func runDisputesExport(ctx context.Context, opts *disputesOptions, stdio *IO) error {
	list, _, err := readDisputes(stdio)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := bank.EncodeReviews(&buf, disputeReviews(list)); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	n := len(store.LatestPerCard(list))
	fmt.Fprintln(stdio.Err, stdio.P.T("disputescmd.exported", n, strconv.Itoa(n)))
	if opts.output != "" {
		return store.WriteFile(opts.output, buf.Bytes())
	}
	_, err = stdio.Out.Write(buf.Bytes())
	return err
}

// disputesRmOptions are disputes rm's argument: the card whose disputes
// are withdrawn.
type disputesRmOptions struct{ card string }

func runDisputesRemove(ctx context.Context, opts *disputesRmOptions, stdio *IO) error {
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	n, moved, err := dir.RemoveDisputes(opts.card)
	if moved != "" {
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", stdio.P.T("disputescmd.moved", dir.DisputesPath(), moved))
	}
	if err != nil {
		return err
	}
	if n == 0 {
		return errorf("error.disputes.none", opts.card)
	}
	fmt.Fprintln(stdio.Out, stdio.P.T("disputescmd.withdrew", n, strconv.Itoa(n), opts.card))
	return nil
}

// disputeWords says a dispute's kind in the interface language.
func disputeWords(p *catalog.Printer, k store.DisputeKind) string {
	switch k {
	case store.DisputeKeyWrong:
		return p.T("disputescmd.kind.key_wrong")
	case store.DisputeTwoRight:
		return p.T("disputescmd.kind.two_right")
	case store.DisputeUnclear:
		return p.T("disputescmd.kind.unclear")
	}
	return k.Words()
}
