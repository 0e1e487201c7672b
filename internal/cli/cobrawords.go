package cli

import (
	"regexp"

	"github.com/awsexam/awsexam/internal/catalog"
)

// cobraErrors are the usage errors cobra and pflag write in English, each
// with the catalogue message that words it again in the interface
// language (the English message is cobra's own text, so English output
// does not change). The patterns are cobra's wording, not knowledge.
var cobraErrors = []struct {
	re  *regexp.Regexp
	key string
}{
	{regexp.MustCompile(`^unknown flag: (\S+)$`), "cobra.unknown_flag"},
	{regexp.MustCompile(`^unknown shorthand flag: '(.+)' in (\S+)$`), "cobra.unknown_shorthand"},
	{regexp.MustCompile(`^flag needs an argument: (.+)$`), "cobra.flag_needs_value"},
	{regexp.MustCompile(`(?s)^invalid argument "(.*)" for "(.+)" flag: (.*)$`), "cobra.invalid_flag_value"},
	{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`), "cobra.args_at_most"},
	{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), "cobra.args_exactly"},
	{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), "cobra.args_at_least"},
	{regexp.MustCompile(`(?s)^unknown command "(.*)" for "(.*?)"(.*)$`), "cobra.unknown_command"},
}

// cobraWords words one of cobra's usage errors in p's language; any other
// text comes back as it is.
func cobraWords(p *catalog.Printer, msg string) string {
	for _, e := range cobraErrors {
		if m := e.re.FindStringSubmatch(msg); m != nil {
			args := make([]any, len(m)-1)
			for i, s := range m[1:] {
				args[i] = s // strings: counts stay ungrouped, as cobra wrote them
			}
			return p.T(e.key, args...)
		}
	}
	return msg
}
