package exam

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time { return c.t }

type memJournal struct{ events []Event }

func (j *memJournal) Append(ev Event) error {
	j.events = append(j.events, ev)
	return nil
}

// step is one scripted reply of the fake asker; it may let time pass.
type step struct {
	wait     time.Duration
	action   *Action
	timeout  bool // let the prompt's deadline pass instead of answering
	interupt bool // press Ctrl-C
	confirm  bool
	choice   InterruptChoice
}

type fakeAsker struct {
	t       *testing.T
	clock   *fakeClock
	steps   []step
	screens []QuestionScreen
	reviews int
}

func (f *fakeAsker) next() step {
	if len(f.steps) == 0 {
		f.t.Fatal("the runner asked more than the script has")
	}
	s := f.steps[0]
	f.steps = f.steps[1:]
	f.clock.t = f.clock.t.Add(s.wait)
	return s
}

func (f *fakeAsker) reply(ctx context.Context) (Action, error) {
	s := f.next()
	switch {
	case s.timeout:
		return Action{}, context.DeadlineExceeded
	case s.interupt:
		return Action{}, ErrInterrupt
	}
	return *s.action, nil
}

func (f *fakeAsker) Question(ctx context.Context, s QuestionScreen) (Action, error) {
	f.screens = append(f.screens, s)
	return f.reply(ctx)
}
func (f *fakeAsker) Review(ctx context.Context, s ReviewScreen) (Action, error) {
	f.reviews++
	return f.reply(ctx)
}
func (f *fakeAsker) ConfirmSubmit(ctx context.Context, s ReviewScreen) (bool, error) {
	return f.next().confirm, nil
}
func (f *fakeAsker) Feedback(ctx context.Context, fb FeedbackScreen) error {
	f.next()
	return nil
}
func (f *fakeAsker) Interrupted(ctx context.Context) (InterruptChoice, error) {
	s := f.next()
	if s.timeout {
		return 0, context.DeadlineExceeded
	}
	return s.choice, nil
}

func act(k ActionKind, chosen ...int) step { return step{action: &Action{Kind: k, Chosen: chosen}} }
func answer(chosen ...int) step            { return act(ActAnswer, chosen...) }
func jump(q int) step                      { return step{action: &Action{Kind: ActGoto, Goto: q}} }
func after(d time.Duration, s step) step   { s.wait = d; return s }
func threeQuestions() *Exam {
	return &Exam{Schema: 1, Seed: 1, Bank: "test", Questions: []Question{
		{Number: 1, ID: "a", Domain: "development", Stem: "Q1", Options: []string{"a", "b", "c", "d"}, Answers: []int{1}, Choose: 1},
		{Number: 2, ID: "b", Domain: "security", Stem: "Q2", Options: []string{"a", "b", "c", "d", "e"}, Answers: []int{0, 3}, Choose: 2},
		{Number: 3, ID: "c", Domain: "deployment", Stem: "Q3", Options: []string{"a", "b", "c", "d"}, Answers: []int{2}, Choose: 1},
	}}
}

func run(t *testing.T, s *Session, steps ...step) (Outcome, *memJournal, *fakeAsker, error) {
	t.Helper()
	clock := &fakeClock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	asker := &fakeAsker{t: t, clock: clock, steps: steps}
	j := &memJournal{}
	r := &Runner{Session: s, Asker: asker, Clock: clock, Journal: j, Tick: 15 * time.Second}
	out, err := r.Run(context.Background())
	if len(asker.steps) != 0 {
		t.Errorf("%d scripted steps left unused", len(asker.steps))
	}
	return out, j, asker, err
}

func TestSessionAnswerChangeFlagNavigateSubmit(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, 130*time.Minute, time.Now())
	out, j, asker, err := run(t, s,
		after(10*time.Second, answer(0)), // Q1 wrong; moves to Q2
		act(ActFlag),                     // flag Q2
		act(ActPrev),                     // back to Q1
		after(5*time.Second, answer(1)),  // change Q1 to right; on to Q2
		answer(3, 0),                     // Q2 both right; on to Q3
		act(ActReview),                   // Q3 left open
		jump(2),                          // from the review to Q3
		answer(2),                        // last: to the review
		step{action: &Action{Kind: ActSubmit}},
		step{confirm: false}, // not yet
		step{action: &Action{Kind: ActSubmit}},
		step{confirm: true},
	)
	if err != nil || out != Submitted {
		t.Fatalf("got %v %v, want submitted", out, err)
	}
	if !slices.Equal(s.Chosen[0], []int{1}) || !slices.Equal(s.Chosen[1], []int{0, 3}) || !slices.Equal(s.Chosen[2], []int{2}) {
		t.Errorf("chosen %v", s.Chosen)
	}
	if !s.Flagged[1] || s.Flagged[0] {
		t.Errorf("flags %v", s.Flagged)
	}
	if s.Spent[0] != 15*time.Second {
		t.Errorf("time on Q1 %s, want 15s", s.Spent[0])
	}
	if asker.reviews != 3 {
		t.Errorf("%d review screens, want 3", asker.reviews)
	}
	if asker.screens[3].Index != 0 || asker.screens[3].Chosen[0] != 0 {
		t.Errorf("going back should show Q1 with its answer: %+v", asker.screens[3])
	}
	a := s.Finish(testBlueprint(), "id", time.Now(), false)
	if sc := a.Score(); sc.Correct != 3 || sc.Scaled != 1000 || !sc.Passed {
		t.Errorf("score %+v", sc)
	}
	// Replaying the journal rebuilds the same session.
	re := NewSession(threeQuestions(), ModeMock, 130*time.Minute, s.Started)
	for _, ev := range j.events {
		if err := re.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	if !slices.EqualFunc(re.Chosen, s.Chosen, slices.Equal[[]int]) || re.Current != s.Current || !re.Submitted {
		t.Errorf("replay differs: %+v", re)
	}
}

func TestSessionTimeOutWhileWaiting(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, 3*time.Second, time.Now())
	out, j, _, err := run(t, s,
		after(time.Second, answer(1)),
		after(5*time.Second, step{timeout: true}), // left alone past the end
	)
	if err != nil || out != TimedOut {
		t.Fatalf("got %v %v, want timed out", out, err)
	}
	if last := j.events[len(j.events)-1]; last.Kind != EventSubmit {
		t.Errorf("last event %+v, want submit", last)
	}
	a := s.Finish(testBlueprint(), "id", time.Now(), true)
	if sc := a.Score(); sc.Correct != 1 || sc.Total != 3 {
		t.Errorf("unanswered must count as wrong: %+v", sc)
	}
}

func TestSessionTicksJournalTime(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, time.Hour, time.Now())
	out, j, _, _ := run(t, s,
		after(15*time.Second, step{timeout: true}),
		after(15*time.Second, step{timeout: true}),
		step{interupt: true}, step{choice: InterruptSave},
	)
	if out != Saved {
		t.Fatalf("got %v", out)
	}
	times := 0
	for _, ev := range j.events {
		if ev.Kind == EventTime {
			times++
		}
	}
	if times != 3 || s.Elapsed != 30*time.Second {
		t.Errorf("%d time events, elapsed %s", times, s.Elapsed)
	}
}

func TestSessionInterruptChoices(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, time.Hour, time.Now())
	out, _, _, _ := run(t, s, step{interupt: true}, step{choice: InterruptContinue}, answer(1), step{interupt: true}, step{choice: InterruptDiscard})
	if out != Discarded || !slices.Equal(s.Chosen[0], []int{1}) {
		t.Errorf("got %v %v", out, s.Chosen)
	}
}

func TestDrillFeedbackThenSubmit(t *testing.T) {
	s := NewSession(threeQuestions(), ModeDrill, 0, time.Now())
	out, _, _, err := run(t, s, answer(1), step{}, answer(0, 3), step{}, answer(0), step{})
	if err != nil || out != Submitted {
		t.Fatalf("got %v %v", out, err)
	}
	if sc := s.Finish(testBlueprint(), "d", time.Now(), false).Score(); sc.Correct != 2 {
		t.Errorf("drill score %+v", sc)
	}
}

func TestApplyRejectsDamage(t *testing.T) {
	for _, ev := range []Event{
		{Kind: EventAnswer, Q: 7},
		{Kind: EventAnswer, Q: 0, Chosen: []int{9}},
		{Kind: "teleport"},
	} {
		s := NewSession(threeQuestions(), ModeMock, time.Hour, time.Now())
		if err := s.Apply(ev); err == nil {
			t.Errorf("Apply(%+v) accepted", ev)
		}
	}
	s := NewSession(threeQuestions(), ModeMock, time.Hour, time.Now())
	s.Apply(Event{Kind: EventTime, ElapsedMS: 5000})
	if err := s.Apply(Event{Kind: EventTime, ElapsedMS: 1000}); err == nil {
		t.Error("time going back accepted")
	}
}

func TestScaledScore(t *testing.T) {
	tests := []struct{ correct, total, want int }{
		{0, 65, 100}, {65, 65, 1000}, {10, 20, 550}, {1, 2, 550},
		{47, 65, 751}, {1, 8, 213}, // 212.5 rounds half up
		{0, 0, 100},
	}
	for _, tt := range tests {
		if got := ScaledScore(tt.correct, tt.total, 100, 1000); got != tt.want {
			t.Errorf("ScaledScore(%d, %d) = %d, want %d", tt.correct, tt.total, got, tt.want)
		}
	}
}

func testBlueprint() *bank.Blueprint {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		panic(err)
	}
	return bp
}

func TestSessionTimeOutWhilePaused(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, time.Minute, time.Now())
	out, _, _, err := run(t, s,
		answer(1),
		after(10*time.Second, step{interupt: true}),
		after(2*time.Minute, step{timeout: true}), // the pause menu left open past the end
	)
	if err != nil || out != TimedOut {
		t.Fatalf("got %v %v, want timed out", out, err)
	}
}
