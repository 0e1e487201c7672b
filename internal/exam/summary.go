package exam

import "time"

// Summary is what history, the Leitner boxes and the missed-card export
// need of an attempt, without its questions' text: the store keeps one per
// attempt in its index so those commands need not read every attempt.
type Summary struct {
	ID           string
	File         string // the attempt file's base name in the data directory
	Mode         string
	Exam         string
	Bank         string
	Ended        time.Time
	PassingScore int
	ScoreMin     int
	ScoreMax     int
	Score        Score
	Cards        []CardResult // in question order
}

// CardResult is one card's result in an attempt: StatusRight, StatusWrong
// or StatusSkipped.
type CardResult struct {
	ID     string
	Status string
}

// Summarize makes the summary of an attempt saved in file (a base name).
func (a *Attempt) Summarize(file string) Summary {
	s := Summary{ID: a.ID, File: file, Mode: a.Mode, Exam: a.Exam, Bank: a.Bank, Ended: a.Ended,
		PassingScore: a.PassingScore, ScoreMin: a.ScoreMin, ScoreMax: a.ScoreMax, Score: a.Score(),
		Cards: make([]CardResult, len(a.Questions))}
	for i := range a.Questions {
		s.Cards[i] = CardResult{ID: a.Questions[i].ID, Status: QuestionStatus(&a.Questions[i])}
	}
	return s
}

// Wrong lists the ids of the cards answered wrong: the misses to learn
// from (skipped questions are not among them).
func (s *Summary) Wrong() []string {
	var ids []string
	for _, c := range s.Cards {
		if c.Status == StatusWrong {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

// Touches tells whether any card of the summary is in disputed (card ids
// disputed in this attempt).
func (s *Summary) Touches(disputed map[string]bool) bool {
	for _, c := range s.Cards {
		if disputed[c.ID] {
			return true
		}
	}
	return false
}

// WithDisputes is the summary as shown when the cards in disputed are
// disputed in its attempt: they get StatusDisputed (not a miss, and no
// Leitner box moves) and the score is sc, the score of the attempt as
// shown (Attempt.WithDisputes(disputed).Score(): a summary keeps no
// card's domain, so the domains' figures come from the attempt). s itself
// is not changed: the index is never rewritten for a dispute.
func (s Summary) WithDisputes(disputed map[string]bool, sc Score) Summary {
	cards := make([]CardResult, len(s.Cards))
	for i, c := range s.Cards {
		if disputed[c.ID] {
			c.Status = StatusDisputed
		}
		cards[i] = c
	}
	s.Cards = cards
	s.Score = sc
	return s
}
