package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// longAttempt is an attempt of one question whose text is far longer than
// an 80×24 screen: a long Korean stem, options, an explanation.
func longAttempt() *exam.Attempt {
	long := strings.Repeat("람다 함수가 DynamoDB 스트림의 레코드를 처리하는 동안 반복자 수명 지표가 계속 증가한다. ", 8)
	opts := []string{strings.Repeat("샤드 수를 늘리고 배치 크기를 조정한다 ", 6), "샤드 수 줄이기", strings.Repeat("람다 동시 실행 제한 늘리기 ", 5), "SQS 대기열을 추가한다"}
	q := exam.AttemptQuestion{Question: exam.Question{Number: 1, ID: "abc123", Section: "Lambda", Domain: "troubleshooting", Stem: long,
		Options: opts, Answers: []int{0}, Choose: 1, Source: "notes.txt:7", Explanation: strings.Repeat("반복자 수명이 늘면 처리가 밀린 것이다. ", 10), OriginalAnswer: "샤드 수 줄이기"},
		Chosen: []int{1}}
	return &exam.Attempt{ID: "20261120-090000-c0ffee", Mode: "drill", Questions: []exam.AttemptQuestion{q}}
}

// TestReviewScreenFitsAndPages: on an 80×24 terminal (the size a file,
// not a terminal, falls back to) a long question takes at most 23 lines of
// at most 80 columns, and scrolling shows the rest, down to the source.
func TestReviewScreenFitsAndPages(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "screen"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a := longAttempt()
	r := &reviewScreen{asker: &termAsker{out: f}, a: a, sel: []int{0}, opts: &reviewOptions{}}
	body := reviewBody(nil, a, 0, 80, false)
	if len(body) <= 20 {
		t.Fatalf("the fixture's body is %d lines: too short to test paging", len(body))
	}
	seen := map[string]bool{}
	for step := 0; step < 40; step++ {
		lines := r.screen()
		if len(lines) > 23 {
			t.Fatalf("at line %d: %d lines on a 24-line terminal", r.top, len(lines))
		}
		for _, l := range lines {
			if w := display.Width(l); w > 80 {
				t.Errorf("a line of %d columns: %q", w, l)
			}
			seen[ansiRx.ReplaceAllString(l, "")] = true
		}
		// The keys, on the last line or two (they break rather than cut).
		if keys := ansiRx.ReplaceAllString(strings.Join(lines[len(lines)-2:], "\n"), ""); !strings.Contains(keys, fmt.Sprintf("of %d", len(body))) {
			t.Errorf("the keys line %q does not say where in the %d lines the screen is", keys, len(body))
		}
		r.top += 3
	}
	for _, want := range []string{"Lambda · troubleshooting · notes.txt:7", "노트의 원래 답: 샤드 수 줄이기"} {
		found := false
		for l := range seen {
			found = found || strings.Contains(l, want)
		}
		if !found {
			t.Errorf("scrolling never showed %q", want)
		}
	}
}

// TestReviewBodyMarksEveryOption: the key ✔, the user's wrong pick ✘.
func TestReviewBodyMarksEveryOption(t *testing.T) {
	a := longAttempt()
	text := strings.Join(reviewBody(nil, a, 0, 100, false), "\n")
	for _, want := range []string{"✔ 1. 샤드 수를", "← key", "✘ 2. 샤드 수 줄이기 ← your answer", "반복자 수명이 늘면"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in\n%s", want, text)
		}
	}
	if got := reviewHead(nil, a, 0, 0, 1, 80, false)[0]; got != "Question 1/1 · wrong" {
		t.Errorf("head %q", got)
	}
	a.Questions[0].Status = exam.StatusDisputed
	if got := reviewHead(nil, a, 0, 0, 1, 80, false)[0]; got != "Question 1/1 · disputed: left out of the score" {
		t.Errorf("head of a disputed question %q", got)
	}
}

func TestReviewSelection(t *testing.T) {
	a := &exam.Attempt{Questions: []exam.AttemptQuestion{
		{Right: true}, {Right: false, Chosen: []int{1}}, {Right: true, Flagged: true}, {Right: false, Flagged: true},
	}}
	for _, tc := range []struct {
		wrong, flagged bool
		want           string
	}{
		{false, false, "[0 1 2 3]"},
		{true, false, "[1 3]"},
		{false, true, "[2 3]"},
		{true, true, "[1 2 3]"},
	} {
		if got := fmt.Sprint(reviewSelection(a, &reviewOptions{wrong: tc.wrong, flagged: tc.flagged})); got != tc.want {
			t.Errorf("--wrong=%v --flagged=%v: got %s, want %s", tc.wrong, tc.flagged, got, tc.want)
		}
	}
}

// TestLastColumns: what is being typed stays in view, cut at the left,
// never mid-character.
func TestLastColumns(t *testing.T) {
	for _, tc := range []struct {
		in   string
		cols int
		want string
	}{
		{"abc", 10, "abc"},
		{"abcdef", 4, "…def"},
		{"키가 틀림", 9, "키가 틀림"},
		{"키가 틀림", 6, "… 틀림"},
		{"", 5, ""},
	} {
		got := lastColumns(tc.in, tc.cols)
		if got != tc.want || display.Width(got) > tc.cols {
			t.Errorf("lastColumns(%q, %d) = %q, want %q", tc.in, tc.cols, got, tc.want)
		}
	}
}
