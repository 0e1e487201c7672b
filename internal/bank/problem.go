package bank

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong (or worth a warning) in a bank, at FILE:LINE.
type Problem struct {
	Source  Source
	Msg     string
	Warning bool
}

func (p Problem) String() string {
	if p.Warning {
		return fmt.Sprintf("%s: warning: %s", p.Source, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Source, p.Msg)
}

// MaxShown is how many problems an error message lists before it counts
// the rest: enough to fix a file in one pass, not a wall of text.
const MaxShown = 20

// ProblemsError is returned by Load when a bank has errors; it lists every
// problem found, not only the first.
type ProblemsError struct {
	Problems []Problem
	// Summary replaces the last line's "in the bank: ..." advice (a review
	// file's problems).
	Summary string
}

func (e *ProblemsError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == MaxShown {
			fmt.Fprintf(&b, "... and %d more problems\n", len(e.Problems)-MaxShown)
			break
		}
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	n := len(e.Problems)
	if e.Summary != "" {
		fmt.Fprintf(&b, "%d problem%s %s", n, plural(n), e.Summary)
		return b.String()
	}
	fmt.Fprintf(&b, "%d problem%s in the bank: fix the lines above, or run without --bank to use the built-in bank", n, plural(n))
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
