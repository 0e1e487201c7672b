package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
)

// Every command's help in Korean is Korean (no English heading of
// cobra's) and its texts fit 80 columns with Hangul as two; the flags'
// lines are pflag's, as long in English.
func TestHelpKorean(t *testing.T) {
	var out bytes.Buffer
	stdio := &IO{In: strings.NewReader(""), Out: &out, Err: io.Discard, Getenv: func(string) string { return "" }, P: catalog.For(catalog.Korean)}
	root := newRootCommand(stdio)
	n := 0
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		if !c.IsAvailableCommand() && c != root {
			return
		}
		n++
		out.Reset()
		if err := c.Help(); err != nil {
			t.Fatal(err)
		}
		help := out.String()
		for _, w := range []string{"Usage:", "Flags:", "Examples:", "Available Commands:", "help for", "(default", "[flags]"} {
			if strings.Contains(help, w) {
				t.Errorf("%s --help (ko) has %q:\n%s", c.CommandPath(), w, help)
			}
		}
		if !strings.Contains(help, "사용법:") {
			t.Errorf("%s --help (ko) lacks 사용법:", c.CommandPath())
		}
		for _, l := range strings.Split(help, "\n") {
			flagLine := strings.HasPrefix(l, "  -") || strings.HasPrefix(l, "      --")
			if w := display.Width(strings.ReplaceAll(l, "\t", "        ")); w > 80 && !flagLine {
				t.Errorf("%s --help (ko): a line of %d columns: %q", c.CommandPath(), w, l)
			}
		}
	}
	walk(root)
	if n < 20 {
		t.Errorf("%d commands' help checked", n)
	}
}
