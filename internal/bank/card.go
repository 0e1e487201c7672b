// Package bank loads question banks (study notes, YAML, Anki text exports)
// into one Card model, gives every card a stable id and an exam domain, and
// lints banks. It knows nothing of exams or terminals.
package bank

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
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
	// LearnerPick is the wrong answer a learner's note after the question
	// named (`(Rolling이랑 헷갈림)`), also among Distractors: the
	// generator may word it like the key's other wrong options.
	LearnerPick string
	// OwnOptions is set when the author wrote every option (a card that
	// lists its own lettered options): no generated one is added.
	OwnOptions  bool
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
	// AlsoAnswers lists the cards whose question this card's answer also
	// answers (a review's `also_answers:`): never their wrong option.
	AlsoAnswers []string
	Source      Source
	// DomainBy tells how Domain was decided, for `bank check`.
	DomainBy DomainReason
	// writtenQuestion is the question as the file has it where Question
	// is less a learner's note (splitLearnerNote): the id is made from it.
	writtenQuestion string
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
	// Each card's id is the start of the hex SHA-256 of its folded section
	// and question: short, its first six digits, unless another card's
	// short is the same; then its first twelve, with -2, -3 for the
	// second and third card of the same twelve in source order. The
	// digits are kept as numbers (a million cards' hex strings as map keys
	// cost more than hashing them).
	sums := make([]uint64, len(cards))
	first := make(map[uint32]int32, len(cards)) // short → its first card, -1 once shared
	sectionFold := map[string]string{}
	for i := range cards {
		sf, ok := sectionFold[cards[i].Section]
		if !ok {
			sf = foldNFC(cards[i].Section)
			sectionFold[cards[i].Section] = sf
		}
		question := cards[i].Question
		if cards[i].writtenQuestion != "" {
			question = cards[i].writtenQuestion
		}
		sum := sha256.Sum256([]byte(sf + "\x00" + foldNFC(question)))
		sums[i] = binary.BigEndian.Uint64(sum[:8])
		short := uint32(sums[i] >> 40)
		if _, seen := first[short]; seen {
			first[short] = -1
		} else {
			first[short] = int32(i)
		}
	}
	seen := map[uint64]int{}
	var buf [8]byte
	for i := range cards {
		binary.BigEndian.PutUint64(buf[:], sums[i])
		if first[uint32(sums[i]>>40)] >= 0 {
			cards[i].ID = hex.EncodeToString(buf[:3])
			continue
		}
		id := hex.EncodeToString(buf[:6])
		long := sums[i] >> 16
		seen[long]++
		if n := seen[long]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		cards[i].ID = id
	}
}
