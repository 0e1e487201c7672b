package distractor

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// Questions made with Prefetch working ahead (decoding the prepared pools,
// or gathering where there are none) are the questions made without it,
// whatever the order, with a card asked twice, and when the exam stops
// half-way.
func TestPrefetchSameQuestions(t *testing.T) {
	for _, prepared := range []bool{true, false} {
		prefetchSameQuestions(t, prepared)
	}
}

func prefetchSameQuestions(t *testing.T, prepared bool) {
	b := builtinBank(t)
	questions := func(cards []int, prefetch bool, upTo int) []Question {
		g := New(b)
		if g.pools == nil {
			t.Fatal("the built-in bank has no prepared pools")
		}
		if !prepared {
			g.pools = nil
		}
		if prefetch {
			stop := g.Prefetch(cards)
			if ahead := g.ahead != nil || g.decodedAhead != nil; !ahead {
				t.Fatal("Prefetch does nothing")
			}
			defer stop()
		}
		rng := rand.New(rand.NewPCG(7, 9))
		exp := Exposure{}
		var qs []Question
		for _, i := range cards[:upTo] {
			qs = append(qs, g.Make(i, rng, exp))
		}
		return qs
	}
	all := rand.New(rand.NewPCG(1, 1)).Perm(len(b.Cards))
	for _, tt := range []struct {
		name  string
		cards []int
		upTo  int
	}{
		{"every card", all, len(all)},
		{"65 cards", all[:65], 65},
		{"a card twice", append([]int{all[3]}, all[:20]...), 21},
		{"stopped half-way", all[:65], 30},
	} {
		if got, want := questions(tt.cards, true, tt.upTo), questions(tt.cards, false, tt.upTo); !reflect.DeepEqual(got, want) {
			t.Errorf("%s (prepared pools %v): the questions made with Prefetch differ from those made without", tt.name, prepared)
		}
	}
}
