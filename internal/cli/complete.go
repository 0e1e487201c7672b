package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
)

// Shell completion of flag values and arguments (`awsexam completion
// bash|zsh|fish|powershell` writes the script). Values come with a
// description ("value\tdescription") that zsh, fish and PowerShell show.

// reportFormats are the formats of `report --format`, described.
var reportFormats = []string{"text\tplain text, coloured on a terminal", "md\tMarkdown", "json\tJSON: the attempt and its figures", "html\tone self-contained page that prints on A4"}

// formatValues are each command's --format values, by command path.
var formatValues = map[string][]string{
	"awsexam report":     reportFormats,
	"awsexam generate":   {"json\tthe exam file awsexam grade reads", "md\ta printable paper exam"},
	"awsexam bank stats": {"text\ttables", "json\tcards per section and domain"},
	"awsexam history":    {"text\ta table and each domain's trend", "json\tone summary per attempt"},
	"awsexam disputes":   {"text\tone line per dispute", "json\tevery dispute recorded"},
}

// modeWords describe the modes an attempt is sat in (history --mode).
var modeWords = map[string]string{"mock": "timed, weighted like the real exam", "drill": "short practice", "paper": "graded from an answer sheet"}

// modeValues are history's modes, described.
func modeValues() []string {
	var out []string
	for _, m := range historyModes {
		out = append(out, m+"\t"+modeWords[m])
	}
	return out
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
			return completeSections(cmd.Context(), g, stdio, typed)
		})
		flag("domain", func(cmd *cobra.Command, _ []string, typed string) ([]string, cobra.ShellCompDirective) {
			return completeDomains(cmd.Context(), g, stdio, typed)
		})
		if values, ok := formatValues[c.CommandPath()]; ok {
			flag("format", fixedValues(values))
		}
		flag("mode", fixedValues(modeValues()))
		flag("bank", cobra.FixedCompletions(bankExtensions, cobra.ShellCompDirectiveFilterFileExt))
		flag("review", cobra.FixedCompletions(reviewExtensions, cobra.ShellCompDirectiveFilterFileExt))
		flag("report", cobra.FixedCompletions(reportFileExts, cobra.ShellCompDirectiveFilterFileExt))
		switch c.CommandPath() {
		case "awsexam report":
			flag("output", cobra.FixedCompletions(reportFileExts, cobra.ShellCompDirectiveFilterFileExt))
			c.ValidArgsFunction = completeAttempts(stdio, "last\tthe newest attempt")
		case "awsexam review":
			c.ValidArgsFunction = completeAttempts(stdio, "last\tthe newest attempt")
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
func completionBank(ctx context.Context, g *globalOptions, stdio *IO) *bank.Bank {
	banks := slices.Clone(g.banks)
	if slices.Contains(banks, "-") {
		return nil
	}
	seen := map[string]bool{}
	banks = slices.DeleteFunc(banks, func(b string) bool {
		dup := seen[b]
		seen[b] = true
		return dup
	})
	b, _, err := loadBank(ctx, &globalOptions{banks: banks}, stdio)
	if err != nil {
		cobra.CompErrorln(err.Error())
		return nil
	}
	return b
}

// completeSections offers the sections of the bank in use (--bank given
// earlier on the line, else the built-in one), with their card counts.
func completeSections(ctx context.Context, g *globalOptions, stdio *IO, typed string) ([]string, cobra.ShellCompDirective) {
	b := completionBank(ctx, g, stdio)
	if b == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var values []string
	for _, sc := range b.SectionCounts() {
		values = append(values, fmt.Sprintf("%s\t%d card%s", sc.Name, sc.Cards, plural(sc.Cards)))
	}
	return matching(typed, values), cobra.ShellCompDirectiveNoFileComp
}

// completeDomains offers the blueprint's domains with their names,
// weights and the cards the bank in use has in each.
func completeDomains(ctx context.Context, g *globalOptions, stdio *IO, typed string) ([]string, cobra.ShellCompDirective) {
	b := completionBank(ctx, g, stdio)
	if b == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	counts := b.DomainCounts()
	var values []string
	for i, d := range b.Blueprint.Domains {
		values = append(values, fmt.Sprintf("%s\t%s · %d%% of the exam · %d card%s", d.ID, d.Name, d.Weight, counts[i], plural(counts[i])))
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
				values = append(values, id+"\tdamaged: "+err.Error())
				continue
			}
			sc := a.Score()
			verdict := "FAIL"
			if sc.Passed {
				verdict = "PASS"
			}
			values = append(values, fmt.Sprintf("%s\t%s · %s · %d questions · %d/%d %s", id, a.Ended.Local().Format("2006-01-02 15:04"), a.Mode, sc.Total, sc.Scaled, sc.Max, verdict))
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
			values = append(values, fmt.Sprintf("%s\t%s · %d of %d answered · started %s", u.ID, s.Mode, answered, len(s.Exam.Questions), s.Started.Local().Format("2006-01-02 15:04")))
		}
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}
