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
	Seen       int
	Misses     int
	LastSeen   time.Time
	LastMissed time.Time
}

// Leitner replays every attempt, oldest first, into a box per card.
func Leitner(attempts []*Attempt) map[string]*CardRecord {
	sorted := append([]*Attempt(nil), attempts...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Ended.Before(sorted[j].Ended) })
	recs := map[string]*CardRecord{}
	for _, a := range sorted {
		for _, q := range a.Questions {
			r := recs[q.ID]
			if r == nil {
				r = &CardRecord{ID: q.ID, Box: FirstBox}
				recs[q.ID] = r
			}
			r.Seen++
			r.LastSeen = a.Ended
			if q.Right {
				r.Box = min(r.Box+1, LastBox)
			} else {
				r.Box = FirstBox
				r.Misses++
				r.LastMissed = a.Ended
			}
		}
	}
	return recs
}

// WeakFirst orders the cards seen so far for a drill on weak spots: the
// lowest box first, then the most recently missed, then the most missed.
func WeakFirst(recs map[string]*CardRecord) []string {
	list := make([]*CardRecord, 0, len(recs))
	for _, r := range recs {
		list = append(list, r)
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
