package exam

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
)

func TestAssembleByDomainWeight(t *testing.T) {
	b, gen := builtin(t)
	for _, tt := range []struct {
		count int
		want  map[string]int
	}{
		{65, map[string]int{"development": 21, "security": 17, "deployment": 15, "troubleshooting": 12}},
		{10, map[string]int{"development": 3, "security": 3, "deployment": 2, "troubleshooting": 2}},
		{1, map[string]int{"development": 1}},
	} {
		e, notes, err := Assemble(b, gen, Spec{Count: tt.count, Seed: 5})
		if err != nil || len(notes) != 0 {
			t.Fatalf("count %d: %v %v", tt.count, err, notes)
		}
		got := map[string]int{}
		ids := map[string]bool{}
		for i, q := range e.Questions {
			got[q.Domain]++
			if ids[q.ID] {
				t.Errorf("card %s twice", q.ID)
			}
			ids[q.ID] = true
			if q.Number != i+1 {
				t.Errorf("question %d numbered %d", i+1, q.Number)
			}
			if len(q.Answers) != q.Choose || q.Choose < 1 {
				t.Errorf("question %d: %d answers, choose %d", q.Number, len(q.Answers), q.Choose)
			}
		}
		for d, n := range tt.want {
			if got[d] != n {
				t.Errorf("count %d: domain %s has %d questions, want %d", tt.count, d, got[d], n)
			}
		}
	}
}

func TestAssembleDeterministic(t *testing.T) {
	b, gen := builtin(t)
	ja := assembledJSON(t, b, gen, Spec{Count: 65, Seed: 99, Bank: "built-in"})
	jc := assembledJSON(t, b, gen, Spec{Count: 65, Seed: 99, Bank: "built-in"})
	if string(ja) != string(jc) {
		t.Error("the same seed gave two different exams")
	}
	jd := assembledJSON(t, b, gen, Spec{Count: 65, Seed: 100, Bank: "built-in"})
	if string(ja) == string(jd) {
		t.Error("two seeds gave the same exam")
	}
}

func TestAssembleFilters(t *testing.T) {
	b, gen := builtin(t)
	e, notes, err := Assemble(b, gen, Spec{Count: 10, Seed: 1, Filter: Filter{Sections: []string{"rds"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Questions) != 3 || len(notes) != 1 || !strings.Contains(notes[0].String(), "only 3 cards match") {
		t.Errorf("got %d questions, notes %q", len(e.Questions), notes)
	}
	e, _, err = Assemble(b, gen, Spec{Count: 12, Seed: 1, Filter: Filter{Domains: []string{"security", "troubleshooting"}}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, q := range e.Questions {
		got[q.Domain]++
	}
	if got["security"] != 7 || got["troubleshooting"] != 5 {
		t.Errorf("security+troubleshooting split %v, want 7/5 by weight 26:18", got)
	}
	for _, f := range []Filter{{Sections: []string{"Networking"}}, {Domains: []string{"ops"}}} {
		if _, _, err := Assemble(b, gen, Spec{Count: 5, Filter: f}); err == nil {
			t.Errorf("filter %+v: want an error", f)
		}
	}
}

func TestCorrectIsAllOrNothing(t *testing.T) {
	q := Question{Answers: []int{1, 3}, Choose: 2}
	tests := []struct {
		chosen []int
		want   bool
	}{
		{[]int{1, 3}, true},
		{[]int{3, 1}, true},
		{[]int{1}, false},
		{[]int{1, 2}, false},
		{[]int{1, 2, 3}, false},
		{nil, false},
	}
	for _, tt := range tests {
		if got := q.Correct(tt.chosen); got != tt.want {
			t.Errorf("Correct(%v) = %v, want %v", tt.chosen, got, tt.want)
		}
	}
}

// TestAssembleLeavesOutDisputed: disputed cards are never asked and are
// listed in left_out; the same seed, bank and disputes give the same exam.
func TestAssembleLeavesOutDisputed(t *testing.T) {
	b, gen := builtin(t)
	all, _, err := Assemble(b, gen, Spec{All: true, Seed: 3, Filter: Filter{Domains: []string{"security"}}})
	if err != nil {
		t.Fatal(err)
	}
	leave := map[string]string{all.Questions[0].ID: LeftOutDisputed, all.Questions[5].ID: LeftOutDisputed, "not-a-card": LeftOutDisputed}
	spec := Spec{Count: 20, Seed: 42, Bank: "built-in", Filter: Filter{Domains: []string{"security"}}, LeaveOut: leave}
	e, _, err := Assemble(b, gen, spec)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range e.Questions {
		if _, ok := leave[q.ID]; ok {
			t.Errorf("disputed card %s was asked", q.ID)
		}
	}
	if len(e.LeftOut) != 2 {
		t.Fatalf("left out %+v, want the two disputed cards of the selection", e.LeftOut)
	}
	for _, l := range e.LeftOut {
		if leave[l.Card] != LeftOutDisputed || l.Reason != LeftOutDisputed || l.Source == "" {
			t.Errorf("left out %+v", l)
		}
	}
	ja, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	jb := assembledJSON(t, b, gen, spec)
	if string(ja) != string(jb) {
		t.Error("the same seed, bank and disputes gave two different exams")
	}
	// Every card of a selection disputed: an error saying so.
	one, _, err := Assemble(b, gen, Spec{All: true, Seed: 1, Filter: Filter{Sections: []string{all.Questions[0].Section}}})
	if err != nil {
		t.Fatal(err)
	}
	every := map[string]string{}
	for _, q := range one.Questions {
		every[q.ID] = LeftOutDisputed
	}
	_, _, err = Assemble(b, gen, Spec{Count: 5, Seed: 1, Filter: Filter{Sections: []string{all.Questions[0].Section}}, LeaveOut: every})
	if err == nil || !strings.Contains(err.Error(), "--include-disputed") {
		t.Errorf("got %v, want an error naming --include-disputed", err)
	}
}

// The built-in review's corrections reach every question: corrected keys
// with the notes' answer beside them, an explanation everywhere, and wrong
// options and their sources taken from the corrected cards.
func TestAssembleUsesReviewedCards(t *testing.T) {
	b, gen := builtin(t)
	e, _, err := Assemble(b, gen, Spec{All: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Questions) != 398 {
		t.Fatalf("%d questions, want 398", len(e.Questions))
	}
	original := map[string]bool{}
	corrected := map[string]string{} // card id → corrected question
	for _, c := range b.Cards {
		if c.OriginalAnswer != "" {
			original[c.OriginalAnswer] = true
		}
		corrected[c.ID] = c.Question
	}
	nOriginal := 0
	for _, q := range e.Questions {
		if q.Explanation == "" {
			t.Errorf("%s: no explanation", q.Source)
		}
		if q.OriginalAnswer != "" {
			nOriginal++
		}
		for k, o := range q.Options {
			// (A notes answer judged wrong is a wrong option of its own
			// card, written at its line: the misconception it was.)
			ownWrong := o == q.OriginalAnswer && q.OptionSources[k].Written == q.Source && !slices.Contains(q.Answers, k)
			if original[o] && !ownWrong && !strings.Contains(strings.Join(keysOf(b), "\n"), o) {
				t.Errorf("%s: option %q is a notes answer a review corrected", q.Source, o)
			}
			if s := q.OptionSources[k]; s.Question != "" && s.Question != corrected[s.Card] {
				t.Errorf("%s: option %d's source question %q, want the reviewed %q", q.Source, k, s.Question, corrected[s.Card])
			}
		}
	}
	if nOriginal == 0 {
		t.Error("no question carries original_answer")
	}
}

// keysOf lists every card's key as the exam asks it.
func keysOf(b *bank.Bank) []string {
	var out []string
	for _, c := range b.Cards {
		out = append(out, c.Answer())
	}
	return out
}

func TestAssembleLeavesOutUnaskableCards(t *testing.T) {
	b, gen := builtin(t)
	b.Cards[5].LeftOut = true
	b.Cards[9].LeftOut = true
	e, _, err := Assemble(b, gen, Spec{All: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Questions) != len(b.Cards)-2 {
		t.Errorf("%d questions, want %d", len(e.Questions), len(b.Cards)-2)
	}
	want := []LeftOut{{b.Cards[5].ID, b.Cards[5].Source.String(), "review"}, {b.Cards[9].ID, b.Cards[9].Source.String(), "review"}}
	if len(e.LeftOut) != 2 || e.LeftOut[0] != want[0] || e.LeftOut[1] != want[1] {
		t.Errorf("left out %v, want %v", e.LeftOut, want)
	}
	for _, q := range e.Questions {
		if q.ID == want[0].Card || q.ID == want[1].Card {
			t.Errorf("card %s asked though left out", q.ID)
		}
	}
}

// assembledJSON is the exam spec makes, encoded; any error fails the test
// (an error on both sides would otherwise compare equal).
func assembledJSON(t *testing.T, b *bank.Bank, gen *distractor.Generator, spec Spec) []byte {
	t.Helper()
	e, _, err := Assemble(b, gen, spec)
	if err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	return j
}
