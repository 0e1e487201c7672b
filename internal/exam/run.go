package exam

import (
	"context"
	"errors"
	"time"
)

// Clock tells the time; tests use a fake one.
type Clock interface{ Now() time.Time }

// Journal keeps every event durably before the next screen is shown.
type Journal interface{ Append(Event) error }

// ErrInterrupt is what an Asker returns when the user presses Ctrl-C.
var ErrInterrupt = errors.New("interrupted by the user")

// Asker shows screens and reads the user's choices: survey on a terminal,
// a fake in tests. Every call must return when ctx is done.
type Asker interface {
	Question(ctx context.Context, s QuestionScreen) (Action, error)
	Review(ctx context.Context, s ReviewScreen) (Action, error)
	ConfirmSubmit(ctx context.Context, s ReviewScreen) (bool, error)
	// Feedback shows a drill's verdict on one answer until the user goes on.
	Feedback(ctx context.Context, f FeedbackScreen) error
	// Interrupted asks what to do after Ctrl-C.
	Interrupted(ctx context.Context) (InterruptChoice, error)
}

// QuestionScreen is everything one question's screen shows.
type QuestionScreen struct {
	Mode         string
	Index, Total int // 0-based index
	Question     *Question
	Chosen       []int
	Flagged      bool
	Answered     int
	FlaggedCount int
	// Deadline is when time runs out; zero when untimed.
	Deadline time.Time
}

// ReviewScreen lists every question's state, as the real exam's review page.
type ReviewScreen struct {
	Items        []ReviewItem
	Current      int
	Answered     int
	FlaggedCount int
	Deadline     time.Time
}

// ReviewItem is one question on the review screen.
type ReviewItem struct {
	Number   int
	Stem     string
	Answered bool
	Flagged  bool
}

// Unanswered counts the items without an answer.
func (r ReviewScreen) Unanswered() int { return len(r.Items) - r.Answered }

// FeedbackScreen is a drill's verdict on one answer.
type FeedbackScreen struct {
	Index, Total int
	Question     *Question
	Chosen       []int
	Right        bool
	CorrectSoFar int
}

// ActionKind is what the user chose on a screen.
type ActionKind int

const (
	ActAnswer ActionKind = iota
	ActFlag
	ActPrev
	ActNext
	ActReview
	ActGoto
	ActSubmit
)

// Action is the user's choice: an answer, a move or a command.
type Action struct {
	Kind   ActionKind
	Chosen []int // ActAnswer
	Goto   int   // ActGoto: 0-based question
}

// InterruptChoice is the answer to "Ctrl-C: what now?".
type InterruptChoice int

const (
	InterruptContinue InterruptChoice = iota
	InterruptSave
	InterruptDiscard
)

// Outcome is how a run ended.
type Outcome int

const (
	Submitted Outcome = iota
	TimedOut
	Saved     // quit with progress kept: resume later
	Discarded // the user threw the attempt away
)

// Runner sits a session: it shows screens through the Asker, journals every
// event before the next screen, and ends the exam when time runs out, even
// while a prompt is waiting.
type Runner struct {
	Session *Session
	Asker   Asker
	Clock   Clock
	Journal Journal
	// Tick is how often time used is journaled while a prompt waits, so a
	// crash loses at most this much of the clock.
	Tick time.Duration

	base  time.Duration // time used when this run started
	since time.Time     // wall time this run started
}

func (r *Runner) elapsed() time.Duration {
	return r.base + r.Clock.Now().Sub(r.since)
}

func (r *Runner) remaining() time.Duration {
	if r.Session.Limit <= 0 {
		return time.Duration(1<<62 - 1)
	}
	return r.Session.Limit - r.elapsed()
}

// record journals an event, then applies it: the journal is never behind
// what the user was shown.
func (r *Runner) record(ev Event) error {
	ms := r.elapsed().Milliseconds()
	if prev := r.Session.Elapsed.Milliseconds(); ms < prev {
		ms = prev
	}
	ev.ElapsedMS = ms
	if err := r.Journal.Append(ev); err != nil {
		return err
	}
	return r.Session.Apply(ev)
}

// errTimeUp ends a prompt when the exam's time has run out.
var errTimeUp = errors.New("time is up")

// ask runs one prompt with a deadline at the next tick or the end of time,
// journaling time at each tick and asking again, and handling Ctrl-C.
func (r *Runner) ask(ctx context.Context, prompt func(ctx context.Context, deadline time.Time) error) error {
	for {
		left := r.remaining()
		if left <= 0 {
			return errTimeUp
		}
		var deadline time.Time
		if r.Session.Limit > 0 {
			deadline = r.Clock.Now().Add(left)
		}
		wait := left
		if r.Tick > 0 {
			wait = min(wait, r.Tick)
		}
		pctx, cancel := context.WithTimeout(ctx, wait)
		err := prompt(pctx, deadline)
		cancel()
		switch {
		case err == nil:
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, context.DeadlineExceeded):
			if err := r.record(Event{Kind: EventTime}); err != nil {
				return err
			}
		case errors.Is(err, ErrInterrupt):
			// The clock runs on while paused: the menu too ends with time.
			ictx, cancel := context.WithTimeout(ctx, max(r.remaining(), 0))
			choice, err := r.Asker.Interrupted(ictx)
			cancel()
			if err != nil {
				if ctx.Err() == nil && r.remaining() <= 0 {
					return errTimeUp
				}
				return err
			}
			switch choice {
			case InterruptSave:
				return errSave
			case InterruptDiscard:
				return errDiscard
			}
		default:
			return err
		}
	}
}

var (
	errSave    = errors.New("save and quit")
	errDiscard = errors.New("discard")
)

// Run sits the session until it is submitted, times out, or the user saves
// and quits or discards it. A cancelled ctx (SIGTERM, SIGHUP) saves.
func (r *Runner) Run(ctx context.Context) (Outcome, error) {
	r.base, r.since = r.Session.Elapsed, r.Clock.Now()
	s := r.Session
	reviewing := false
	for !s.Submitted {
		var err error
		if reviewing {
			reviewing, err = r.review(ctx)
		} else {
			reviewing, err = r.question(ctx)
		}
		switch {
		case err == nil:
		case errors.Is(err, errTimeUp):
			if err := r.record(Event{Kind: EventSubmit}); err != nil {
				return Saved, err
			}
			return TimedOut, nil
		case errors.Is(err, errSave):
			return Saved, r.record(Event{Kind: EventTime})
		case errors.Is(err, errDiscard):
			return Discarded, nil
		case ctx.Err() != nil:
			// A signal: keep the time used; the answers are journaled.
			r.record(Event{Kind: EventTime})
			return Saved, ctx.Err()
		default:
			// The terminal is gone (hung up) or failed: keep the time
			// used too.
			r.record(Event{Kind: EventTime})
			return Saved, err
		}
	}
	return Submitted, nil
}

// question shows the current question and applies the user's action. It
// reports whether to go to the review screen.
func (r *Runner) question(ctx context.Context) (bool, error) {
	s := r.Session
	i := s.Current
	q := &s.Exam.Questions[i]
	var act Action
	err := r.ask(ctx, func(ctx context.Context, deadline time.Time) error {
		var err error
		act, err = r.Asker.Question(ctx, QuestionScreen{
			Mode: s.Mode, Index: i, Total: len(s.Exam.Questions), Question: q,
			Chosen: s.Chosen[i], Flagged: s.Flagged[i], Answered: s.Answered(), FlaggedCount: s.FlaggedCount(),
			Deadline: deadline,
		})
		return err
	})
	if err != nil {
		return false, err
	}
	last := i == len(s.Exam.Questions)-1
	switch act.Kind {
	case ActAnswer:
		if err := r.record(Event{Kind: EventAnswer, Q: i, Chosen: act.Chosen}); err != nil {
			return false, err
		}
		if s.Mode == ModeDrill {
			return false, r.feedback(ctx, i)
		}
		if last {
			return true, nil
		}
		return false, r.record(Event{Kind: EventGoto, Q: i + 1})
	case ActFlag:
		return false, r.record(Event{Kind: EventFlag, Q: i, On: !s.Flagged[i]})
	case ActPrev:
		if i > 0 {
			return false, r.record(Event{Kind: EventGoto, Q: i - 1})
		}
	case ActNext:
		if last {
			return true, nil
		}
		return false, r.record(Event{Kind: EventGoto, Q: i + 1})
	case ActReview:
		return true, nil
	case ActGoto:
		if act.Goto >= 0 && act.Goto < len(s.Exam.Questions) {
			return false, r.record(Event{Kind: EventGoto, Q: act.Goto})
		}
	case ActSubmit:
		return true, nil
	}
	return false, nil
}

// feedback shows a drill's verdict, then moves on or submits after the last.
func (r *Runner) feedback(ctx context.Context, i int) error {
	s := r.Session
	q := &s.Exam.Questions[i]
	correct := 0
	for k := range s.Exam.Questions[:i+1] {
		if s.Exam.Questions[k].Correct(s.Chosen[k]) {
			correct++
		}
	}
	err := r.ask(ctx, func(ctx context.Context, _ time.Time) error {
		return r.Asker.Feedback(ctx, FeedbackScreen{
			Index: i, Total: len(s.Exam.Questions), Question: q, Chosen: s.Chosen[i],
			Right: q.Correct(s.Chosen[i]), CorrectSoFar: correct,
		})
	})
	if err != nil {
		return err
	}
	if i == len(s.Exam.Questions)-1 {
		return r.record(Event{Kind: EventSubmit})
	}
	return r.record(Event{Kind: EventGoto, Q: i + 1})
}

func (r *Runner) reviewScreen(deadline time.Time) ReviewScreen {
	s := r.Session
	rs := ReviewScreen{Current: s.Current, Answered: s.Answered(), FlaggedCount: s.FlaggedCount(), Deadline: deadline}
	for i, q := range s.Exam.Questions {
		rs.Items = append(rs.Items, ReviewItem{Number: i + 1, Stem: q.Stem, Answered: len(s.Chosen[i]) > 0, Flagged: s.Flagged[i]})
	}
	return rs
}

// review shows the review screen; it reports whether to stay on it.
func (r *Runner) review(ctx context.Context) (bool, error) {
	var act Action
	err := r.ask(ctx, func(ctx context.Context, deadline time.Time) error {
		var err error
		act, err = r.Asker.Review(ctx, r.reviewScreen(deadline))
		return err
	})
	if err != nil {
		return true, err
	}
	switch act.Kind {
	case ActGoto:
		if act.Goto >= 0 && act.Goto < len(r.Session.Exam.Questions) {
			return false, r.record(Event{Kind: EventGoto, Q: act.Goto})
		}
	case ActSubmit:
		var ok bool
		err := r.ask(ctx, func(ctx context.Context, deadline time.Time) error {
			var err error
			ok, err = r.Asker.ConfirmSubmit(ctx, r.reviewScreen(deadline))
			return err
		})
		if err != nil {
			return true, err
		}
		if ok {
			return false, r.record(Event{Kind: EventSubmit})
		}
	}
	return true, nil
}
