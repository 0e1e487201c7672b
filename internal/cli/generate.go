package cli

import (
	"bytes"

	"github.com/spf13/cobra"

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
	opts := &generateOptions{}
	cmd := &cobra.Command{
		Use:   "generate",
		Short: "Print an exam without running it (JSON, or Markdown for paper)",
		Long: `Print an exam without running it.

--format json (default) is the stable exam file that 'awsexam grade' reads;
--format md is a printable paper exam, with the answer key on its own page
when --answer-key is given. Without --seed a seed is drawn and written into
the output, so any exam can be made again.`,
		Example: `  awsexam generate --count 65 --seed 1 --format json -o exam.json
  awsexam generate --count 10 --format md --answer-key -o paper.md
  awsexam generate --all --domain security --format md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGenerate(cmd, g, opts, stdio)
		},
	}
	opts.register(cmd, 65)
	addBankFlags(cmd, g)
	cmd.Flags().BoolVar(&opts.all, "all", false, "every card of the selection once (instead of --count)")
	cmd.Flags().StringVar(&opts.format, "format", "json", "json or md")
	cmd.Flags().BoolVar(&opts.answerKey, "answer-key", false, "md: add the answer key on its own page")
	cmd.Flags().StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.MarkFlagsMutuallyExclusive("count", "all")
	return cmd
}

func runGenerate(cmd *cobra.Command, g *globalOptions, opts *generateOptions, stdio *IO) error {
	if opts.format != "json" && opts.format != "md" {
		return usagef("--format %q: want json or md", opts.format)
	}
	if opts.answerKey && opts.format != "md" {
		return usagef("--answer-key goes with --format md (the JSON always has the answers)")
	}
	e, b, err := assemble(cmd, g, &opts.examFlags, opts.all, stdio)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if opts.format == "json" {
		err = writeJSON(&out, e)
	} else {
		err = report.PaperExamIn(&out, e, b.Blueprint.Name, opts.answerKey, stdio.P)
	}
	if err != nil {
		return err
	}
	if err := cmd.Context().Err(); err != nil {
		return err // interrupted: no output, not even part of it
	}
	if opts.output != "" {
		return store.WriteFile(opts.output, out.Bytes())
	}
	_, err = stdio.Out.Write(out.Bytes())
	return err
}
