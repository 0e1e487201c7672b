package exam

import (
	"fmt"
	"testing"
)

// TestPassPercentIsTheFormulasThreshold: the pass line every chart draws
// (PassPercent) is where the score formula passes, for every number of
// questions and several scales.
func TestPassPercentIsTheFormulasThreshold(t *testing.T) {
	scales := []struct{ lo, hi, pass int }{{100, 1000, 720}, {100, 1000, 700}, {0, 100, 50}, {200, 800, 500}, {100, 1000, 100}, {100, 1000, 1000}}
	for _, s := range scales {
		for total := 1; total <= 150; total++ {
			a := &Attempt{ScoreMin: s.lo, ScoreMax: s.hi, PassingScore: s.pass, Questions: make([]AttemptQuestion, total)}
			for correct := 0; correct <= total; correct++ {
				if correct > 0 {
					a.Questions[correct-1].Right = true
				}
				sc := a.Score()
				if got := sc.Passes(correct, total); got != sc.Passed {
					t.Fatalf("scale %d..%d passing %d, %d/%d: scaled %d passed %v, but the pass line %.4f%% says %v",
						s.lo, s.hi, s.pass, correct, total, sc.Scaled, sc.Passed, sc.PassPercent, got)
				}
			}
		}
	}
}

func TestPassPercentOfTheBlueprint(t *testing.T) {
	// 720 on 100..1000: 619.5/900 of the questions.
	if got, want := fmt.Sprintf("%.2f", PassPercent(720, 100, 1000)), "68.83"; got != want {
		t.Errorf("PassPercent(720, 100, 1000) = %s, want %s", got, want)
	}
	a := &Attempt{PassingScore: 720} // no scale: AWS's
	a.Questions = make([]AttemptQuestion, 65)
	if sc := a.Score(); sc.Min != 100 || sc.Max != 1000 || sc.Scaled != 100 {
		t.Errorf("attempt without a scale: %d..%d, scaled %d; want 100..1000, 100", sc.Min, sc.Max, sc.Scaled)
	}
}
