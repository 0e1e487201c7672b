package bank

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
)

// Problem is one thing wrong (or worth a warning) in a bank, at FILE:LINE.
//
// Its words are a message key of the catalogue (data/messages/bank.*.yaml)
// and its arguments, worded when shown, in English by String and Text, in
// the interface language by In; the bank decides nothing by them. Msg is
// the English text of a problem made without a key.
type Problem struct {
	Source  Source
	Key     string
	Args    []any
	Msg     string
	Warning bool
}

// message is a catalogue key and its arguments, which a Problem is made
// of; the zero message is none.
type message struct {
	key  string
	args []any
}

// problem is a Problem worded by the catalogue's key.
func problem(at Source, key string, args ...any) Problem {
	return Problem{Source: at, Key: key, Args: args}
}

// Text is the problem's message in English, without FILE:LINE.
func (p Problem) Text() string { return p.text(nil) }

func (p Problem) text(pr *catalog.Printer) string {
	if p.Key == "" {
		return p.Msg
	}
	args, copied := p.Args, false
	for i, a := range p.Args {
		if m, ok := a.(message); ok { // a word of its own: a tab
			if !copied {
				args, copied = slices.Clone(p.Args), true
			}
			args[i] = pr.T(m.key, m.args...)
		}
	}
	return pr.T(p.Key, args...)
}

func (p Problem) String() string { return p.In(nil) }

// In words the problem with pr (nil: English), FILE:LINE first.
func (p Problem) In(pr *catalog.Printer) string {
	if p.Warning {
		return pr.T("bank.warning", p.Source.String(), p.text(pr))
	}
	return fmt.Sprintf("%s: %s", p.Source, p.text(pr))
}

// MaxShown is how many problems an error message lists before it counts
// the rest: enough to fix a file in one pass, not a wall of text.
const MaxShown = 20

// ProblemsError is returned by Load when a bank has errors; it lists every
// problem found, not only the first.
type ProblemsError struct {
	Problems []Problem
	// SummaryKey words the last line instead of the "in the bank: ..."
	// advice (a review file's problems): its arguments are the number of
	// problems, then SummaryArgs.
	SummaryKey  string
	SummaryArgs []any
}

func (e *ProblemsError) Error() string { return e.In(nil) }

// In words the problems with pr (nil: English).
func (e *ProblemsError) In(pr *catalog.Printer) string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == MaxShown {
			b.WriteString(pr.T("bank.problems.more", itoa(len(e.Problems)-MaxShown)))
			b.WriteByte('\n')
			break
		}
		b.WriteString(p.In(pr))
		b.WriteByte('\n')
	}
	n := len(e.Problems)
	if e.SummaryKey != "" {
		b.WriteString(pr.T(e.SummaryKey, append([]any{n}, e.SummaryArgs...)...))
		return b.String()
	}
	b.WriteString(pr.T("bank.problems.summary", n))
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// itoa is a number shown as it is (a line, a limit): the catalogue would
// group its digits.
func itoa(n int) string { return strconv.Itoa(n) }
