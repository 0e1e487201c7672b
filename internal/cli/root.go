package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/AlecAivazis/survey/v2/core"
	"github.com/fatih/color"
	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
)

// version is set at build time with -ldflags "-X ...cli.version=v1.2.3".
var version = "dev"

// globalOptions are the flags of the whole tree, each bound once here:
// --no-color on every command, --bank and --review on those that load a
// bank (whose options point at bank).
type globalOptions struct {
	bank    bankFlags
	noColor bool
}

// bankFlags are --bank and --review: the banks a command loads and the
// reviews applied to them.
type bankFlags struct {
	banks   []string
	reviews []string
}

func newRootCommand(stdio *IO) *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:           "awsexam",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			setColor(g, stdio)
		},
	}
	root.SetIn(stdio.In)
	root.SetOut(stdio.Out)
	root.SetErr(stdio.Err)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usagef("error.flag", cobraWords(stdio.P, err.Error()), c.Name())
	})
	pf := root.PersistentFlags()
	pf.BoolVar(&g.noColor, "no-color", false, "")
	// Read by Run before the tree is built (langFlag); declared here so
	// that cobra accepts it on every command.
	pf.String("lang", "", "")

	root.AddCommand(
		newBankCommand(g, stdio),
		newGenerateCommand(g, stdio),
		newMockCommand(g, stdio),
		newDrillCommand(g, stdio),
		newResumeCommand(g, stdio),
		newGradeCommand(g, stdio),
		newReportCommand(g, stdio),
		newHistoryCommand(g, stdio),
		newExportMissedCommand(g, stdio),
		newReviewCommand(g, stdio),
		newDisputesCommand(g, stdio),
		newVersionCommand(stdio),
	)
	for _, c := range root.Commands() {
		c.SilenceUsage = true
	}
	registerCompletions(root, g, stdio)
	wordHelp(root, stdio.P)
	return root
}

// setColor decides colour once a command: off for --no-color, NO_COLOR,
// TERM=dumb or output that is not a terminal. The decision is stdio.Color;
// fatih/color's and survey's globals follow it only because those
// libraries read nothing else when they print.
func setColor(g *globalOptions, stdio *IO) {
	off := g.noColor || stdio.Getenv("NO_COLOR") != "" || stdio.Getenv("TERM") == "dumb" || !stdio.OutTTY
	stdio.Color = !off
	color.NoColor = off
	core.DisableColor = off
}

// addBankFlags gives the commands that load a bank (bank, generate, mock,
// drill) --bank and --review, for their subcommands too; elsewhere they
// would be taken and ignored, so they are unknown there (exit 2).
func addBankFlags(cmd *cobra.Command, g *globalOptions) {
	fs := cmd.PersistentFlags()
	fs.StringArrayVar(&g.bank.banks, "bank", nil, "")
	fs.StringArrayVar(&g.bank.reviews, "review", nil, "")
}

// loadBank loads the banks named by --bank, or the built-in one, and
// applies the reviews: the built-in review to the built-in bank, then the
// --review files in order. It returns the bank and a name for it
// ("built-in" or the files given).
func loadBank(ctx context.Context, src *bankFlags, stdio *IO) (*bank.Bank, string, error) {
	b, name, err := loadBankFiles(ctx, src, stdio)
	if err != nil {
		return b, name, err
	}
	var reviews []bank.ReviewFile
	if len(src.banks) == 0 {
		reviews = append(reviews, bank.BuiltinReview())
	}
	// Every review file is read and every problem in them reported at once.
	var probs []bank.Problem
	var names []string
	for _, path := range src.reviews {
		rname, raw, err := readInput(ctx, stdio, "input.review", path, bank.MaxFileBytes)
		if err != nil {
			return nil, "", err
		}
		rf, err := bank.ParseReviewFile(bank.File{Name: rname, Data: raw})
		var pe *bank.ProblemsError
		switch {
		case errors.As(err, &pe):
			probs = append(probs, pe.Problems...)
			names = append(names, rname)
			continue
		case err != nil:
			return nil, "", err
		}
		reviews = append(reviews, rf)
	}
	if len(probs) > 0 {
		key := "bank.problems.review"
		if len(names) > 1 {
			key = "bank.problems.reviews"
		}
		return nil, "", &bank.ProblemsError{Problems: probs, SummaryKey: key, SummaryArgs: []any{strings.Join(names, ", --review ")}}
	}
	b.ApplyReviews(reviews...)
	return b, name, nil
}

// loadBankFiles loads the banks named by --bank, or the built-in one.
func loadBankFiles(ctx context.Context, src *bankFlags, stdio *IO) (*bank.Bank, string, error) {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		return nil, "", err
	}
	if err := oneStdin(append(slices.Clone(src.banks), src.reviews...)...); err != nil {
		return nil, "", err
	}
	if len(src.banks) == 0 {
		if stdio.Getenv("GOGC") == "" {
			// All an exam from the built-in bank allocates is a few
			// megabytes: collected four times less often than by
			// default, generate starts about 15% sooner (issue 9) for at
			// most a few megabytes more.
			debug.SetGCPercent(400)
		}
		b, err := bank.LoadContext(ctx, []bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
		return b, "built-in", err
	}
	files := make([]bank.File, 0, len(src.banks))
	names := make([]string, 0, len(src.banks))
	for _, path := range src.banks {
		name, raw, err := readInput(ctx, stdio, "input.bank", path, bank.MaxFileBytes)
		if err != nil {
			return nil, "", err
		}
		files = append(files, bank.File{Name: name, Data: raw})
		names = append(names, name)
	}
	b, err := bank.LoadContext(ctx, files, bp)
	return b, strings.Join(names, ","), err
}

func newVersionCommand(stdio *IO) *cobra.Command {
	return &cobra.Command{
		Use:  "version",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runVersion(cmd.Context(), stdio)
		},
	}
}

// runVersion prints awsexam's version and the Go release it was built
// with.
func runVersion(_ context.Context, stdio *IO) error {
	v := version
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version // set by go install module@version
	}
	_, err := fmt.Fprintf(stdio.Out, "awsexam %s (%s)\n", v, runtime.Version())
	return err
}
