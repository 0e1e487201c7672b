package exam

import (
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/bank/banktest"
	"github.com/awsexam/awsexam/internal/distractor"
)

// BenchmarkAssemble65Builtin: index the built-in bank and assemble a
// 65-question exam (target: under 5 ms).
func BenchmarkAssemble65Builtin(b *testing.B) {
	bk, _ := builtin(b)
	b.ReportAllocs()
	seed := uint64(0)
	for b.Loop() {
		seed++
		if _, _, err := Assemble(bk, distractor.New(bk), Spec{Count: 65, Seed: seed}); err != nil {
			b.Fatal(err)
		}
	}
}

func synthetic(b *testing.B, n int) *bank.Bank {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		b.Fatal(err)
	}
	bk, err := bank.Load([]bank.File{{Name: "synthetic.txt", Data: banktest.SyntheticNotes(n)}}, bp)
	if err != nil {
		b.Fatal(err)
	}
	return bk
}

// BenchmarkAssemble65From100k: index a 100,000-card bank and assemble a
// 65-question exam (target: under 1 s).
func BenchmarkAssemble65From100k(b *testing.B) {
	bk := synthetic(b, 100_000)
	b.ReportAllocs()
	b.ResetTimer()
	seed := uint64(0)
	for b.Loop() {
		seed++
		if _, _, err := Assemble(bk, distractor.New(bk), Spec{Count: 65, Seed: seed}); err != nil {
			b.Fatal(err)
		}
	}
}
