package cli

import (
	"bytes"
	"context"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

type generateOptions struct {
	examFlags
	all       bool
	format    string
	answerKey bool
	output    string
}

func newGenerateCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &generateOptions{examFlags: examFlags{bank: &g.bank}}
	cmd := &cobra.Command{
		Use:  "generate",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.seedSet = cmd.Flags().Changed("seed")
			return runGenerate(cmd.Context(), opts, stdio)
		},
	}
	opts.register(cmd, 65)
	addBankFlags(cmd, g)
	cmd.Flags().BoolVar(&opts.all, "all", false, "")
	cmd.Flags().StringVar(&opts.format, "format", "json", "")
	cmd.Flags().BoolVar(&opts.answerKey, "answer-key", false, "")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "")
	cmd.MarkFlagsMutuallyExclusive("count", "all")
	return cmd
}

func runGenerate(ctx context.Context, opts *generateOptions, stdio *IO) error {
	if opts.format != "json" && opts.format != "md" {
		return usagef("error.format.json_md", opts.format)
	}
	if opts.answerKey && opts.format != "md" {
		return usagef("error.answer_key")
	}
	e, b, err := assemble(ctx, &opts.examFlags, opts.all, stdio)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if opts.format == "json" {
		err = exam.Encode(&out, e)
	} else {
		err = report.PaperExamIn(&out, e, b.Blueprint.Name, opts.answerKey, stdio.P)
	}
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted: no output, not even part of it
	}
	if opts.output != "" {
		return store.WriteFile(opts.output, out.Bytes())
	}
	_, err = stdio.Out.Write(out.Bytes())
	return err
}
