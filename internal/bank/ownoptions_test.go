package bank

import (
	"slices"
	"strings"
	"testing"
)

func TestSplitOwnOptions(t *testing.T) {
	for _, tc := range []struct {
		question, answer string
		stem, key        string
		wrong            []string
		why              string
	}{
		{"다음 중 SQS에 대한 틀린 설명은? A) 보존 기간 최대 14일 B) DelaySeconds 최대 900초 C) 가시성 제한 시간 최대 24시간", "C (가시성 제한 시간 최대 12시간)",
			"다음 중 SQS에 대한 틀린 설명은?", "가시성 제한 시간 최대 24시간", []string{"보존 기간 최대 14일", "DelaySeconds 최대 900초"}, "가시성 제한 시간 최대 12시간"},
		{"올바른 짝은? A) 429 — 스로틀링 B) 502 — 거부 C) 403 — 제한 시간 D) 504 — 권한", "A",
			"올바른 짝은?", "429 — 스로틀링", []string{"502 — 거부", "403 — 제한 시간", "504 — 권한"}, ""},
		{"기본 일관성은? (A) 강력 (B) 최종적 (C) 없음", "(B): 읽기는 최종적", "기본 일관성은?", "최종적", []string{"강력", "없음"}, "읽기는 최종적"},
		{"어느 것? A. SQS B. SNS C. Kinesis", "B.", "어느 것?", "SNS", []string{"SQS", "Kinesis"}, ""},
		// Not an item with its own options: left as written.
		{"다음 중 맞는 것? A) SQS B) SNS", "A", "", "", nil, ""},                 // two options: maybe a pair, not a list
		{"다음 중 맞는 것? A) SQS B) SNS C) MQ", "API Gateway", "", "", nil, ""}, // not a letter
		{"다음 중 맞는 것? A) SQS B) SNS C) MQ", "D", "", "", nil, ""},           // no such option
		{"A) SQS B) SNS C) MQ", "A", "", "", nil, ""},                      // no question before them
		{"다음 중 맞는 것? A) SQS C) SNS D) MQ", "A", "", "", nil, ""},           // letters out of order
		{"Plan A) and B) are wrong", "A", "", "", nil, ""},
		{"다음 중 맞는 것? A) SQS B) SNS C) SNS", "A", "", "", nil, ""}, // two options the same
		{"다음 중 맞는 것? A) SQS B) SQS C) sqs", "A", "", "", nil, ""},
	} {
		c := Card{Question: tc.question, Answers: []string{tc.answer}}
		splitOwnOptions(&c)
		if tc.stem == "" {
			if c.OwnOptions || c.Question != tc.question || c.Answers[0] != tc.answer {
				t.Errorf("%q | %q: changed to %q | %q", tc.question, tc.answer, c.Question, c.Answers)
			}
			continue
		}
		if !c.OwnOptions || c.Question != tc.stem || c.Answers[0] != tc.key || !slices.Equal(c.Distractors, tc.wrong) || c.Explanation != tc.why {
			t.Errorf("%q | %q:\n got %v %q | %q, wrong %q, why %q\nwant %q | %q, wrong %q, why %q",
				tc.question, tc.answer, c.OwnOptions, c.Question, c.Answers, c.Distractors, c.Explanation, tc.stem, tc.key, tc.wrong, tc.why)
		}
	}
}

// FuzzSplitOwnOptions: any line splits into a whole item or stays as it
// was; never an empty question, key or option.
func FuzzSplitOwnOptions(f *testing.F) {
	f.Add("다음 중 틀린 설명은? A) 가 B) 나 C) 다", "C (이유)")
	f.Add("어느 것? (A) x (B) y (C) z", "(B)")
	f.Add("A. B. C.", "A.")
	f.Fuzz(func(t *testing.T, question, answer string) {
		c := Card{Question: question, Answers: []string{answer}}
		splitOwnOptions(&c)
		if !c.OwnOptions {
			if c.Question != question || c.Answers[0] != answer || c.Distractors != nil {
				t.Fatalf("changed without splitting: %q | %q", c.Question, c.Answers)
			}
			return
		}
		if strings.TrimSpace(c.Question) == "" || strings.TrimSpace(c.Answers[0]) == "" || len(c.Distractors) < 2 {
			t.Fatalf("%q | %q split into %q | %q, %q", question, answer, c.Question, c.Answers, c.Distractors)
		}
		for _, d := range c.Distractors {
			if strings.TrimSpace(d) == "" {
				t.Fatalf("empty option from %q", question)
			}
		}
	})
}
