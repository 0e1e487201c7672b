package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fatih/color"
	"golang.org/x/text/width"
	"gopkg.in/yaml.v3"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

var (
	en = catalog.For(catalog.English)
	ko = catalog.For(catalog.Korean)
)

// ambiguous lists the East Asian ambiguous-width characters of s (two
// columns on a terminal set to "ambiguous = wide").
func ambiguous(s string) []string {
	var out []string
	for _, r := range s {
		if width.LookupRune(r).Kind() == width.EastAsianAmbiguous {
			out = append(out, string(r))
		}
	}
	return out
}

// checkScreen fails when a line is wider than w columns or, in Korean,
// uses an ambiguous-width character.
func checkScreen(t *testing.T, name string, p *catalog.Printer, lines []string, w int) {
	t.Helper()
	for _, l := range lines {
		if display.Width(l) > w {
			t.Errorf("%s: a line of %d columns: %q", name, display.Width(l), l)
		}
		if p.Lang() == catalog.Korean {
			if a := ambiguous(l); len(a) > 0 {
				t.Errorf("%s: ambiguous-width %q in %q", name, a, l)
			}
		}
	}
}

// Every Korean screen message draws its layout without ambiguous-width
// characters (the rule, separators, marks, arrows, ellipses are ASCII).
func TestScreensKoreanUnambiguous(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "data", "messages", "screens.ko.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m) < 50 {
		t.Fatalf("only %d messages in screens.ko.yaml", len(m))
	}
	for key, v := range m {
		texts := []string{}
		switch v := v.(type) {
		case string:
			texts = append(texts, v)
		case map[string]any:
			for _, f := range v {
				if s, ok := f.(string); ok {
					texts = append(texts, s)
				}
			}
		}
		for _, s := range texts {
			if a := ambiguous(s); len(a) > 0 {
				t.Errorf("%s: %q uses ambiguous-width %q", key, s, a)
			}
		}
	}
}

// questionAsker is an asker on a file (80×24, the size a file falls back
// to) at a fixed time.
func questionAsker(t *testing.T, p *catalog.Printer, now time.Time) *termAsker {
	f, err := os.Create(filepath.Join(t.TempDir(), "screen"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return &termAsker{out: f, p: p, now: func() time.Time { return now }}
}

// A mock's "choose two" question in both languages: the header, the
// flagged rule, the instruction and keys (too wide for one line in a
// mock's multiple response: broken between hints, not cut).
func TestQuestionScreenBothLanguages(t *testing.T) {
	color.NoColor = true
	now := time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)
	q := &exam.Question{Stem: "람다 함수의 동시 실행을 제한하는 두 가지 방법은?", Options: []string{"예약된 동시성", "프로비저닝된 동시성", "계정 동시성 한도", "메모리 늘리기", "제한 시간 줄이기"}, Answers: []int{0, 2}, Choose: 2}
	s := exam.QuestionScreen{Question: q, Mode: exam.ModeMock, Index: 2, Total: 65, Answered: 12, FlaggedCount: 2, Flagged: true,
		Deadline: now.Add(time.Hour + 47*time.Minute + 12*time.Second)}
	for _, tc := range []struct {
		p    *catalog.Printer
		want []string
	}{
		{en, []string{"Question 3/65 · 1:47:12 left · 12 answered · 2 flagged", "── ⚑ flagged for review ──", "(Choose two.)",
			"1–5 or space toggle, Enter confirm · f flag · ← p prev · → n next · r review", "Ctrl-C pause"}},
		{ko, []string{"문제 3/65 | 남은 시간 1:47:12 | 12문항 답함 | 2문항 표시", "-- ⚑ 검토 표시 --", "(두 개를 고르십시오.)",
			"1-5/Space 선택, Enter 확인 | f(ㄹ) 표시 | <- p(ㅔ) 이전 | -> n(ㅜ) 다음", "r(ㄱ) 검토 | Ctrl-C 일시 정지"}},
	} {
		a := questionAsker(t, tc.p, now)
		head, body, foot := a.questionLines(s, []int{0})
		lines := append(append(head, body...), foot...)
		text := strings.Join(lines, "\n")
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: screen lacks %q:\n%s", tc.p.Lang(), w, text)
			}
		}
		checkScreen(t, string(tc.p.Lang()), tc.p, lines, 80)
	}
	// The time notices, at 10 minutes and at 1.
	for _, tc := range []struct {
		p    *catalog.Printer
		left time.Duration
		want string
	}{
		{en, 9 * time.Minute, "Less than 10 minutes left."},
		{en, 30 * time.Second, "Less than 1 minute left: the exam ends by itself when time runs out."},
		{ko, 9 * time.Minute, "남은 시간이 10분 미만입니다."},
		{ko, 30 * time.Second, "남은 시간이 1분 미만입니다. 시간이 다 되면 시험이 자동으로 끝납니다."},
	} {
		head := questionAsker(t, tc.p, now).header(exam.ModeMock, 0, 65, 0, 0, now.Add(tc.left))
		if len(head) != 2 || head[1] != tc.want {
			t.Errorf("%s, %s left: header %q, want the notice %q", tc.p.Lang(), tc.left, head, tc.want)
		}
		checkScreen(t, "notice", tc.p, head, 80)
	}
	// A drill's single choice: one line of keys, answer chosen.
	s.Mode, s.Deadline, q.Choose, q.Answers = exam.ModeDrill, time.Time{}, 1, []int{0}
	for p, want := range map[*catalog.Printer][]string{
		en: {"Question 3/65", "1–5 answer · f flag · Ctrl-C pause", "Your answer: 1"},
		ko: {"문제 3/65", "1-5 답 | f(ㄹ) 표시 | Ctrl-C 일시 정지", "선택한 답: 1"},
	} {
		head, body, foot := questionAsker(t, p, now).questionLines(s, []int{0})
		lines := append(append(head, body...), foot...)
		for _, w := range want {
			if !strings.Contains(strings.Join(lines, "\n"), w) {
				t.Errorf("%s drill: screen lacks %q:\n%s", p.Lang(), w, strings.Join(lines, "\n"))
			}
		}
		checkScreen(t, string(p.Lang())+" drill", p, lines, 80)
	}
}

// The drill's feedback in Korean fits 80×24 as the English one does, in
// its words and with e and d named with their jamo.
func TestFeedbackKorean(t *testing.T) {
	color.NoColor = true
	q := feedbackQuestion()
	for _, tc := range []struct {
		name   string
		right  bool
		chosen []int
		full   bool
		want   []string
	}{
		{"wrong", false, []int{1}, false, []string{"문제 1/5 | 지금까지 0문항 정답", "X 오답입니다.", "내가 고른 답 2. 샤드 수 줄이기", "정답 1. 샤드 수 늘리기", "노트의 원래 답: 샤드 수 줄이기", "... (e: 설명 전체 보기)", "Enter 다음 | e(ㄷ) 모든 보기 설명 | d(ㅇ) 이의 제기 | Ctrl-C 일시 정지", "Kinesis | data/dva-c02-notes.txt:99"}},
		{"right", true, []int{0}, false, []string{"O 정답입니다.", "정답 1."}},
		{"full", false, []int{1}, true, []string{"X 2. 샤드 수 줄이기 (내 답)", "O 1. 샤드 수 늘리기 (정답)", "e(ㄷ) 짧게 보기"}},
	} {
		lines := feedbackLines(ko, exam.FeedbackScreen{Index: 0, Total: 5, Question: q, Chosen: tc.chosen, Right: tc.right}, tc.full, 80, 24)
		if !tc.full && len(lines) > 21 {
			t.Errorf("%s: %d lines, want at most 21 (24 less the menu)", tc.name, len(lines))
		}
		text := strings.Join(lines, "\n")
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: screen lacks %q:\n%s", tc.name, w, text)
			}
		}
		for _, w := range []string{"Right", "Wrong", "You chose", "Answer ", "Enter next", "This answers another question", "original answer"} {
			if strings.Contains(text, w) {
				t.Errorf("%s: English %q on the Korean screen:\n%s", tc.name, w, text)
			}
		}
		// The bank's text and the why-wrong lines are not the layout's:
		// only widths are checked on those.
		for _, l := range lines {
			if display.Width(l) > 80 {
				t.Errorf("%s: line wider than 80: %q", tc.name, l)
			}
		}
	}
}

// The review command's screen in Korean: the head, marks and tags, and an
// 80×24 screen whose keys break onto two lines rather than being cut.
func TestReviewScreenKorean(t *testing.T) {
	color.NoColor = true
	a := longAttempt()
	text := strings.Join(reviewBody(ko, a, 0, 100, false), "\n")
	for _, want := range []string{"O 1. 샤드 수를", "<- 정답", "X 2. 샤드 수 줄이기 <- 내 답", "Lambda | troubleshooting | notes.txt:7"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in\n%s", want, text)
		}
	}
	if got := reviewHead(ko, a, 0, 0, 1, 80, false); got[0] != "문제 1/1 | 오답" || got[1] != strings.Repeat("-", 80) {
		t.Errorf("head %q", got)
	}
	a.Questions[0].Status = exam.StatusDisputed
	if got := reviewHead(ko, a, 0, 0, 1, 80, false)[0]; got != "문제 1/1 | 이의 제기: 점수에서 제외" {
		t.Errorf("head of a disputed question %q", got)
	}
	a.Questions[0].Status = ""
	r := &reviewScreen{asker: questionAsker(t, ko, time.Now()), a: a, sel: []int{0}, opts: &reviewOptions{}}
	for step := 0; step < 10; step++ {
		lines := r.screen()
		if len(lines) > 23 {
			t.Fatalf("at line %d: %d lines on a 24-line terminal", r.top, len(lines))
		}
		checkScreen(t, "review", ko, lines[:2], 80)
		checkScreen(t, "review keys", ko, lines[len(lines)-2:], 80)
		checkScreen(t, "review body", en, lines, 80) // widths only
		keys := ansiRx.ReplaceAllString(strings.Join(lines[len(lines)-2:], "\n"), "")
		if !strings.Contains(keys, "q(ㅂ) 끝내기") || !strings.Contains(keys, "행/") {
			t.Errorf("keys %q: want where the screen is and every key", keys)
		}
		r.top += 5
	}
}

// Counts are worded through the catalogue's plural forms, not "1 questions".
func TestScreenPlurals(t *testing.T) {
	for _, tc := range []struct {
		p    *catalog.Printer
		key  string
		args []any
		want string
	}{
		{en, "resume.list", []any{1}, "1 unfinished exam:"},
		{en, "resume.list", []any{2}, "2 unfinished exams:"},
		{en, "review.print.some", []any{1, "missed"}, "the 1 missed question"},
		{en, "review.print.some", []any{3, "missed"}, "the 3 missed questions"},
		{en, "review.list.head", []any{"x", 1}, "Review of attempt x · 1 question"},
		{en, "sit.saved", []any{0, 1}, "Saved 0 of 1 answer. Continue with: awsexam resume"},
		{en, "sit.saved", []any{1, 3}, "Saved 1 of 3 answers. Continue with: awsexam resume"},
		{ko, "resume.list", []any{1}, "끝나지 않은 시험 1개:"},
		{ko, "review.print.some", []any{1, "틀린"}, "틀린 문제 1개"},
		{ko, "sit.saved", []any{1, 3}, "답 3개 중 1개를 저장했습니다. 이어서 하려면: awsexam resume"},
	} {
		if got := tc.p.T(tc.key, tc.args...); got != tc.want {
			t.Errorf("%s %s%v = %q, want %q", tc.p.Lang(), tc.key, tc.args, got, tc.want)
		}
	}
}

// fitKeys breaks between hints, never inside one unless it alone is too
// wide, and cuts in the language's ellipsis.
func TestFitKeys(t *testing.T) {
	got := fitKeys(ko, "aaaa | bbbb | cccc", " | ", 11)
	if strings.Join(got, "/") != "aaaa | bbbb/cccc" {
		t.Errorf("got %q", got)
	}
	if got := fitKeys(ko, "가나다라마바사 | b", " | ", 8); got[0] != "가나..." || got[1] != "b" {
		t.Errorf("got %q", got)
	}
	if got := fitKeys(en, "abcdefghij · b", " · ", 6); got[0] != "abcde…" {
		t.Errorf("got %q", got)
	}
}

// resume's list of unfinished exams and review's plain text (a pipe) in
// both languages.
func TestResumeListAndPrintedReviewBothLanguages(t *testing.T) {
	started := time.Date(2026, 11, 25, 9, 12, 0, 0, time.Local)
	e := &exam.Exam{Questions: make([]exam.Question, 65)}
	s := exam.NewSession(e, exam.ModeMock, 130*time.Minute, started)
	u := store.Unfinished{ID: "20261125-091200-abc123", Session: s}
	if got, want := describeUnfinished(en, u), "20261125-091200-abc123  mock   question 1/65 · 0 answered · 2:10:00 left · started 2026-11-25 09:12"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := describeUnfinished(ko, u), "20261125-091200-abc123  mock   문제 1/65 | 0문항 답함 | 남은 시간 2:10:00 | 시작 2026-11-25 09:12"; got != want {
		t.Errorf("ko: %q, want %q", got, want)
	}
	a := longAttempt()
	for p, want := range map[*catalog.Printer][]string{
		en: {"Review of attempt 20261120-090000-c0ffee (drill, ", "): the 1 missed question of 1\n", "Question 1/1 · wrong", "← your answer"},
		ko: {"응시 20261120-090000-c0ffee 검토(drill, ", "):\n전체 1문항 중 틀린 문제 1개\n", "문제 1/1 | 오답", "<- 내 답"},
	} {
		var b strings.Builder
		if err := printReview(p, &b, a, []int{0}, &reviewOptions{wrong: true}); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: printed review lacks %q:\n%s", p.Lang(), w, b.String())
			}
		}
		if p == ko { // the English head line is as long as it always was
			checkScreen(t, "printed review", en, strings.Split(b.String(), "\n"), 80) // widths
		}
	}
}
