package cli

import (
	"context"
	"time"

	"github.com/spf13/cobra"
)

func newMockCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{examFlags: examFlags{bank: &g.bank, weighted: true}}
	cmd := &cobra.Command{
		Use:  "mock",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.seedSet = cmd.Flags().Changed("seed")
			return runMock(cmd.Context(), opts, stdio)
		},
	}
	opts.register(cmd, 65, 130*time.Minute)
	addBankFlags(cmd, g)
	return cmd
}

func newDrillCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{examFlags: examFlags{bank: &g.bank}}
	cmd := &cobra.Command{
		Use:  "drill",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.seedSet = cmd.Flags().Changed("seed")
			return runDrill(cmd.Context(), opts, stdio)
		},
	}
	opts.register(cmd, 10, 0)
	addBankFlags(cmd, g)
	cmd.Flags().BoolVar(&opts.weak, "weak", false, "")
	return cmd
}

// runMock sits a timed mock exam that follows the domain weights.
func runMock(ctx context.Context, opts *sitOptions, stdio *IO) error {
	if opts.limit == 0 {
		return usagef("error.mock.untimed")
	}
	return startSession(ctx, opts, "mock", stdio)
}

// runDrill sits a drill: untimed unless --time, the weakest cards first
// with --weak.
func runDrill(ctx context.Context, opts *sitOptions, stdio *IO) error {
	return startSession(ctx, opts, "drill", stdio)
}
