// Package exam assembles exams from a bank by the blueprint's domain
// weights, runs a Session (answers, flags, navigation, the clock) against
// an Asker and a Clock declared here, and scores the result. It knows no
// terminal.
package exam

import (
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/awsexam/awsexam/internal/bank"
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

// MaxFileBytes bounds an exam, answer sheet, journal or attempt file:
// a 65-question exam is about 60 KB, so 64 MiB is a wrong file.
const MaxFileBytes = 64 << 20

// MinOptions is the fewest options a question can have: one option is not
// a choice.
const MinOptions = 2

// Check reports what makes e unusable when it comes from a file (an exam,
// a journal's header): no questions, or a question whose options, answers
// or text could not be shown or scored. Everything read from a file is
// checked here before any index into it is used.
func (e *Exam) Check() error {
	if len(e.Questions) == 0 {
		return errors.New("no questions")
	}
	for i := range e.Questions {
		if err := e.Questions[i].Check(); err != nil {
			return fmt.Errorf("question %d: %w", i+1, err)
		}
	}
	return nil
}

// Check reports what is wrong with one question read from a file: fewer
// than MinOptions options, no answer, an answer that is not one of the
// options or is given twice, or text with control characters.
func (q *Question) Check() error {
	if len(q.Options) < MinOptions {
		return fmt.Errorf("%d option%s (a question needs at least %d)", len(q.Options), plural(len(q.Options)), MinOptions)
	}
	if len(q.Answers) == 0 {
		return errors.New("no answer")
	}
	if err := checkIndexes("answer", q.Answers, len(q.Options)); err != nil {
		return err
	}
	if q.Choose < 0 || q.Choose > len(q.Options) {
		return fmt.Errorf("choose %d of %d options", q.Choose, len(q.Options))
	}
	texts := append([]string{q.Stem, q.Section, q.Domain, q.Source, q.ID, q.Explanation}, q.Options...)
	for _, t := range texts {
		if r, bad := bank.ControlRune(t); bad {
			return fmt.Errorf("control character %U in its text", r)
		}
	}
	return nil
}

// checkIndexes reports an option index out of range or given twice.
func checkIndexes(what string, idx []int, options int) error {
	for i, k := range idx {
		if k < 0 || k >= options {
			return fmt.Errorf("%s %d is not one of its %d options", what, k, options)
		}
		for _, prev := range idx[:i] {
			if prev == k {
				return fmt.Errorf("%s %d given twice", what, k)
			}
		}
	}
	return nil
}
