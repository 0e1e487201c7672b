package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/awsexam/awsexam/internal/catalog"
)

// WriteManPages writes a man page per command (awsexam.1,
// awsexam-bank-stats.1, ...) from the command tree worded in lang into
// dir, which it makes; date is the pages' date. It returns the pages'
// names. `make man` writes them under bin/man (English in man1, Korean in
// ko/man1), as restic and hugo generate theirs.
func WriteManPages(dir string, lang catalog.Lang, date time.Time) ([]string, error) {
	stdio := &IO{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard, Getenv: func(string) string { return "" }}
	stdio.P = catalog.For(lang)
	root := newRootCommand(stdio)
	root.SetContext(context.Background())
	root.DisableAutoGenTag = true // no HISTORY section with the date of generation
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	header := &doc.GenManHeader{
		Title:   "AWSEXAM",
		Section: "1",
		Source:  "awsexam " + version,
		Manual:  stdio.P.T("man.manual"),
		Date:    &date,
	}
	var names []string
	var walk func(c *cobra.Command) error
	walk = func(c *cobra.Command) error {
		for _, sub := range c.Commands() {
			if err := walk(sub); err != nil {
				return err
			}
		}
		if !c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
			return nil
		}
		var b bytes.Buffer
		if err := doc.GenMan(c, header, &b); err != nil {
			return err
		}
		name := strings.ReplaceAll(c.CommandPath(), " ", "-") + ".1"
		if err := os.WriteFile(filepath.Join(dir, name), manWords(b.Bytes(), stdio.P), 0o644); err != nil {
			return err
		}
		names = append(names, name)
		return nil
	}
	if err := walk(root); err != nil {
		return nil, fmt.Errorf("man pages in %s: %w", dir, err)
	}
	return names, nil
}

// manSections are the section headings cobra/doc writes in English, by
// their catalogue keys.
var manSections = []struct{ heading, key string }{
	{"OPTIONS INHERITED FROM PARENT COMMANDS", "man.inherited"},
	{"NAME", "man.name"},
	{"SYNOPSIS", "man.synopsis"},
	{"DESCRIPTION", "man.description"},
	{"OPTIONS", "man.options"},
	{"EXAMPLE", "man.example"},
	{"SEE ALSO", "man.see_also"},
	{"HISTORY", "man.history"},
}

// manWords words the section headings of a page cobra/doc wrote (.SH
// NAME) in p's language.
func manWords(page []byte, p *catalog.Printer) []byte {
	lines := strings.Split(string(page), "\n")
	for i, l := range lines {
		for _, s := range manSections {
			if l == ".SH "+s.heading {
				lines[i] = ".SH " + p.T(s.key)
				break
			}
		}
	}
	return []byte(strings.Join(lines, "\n"))
}
