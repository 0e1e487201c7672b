// Package banktest makes large banks for benchmarks, so nothing large is
// committed.
package banktest

import (
	"fmt"
	"strings"

	"github.com/awsexam/awsexam/data"
)

// SyntheticNotes builds an n-card notes file shaped like the built-in bank:
// its cards repeated with a variant number, in 20 sections, so that card
// text, answers and section sizes scale as a real bank would.
func SyntheticNotes(n int) []byte {
	var cards []string
	for _, l := range strings.Split(string(data.Notes), "\n") {
		if strings.Contains(l, "|") {
			cards = append(cards, l)
		}
	}
	var sb strings.Builder
	per := n/20 + 1
	for i := 0; i < n; i++ {
		if i%per == 0 {
			fmt.Fprintf(&sb, "### --Section %d\n", i/per)
		}
		q, a, _ := strings.Cut(cards[i%len(cards)], "|")
		fmt.Fprintf(&sb, "%s 변형 %d | %s %d\n", q, i, strings.TrimRight(a, "|"), i%97)
	}
	return []byte(sb.String())
}
