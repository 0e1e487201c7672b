package bank

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"testing"
)

// assignIDsByStrings is assignIDs as it was, hex strings as map keys: the
// ids must not change.
func assignIDsByStrings(cards []Card) {
	full := make([]string, len(cards))
	byShort := map[string][]int{}
	for i := range cards {
		sum := sha256.Sum256([]byte(foldNFC(cards[i].Section) + "\x00" + foldNFC(cards[i].Question)))
		full[i] = hex.EncodeToString(sum[:8])
		byShort[full[i][:6]] = append(byShort[full[i][:6]], i)
	}
	shorts := make([]string, 0, len(byShort))
	for s := range byShort {
		shorts = append(shorts, s)
	}
	sort.Strings(shorts)
	for _, short := range shorts {
		idx := byShort[short]
		if len(idx) == 1 {
			cards[idx[0]].ID = short
			continue
		}
		seen := map[string]int{}
		for _, i := range idx {
			id := full[i][:12]
			seen[id]++
			if n := seen[id]; n > 1 {
				id = fmt.Sprintf("%s-%d", id, n)
			}
			cards[i].ID = id
		}
	}
}

// TestAssignIDsUnchanged: 60,000 cards (some sixty six-digit collisions)
// and true duplicates get the ids they always had.
func TestAssignIDsUnchanged(t *testing.T) {
	var cards []Card
	for i := range 60_000 {
		cards = append(cards, Card{Section: fmt.Sprintf("Section %d", i%7), Question: fmt.Sprintf("질문 %d", i)})
	}
	cards = append(cards, cards[5], cards[17], cards[5], Card{Section: "section 0", Question: "질문 0"})
	want := make([]Card, len(cards))
	copy(want, cards)
	assignIDsByStrings(want)
	assignIDs(cards)
	long := 0
	for i := range cards {
		if cards[i].ID != want[i].ID {
			t.Fatalf("card %d: id %q, want %q", i, cards[i].ID, want[i].ID)
		}
		if len(cards[i].ID) > 6 {
			long++
		}
	}
	if long < 10 || cards[len(cards)-2].ID[len(cards[len(cards)-2].ID)-2:] != "-3" {
		t.Errorf("%d lengthened ids, last duplicate %q: the test lacks collisions", long, cards[len(cards)-2].ID)
	}
}
