package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
)

func TestWhyWrong(t *testing.T) {
	long := strings.Repeat("가나다라마바사 ", 12) // 96 columns and more
	q := exam.Question{
		Options: []string{"key", "other", "pool", "variant", "variant no note", "figure", "written", "long", "no question", "old", "decoy", "reviewed"},
		Answers: []int{0},
		OptionSources: []distractor.OptionSource{
			{Key: true, Card: "aaaaaa", Source: "notes.txt:1"},
			{Card: "bbbbbb", Source: "notes.txt:7", Question: "Lambda 동시성 한도"},
			{Card: "cccccc", Source: "notes.txt:9", Question: "S3 버전 관리", Pool: "domain"},
			{Variant: []string{"SQS"}, Replaces: []string{"SNS"}, Note: "SQS는 큐, SNS는 발행/구독"},
			{Variant: []string{"GSI", "Query"}, Replaces: []string{"LSI", "Scan"}},
			{Mistake: "4 KB unit used for 1 KB"},
			{Written: "bank.yaml:12"},
			{Card: "dddddd", Source: "notes.txt:30", Question: long},
			{Card: "eeeeee", Source: "notes.txt:40"},
			{},
			{Card: "ffffff", Source: "notes.txt:50", Question: "SQS 긴 폴링", Variant: []string{"짧은 폴링"}, Replaces: []string{"긴 폴링"}},
			{Written: "notes.txt:60", Review: "review.yaml:9"},
		},
	}
	cut := display.Truncate(strings.TrimSpace(long), 60)
	for _, tc := range []struct {
		option int
		want   string
	}{
		{0, ""},
		{1, `This answers another question: "Lambda 동시성 한도" (notes.txt:7).`},
		{2, `This answers an unrelated question: "S3 버전 관리" (notes.txt:9).`},
		{3, "The key with SQS in place of SNS: SQS는 큐, SNS는 발행/구독"},
		{4, "The key with GSI + Query in place of LSI + Scan."},
		{5, "A calculation mistake: 4 KB unit used for 1 KB."},
		{6, "A wrong answer written by the bank's author (bank.yaml:12)."},
		{7, `This answers another question: "` + cut + `" (notes.txt:30).`},
		{8, "This is the answer of another card (notes.txt:40)."},
		{9, ""},
		{10, `Another question's answer ("SQS 긴 폴링", notes.txt:50) with 짧은 폴링 in place of 긴 폴링.`},
		{11, "The notes' own answer (notes.txt:60), judged wrong by the review (review.yaml:9)."},
		{12, ""},
		{-1, ""},
	} {
		if got := WhyWrong(&q, tc.option); got != tc.want {
			t.Errorf("WhyWrong(option %d) = %q, want %q", tc.option, got, tc.want)
		}
	}
	if w := display.Width(cut); w > 60 || !utf8.ValidString(cut) || !strings.HasSuffix(cut, "…") {
		t.Errorf("cut question %q: width %d, want ≤ 60, valid UTF-8, ending in …", cut, w)
	}
	old := exam.Question{Options: []string{"a", "b"}, Answers: []int{0}}
	if got := WhyWrong(&old, 1); got != "" {
		t.Errorf("WhyWrong without option_sources = %q, want \"\"", got)
	}
}

// A contrast set's note explains each variant made from it; under a
// question's options it is told once, under the first, and the other
// variants say only what they swapped. Another note, or another card's
// answer, is told in full.
func TestWhyWrongAllTellsANoteOnce(t *testing.T) {
	note := "긴 폴링은 기다렸다 응답, 짧은 폴링은 즉시 응답"
	q := exam.Question{
		Options: []string{"short", "key", "dlq", "other note", "card"},
		Answers: []int{1},
		OptionSources: []distractor.OptionSource{
			{Variant: []string{"짧은 폴링"}, Replaces: []string{"긴 폴링"}, Note: note},
			{Key: true, Card: "aaaaaa", Source: "notes.txt:1"},
			{Variant: []string{"DLQ"}, Replaces: []string{"긴 폴링"}, Note: note},
			{Variant: []string{"지연 대기열"}, Replaces: []string{"긴 폴링"}, Note: "메시지 전달을 늦춘다"},
			{Card: "bbbbbb", Source: "notes.txt:7", Question: "SQS 비용"},
		},
	}
	want := []string{
		"The key with 짧은 폴링 in place of 긴 폴링: " + note,
		"",
		"The key with DLQ in place of 긴 폴링.",
		"The key with 지연 대기열 in place of 긴 폴링: 메시지 전달을 늦춘다",
		`This answers another question: "SQS 비용" (notes.txt:7).`,
	}
	got := WhyWrongAllIn(nil, &q)
	if len(got) != len(want) {
		t.Fatalf("WhyWrongAllIn gave %d lines, want %d", len(got), len(want))
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("option %d: %q, want %q", k, got[k], want[k])
		}
	}
	if strings.Count(strings.Join(got, "\n"), note) != 1 {
		t.Errorf("the shared note is told %d times, want once", strings.Count(strings.Join(got, "\n"), note))
	}
}

// The note is told under the first option that explains it, whatever came
// before: a decoy (another card's answer varied, worded without notes)
// tells none; options without sources say nothing; the chosen options
// alone tell a shared note once among themselves.
func TestWhyWrongEachTellsANoteOnceAmongItsOptions(t *testing.T) {
	note := "긴 폴링은 기다렸다 응답, 짧은 폴링은 즉시 응답"
	q := exam.Question{
		Options: []string{"decoy", "key", "short", "dlq", "no source"},
		Answers: []int{1},
		OptionSources: []distractor.OptionSource{
			{Card: "cccccc", Source: "notes.txt:9", Question: "SQS 비용", Variant: []string{"짧은 폴링"}, Replaces: []string{"긴 폴링"}, Note: note},
			{Key: true, Card: "aaaaaa", Source: "notes.txt:1"},
			{Variant: []string{"짧은 폴링"}, Replaces: []string{"긴 폴링"}, Note: note},
			{Variant: []string{"DLQ"}, Replaces: []string{"긴 폴링"}, Note: note},
		},
	}
	all := WhyWrongAllIn(nil, &q)
	if len(all) != 5 || all[1] != "" || all[4] != "" {
		t.Fatalf("WhyWrongAllIn = %q: want five lines, none for the key or the option without a source", all)
	}
	if !strings.Contains(all[2], note) || strings.Contains(all[0], note) || strings.Contains(all[3], note) {
		t.Errorf("the note is told under %q, want under the first variant (option 3) only", all)
	}
	chosen := WhyWrongEachIn(nil, &q, []int{3, 0})
	if len(chosen) != 2 || !strings.Contains(chosen[0], note) || strings.Contains(chosen[1], note) {
		t.Errorf("WhyWrongEachIn(options 4, 1) = %q: want the note under option 4, the one chosen first", chosen)
	}
}
