// Package banktest gives tests and benchmarks their banks: the built-in one,
// and large synthetic ones made on the fly so nothing large is committed.
package banktest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
)

// Builtin loads the built-in bank with its blueprint and the built-in
// review applied, as awsexam asks it, failing the test
// or benchmark if it cannot.
func Builtin(t testing.TB) *bank.Bank {
	t.Helper()
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	b.ApplyReviews(bank.BuiltinReview())
	return b
}

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
		// (`v42`, not `42`: a number after an answer would state a figure,
		// and `S3, DynamoDB 42` would no longer be a list to choose from.)
		fmt.Fprintf(&sb, "%s 변형 %d | %s v%d\n", q, i, strings.TrimRight(a, "|"), i%97)
	}
	return []byte(sb.String())
}
