package cli

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/catalog"
)

// Every command a person can run gets a man page in both languages, with
// its own words (the Korean page's headings and short text in Korean).
func TestManPages(t *testing.T) {
	date := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	for _, lang := range catalog.Langs {
		t.Run(string(lang), func(t *testing.T) {
			dir := t.TempDir()
			names, err := WriteManPages(dir, lang, date)
			if err != nil {
				t.Fatal(err)
			}
			p := catalog.For(lang)
			stdio := &IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, Getenv: func(string) string { return "" }, P: p}
			root := newRootCommand(stdio)
			want := 0
			var walk func(c *cobra.Command)
			walk = func(c *cobra.Command) {
				for _, sub := range c.Commands() {
					walk(sub)
				}
				if !c.IsAvailableCommand() {
					return
				}
				want++
				name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
				page, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Errorf("%s: no man page: %v", c.CommandPath(), err)
					return
				}
				text := strings.ReplaceAll(string(page), `\-`, "-") // roff's hyphen
				for _, s := range []string{".SH " + p.T("man.name"), ".SH " + p.T("man.synopsis"), c.Short} {
					if !strings.Contains(text, s) {
						t.Errorf("%s (%s): the page lacks %q", name, lang, s)
					}
				}
			}
			walk(root)
			if want < 20 || len(names) != want {
				t.Errorf("%d pages for %d commands", len(names), want)
			}
		})
	}
}
