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
