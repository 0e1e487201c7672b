package exam

import (
	"math"
	"time"

	"github.com/awsexam/awsexam/internal/bank"
)

// Attempt is a finished exam as saved: everything a report needs without
// the bank.
type Attempt struct {
	Schema       int               `json:"schema"`
	ID           string            `json:"id"`
	Mode         string            `json:"mode"`
	Bank         string            `json:"bank"`
	Seed         uint64            `json:"seed"`
	Exam         string            `json:"exam"` // the blueprint's name
	Started      time.Time         `json:"started"`
	Ended        time.Time         `json:"ended"`
	LimitSeconds float64           `json:"time_limit_seconds"` // 0: untimed
	UsedSeconds  float64           `json:"time_used_seconds"`
	TimedOut     bool              `json:"timed_out,omitempty"`
	PassingScore int               `json:"passing_score"`
	ScoreMin     int               `json:"score_min"`
	ScoreMax     int               `json:"score_max"`
	Domains      []bank.Domain     `json:"domain_weights"`
	Questions    []AttemptQuestion `json:"questions"`
}

// AttemptSchema is the version of saved attempt files.
const AttemptSchema = 1

// AttemptQuestion is one question with what the user did with it.
type AttemptQuestion struct {
	Question
	Chosen  []int   `json:"chosen"`
	Flagged bool    `json:"flagged"`
	Seconds float64 `json:"seconds"`
	Right   bool    `json:"correct"`
	// Status is right, wrong (answered wrong) or skipped (never answered:
	// left blank or not reached). Attempts saved before it existed have
	// none: read them with QuestionStatus. Reports add "disputed", computed
	// when shown from the user's disputes; the attempt is never rewritten.
	Status string `json:"status,omitempty"`
}

// QuestionStatus is a question's status as saved: right, wrong, or skipped
// when nothing was chosen. It also serves attempts saved before Status.
func QuestionStatus(q *AttemptQuestion) string {
	switch {
	case q.Right:
		return StatusRight
	case len(q.Chosen) == 0:
		return StatusSkipped
	}
	return StatusWrong
}

// Per-question statuses of attempts and reports.
const (
	StatusRight    = "right"
	StatusWrong    = "wrong"
	StatusSkipped  = "skipped"
	StatusDisputed = "disputed"
)

// Finish turns a session into an attempt.
func (s *Session) Finish(bp *bank.Blueprint, id string, ended time.Time, timedOut bool) *Attempt {
	a := &Attempt{
		Schema: AttemptSchema, ID: id, Mode: s.Mode, Bank: s.Exam.Bank, Seed: s.Exam.Seed,
		Exam: bp.Name, Started: s.Started, Ended: ended,
		LimitSeconds: s.Limit.Seconds(), UsedSeconds: s.Elapsed.Seconds(), TimedOut: timedOut,
		PassingScore: bp.PassingScore, ScoreMin: bp.ScoreMin, ScoreMax: bp.ScoreMax, Domains: bp.Domains,
	}
	for i, q := range s.Exam.Questions {
		chosen := s.Chosen[i]
		if chosen == nil {
			chosen = []int{}
		}
		a.Questions = append(a.Questions, AttemptQuestion{
			Question: q, Chosen: chosen, Flagged: s.Flagged[i],
			Seconds: math.Round(s.Spent[i].Seconds()*10) / 10, Right: q.Correct(s.Chosen[i]),
		})
		last := &a.Questions[len(a.Questions)-1]
		last.Status = QuestionStatus(last)
	}
	return a
}

// Score is an attempt's figures.
type Score struct {
	Total   int
	Correct int
	// Wrong counts the questions answered wrong, Skipped those never
	// answered (left blank or not reached): both score as not correct,
	// as on the real exam, but only Wrong is a miss to learn from.
	Wrong   int
	Skipped int
	// Scaled approximates AWS's scale (100–1000 in the blueprint):
	// Min + (Max-Min) × correct/total, rounded half up. AWS does not
	// publish its scaling.
	Scaled int
	// Min and Max are the scale's ends, Passing its passing score: the
	// attempt's, from the blueprint it was sat under.
	Min, Max, Passing int
	// PassPercent is the percent correct at which Scaled reaches the
	// passing score: the pass line of every chart.
	PassPercent float64
	Passed      bool
	// Unscored: no question is scored (every one disputed), so there is
	// no score to pass or fail; Passed is false and Scaled the scale's
	// bottom, and reports say "no scored questions" instead.
	Unscored bool
	Domains  []DomainScore
}

// Passes reports whether correct of total is at or above the pass line
// (a domain's share drawn against it).
func (sc Score) Passes(correct, total int) bool {
	return total > 0 && 100*float64(correct) >= sc.PassPercent*float64(total)
}

// DomainScore is one domain's share of an attempt.
type DomainScore struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Weight  int     `json:"weight"`
	Total   int     `json:"total"`
	Correct int     `json:"correct"`
	Skipped int     `json:"skipped"`
	Percent float64 `json:"percent"`
}

// Percent is correct of total as a percentage with one decimal.
func Percent(correct, total int) float64 {
	if total == 0 {
		return 0
	}
	return math.Round(1000*float64(correct)/float64(total)) / 10
}

// ScaledScore maps correct of total onto min..max, rounded half up.
func ScaledScore(correct, total, lo, hi int) int {
	if total == 0 {
		return lo
	}
	return int(math.Floor(float64(lo) + float64(hi-lo)*float64(correct)/float64(total) + 0.5))
}

// WithDisputes is the attempt as shown: each question whose card is in
// disputed gets the status disputed, which leaves the score. a itself is
// not changed (the attempt file is never rewritten); with no dispute
// among its questions a is returned as it is.
func (a *Attempt) WithDisputes(disputed map[string]bool) *Attempt {
	hit := false
	for _, q := range a.Questions {
		hit = hit || disputed[q.ID]
	}
	if !hit {
		return a
	}
	shown := *a
	shown.Questions = make([]AttemptQuestion, len(a.Questions))
	for i, q := range a.Questions {
		if disputed[q.ID] {
			q.Status = StatusDisputed
		}
		shown.Questions[i] = q
	}
	return &shown
}

// Disputed counts the questions left out of the score as disputed.
func (a *Attempt) Disputed() int {
	n := 0
	for _, q := range a.Questions {
		if q.Status == StatusDisputed {
			n++
		}
	}
	return n
}

// Score computes the attempt's figures; unanswered questions are wrong,
// and disputed ones (WithDisputes) are left out.
func (a *Attempt) Score() Score {
	sc := Score{Total: len(a.Questions) - a.Disputed()}
	idx := map[string]int{}
	for _, d := range a.Domains {
		idx[d.ID] = len(sc.Domains)
		sc.Domains = append(sc.Domains, DomainScore{ID: d.ID, Name: d.Name, Weight: d.Weight})
	}
	for _, q := range a.Questions {
		if q.Status == StatusDisputed {
			continue
		}
		k, ok := idx[q.Domain]
		if !ok {
			k = len(sc.Domains)
			idx[q.Domain] = k
			sc.Domains = append(sc.Domains, DomainScore{ID: q.Domain, Name: q.Domain})
		}
		sc.Domains[k].Total++
		switch QuestionStatus(&q) {
		case StatusRight:
			sc.Correct++
			sc.Domains[k].Correct++
		case StatusSkipped:
			sc.Skipped++
			sc.Domains[k].Skipped++
		default:
			sc.Wrong++
		}
	}
	for k := range sc.Domains {
		if d := &sc.Domains[k]; d.Total > 0 {
			d.Percent = Percent(d.Correct, d.Total)
		}
	}
	sc.Scale(a.ScoreMin, a.ScoreMax, a.PassingScore)
	return sc
}

// Scale puts Correct of Total on the scale lo..hi with its passing score:
// Scaled, Passed and the pass line, from one formula for attempts and
// their summaries alike.
func (sc *Score) Scale(lo, hi, passing int) {
	if hi <= lo {
		// A hand-made attempt without its scale: AWS's.
		lo, hi = awsScoreMin, awsScoreMax
	}
	sc.Min, sc.Max, sc.Passing = lo, hi, passing
	sc.Scaled = ScaledScore(sc.Correct, sc.Total, lo, hi)
	sc.Unscored = sc.Total == 0
	sc.Passed = !sc.Unscored && sc.Scaled >= passing
	sc.PassPercent = PassPercent(passing, lo, hi)
}

// AWS's scale, for an attempt that does not say (the blueprint always
// does).
const awsScoreMin, awsScoreMax = 100, 1000

// PassPercent is the least percent correct whose ScaledScore on lo..hi
// reaches passing, for any number of questions: ScaledScore rounds half
// up, so it is where lo + (hi-lo)×p reaches passing - 0.5.
func PassPercent(passing, lo, hi int) float64 {
	if hi <= lo {
		return 0
	}
	p := 100 * (float64(passing) - 0.5 - float64(lo)) / float64(hi-lo)
	return min(max(p, 0), 100)
}
