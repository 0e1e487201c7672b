package exam

import (
	"sort"
	"time"
)

// Boxes in the Leitner system: a right answer moves a card up a box, a
// wrong one sends it back to the first.
const (
	FirstBox = 1
	LastBox  = 5
)

// CardRecord is what the attempts say of one card.
type CardRecord struct {
	ID         string
	Box        int
	Seen       int // answered, right or wrong
	Misses     int // answered wrong
	Skipped    int // asked but never answered
	LastSeen   time.Time
	LastMissed time.Time
}

// Leitner replays every attempt, oldest first, into a box per card.
func Leitner(attempts []*Attempt) map[string]*CardRecord {
	sums := make([]Summary, len(attempts))
	for i, a := range attempts {
		sums[i] = a.Summarize("")
	}
	return LeitnerOf(sums)
}

// LeitnerOf replays attempt summaries, oldest first, into a box per card.
//
// A skipped question (left blank, or not reached before time ran out)
// neither promotes nor demotes its card: nothing was recalled, right or
// wrong, so it says nothing about what the user knows. Demoting it would
// fill box 1 with the tail of every timed-out mock, cards the user never
// read, and crowd the real misses out of `drill --weak`; promoting it
// would reward not answering. Such a card counts as unseen until it is
// answered.
func LeitnerOf(sums []Summary) map[string]*CardRecord {
	order := make([]int, len(sums))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return sums[order[i]].Ended.Before(sums[order[j]].Ended) })
	recs := map[string]*CardRecord{}
	for _, k := range order {
		s := &sums[k]
		for _, c := range s.Cards {
			r := recs[c.ID]
			if r == nil {
				r = &CardRecord{ID: c.ID, Box: FirstBox}
				recs[c.ID] = r
			}
			switch c.Status {
			case StatusRight:
				r.Seen++
				r.LastSeen = s.Ended
				r.Box = min(r.Box+1, LastBox)
			case StatusWrong:
				r.Seen++
				r.LastSeen = s.Ended
				r.Box = FirstBox
				r.Misses++
				r.LastMissed = s.Ended
			case StatusDisputed:
				// Left out of the score as shown: neither seen nor skipped.
			default:
				r.Skipped++
			}
		}
	}
	return recs
}

// WeakFirst orders the cards answered so far for a drill on weak spots:
// the lowest box first, then the most recently missed, then the most
// missed. Cards only ever skipped are left out: they are unseen, not weak.
func WeakFirst(recs map[string]*CardRecord) []string {
	list := make([]*CardRecord, 0, len(recs))
	for _, r := range recs {
		if r.Seen > 0 {
			list = append(list, r)
		}
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.Box != b.Box:
			return a.Box < b.Box
		case !a.LastMissed.Equal(b.LastMissed):
			return a.LastMissed.After(b.LastMissed)
		case a.Misses != b.Misses:
			return a.Misses > b.Misses
		}
		return a.ID < b.ID
	})
	ids := make([]string, len(list))
	for i, r := range list {
		ids[i] = r.ID
	}
	return ids
}
