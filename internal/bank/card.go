// Package bank loads question banks (study notes, YAML, Anki text exports)
// into one Card model, gives every card a stable id and an exam domain, and
// lints banks. It knows nothing of exams or terminals.
package bank

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// Card is one question with its right answer(s), from any bank format.
type Card struct {
	ID       string
	Section  string
	Domain   string
	Question string
	// Answers holds one answer for an ordinary card; a YAML `answers:` list
	// holds several (a multiple-response item).
	Answers []string
	// Distractors are wrong answers written by the bank's author; they are
	// used before any generated ones.
	Distractors []string
	Explanation string
	// OriginalAnswer is the bank's own answer where a review corrected the
	// key (Answers then holds the corrected one).
	OriginalAnswer string
	// Verdict is the review's verdict and ReviewedAt where that review is;
	// both are zero for a card no review names.
	Verdict    Verdict
	ReviewedAt Source
	// LeftOut is set when a review says the card cannot be asked as written
	// and gives nothing to ask instead: exams leave it out.
	LeftOut bool
	// Equivalent names a group of cards (YAML `equivalent:`) whose answers
	// mean the same thing, so they are never offered against each other.
	Equivalent string
	Source     Source
	// DomainBy tells how Domain was decided, for `bank check`.
	DomainBy DomainReason
}

// Answer returns the card's answers joined for display.
func (c *Card) Answer() string { return strings.Join(c.Answers, ", ") }

// Source is where a card came from: a file name and a 1-based line.
type Source struct {
	File string
	Line int
}

func (s Source) String() string {
	if s.Line <= 0 {
		return s.File
	}
	return fmt.Sprintf("%s:%d", s.File, s.Line)
}

// DomainReason records which step of the domain assignment decided a card.
type DomainReason int

const (
	DomainByCard      DomainReason = iota // the bank set it on the card
	DomainByRule                          // a keyword rule in the blueprint
	DomainBySection                       // the section's default domain
	DomainByKnowledge                     // the AWS concepts it names (section unknown)
	DomainByDefault                       // the blueprint's fallback: section unknown, no concept named
)

// assignIDs derives each card's id from its section and question, so an id
// survives reordering the file. Six hex digits are enough for a bank of
// hundreds; ids that collide are lengthened, and true duplicates (same
// section and question) get a -2, -3 suffix in source order.
func assignIDs(cards []Card) {
	full := make([]string, len(cards))
	byShort := map[string][]int{}
	sectionFold := map[string]string{}
	for i := range cards {
		sf, ok := sectionFold[cards[i].Section]
		if !ok {
			sf = foldNFC(cards[i].Section)
			sectionFold[cards[i].Section] = sf
		}
		sum := sha256.Sum256([]byte(sf + "\x00" + foldNFC(cards[i].Question)))
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
