package distractor

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
)

func builtinBank(t testing.TB) *bank.Bank {
	t.Helper()
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	b.ApplyReviews(bank.BuiltinReview()) // as the command line does
	return b
}

// The prepared features are what the built-in bank, blueprint and
// knowledge give today: run `go generate ./internal/distractor` after
// changing any of them (or the features a card has).
func TestPreparedUpToDate(t *testing.T) {
	want, err := GenerateSource(builtinBank(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("prepared_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/distractor/prepared_gen.go is out of date with the built-in bank, blueprint or knowledge: run `go generate ./internal/knowledge ./internal/bank ./internal/distractor`")
	}
}

// Every built-in card takes its prepared features, and they are those
// computed at run time; a card changed since (a review corrected its
// answer or reworded its question) is computed again.
func TestPreparedFeatures(t *testing.T) {
	b := builtinBank(t)
	g := New(b)
	if !g.prepared {
		t.Fatal("the built-in bank does not use its prepared features")
	}
	fresh := New(b)
	fresh.prepared = false
	for i := range b.Cards {
		p, ok := g.preparedInfo(i)
		if !ok {
			t.Fatalf("%s: no prepared features", b.Cards[i].Source)
		}
		if got, want := *p, *fresh.inf(i); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: prepared features\n%+v\nwant\n%+v", b.Cards[i].Source, got, want)
		}
	}

	reviewed := *b
	reviewed.Cards = append([]bank.Card(nil), b.Cards...)
	reviewed.Cards[0].Answers = []string{"SQS 대기열"}
	reviewed.Cards[1].Question += " (고침)"
	g = New(&reviewed)
	for i := range 3 {
		_, ok := g.preparedInfo(i)
		if want := i == 2; ok != want {
			t.Errorf("card %d changed %v: prepared features used %v", i, i < 2, ok)
		}
	}
	if got := g.inf(0).answer.text; got != "SQS 대기열" {
		t.Errorf("a corrected answer: features of %q, want of %q", got, "SQS 대기열")
	}

	other := *b
	other.Knowledge = nil
	if New(&other).prepared {
		t.Error("a bank without the built-in knowledge uses the prepared features")
	}
}
