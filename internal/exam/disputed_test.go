package exam

import "testing"

func disputeAttempt() *Attempt {
	q := func(id, domain string, right bool, chosen ...int) AttemptQuestion {
		return AttemptQuestion{Question: Question{ID: id, Domain: domain, Options: []string{"a", "b", "c", "d"}, Answers: []int{0}, Choose: 1}, Chosen: chosen, Right: right}
	}
	return &Attempt{ScoreMin: 100, ScoreMax: 1000, PassingScore: 720,
		Questions: []AttemptQuestion{q("a", "dev", true, 0), q("b", "dev", false, 1), q("c", "sec", false), q("d", "sec", true, 0)}}
}

// TestScoreWithDisputes: a disputed question leaves the total, right or
// wrong; the attempt itself is not changed.
func TestScoreWithDisputes(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		disputed               map[string]bool
		total, correct, scaled int
		devTotal, nDisputed    int
		secTotal, secCorrect   int
	}{
		{"none", nil, 4, 2, 550, 2, 0, 2, 1},
		{"a card of another bank", map[string]bool{"zzz": true}, 4, 2, 550, 2, 0, 2, 1},
		{"a wrong answer", map[string]bool{"b": true}, 3, 2, 700, 1, 1, 2, 1},
		{"a skipped one", map[string]bool{"c": true}, 3, 2, 700, 2, 1, 1, 1},
		{"a right one", map[string]bool{"a": true}, 3, 1, 400, 1, 1, 2, 1},
		{"two", map[string]bool{"b": true, "c": true}, 2, 2, 1000, 1, 2, 1, 1},
		{"all", map[string]bool{"a": true, "b": true, "c": true, "d": true}, 0, 0, 100, 0, 4, 0, 0},
	} {
		a := disputeAttempt()
		shown := a.WithDisputes(tc.disputed)
		sc := shown.Score()
		if sc.Total != tc.total || sc.Correct != tc.correct || sc.Scaled != tc.scaled || shown.Disputed() != tc.nDisputed {
			t.Errorf("%s: got %d/%d scaled %d, %d disputed; want %d/%d scaled %d, %d disputed",
				tc.name, sc.Correct, sc.Total, sc.Scaled, shown.Disputed(), tc.correct, tc.total, tc.scaled, tc.nDisputed)
		}
		dom := map[string]DomainScore{}
		for _, d := range sc.Domains {
			dom[d.ID] = d
		}
		if dom["dev"].Total != tc.devTotal || dom["sec"].Total != tc.secTotal || dom["sec"].Correct != tc.secCorrect {
			t.Errorf("%s: domains %+v; want dev %d, sec %d/%d", tc.name, sc.Domains, tc.devTotal, tc.secCorrect, tc.secTotal)
		}
		for i, q := range shown.Questions {
			want := ""
			if tc.disputed[q.ID] {
				want = StatusDisputed
			}
			if q.Status != want {
				t.Errorf("%s: question %s status %q, want %q", tc.name, q.ID, q.Status, want)
			}
			if a.Questions[i].Status != "" {
				t.Errorf("%s: the attempt itself was changed: %s is %q", tc.name, a.Questions[i].ID, a.Questions[i].Status)
			}
		}
	}
}
