package exam

import (
	"fmt"
	"slices"
	"time"
)

// Modes of an attempt.
const (
	ModeMock  = "mock"
	ModeDrill = "drill"
	ModePaper = "paper" // an answer sheet graded by `awsexam grade`
)

// Event is one thing the user did, as journaled: every answer, flag and
// move, and the passing of time, so a session can be rebuilt exactly.
type Event struct {
	Kind string `json:"kind"` // answer, flag, goto, time, submit
	Q    int    `json:"q"`    // 0-based question index (answer, flag, goto)
	// Chosen are the option indexes picked (answer); empty clears.
	Chosen []int `json:"chosen,omitempty"`
	On     bool  `json:"on,omitempty"` // flag set or cleared
	// ElapsedMS is the exam time used when it happened, in milliseconds:
	// the clock does not run while the exam is closed.
	ElapsedMS int64 `json:"elapsed_ms"`
}

// Event kinds.
const (
	EventAnswer = "answer"
	EventFlag   = "flag"
	EventGoto   = "goto"
	EventTime   = "time"
	EventSubmit = "submit"
)

// Session is an exam being sat: answers, flags, where the user is, and the
// time used. It changes only through Apply, so replaying a journal's events
// rebuilds it exactly.
type Session struct {
	Exam      *Exam
	Mode      string
	Limit     time.Duration // 0: untimed
	Started   time.Time
	Chosen    [][]int
	Flagged   []bool
	Spent     []time.Duration // time spent on each question
	Current   int
	Elapsed   time.Duration
	Submitted bool
}

// NewSession starts a session on e.
func NewSession(e *Exam, mode string, limit time.Duration, started time.Time) *Session {
	n := len(e.Questions)
	return &Session{
		Exam: e, Mode: mode, Limit: limit, Started: started,
		Chosen: make([][]int, n), Flagged: make([]bool, n), Spent: make([]time.Duration, n),
	}
}

// Apply records one event. It rejects events that do not fit the exam (a
// damaged journal), leaving the session unchanged.
func (s *Session) Apply(ev Event) error {
	if s.Submitted {
		return fmt.Errorf("event %q after submit", ev.Kind)
	}
	n := len(s.Exam.Questions)
	if ev.Kind != EventTime && ev.Kind != EventSubmit && (ev.Q < 0 || ev.Q >= n) {
		return fmt.Errorf("event %q for question %d of %d", ev.Kind, ev.Q+1, n)
	}
	elapsed := time.Duration(ev.ElapsedMS) * time.Millisecond
	if elapsed < s.Elapsed {
		return fmt.Errorf("event %q goes back in time (%s after %s)", ev.Kind, elapsed, s.Elapsed)
	}
	switch ev.Kind {
	case EventAnswer:
		q := &s.Exam.Questions[ev.Q]
		if err := checkIndexes("chosen option", ev.Chosen, len(q.Options)); err != nil {
			return fmt.Errorf("question %d: %w", ev.Q+1, err)
		}
	case EventFlag, EventGoto, EventTime, EventSubmit:
	default:
		return fmt.Errorf("unknown event %q", ev.Kind)
	}
	s.Spent[s.Current] += elapsed - s.Elapsed
	s.Elapsed = elapsed
	switch ev.Kind {
	case EventAnswer:
		c := slices.Clone(ev.Chosen)
		slices.Sort(c)
		if len(c) == 0 {
			c = nil
		}
		s.Chosen[ev.Q] = c
	case EventFlag:
		s.Flagged[ev.Q] = ev.On
	case EventGoto:
		s.Current = ev.Q
	case EventSubmit:
		s.Submitted = true
	}
	return nil
}

// Answered counts the questions with an answer.
func (s *Session) Answered() int {
	n := 0
	for _, c := range s.Chosen {
		if len(c) > 0 {
			n++
		}
	}
	return n
}

// FlaggedCount counts the questions flagged for review.
func (s *Session) FlaggedCount() int {
	n := 0
	for _, f := range s.Flagged {
		if f {
			n++
		}
	}
	return n
}

// Remaining is the time left, or a negative duration when untimed.
func (s *Session) Remaining() time.Duration {
	if s.Limit <= 0 {
		return -1
	}
	return max(s.Limit-s.Elapsed, 0)
}
