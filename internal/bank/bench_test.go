package bank_test

import (
	"fmt"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/bank/banktest"
)

func builtinBlueprint(b *testing.B) *bank.Blueprint {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		b.Fatal(err)
	}
	return bp
}

func BenchmarkLoadEmbedded(b *testing.B) {
	bp := builtinBlueprint(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSynthetic(b *testing.B) {
	bp := builtinBlueprint(b)
	for _, n := range []int{10_000, 100_000} {
		raw := banktest.SyntheticNotes(n)
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				bk, err := bank.Load([]bank.File{{Name: "synthetic.txt", Data: raw}}, bp)
				if err != nil {
					b.Fatal(err)
				}
				if len(bk.Cards) != n {
					b.Fatalf("got %d cards, want %d", len(bk.Cards), n)
				}
			}
		})
	}
}

// BenchmarkApplyBuiltinReview is what the built-in review adds to every
// start that loads the built-in bank (the review is Go data: no parsing).
func BenchmarkApplyBuiltinReview(b *testing.B) {
	bp := builtinBlueprint(b)
	bk, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		b.Fatal(err)
	}
	orig := append([]bank.Card(nil), bk.Cards...)
	b.ReportAllocs()
	for b.Loop() {
		copy(bk.Cards, orig)
		bk.ReviewWarnings = nil
		if warns := bk.ApplyReviews(bank.BuiltinReview()); len(warns) > 0 {
			b.Fatal(warns)
		}
	}
}
