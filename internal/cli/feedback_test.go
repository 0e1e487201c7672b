package cli

import (
	"strings"
	"testing"

	"github.com/fatih/color"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
)

// The drill's feedback fits 80×24 (with the menu's lines below it) however
// long the stem and the explanation; e's full list shows every option.
func TestFeedbackFits(t *testing.T) {
	color.NoColor = true
	q := feedbackQuestion()
	for _, tc := range []struct {
		name   string
		right  bool
		chosen []int
		full   bool
		want   []string
	}{
		{"wrong", false, []int{1}, false, []string{"✘ Wrong.", "You chose 2.", "This answers another question", "Answer 1.", "노트의 원래 답: 샤드 수 줄이기", "반복자 수명이", "(e: the full explanation)", "e every option explained"}},
		{"right", true, []int{0}, false, []string{"✔ Right.", "Answer 1.", "노트의 원래 답", "반복자 수명이"}},
		{"full", false, []int{1}, true, []string{"2. 샤드 수 줄이기 (your answer)", "1. 샤드 수 늘리기 (answer)", "The key with 배치 크기 in place of 샤드 수", "This answers another question: \"DynamoDB 변경 캡처\"", "e short view"}},
	} {
		lines := feedbackLines(nil, exam.FeedbackScreen{Index: 0, Total: 5, Question: q, Chosen: tc.chosen, Right: tc.right}, tc.full, 80, 24)
		if !tc.full && len(lines) > 21 {
			t.Errorf("%s: %d lines, want at most 21 (24 less the menu)", tc.name, len(lines))
		}
		text := strings.Join(lines, "\n")
		for _, l := range lines {
			if display.Width(l) > 80 {
				t.Errorf("%s: line wider than 80: %q", tc.name, l)
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: screen lacks %q:\n%s", tc.name, w, text)
			}
		}
		if tc.right && strings.Contains(text, "You chose") {
			t.Errorf("%s: a right answer's screen names a pick", tc.name)
		}
	}
}

// feedbackQuestion is a drill question far longer than an 80×24 screen,
// its options' sources of every kind.
func feedbackQuestion() *exam.Question {
	long := strings.Repeat("람다 함수가 Kinesis 스트림을 처리하는데 반복자 수명 지표가 계속 증가한다. ", 5)
	return &exam.Question{
		Stem:           long,
		Options:        []string{"샤드 수 늘리기", "샤드 수 줄이기", "배치 크기 줄이기", "DynamoDB Streams 사용"},
		Answers:        []int{0},
		Explanation:    strings.Repeat("반복자 수명이 늘면 처리가 수집을 따라가지 못한다는 뜻이다. ", 8),
		OriginalAnswer: "샤드 수 줄이기",
		Source:         "data/dva-c02-notes.txt:99",
		Section:        "Kinesis",
		OptionSources: []distractor.OptionSource{
			{Key: true},
			{Card: "abcdef", Source: "data/dva-c02-notes.txt:7", Question: long},
			{Variant: []string{"배치 크기"}, Replaces: []string{"샤드 수"}, Note: "배치 크기는 한 번에 읽는 레코드 수"},
			{Card: "fedcba", Source: "data/dva-c02-notes.txt:9", Question: "DynamoDB 변경 캡처"},
		},
	}
}
