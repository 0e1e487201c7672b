package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/display"
)

var ansiRx = regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|[78])`)

// ownList runs the exam's own prompt on keys typed ahead, in mode m, as
// the asker does: the keys go through the queue and the key filter.
func ownList(t *testing.T, m keyMode, keys string, spec listSpec) (k int, out string, in *ttyInput, err error) {
	t.Helper()
	in = &ttyInput{q: newKeyQueue()}
	ks, _ := splitKeys([]byte(keys))
	in.q.push(ks, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	in.begin(ctx, m)
	var b bytes.Buffer
	k, err = runList(in, &b, 80, spec)
	return k, b.String(), in, err
}

// frames are the prompt's drawings: each ends clearing the rest of the
// screen.
func frames(out string) []string {
	f := strings.SplitAfter(out, "\x1b[J")
	return f[:len(f)-1]
}

// lastFrame is the last drawing of the prompt, escape codes removed.
func lastFrame(out string) string {
	f := frames(out)
	return strings.TrimPrefix(ansiRx.ReplaceAllString(f[len(f)-1], ""), "\r")
}

var fruit = []string{"1  apple", "2  banana", "3  cherry", "4  date"}

func TestOwnListPicks(t *testing.T) {
	tests := []struct {
		name  string
		mode  keyMode
		keys  string
		start int
		want  int
		err   error
	}{
		{"enter on the default", keysQuestion, "\r", 2, 2, nil},
		{"down down enter", keysQuestion, "\x1b[B\x1b[B\r", 0, 2, nil},
		{"up wraps to the last", keysMenu, "\x1b[A\r", 0, 3, nil},
		{"down wraps to the first", keysMenu, "\x1b[B\r", 3, 0, nil},
		{"ss3 arrows", keysMenu, "\x1bOB\r", 0, 1, nil},
		{"newline is Enter", keysMenu, "\n", 1, 1, nil},
		{"a paste and a stray byte do nothing", keysQuestion, "\x1b[200~ab\x1b[201~\xff\r", 1, 1, nil},
		{"ctrl-c", keysQuestion, "\x1b[B\x03\r", 0, 0, errKeyInterrupt},
		{"a digit is a shortcut", keysQuestion, "\x1b[B3", 0, 0, errShortcut},
		{"korean f is a shortcut", keysQuestion, "ㄹ", 0, 0, errShortcut},
		{"no key: the context ends it", keysMenu, "", 0, 0, errPromptEnded},
		{"digits do not confirm", keysConfirm, "2123", 0, 0, errPromptEnded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, out, _, err := ownList(t, tt.mode, tt.keys, listSpec{message: "Pick:", options: fruit, cursor: tt.start})
			if !errors.Is(err, tt.err) || err == nil && k != tt.want {
				t.Fatalf("got %d, %v; want %d, %v\n%q", k, err, tt.want, tt.err, out)
			}
			if !strings.HasSuffix(out, "\x1b[?25h") {
				t.Errorf("the cursor is left hidden: %q", out)
			}
		})
	}
}

// Keys after the one that ends a prompt stay in the queue, in order, for
// the next prompt.
func TestOwnListLeavesLaterKeys(t *testing.T) {
	_, _, in, _ := ownList(t, keysQuestion, "\x1b[B\r\x1b[B\r5", listSpec{message: "Pick:", options: fruit})
	if got := strings.Join(in.q.keys, "|"); got != "\x1b[B|\r|5" {
		t.Fatalf("left %q", got)
	}
	if in.moves != 1 {
		t.Errorf("moves %d, want 1 (the asker keeps the cursor by them)", in.moves)
	}
}

// The screens look as survey's: the message with its keys, the cursor on
// its entry, the boxes of a multiple choice, the answer once chosen.
func TestOwnListDraws(t *testing.T) {
	_, out, _, _ := ownList(t, keysQuestion, "\x1b[B", listSpec{message: "Your answer:", hint: "[↑↓ Enter]", options: fruit})
	want := "? Your answer:  [↑↓ Enter]\n  1  apple\n> 2  banana\n  3  cherry\n  4  date\n"
	if got := lastFrame(out); got != want {
		t.Errorf("single:\n%s\nwant:\n%s", got, want)
	}
	_, out, _, _ = ownList(t, keysMultiple, "\x1b[B\x1b[B", listSpec{message: "Your answers:", hint: "[↑↓ space, Enter]", options: fruit, multi: true, checked: []int{0, 2}})
	want = "? Your answers:  [↑↓ space, Enter]\n  [x]  1  apple\n  [ ]  2  banana\n> [x]  3  cherry\n  [ ]  4  date\n"
	if got := lastFrame(out); got != want {
		t.Errorf("multiple:\n%s\nwant:\n%s", got, want)
	}
	_, out, _, _ = ownList(t, keysMenu, "\x1b[B\r", listSpec{message: "Continue:", options: fruit})
	if got, want := lastFrame(out), "? Continue: 2  banana\n"; got != want {
		t.Errorf("answered: %q, want %q", got, want)
	}
}

// Each drawing goes back up exactly the lines of the one before (none
// wraps: entries are cut to the width), so the prompt never creeps.
func TestOwnListRedrawsInPlace(t *testing.T) {
	long := []string{strings.Repeat("가", 60), "short", strings.Repeat("x", 200)}
	_, out, _, _ := ownList(t, keysMenu, "\x1b[B\x1b[B\r", listSpec{message: strings.Repeat("m", 100), hint: "[↑↓ Enter]", options: long})
	fs := frames(out)
	if len(fs) != 4 {
		t.Fatalf("%d drawings, want 4", len(fs))
	}
	for i, f := range fs {
		for _, l := range strings.Split(ansiRx.ReplaceAllString(f, ""), "\n") {
			if w := display.Width(l); w > 79 {
				t.Errorf("drawing %d: a line of %d columns on 80: %q", i, w, l)
			}
		}
		if n := strings.Count(f, "\n"); n != strings.Count(f, "\x1b[K\n") {
			t.Errorf("drawing %d: a line does not clear what was there: %q", i, f)
		}
		if i+1 < len(fs) {
			up := fmt.Sprintf("\r\x1b[%dA", strings.Count(f, "\n"))
			if !strings.HasPrefix(fs[i+1], up) {
				t.Errorf("drawing %d of %d lines is not drawn over with %q: %q", i, strings.Count(f, "\n"), up, fs[i+1])
			}
		}
	}
}

// The review's filter: typing keeps the entries that contain the text
// (any case, Hangul too), Backspace edits it, Enter picks the entry under
// the cursor by its index in the whole list.
func TestOwnListFilters(t *testing.T) {
	entries := []string{"Submit the exam", "Back to question 2", "  1 ✓ 람다 배포", "  2 ✗ S3 버킷", " 10 ✗ 람다 계층"}
	tests := []struct {
		keys string
		want int
	}{
		{"람다\r", 4},       // the cursor keeps its row: the second left
		{"람다\x1b[B\r", 2}, // ↓ from the last wraps
		{"BACK\r", 1},
		{"s3x\x7f\r", 3},
		{"zzz\r\x7f\x7f\x7f\r", 1}, // nothing shown: Enter waits
		{"10\r", 4},
	}
	for _, tt := range tests {
		k, out, _, err := ownList(t, keysPassAll, tt.keys, listSpec{message: "Go to:", options: entries, cursor: 1, filter: true})
		if err != nil || k != tt.want {
			t.Errorf("keys %q: got %d, %v; want %d\n%s", tt.keys, k, err, tt.want, ansiRx.ReplaceAllString(out, ""))
		}
	}
}

func TestPaginate(t *testing.T) {
	tests := []struct{ page, n, sel, start, end int }{
		{0, 5, 3, 0, 5},
		{7, 5, 4, 0, 5},
		{5, 20, 1, 0, 5},
		{5, 20, 19, 15, 20},
		{5, 20, 10, 8, 13},
		{4, 20, 10, 8, 12},
	}
	for _, tt := range tests {
		if s, e := paginate(tt.page, tt.n, tt.sel); s != tt.start || e != tt.end || tt.sel < s || tt.sel >= e {
			t.Errorf("paginate(%d, %d, %d) = %d, %d; want %d, %d", tt.page, tt.n, tt.sel, s, e, tt.start, tt.end)
		}
	}
}

func TestOwnPromptChosen(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "AWSEXAM_PROMPT" {
				return v
			}
			return ""
		}
	}
	if ownPrompt(env("")) != !surveyReadsInput {
		t.Error("the default is survey's prompt where survey reads the queue, ours elsewhere")
	}
	if !ownPrompt(env("own")) {
		t.Error("AWSEXAM_PROMPT=own does not choose the exam's own prompt")
	}
}
