package cli

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

// digitStep is one key fed to a prompt, or a terminal resize.
type digitStep struct {
	key    string
	resize bool
	pause  time.Duration // before the key, instead of 20 ms
}

// askAfterDigit asks one mock question just after a digit answered the one
// before (digitAt now), feeding steps 20 ms apart.
func askAfterDigit(t *testing.T, own bool, steps []digitStep, choose int) (exam.Action, error) {
	t.Helper()
	return askAfter(t, own, exam.ModeMock, func(a *termAsker) { a.digitAt = time.Now() }, steps, choose)
}

// askAfter asks one question of mode after before has set the asker up,
// feeding steps 20 ms apart.
func askAfter(t *testing.T, own bool, mode string, before func(*termAsker), steps []digitStep, choose int) (exam.Action, error) {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "screen"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in := &ttyInput{q: newKeyQueue(), own: own}
	a := newAsker(in, f, nil)
	before(a)
	q := &exam.Question{Stem: "Which?", Options: []string{"A", "B", "C", "D", "E"}, Answers: []int{0}, Choose: choose}
	go func() {
		for _, s := range steps {
			time.Sleep(cmp.Or(s.pause, 20*time.Millisecond))
			if s.resize {
				in.q.resized <- struct{}{}
				continue
			}
			ks, _ := splitKeys([]byte(s.key))
			in.q.push(ks, nil)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	defer cancel()
	return a.Question(ctx, exam.QuestionScreen{Mode: mode, Index: 1, Total: 3, Question: q})
}

// checkAnswered fails t unless the question was answered want (`[2]`) or,
// for want "", is still waiting: every Enter dropped.
func checkAnswered(t *testing.T, act exam.Action, err error, want string) {
	t.Helper()
	switch {
	case want == "" && !errors.Is(err, context.DeadlineExceeded):
		t.Errorf("got %+v, %v; want the Enters dropped and the prompt still waiting", act, err)
	case want != "" && (err != nil || act.Kind != exam.ActAnswer || fmt.Sprint(act.Chosen) != want):
		t.Errorf("got %+v, %v; want the answer %s", act, err, want)
	}
}

// An Enter right after a digit answered the question before is that
// digit's (`3⏎`) and answers nothing; one after ↑↓ on this screen — even
// ↓↑, even with a redraw between — is the user's choice.
func TestEnterAfterDigit(t *testing.T) {
	for _, own := range []bool{false, true} {
		for _, tc := range []struct {
			name   string
			steps  []digitStep
			choose int
			want   string // the answer, or "" for none (the prompt still waiting)
		}{
			{"enter alone", []digitStep{{key: "\r"}}, 1, ""},
			{"down enter", []digitStep{{key: "\x1b[B"}, {key: "\r"}}, 1, "[1]"},
			{"down up enter", []digitStep{{key: "\x1b[B"}, {key: "\x1b[A"}, {key: "\r"}}, 1, "[0]"},
			{"down redraw enter", []digitStep{{key: "\x1b[B"}, {resize: true}, {key: "\r"}}, 1, "[1]"},
			{"enter alone, choose two", []digitStep{{key: "\r"}}, 2, ""},
			{"enter then digit", []digitStep{{key: "\r"}, {key: "3"}}, 1, "[2]"},
		} {
			t.Run(fmt.Sprintf("own=%v/%s", own, tc.name), func(t *testing.T) {
				act, err := askAfterDigit(t, own, tc.steps, tc.choose)
				checkAnswered(t, act, err, tc.want)
			})
		}
	}
}

// In a drill, Enters that follow the one that left the feedback within
// digitConfirm (`4⏎⏎`, a bounce, key repeat) answer nothing: the question
// under them has not been read. A digit, ↑↓ then Enter, or an Enter after
// the window answer as ever.
func TestEnterAfterFeedback(t *testing.T) {
	for _, own := range []bool{false, true} {
		for _, tc := range []struct {
			name   string
			steps  []digitStep
			choose int
			want   string // the answer, or "" for none (the prompt still waiting)
		}{
			{"enter alone", []digitStep{{key: "\r"}}, 1, ""},
			{"three enters", []digitStep{{key: "\r"}, {key: "\r"}, {key: "\r"}}, 1, ""},
			{"enter alone, choose two", []digitStep{{key: "\r"}}, 2, ""},
			{"digit", []digitStep{{key: "\r"}, {key: "3"}}, 1, "[2]"},
			{"down enter", []digitStep{{key: "\r"}, {key: "\x1b[B"}, {key: "\r"}}, 1, "[1]"},
			{"enter after the window", []digitStep{{key: "\r"}, {key: "\r", pause: digitConfirm + 100*time.Millisecond}}, 1, "[0]"},
			// A held Enter: the repeat after half a second, then every
			// 33 ms on past the first window (a review).
			{"held enter", []digitStep{{key: "\r", pause: 500 * time.Millisecond}, {key: "\r", pause: 33 * time.Millisecond}, {key: "\r", pause: 33 * time.Millisecond},
				{key: "\r", pause: 33 * time.Millisecond}, {key: "\r", pause: 33 * time.Millisecond}, {key: "\r", pause: 33 * time.Millisecond}, {key: "\r", pause: 33 * time.Millisecond}}, 1, ""},
		} {
			t.Run(fmt.Sprintf("own=%v/%s", own, tc.name), func(t *testing.T) {
				act, err := askAfter(t, own, exam.ModeDrill, func(a *termAsker) { a.feedbackLeftAt = time.Now() }, tc.steps, tc.choose)
				checkAnswered(t, act, err, tc.want)
			})
		}
	}
}

// The feedback remembers when the key that left it was typed — Enter or
// 1 — and only those: e (every option explained) leaves nothing.
func TestFeedbackMarksItsLeaving(t *testing.T) {
	for _, own := range []bool{false, true} {
		for _, tc := range []struct {
			keys string
			left bool
		}{{"\r", true}, {"1", true}, {"e", false}} {
			t.Run(fmt.Sprintf("own=%v/%q", own, tc.keys), func(t *testing.T) {
				f, err := os.Create(filepath.Join(t.TempDir(), "screen"))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				in := &ttyInput{q: newKeyQueue(), own: own}
				a := newAsker(in, f, nil)
				ks, _ := splitKeys([]byte(tc.keys))
				in.q.push(ks, nil)
				typed := time.Now()
				ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
				defer cancel()
				err = a.Feedback(ctx, exam.FeedbackScreen{Question: feedbackQuestion(), Index: 0, Total: 3, Right: true})
				switch {
				case tc.left && (err != nil || a.feedbackLeftAt.IsZero() || a.feedbackLeftAt.After(typed)):
					t.Errorf("left by %q: %v, feedbackLeftAt %v, want the time it was typed (by %v)", tc.keys, err, a.feedbackLeftAt, typed)
				case !tc.left && (err == nil || !a.feedbackLeftAt.IsZero()):
					t.Errorf("%q: %v, feedbackLeftAt %v; want the screen still up and nothing marked", tc.keys, err, a.feedbackLeftAt)
				}
			})
		}
	}
}
