package exam

import (
	"errors"
	"fmt"

	"github.com/awsexam/awsexam/internal/bank"
)

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
// options or is given twice, option sources not one per option, or text
// with control characters.
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
	if q.Choose != len(q.Answers) || q.Choose >= len(q.Options) {
		// Choose 0, or a number of picks other than the answers, could
		// never be answered right.
		return fmt.Errorf("choose %d with %d answers of %d options", q.Choose, len(q.Answers), len(q.Options))
	}
	if n := len(q.OptionSources); n != 0 && n != len(q.Options) {
		return fmt.Errorf("%d option sources for %d options", n, len(q.Options))
	}
	texts := append([]string{q.Stem, q.Section, q.Domain, q.Source, q.ID, q.Explanation}, q.Options...)
	for _, src := range q.OptionSources {
		texts = append(texts, src.Card, src.Source, src.Question, src.Pool, src.Note, src.Mistake, src.Written)
		texts = append(texts, src.Variant...)
		texts = append(texts, src.Replaces...)
	}
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

// Check reports what makes an attempt read from a file unusable: a bad
// schema or id, no questions, a question that fails Question.Check, or a
// chosen option that is not one of the question's.
func (a *Attempt) Check() error {
	if a.Schema != AttemptSchema || a.ID == "" || len(a.Questions) == 0 {
		return fmt.Errorf("schema %d, id %q, %d questions", a.Schema, a.ID, len(a.Questions))
	}
	texts := []string{a.ID, a.Mode, a.Bank, a.Exam}
	for _, d := range a.Domains {
		texts = append(texts, d.ID, d.Name)
	}
	for _, t := range texts {
		if r, bad := bank.ControlRune(t); bad {
			return fmt.Errorf("control character %U in its text", r)
		}
	}
	for i := range a.Questions {
		q := &a.Questions[i]
		err := q.Check()
		if err == nil {
			err = checkIndexes("chosen option", q.Chosen, len(q.Options))
		}
		// What a file says of the outcome must be what its choices give:
		// a hand-edited "correct" or "status" (a "disputed" that no
		// dispute backs) would change the score unseen.
		if err == nil && q.Right != q.Correct(q.Chosen) {
			err = fmt.Errorf("marked correct=%v, but the options chosen say %v", q.Right, !q.Right)
		}
		if err == nil && q.Status != "" && q.Status != QuestionStatus(q) {
			err = fmt.Errorf("status %q, but the options chosen say %q", q.Status, QuestionStatus(q))
		}
		if err != nil {
			return fmt.Errorf("question %d: %w", i+1, err)
		}
	}
	return nil
}
