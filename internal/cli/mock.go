package cli

import (
	"time"

	"github.com/spf13/cobra"
)

func newMockCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{examFlags: examFlags{weighted: true}}
	cmd := &cobra.Command{
		Use:   "mock",
		Short: "Sit a timed mock exam: 65 questions by domain weight, 130 minutes",
		Long: `Sit a timed mock exam shaped like DVA-C02: 65 questions split by domain
weight (21/17/15/12), 130 minutes.

Keys: 1–4 answers (digits work with a Korean input method on), ↑↓ and
Enter too; f flags for review, ← or p previous, → or n next, r opens the
review screen, where you can jump to any question and submit. Answers can
be changed until you submit. When time runs out the exam ends by itself.

Every answer is journaled before the next question is shown: Ctrl-C asks
whether to save and quit (exit 130), continue or discard (which asks
again; Ctrl-C twice saves and quits); a closed terminal or a crash keeps
every answer given. Continue with awsexam resume. One exam runs in one
terminal: a resume elsewhere is refused while it runs.

A bank that cannot give each domain its weight's share (a bank of your
own without security cards, say) is refused before the mock starts,
naming the domains short; choose the questions with --domain or
--section, or use awsexam drill.

Needs a terminal; without one use awsexam generate and awsexam grade.`,
		Example: `  awsexam mock
  awsexam mock --time 160m          # +30 minutes for non-native speakers
  awsexam mock --count 20 --time 40m --domain security
  awsexam mock --report last-mock.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.limit == 0 {
				return usagef("--time 0: a mock is timed; use awsexam drill for untimed practice")
			}
			return startSession(cmd, g, opts, "mock", stdio)
		},
	}
	opts.register(cmd, 65, 130*time.Minute, "time limit, e.g. 130m, 160m, 3s")
	return cmd
}

func newDrillCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{}
	cmd := &cobra.Command{
		Use:   "drill",
		Short: "A quick drill: ten questions, each answer checked at once",
		Long: `A quick drill: ten questions (--count), untimed unless --time. After
each answer it says right or wrong, why the option you picked is wrong,
the right answer (and the notes' original answer where a review corrected
it), the explanation, and the card's section and source FILE:LINE; e (ㄷ
with a Korean input method) shows every option with why it is wrong,
Enter goes on. Saved like a mock.

Needs a terminal; without one use awsexam generate and awsexam grade.`,
		Example: `  awsexam drill
  awsexam drill --weak
  awsexam drill --section DynamoDB --count 5
  awsexam drill --domain troubleshooting --time 10m`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return startSession(cmd, g, opts, "drill", stdio)
		},
	}
	opts.register(cmd, 10, 0, "time limit (default untimed), e.g. 10m")
	cmd.Flags().BoolVar(&opts.weak, "weak", false, "drill the cards you missed most often and most recently (a Leitner box per card from all attempts), with a few unseen ones")
	return cmd
}
