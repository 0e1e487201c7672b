package cli

import (
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/awsexam/awsexam/internal/catalog"
)

// Every word of `--help` comes from the catalogue (commands.LANG.yaml):
// the commands leave Short, Long, Example and their flags' usage empty,
// and wordHelp fills them in the interface language from keys made of the
// command's path, cobra's help and completion commands and the usage
// template included. The English catalogue holds today's texts.

// helpKey is the catalogue key prefix of c: cmd.PATH, PATH the words of
// its command path after awsexam joined by dots (cmd.bank.stats), and
// cmd.root for awsexam itself.
func helpKey(c *cobra.Command) string {
	path := strings.Fields(c.CommandPath())[1:]
	if len(path) == 0 {
		return "cmd.root"
	}
	return "cmd." + strings.Join(path, ".")
}

// flagKey is the key of a flag's usage in c: cmd.PATH.flag.NAME where the
// command words it its own way, else flag.NAME.
func flagKey(c *cobra.Command, name string) string {
	if k := helpKey(c) + ".flag." + name; catalog.Has(k) {
		return k
	}
	return "flag." + name
}

// wordHelp words the help of every command under root with p: cobra's
// help and completion commands are made first so that they are worded
// too.
func wordHelp(root *cobra.Command, p *catalog.Printer) {
	templateFuncs.Do(func() {
		// Global to cobra, so added once; the words it puts in are
		// the template's, made per language.
		cobra.AddTemplateFunc("awsexamReplace", strings.ReplaceAll)
	})
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	root.SetUsageTemplate(usageTemplate(p))
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if !c.Hidden {
			key := helpKey(c)
			c.Short = p.T(key + ".short")
			if catalog.Has(key + ".long") {
				c.Long = p.T(key + ".long")
			}
			if catalog.Has(key + ".example") {
				c.Example = p.T(key + ".example")
			}
			c.InitDefaultHelpFlag()
			c.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if f.Name == "help" {
					f.Usage = p.T("flag.help", c.DisplayName())
					return
				}
				f.Usage = p.T(flagKey(c, f.Name))
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

var templateFuncs sync.Once

// usageTemplate is cobra's usage template with its words from the
// catalogue.
func usageTemplate(p *catalog.Printer) string {
	return p.T("help.usage") + `{{if .Runnable}}
  {{awsexamReplace .UseLine "[flags]" "` + p.T("help.flags_arg") + `"}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + p.T("help.command") + `{{end}}{{if gt (len .Aliases) 0}}

` + p.T("help.aliases") + `
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

` + p.T("help.examples") + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

` + p.T("help.commands") + `{{range $cmds}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}

` + p.T("help.additional") + `{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + p.T("help.flags") + `
{{awsexamReplace (.LocalFlags.FlagUsages | trimTrailingWhitespaces) " (default " "` + p.T("help.default") + `"}}{{end}}{{if .HasAvailableInheritedFlags}}

` + p.T("help.global") + `
{{awsexamReplace (.InheritedFlags.FlagUsages | trimTrailingWhitespaces) " (default " "` + p.T("help.default") + `"}}{{end}}{{if .HasHelpSubCommands}}

` + p.T("help.topics") + `{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

` + p.T("help.more", "{{.CommandPath}}") + `{{end}}
`
}
