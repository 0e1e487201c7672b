package exam

import (
	"context"
	"errors"
	"testing"
	"time"
)

// hangup is an asker whose terminal goes away once its script is done.
type hangup struct{ fakeAsker }

var errGone = errors.New("read /dev/tty: input/output error")

func (h *hangup) Question(ctx context.Context, s QuestionScreen) (Action, error) {
	if len(h.steps) == 0 {
		h.clock.t = h.clock.t.Add(4 * time.Second)
		return Action{}, errGone
	}
	return h.fakeAsker.Question(ctx, s)
}

// A terminal that fails (closed: the read ends before SIGHUP arrives)
// still journals the time used up to then.
func TestTerminalGoneKeepsTime(t *testing.T) {
	s := NewSession(threeQuestions(), ModeMock, time.Hour, time.Now())
	clock := &fakeClock{t: time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	h := &hangup{fakeAsker{t: t, clock: clock, steps: []step{after(3*time.Second, answer(0))}}}
	j := &memJournal{}
	r := &Runner{Session: s, Asker: h, Clock: clock, Journal: j, Tick: 15 * time.Second}
	out, err := r.Run(context.Background())
	if out != Saved || !errors.Is(err, errGone) {
		t.Fatalf("got %v %v, want saved with the terminal's error", out, err)
	}
	last := j.events[len(j.events)-1]
	if last.Kind != EventTime || last.ElapsedMS != 7000 {
		t.Fatalf("last event %+v, want the time used: 7 s", last)
	}
}
