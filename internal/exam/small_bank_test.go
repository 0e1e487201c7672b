package exam

import (
	"errors"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
)

func smallBank(t *testing.T, notes string) (*bank.Bank, *distractor.Generator) {
	t.Helper()
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load([]bank.File{{Name: "small.txt", Data: []byte(notes)}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	return b, distractor.New(b)
}

// TestOneCardBankIsRefused: a card with nothing to offer as a wrong answer
// is not made into a one-option question.
func TestOneCardBankIsRefused(t *testing.T) {
	b, gen := smallBank(t, "### --Lambda\nQ | A\n")
	_, _, err := Assemble(b, gen, Spec{Count: 1, Seed: 1})
	if !errors.Is(err, ErrFewOptions) || !strings.Contains(err.Error(), "small.txt:2: 1 option for") {
		t.Errorf("got %v, want ErrFewOptions at small.txt:2", err)
	}
}

const lambdaOnly = "### --Lambda\nQ1 | A1\nQ2 | A2\nQ3 | A3\nQ4 | A4\nQ5 | A5\nQ6 | A6\n"

// TestUnweightedBank: a bank of one domain cannot be split by the
// weights: a note for generate and drill, a refusal for a mock, and
// --domain security names the domain, not --section.
func TestUnweightedBank(t *testing.T) {
	b, gen := smallBank(t, lambdaOnly)
	_, notes, err := Assemble(b, gen, Spec{Count: 4, Seed: 1})
	if err != nil || len(notes) != 3 || !strings.Contains(notes[0].String(), `0 cards of domain "security", fewer than the 1 of 4`) {
		t.Errorf("got notes %q, %v; want one per short domain", notes, err)
	}
	_, _, err = Assemble(b, gen, Spec{Count: 4, Seed: 1, Weighted: true})
	if !errors.Is(err, ErrUnweighted) || !strings.Contains(err.Error(), `domain "security"`) {
		t.Errorf("weighted: got %v, want ErrUnweighted naming security", err)
	}
	// Fewer cards than asked: the weights of what there is still count.
	if _, _, err := Assemble(b, gen, Spec{Count: 65, Seed: 1, Weighted: true}); !errors.Is(err, ErrUnweighted) || !strings.Contains(err.Error(), "fewer than the 2 of 6") {
		t.Errorf("weighted, 65 of 6 cards: got %v, want ErrUnweighted of 6", err)
	}
	// Choosing the questions yourself is not held to the weights.
	if _, notes, err := Assemble(b, gen, Spec{Count: 4, Seed: 1, Weighted: true, Filter: Filter{Sections: []string{"Lambda"}}}); err != nil || len(notes) != 0 {
		t.Errorf("--section Lambda: got %q, %v", notes, err)
	}
	_, _, err = Assemble(b, gen, Spec{Count: 4, Seed: 1, Filter: Filter{Domains: []string{"security"}}})
	if err == nil || strings.Contains(err.Error(), "--section") || !strings.Contains(err.Error(), "no card of domain security") {
		t.Errorf("--domain security: got %v, want no card of domain security, no --section", err)
	}
}

// A key offered without the note's aside keeps what the aside said: the
// note's whole answer is the explanation where the bank gives none; a key
// offered as written gets none invented.
func TestAsideBecomesExplanation(t *testing.T) {
	b, gen := smallBank(t, `### --S3
새 객체에 기본으로 적용되는 암호화는? | SSE-S3 (2023년 1월부터 기본)
고객이 키를 직접 제공하는 암호화는? | SSE-C
KMS 키로 감사 추적이 되는 암호화는? | SSE-KMS
업로드 전에 앱에서 암호화하려면? | 클라이언트 측 암호화
`)
	e, _, err := Assemble(b, gen, Spec{All: true, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range e.Questions {
		key := q.Options[q.Answers[0]]
		switch {
		case strings.HasPrefix(q.Stem, "새 객체"):
			if key != "SSE-S3" || q.Explanation != "SSE-S3 (2023년 1월부터 기본)" {
				t.Errorf("key %q, explanation %q: want SSE-S3 offered, the whole note as explanation", key, q.Explanation)
			}
		case q.Explanation != "":
			t.Errorf("%q: explanation %q invented for a key offered as written", q.Stem, q.Explanation)
		}
	}
}
