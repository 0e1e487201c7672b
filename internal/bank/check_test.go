package bank

import "testing"

// TestFirstSeenCollision forces two different texts onto one hash: they
// must stay different, and a later copy of either must find its own first.
func TestFirstSeenCollision(t *testing.T) {
	type rec struct{ section, text string }
	recs := []rec{{"S3", "a"}, {"S3", "b"}, {"S3", "b"}, {"S3", "a"}, {"EC2", "a"}}
	f := newFirstSeen(len(recs), func(j int, section, text string) bool {
		return recs[j].section == section && recs[j].text == text
	})
	if got := f.add(0, recs[0].section, recs[0].text); got != -1 {
		t.Fatalf("first card: got %d, want -1", got)
	}
	// Card 1's text now hashes to card 0's slot.
	f.first[f.key(recs[1].section, recs[1].text)] = 0
	want := []int{-1, 1, 0, -1}
	for i, w := range want {
		r := recs[i+1]
		if got := f.add(i+1, r.section, r.text); got != w {
			t.Errorf("card %d (%s %q): got first %d, want %d", i+1, r.section, r.text, got, w)
		}
	}
}

// TestAnswerSet: answerSet.other says what a set of every answer would.
func TestAnswerSet(t *testing.T) {
	for _, answers := range [][]string{nil, {"a"}, {"a", "a"}, {"a", "b"}, {"b", "a", "a"}, {"a", "a", "c"}} {
		s := &answerSet{}
		set := map[string]bool{}
		for _, a := range answers {
			s.add(a)
			set[a] = true
		}
		for _, fold := range []string{"a", "b", "c"} {
			want := len(set) > 1 || len(set) == 1 && !set[fold]
			if got := s.other(fold); got != want {
				t.Errorf("answers %q: other(%q) = %v, want %v", answers, fold, got, want)
			}
		}
	}
	var none *answerSet
	if none.other("a") {
		t.Error("a section with no cards has another answer")
	}
}
