package cli

import (
	"time"

	"github.com/spf13/cobra"
)

func newMockCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{examFlags: examFlags{weighted: true}}
	cmd := &cobra.Command{
		Use:  "mock",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.limit == 0 {
				return usagef("error.mock.untimed")
			}
			return startSession(cmd, g, opts, "mock", stdio)
		},
	}
	opts.register(cmd, 65, 130*time.Minute)
	addBankFlags(cmd, g)
	return cmd
}

func newDrillCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &sitOptions{}
	cmd := &cobra.Command{
		Use:  "drill",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return startSession(cmd, g, opts, "drill", stdio)
		},
	}
	opts.register(cmd, 10, 0)
	addBankFlags(cmd, g)
	cmd.Flags().BoolVar(&opts.weak, "weak", false, "")
	return cmd
}
