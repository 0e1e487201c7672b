package bank

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeReviews(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    int
		wantErr string // substring of the first problem, with its line
	}{
		{"ok", "schema: 1\nreviews:\n  - card: ab12cd\n    verdict: ok\n    explanation: \"설명\"\n", 1, ""},
		{"no schema", "reviews:\n  - card: ab12cd\n    verdict: wrong\n    answer: x\n", 1, ""},
		{"other schema", "schema: 2\nreviews: []\n", 0, "r.yaml:1: review file schema \"2\""},
		{"unknown verdict", "reviews:\n  - card: ab12cd\n    verdict: meh\n", 0, "r.yaml:2: review of ab12cd: unknown verdict \"meh\""},
		{"no card", "reviews:\n  - verdict: ok\n", 0, "r.yaml:2: review without a card"},
		{"twice", "reviews:\n  - card: a\n    verdict: ok\n  - card: a\n    verdict: ok\n", 1, "r.yaml:4: card a is reviewed twice (first at line 2)"},
		{"unknown key", "reviews:\n  - card: a\n    verdict: ok\n    why: x\n", 0, "r.yaml:4: unknown key \"why\""},
		{"top key", "cards: []\n", 0, "r.yaml:1: unknown key \"cards\""},
		{"not a list", "reviews: x\n", 0, "r.yaml:1: reviews: must be a list"},
		{"bad yaml", "reviews: [\n", 0, "r.yaml:"},
		{"also answers a list", "reviews:\n  - card: a\n    verdict: ok\n    also_answers: [b1, c2]\n", 1, ""},
		{"also answers one id", "reviews:\n  - card: a\n    verdict: ok\n    also_answers: b1\n", 1, ""},
		{"also answers a map", "reviews:\n  - card: a\n    verdict: ok\n    also_answers: {b: 1}\n", 0, "r.yaml:4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, probs := DecodeReviews("r.yaml", []byte(tt.in))
			if len(got) != tt.want {
				t.Errorf("got %d reviews, want %d", len(got), tt.want)
			}
			if tt.wantErr == "" {
				if len(probs) > 0 {
					t.Fatalf("unexpected problems: %v", probs)
				}
				return
			}
			if len(probs) == 0 || !strings.Contains(probs[0].String(), tt.wantErr) {
				t.Fatalf("problems %v, want one containing %q", probs, tt.wantErr)
			}
		})
	}
}

func TestReviewsRoundTrip(t *testing.T) {
	in := []Review{
		{Card: "ab12cd", Source: "notes.txt:3", Verdict: VerdictOK, Explanation: "API Gateway의 stage 설정: \"캐시\"#1"},
		{Card: "ef34ab", Verdict: VerdictOutdated, Explanation: "x", Answer: "aws ecr get-login-password", Note: "2020년부터"},
		{Card: "99", Verdict: VerdictUnclear, Question: "- 시작이 대시인 질문: 값"},
		{Card: "77aa00", Verdict: VerdictOK, Equivalent: "api-version-url"},
		{Card: "88bb11", Verdict: VerdictOK, AlsoAnswers: []string{"77aa00", "ab12cd"}},
	}
	var buf bytes.Buffer
	if err := EncodeReviews(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "schema: 1\n") {
		t.Errorf("schema not first:\n%s", buf.String())
	}
	out, probs := DecodeReviews("r.yaml", buf.Bytes())
	if len(probs) > 0 {
		t.Fatalf("problems: %v\n%s", probs, buf.String())
	}
	for i := range out {
		out[i].Line = 0
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
}

func TestUnaskable(t *testing.T) {
	for _, tt := range []struct {
		r    Review
		want bool
	}{
		{Review{Verdict: VerdictOK}, false},
		{Review{Verdict: VerdictWrong}, true},
		{Review{Verdict: VerdictWrong, Answer: "x"}, false},
		{Review{Verdict: VerdictUnclear}, true},
		{Review{Verdict: VerdictUnclear, Question: "q"}, false},
		{Review{Verdict: VerdictTypo}, false},
	} {
		if got := tt.r.Unaskable(); got != tt.want {
			t.Errorf("%+v: Unaskable = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func FuzzDecodeReviews(f *testing.F) {
	f.Add([]byte("schema: 1\nreviews:\n  - card: a\n    verdict: ok\n"))
	f.Add([]byte("reviews: [{card: a, verdict: wrong, answer: b}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rs, _ := DecodeReviews("f.yaml", data)
		for _, r := range rs {
			if r.Card == "" || !knownVerdict(r.Verdict) {
				t.Fatalf("accepted an invalid review %+v", r)
			}
		}
		var buf bytes.Buffer
		if err := EncodeReviews(&buf, rs); err != nil {
			t.Fatal(err)
		}
		again, probs := DecodeReviews("g.yaml", buf.Bytes())
		if len(probs) > 0 || len(again) != len(rs) {
			t.Fatalf("re-reading what was written: %v (%d vs %d)", probs, len(again), len(rs))
		}
	})
}
