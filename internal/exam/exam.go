// Package exam assembles exams from a bank by the blueprint's domain
// weights, runs a Session (answers, flags, navigation, the clock) against
// an Asker and a Clock declared here, and scores the result. It knows no
// terminal.
package exam

import (
	"math/rand/v2"

	"github.com/awsexam/awsexam/internal/distractor"
)

// Schema is the version of the exam JSON written by `awsexam generate`.
const Schema = 1

// Exam is a generated exam: the documented `generate --format json` shape.
type Exam struct {
	Schema    int        `json:"schema"`
	Seed      uint64     `json:"seed"`
	Bank      string     `json:"bank"`
	Questions []Question `json:"questions"`
	// LeftOut lists the cards of the selection that were not asked: a
	// review says their key cannot be asked as written, or the user
	// disputed them (unless --include-disputed).
	LeftOut []LeftOut `json:"left_out,omitempty"`
}

// LeftOut is a card an exam leaves out, and why.
type LeftOut struct {
	Card   string `json:"card"`
	Source string `json:"source"`
	Reason string `json:"reason"` // "review" or "disputed"
}

// LeftOutReview is the reason of a card a review leaves out.
const LeftOutReview = "review"

// LeftOutDisputed is the reason of a card left out because the user
// disputed its key.
const LeftOutDisputed = "disputed"

// Question is one exam item, options in display order and Answers as
// 0-based indexes into Options.
type Question struct {
	Number  int      `json:"number"`
	ID      string   `json:"id"`
	Section string   `json:"section"`
	Domain  string   `json:"domain"`
	Stem    string   `json:"stem"`
	Options []string `json:"options"`
	Answers []int    `json:"answers"`
	Choose  int      `json:"choose"`
	Source  string   `json:"source"`
	// Explanation says why the key is right: the card's review, or a YAML
	// bank's explanation:; empty where the bank has none.
	Explanation string `json:"explanation"`
	// OriginalAnswer is the notes' own answer where a review corrected the
	// key (the key in Options is the corrected one).
	OriginalAnswer string `json:"original_answer,omitempty"`
	// OptionSources says where each option came from, parallel to
	// Options. Attempts saved before it existed have none.
	OptionSources []distractor.OptionSource `json:"option_sources,omitempty"`
}

// NewRand is the one random source of an exam: PCG from math/rand/v2, the
// same sequence for a seed on every machine.
func NewRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9E3779B97F4A7C15))
}

// Correct reports whether chosen (option indexes, any order) is exactly the
// right set: multiple response is scored all or nothing.
func (q *Question) Correct(chosen []int) bool {
	if len(chosen) != len(q.Answers) {
		return false
	}
	for _, a := range q.Answers {
		found := false
		for _, c := range chosen {
			if c == a {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}
