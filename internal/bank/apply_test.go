package bank

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
)

// The generated built-in review is what data/dva-c02-review.yaml says: run
// `go generate ./internal/bank` after editing it.
func TestBuiltinReviewUpToDate(t *testing.T) {
	raw, err := os.ReadFile("../../data/dva-c02-review.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := GenerateReviewSource(File{"data/dva-c02-review.yaml", raw})
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("builtinreview_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/bank/builtinreview_gen.go is out of date with data/dva-c02-review.yaml: run `go generate ./internal/bank`")
	}
}

// Every built-in card has a review with an explanation, each review names
// a card of the built-in bank at the line it says, and no review leaves a
// built-in card with nothing to ask.
func TestBuiltinReviewCoversTheNotes(t *testing.T) {
	b, err := Load([]File{{data.NotesFile, data.Notes}}, builtinBlueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	orig := make([]Card, len(b.Cards))
	copy(orig, b.Cards)
	if warns := b.ApplyReviews(BuiltinReview()); len(warns) > 0 {
		t.Fatalf("built-in review of cards the bank lacks: %v", warns)
	}
	bySource := map[string]string{}
	for _, c := range orig {
		bySource[c.ID] = c.Source.String()
	}
	for _, r := range BuiltinReview().Reviews {
		if bySource[r.Card] != r.Source {
			t.Errorf("data/dva-c02-review.yaml:%d: review of %s says source %s, the card is at %s", r.Line, r.Card, r.Source, bySource[r.Card])
		}
	}
	corrected := 0
	for i, c := range b.Cards {
		if c.Explanation == "" {
			t.Errorf("%s: card %s has no explanation", c.Source, c.ID)
		}
		if c.ReviewedAt.File != "data/dva-c02-review.yaml" {
			t.Errorf("%s: card %s has no review", c.Source, c.ID)
		}
		if c.ID != orig[i].ID {
			t.Errorf("%s: id %s changed to %s", c.Source, orig[i].ID, c.ID)
		}
		if c.OriginalAnswer != "" {
			corrected++
			if c.OriginalAnswer != orig[i].Answer() {
				t.Errorf("%s: original answer %q, want the notes' %q", c.Source, c.OriginalAnswer, orig[i].Answer())
			}
		}
	}
	if corrected == 0 {
		t.Error("no built-in card was corrected")
	}
	if len(BuiltinReview().Reviews) != len(b.Cards) {
		t.Errorf("%d reviews for %d cards", len(BuiltinReview().Reviews), len(b.Cards))
	}
	if !bytes.Equal(data.Notes, mustRead(t, "../../data/dva-c02-notes.txt")) {
		t.Error("the embedded notes differ from data/dva-c02-notes.txt")
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestApplyReviews(t *testing.T) {
	notes := "# S\nq one | a one\nq two | a two\nq three | a three\nq four | a four\nq five | a five\n"
	yml := "sections:\n  - name: Y\n    cards:\n      - question: yq\n        answer: ya\n        explanation: own words\n"
	b, err := Load([]File{{"n.txt", []byte(notes)}, {"b.yaml", []byte(yml)}}, builtinBlueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]string{}
	for _, c := range b.Cards {
		id[c.Question] = c.ID
	}
	first := ReviewFile{Name: "r1.yaml", Reviews: []Review{
		{Card: id["q one"], Verdict: VerdictOK, Explanation: "because", Line: 3},
		{Card: id["q two"], Verdict: VerdictWrong, Explanation: "first", Answer: "first fix", Line: 6},
		{Card: "ffffff", Verdict: VerdictOK, Line: 9},
	}}
	second := ReviewFile{Name: "r2.yaml", Reviews: []Review{
		{Card: id["q two"], Verdict: VerdictOutdated, Explanation: "second", Answer: "a two, now", Line: 2},
		{Card: id["q three"], Verdict: VerdictUnclear, Question: "q three, clearer", Line: 5},
		{Card: id["q four"], Verdict: VerdictPartial, Line: 8},
		{Card: id["q five"], Verdict: VerdictTypo, Answer: "a 5", Question: "q 5", Line: 11},
		{Card: id["yq"], Verdict: VerdictOK, AlsoAnswers: []string{id["q one"], "eeeeee"}, Line: 14},
	}}
	warns := b.ApplyReviews(first, second)
	if len(warns) != 2 || warns[0].Source.String() != "r1.yaml:9" || !strings.Contains(warns[0].Text(), "ffffff") ||
		warns[1].Source.String() != "r2.yaml:14" || !strings.Contains(warns[1].Text(), "eeeeee") {
		t.Errorf("warnings %v, want one at r1.yaml:9 naming ffffff and one at r2.yaml:14 naming eeeeee", warns)
	}
	if lint := b.Lint(); !strings.Contains(problemLines(lint), "r1.yaml:9") {
		t.Errorf("Lint lacks the review warning: %v", lint)
	}
	for _, tc := range []struct {
		id, question, answer, original, explanation string
		leftOut                                     bool
	}{
		{id["q one"], "q one", "a one", "", "because", false},
		{id["q two"], "q two", "a two, now", "a two", "second", false},
		{id["q three"], "q three, clearer", "a three", "", "", false},
		{id["q four"], "q four", "a four", "", "", true},
		{id["q five"], "q 5", "a 5", "a five", "", false},
		{id["yq"], "yq", "ya", "", "own words", false},
	} {
		var c *Card
		for i := range b.Cards {
			if b.Cards[i].ID == tc.id {
				c = &b.Cards[i]
			}
		}
		if c == nil {
			t.Fatalf("card %s gone (ids must not change)", tc.id)
		}
		if c.Question != tc.question || c.Answer() != tc.answer || c.OriginalAnswer != tc.original || c.Explanation != tc.explanation || c.LeftOut != tc.leftOut {
			t.Errorf("card %s: got question %q answer %q original %q explanation %q left out %v, want %q %q %q %q %v",
				tc.id, c.Question, c.Answer(), c.OriginalAnswer, c.Explanation, c.LeftOut, tc.question, tc.answer, tc.original, tc.explanation, tc.leftOut)
		}
	}
	for _, c := range b.Cards {
		if c.ID == id["yq"] && !slices.Equal(c.AlsoAnswers, []string{id["q one"], "eeeeee"}) {
			t.Errorf("card yq: AlsoAnswers %v, want the review's", c.AlsoAnswers)
		}
	}
	if got := b.LeftOutCards(); len(got) != 1 || b.Cards[got[0]].ID != id["q four"] {
		t.Errorf("LeftOutCards = %v, want the card of q four", got)
	}
}

// problemLines joins problems one a line, for test messages.
func problemLines(ps []Problem) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.String())
	}
	return strings.Join(s, "\n")
}

func TestParseReviewFileReportsEveryProblem(t *testing.T) {
	raw := "reviews:\n  - card: abc\n    verdict: maybe\n  - verdict: ok\n"
	_, err := ParseReviewFile(File{"r.yaml", []byte(raw)})
	pe, ok := err.(*ProblemsError)
	if !ok {
		t.Fatalf("err = %v, want a *ProblemsError", err)
	}
	got := problemLines(pe.Problems)
	for _, want := range []string{"r.yaml:2: ", "r.yaml:4: "} {
		if !strings.Contains(got, want) {
			t.Errorf("problems %q lack %q", got, want)
		}
	}
}
