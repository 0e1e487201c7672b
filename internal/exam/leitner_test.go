package exam

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func attemptOf(ended time.Time, results map[string]bool) *Attempt {
	a := &Attempt{Ended: ended}
	for _, id := range []string{"a", "b", "c", "d"} {
		if right, ok := results[id]; ok {
			q := AttemptQuestion{Question: Question{ID: id}, Right: right, Chosen: []int{0}}
			a.Questions = append(a.Questions, q)
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

// timedOutMock is a mock that ran out of time: wrong answers to the
// first wrong cards, then skipped ones never answered.
func timedOutMock(ended time.Time, wrong, skipped int) *Attempt {
	a := &Attempt{Ended: ended, TimedOut: true, PassingScore: 720, ScoreMin: 100, ScoreMax: 1000}
	for i := range wrong + skipped {
		q := AttemptQuestion{Question: Question{ID: fmt.Sprintf("c%02d", i), Domain: "d"}, Chosen: []int{}}
		if i < wrong {
			q.Chosen = []int{1}
		}
		a.Questions = append(a.Questions, q)
	}
	return a
}

func TestSkippedIsNotAMiss(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	a := timedOutMock(t0, 5, 60)
	sc := a.Score()
	if sc.Correct != 0 || sc.Wrong != 5 || sc.Skipped != 60 || sc.Passed {
		t.Errorf("score: %d correct, %d wrong, %d skipped, passed %v; want 0, 5, 60, false", sc.Correct, sc.Wrong, sc.Skipped, sc.Passed)
	}
	if sc.Domains[0].Skipped != 60 {
		t.Errorf("domain skipped %d, want 60", sc.Domains[0].Skipped)
	}
	sum := a.Summarize("x.json")
	if got := sum.Wrong(); !slices.Equal(got, []string{"c00", "c01", "c02", "c03", "c04"}) {
		t.Errorf("wrong cards %v, want c00..c04", got)
	}
	// An earlier attempt answered c10 right and c00 right: the skip of
	// c10 keeps it in box 2, the miss of c00 sends it back to box 1.
	earlier := attemptOf(t0.Add(-time.Hour), nil)
	earlier.Questions = []AttemptQuestion{
		{Question: Question{ID: "c10"}, Right: true, Chosen: []int{0}},
		{Question: Question{ID: "c00"}, Right: true, Chosen: []int{0}},
	}
	recs := Leitner([]*Attempt{a, earlier})
	if r := recs["c10"]; r.Box != 2 || r.Seen != 1 || r.Skipped != 1 || r.Misses != 0 {
		t.Errorf("skipped card c10: %+v, want box 2, seen 1, skipped 1, no misses", *r)
	}
	if r := recs["c00"]; r.Box != FirstBox || r.Misses != 1 {
		t.Errorf("missed card c00: %+v, want box 1, 1 miss", *r)
	}
	if r := recs["c20"]; r.Box != FirstBox || r.Seen != 0 || r.Skipped != 1 {
		t.Errorf("never-answered card c20: %+v, want box 1, seen 0", *r)
	}
	// The weak drill draws from the 5 answered wrong (and c10, answered
	// right once), never from the 59 cards only ever skipped.
	weak := WeakFirst(recs)
	if want := []string{"c00", "c01", "c02", "c03", "c04", "c10"}; !slices.Equal(weak, want) {
		t.Errorf("weak order %v, want %v", weak, want)
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

// TestDisputedSummaryIsNotAMiss: a summary with a disputed card, as shown,
// scores without it, does not list it among the misses, and moves no
// Leitner box; the summary it came from is unchanged.
func TestDisputedSummaryIsNotAMiss(t *testing.T) {
	t0 := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	a := attemptOf(t0, map[string]bool{"a": true, "b": false, "c": false})
	saved := a.Summarize("a.json")
	disputed := map[string]bool{"b": true}
	if !saved.Touches(disputed) || saved.Touches(map[string]bool{"d": true}) {
		t.Fatalf("Touches: b is in the attempt, d is not")
	}
	shown := saved.WithDisputes(disputed, a.WithDisputes(disputed).Score())
	if sc := shown.Score; sc.Total != 2 || sc.Correct != 1 || sc.Wrong != 1 {
		t.Errorf("shown score %d/%d, %d wrong; want 1/2, 1 wrong", sc.Correct, sc.Total, sc.Wrong)
	}
	if got := shown.Wrong(); !slices.Equal(got, []string{"c"}) {
		t.Errorf("misses %v, want [c]", got)
	}
	if got := saved.Wrong(); !slices.Equal(got, []string{"b", "c"}) || saved.Score.Total != 3 {
		t.Errorf("the saved summary changed: misses %v, total %d", got, saved.Score.Total)
	}
	later := attemptOf(t0.Add(time.Hour), map[string]bool{"b": true}).Summarize("b.json")
	recs := LeitnerOf([]Summary{shown, later})
	if r := recs["b"]; r.Misses != 0 || r.Seen != 1 || r.Skipped != 0 || r.Box != FirstBox+1 {
		t.Errorf("b: %d misses, seen %d, skipped %d, box %d; want 0, 1, 0, %d", r.Misses, r.Seen, r.Skipped, r.Box, FirstBox+1)
	}
	if got := WeakFirst(LeitnerOf([]Summary{shown})); slices.Contains(got, "b") {
		t.Errorf("weak order %v holds the disputed card b", got)
	}
}
