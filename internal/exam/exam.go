// Package exam assembles exams from a bank by the blueprint's domain
// weights, runs a Session (answers, flags, navigation, the clock) against
// an Asker and a Clock declared here, and scores the result. It knows no
// terminal.
package exam

import (
	"math/rand/v2"
)

// Schema is the version of the exam JSON written by `awsexam generate`.
const Schema = 1

// Exam is a generated exam: the documented `generate --format json` shape.
type Exam struct {
	Schema    int        `json:"schema"`
	Seed      uint64     `json:"seed"`
	Bank      string     `json:"bank"`
	Questions []Question `json:"questions"`
}

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
	// Explanation comes from YAML banks that have one.
	Explanation string `json:"explanation,omitempty"`
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
