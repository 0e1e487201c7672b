package cli

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
)

// Shell completion of flag values and arguments (`awsexam completion
// bash|zsh|fish|powershell` writes the script). Values come with a
// description ("value\tdescription") that zsh, fish and PowerShell show.

// formatValues are each command's --format values, by command path; each
// is described by the catalogue's complete.format.CMD.VALUE.
var formatValues = map[string][]string{
	"awsexam report":     {"text", "md", "json", "html"},
	"awsexam generate":   {"json", "md"},
	"awsexam bank stats": {"text", "json"},
	"awsexam history":    {"text", "json"},
	"awsexam disputes":   {"text", "json"},
}

// described gives each value its description (value\tdescription), the
// catalogue's prefix.VALUE.
func described(p *catalog.Printer, prefix string, values []string) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v + "\t" + p.T(prefix+"."+v)
	}
	return out
}

// modeValues are history's modes, described (complete.mode.MODE).
func modeValues(p *catalog.Printer) []string {
	return described(p, "complete.mode", historyModes)
}

// Files each flag reads or writes, by extension.
var (
	bankExtensions   = []string{"txt", "yaml", "yml"}
	reviewExtensions = []string{"yaml", "yml"}
	reportFileExts   = []string{"txt", "md", "json", "html", "htm"}
)

// registerCompletions gives every command in the tree under root the
// completion of the flags and arguments it has: flags by name (so a flag
// added to another command later completes there too), arguments by
// command.
func registerCompletions(root *cobra.Command, g *globalOptions, stdio *IO) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		flag := func(name string, f cobra.CompletionFunc) {
			if c.LocalNonPersistentFlags().Lookup(name) != nil || c.PersistentFlags().Lookup(name) != nil {
				// The error is a second registration only: none here.
				_ = c.RegisterFlagCompletionFunc(name, f)
			}
		}
		flag("section", func(cmd *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
			return completeSections(cmd.Context(), &g.bank, stdio, typed)
		})
		flag("domain", func(cmd *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
			return completeDomains(cmd.Context(), &g.bank, stdio, typed)
		})
		if values, ok := formatValues[c.CommandPath()]; ok {
			flag("format", fixedValues(described(stdio.P, "complete.format."+strings.Join(strings.Fields(c.CommandPath())[1:], "."), values)))
		}
		flag("mode", fixedValues(modeValues(stdio.P)))
		flag("bank", cobra.FixedCompletions(bankExtensions, cobra.ShellCompDirectiveFilterFileExt))
		flag("review", cobra.FixedCompletions(reviewExtensions, cobra.ShellCompDirectiveFilterFileExt))
		flag("report", cobra.FixedCompletions(reportFileExts, cobra.ShellCompDirectiveFilterFileExt))
		switch c.CommandPath() {
		case "awsexam report":
			flag("output", cobra.FixedCompletions(reportFileExts, cobra.ShellCompDirectiveFilterFileExt))
			c.ValidArgsFunction = completeAttempts(stdio, "last\t"+stdio.P.T("complete.last"))
		case "awsexam review":
			c.ValidArgsFunction = completeAttempts(stdio, "last\t"+stdio.P.T("complete.last"))
		case "awsexam history rm":
			c.ValidArgsFunction = completeAttempts(stdio)
		case "awsexam disputes export":
			flag("output", cobra.FixedCompletions(reviewExtensions, cobra.ShellCompDirectiveFilterFileExt))
		case "awsexam resume":
			c.ValidArgsFunction = completeUnfinished(stdio)
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// fixedValues completes one of values, in any case.
func fixedValues(values []string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
		return matching(typed, values), cobra.ShellCompDirectiveNoFileComp
	}
}

// matching keeps the values ("value\tdescription") that start with typed
// in any case. A value whose case differs from what was typed is offered
// with the typed prefix (`s3` → `s3 & Encryption`): shells keep only what
// starts with the exact text typed, and the flags take any case.
func matching(typed string, values []string) []string {
	var out []string
	for _, v := range values {
		value, desc, hasDesc := strings.Cut(v, "\t")
		if strings.HasPrefix(value, typed) {
			out = append(out, v)
			continue
		}
		n := 0 // bytes of value that are typed's runes
		for range utf8.RuneCountInString(typed) {
			if n >= len(value) {
				break
			}
			_, size := utf8.DecodeRuneInString(value[n:])
			n += size
		}
		if !strings.EqualFold(value[:n], typed) {
			continue
		}
		value = typed + value[n:]
		if hasDesc {
			value += "\t" + desc
		}
		out = append(out, value)
	}
	return out
}

// completionBank loads the bank in use for completion: the --bank files
// given earlier on the line (cobra parses the line twice when completing,
// so each is taken once), else the built-in bank; nil if it cannot be
// loaded or is standard input, which is the shell's.
func completionBank(ctx context.Context, src *bankFlags, stdio *IO) *bank.Bank {
	banks := slices.Clone(src.banks)
	if slices.Contains(banks, "-") {
		return nil
	}
	seen := map[string]bool{}
	banks = slices.DeleteFunc(banks, func(b string) bool {
		dup := seen[b]
		seen[b] = true
		return dup
	})
	b, _, err := loadBank(ctx, &bankFlags{banks: banks}, stdio)
	if err != nil {
		cobra.CompErrorln(err.Error())
		return nil
	}
	return b
}

// completeSections offers the sections of the bank in use (--bank given
// earlier on the line, else the built-in one), with their card counts.
func completeSections(ctx context.Context, src *bankFlags, stdio *IO, typed string) ([]string, cobra.ShellCompDirective) {
	b := completionBank(ctx, src, stdio)
	if b == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var values []string
	for _, sc := range b.SectionCounts() {
		values = append(values, sc.Name+"\t"+stdio.P.T("complete.section", sc.Cards, strconv.Itoa(sc.Cards)))
	}
	return matching(typed, values), cobra.ShellCompDirectiveNoFileComp
}

// completeDomains offers the blueprint's domains with their names,
// weights and the cards the bank in use has in each.
func completeDomains(ctx context.Context, src *bankFlags, stdio *IO, typed string) ([]string, cobra.ShellCompDirective) {
	b := completionBank(ctx, src, stdio)
	if b == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	counts := b.DomainCounts()
	var values []string
	for i, d := range b.Blueprint.Domains {
		values = append(values, d.ID+"\t"+stdio.P.T("complete.domain", counts[i], domainName(stdio.P, d), strconv.Itoa(d.Weight), strconv.Itoa(counts[i])))
	}
	return matching(typed, values), cobra.ShellCompDirectiveNoFileComp
}

// maxDescribed is how many attempts completion reads to describe: the
// newest that match; the rest are offered by id alone.
const maxDescribed = 40

// completeAttempts offers the saved attempts' ids, newest first, the
// newest described by date, mode and score; extra values come first.
func completeAttempts(stdio *IO, extra ...string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		values := matching(typed, extra)
		dir, err := dataDir(stdio)
		if err != nil {
			return values, cobra.ShellCompDirectiveNoFileComp
		}
		for k, id := range dir.AttemptIDs(typed) {
			if k >= maxDescribed {
				values = append(values, id)
				continue
			}
			a, err := dir.ReadAttemptID(id)
			if err != nil {
				values = append(values, id+"\t"+stdio.P.T("complete.damaged", err))
				continue
			}
			sc := a.Score()
			verdict := stdio.P.T("complete.fail")
			if sc.Passed {
				verdict = stdio.P.T("complete.pass")
			}
			values = append(values, id+"\t"+stdio.P.T("complete.attempt", sc.Total, a.Ended.Local().Format("2006-01-02 15:04"), a.Mode, strconv.Itoa(sc.Total), strconv.Itoa(sc.Scaled), strconv.Itoa(sc.Max), verdict))
		}
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeUnfinished offers the unfinished exams' ids with their mode and
// progress.
func completeUnfinished(stdio *IO) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, typed string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		dir, err := dataDir(stdio)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		list, _ := dir.Unfinished()
		var values []string
		for _, u := range list {
			if !strings.HasPrefix(u.ID, typed) {
				continue
			}
			s := u.Session
			answered := 0
			for _, c := range s.Chosen {
				if len(c) > 0 {
					answered++
				}
			}
			values = append(values, u.ID+"\t"+stdio.P.T("complete.unfinished", s.Mode, strconv.Itoa(answered), strconv.Itoa(len(s.Exam.Questions)), s.Started.Local().Format("2006-01-02 15:04")))
		}
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}
