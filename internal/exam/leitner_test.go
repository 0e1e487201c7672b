package exam

import (
	"slices"
	"testing"
	"time"
)

func attemptOf(ended time.Time, results map[string]bool) *Attempt {
	a := &Attempt{Ended: ended}
	for _, id := range []string{"a", "b", "c", "d"} {
		if right, ok := results[id]; ok {
			a.Questions = append(a.Questions, AttemptQuestion{Question: Question{ID: id}, Right: right})
		}
	}
	return a
}

func TestLeitnerBoxes(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	recs := Leitner([]*Attempt{
		// Given newest first on purpose: Leitner replays oldest first.
		attemptOf(t0.Add(48*time.Hour), map[string]bool{"a": true, "b": false, "c": true}),
		attemptOf(t0.Add(24*time.Hour), map[string]bool{"a": true, "b": true, "c": false}),
		attemptOf(t0, map[string]bool{"a": true, "b": true, "d": false}),
	})
	want := map[string]int{"a": 4, "b": 1, "c": 2, "d": 1}
	for id, box := range want {
		if recs[id].Box != box {
			t.Errorf("card %s in box %d, want %d", id, recs[id].Box, box)
		}
	}
	// b and d are both in box 1; b was missed more recently.
	if got := WeakFirst(recs); !slices.Equal(got, []string{"b", "d", "c", "a"}) {
		t.Errorf("weak order %v", got)
	}
}

func TestAssemblePrefersWeakCards(t *testing.T) {
	b, gen := builtin(t)
	weak := []string{b.Cards[10].ID, b.Cards[200].ID, b.Cards[300].ID}
	seen := map[string]bool{}
	for _, c := range b.Cards[:350] {
		seen[c.ID] = true
	}
	e, _, err := Assemble(b, gen, Spec{Count: 10, Seed: 3, Prefer: weak, Seen: seen, Unseen: 2})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	unseen := 0
	for _, q := range e.Questions {
		ids[q.ID] = true
		if !seen[q.ID] {
			unseen++
		}
	}
	for _, id := range weak {
		if !ids[id] {
			t.Errorf("weak card %s not drilled", id)
		}
	}
	if unseen < 2 {
		t.Errorf("%d unseen cards, want at least 2", unseen)
	}
}
