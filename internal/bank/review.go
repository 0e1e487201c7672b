package bank

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:generate go run ../prepare review ../../data/dva-c02-review.yaml builtinreview_gen.go

// ReviewSchema is the version of the review file format; DecodeReviews
// refuses any other, EncodeReviews writes it.
const ReviewSchema = 1

// Verdict is a reviewer's judgement of a card's key.
type Verdict string

const (
	VerdictOK       Verdict = "ok"       // the key is right as written
	VerdictWrong    Verdict = "wrong"    // the key is incorrect
	VerdictOutdated Verdict = "outdated" // right once; AWS has changed
	VerdictPartial  Verdict = "partial"  // defensible but not the best answer
	VerdictUnclear  Verdict = "unclear"  // the question has no one right answer
	VerdictTypo     Verdict = "typo"     // only a misspelling
)

// Verdicts lists every verdict a review file may give, in the order
// messages name them.
var Verdicts = []Verdict{VerdictOK, VerdictWrong, VerdictOutdated, VerdictPartial, VerdictUnclear, VerdictTypo}

// Review is one card's review: an explanation of its key and, where the key
// (or the question) is not right as written, the correction. The notes file
// stays as the user wrote it; reviews live beside it, keyed by card id.
//
// A review whose verdict says the key is not right (wrong, outdated,
// partial) but gives no Answer, or an unclear one with no Question, cannot
// be asked correctly: such a card is left out of exams (a dispute exported
// with `awsexam disputes export` is such a review until someone writes the
// correction).
type Review struct {
	Card        string  `yaml:"card"`
	Source      string  `yaml:"source,omitempty"` // where the card is, for people reading the file
	Verdict     Verdict `yaml:"verdict"`
	Explanation string  `yaml:"explanation,omitempty"`
	Question    string  `yaml:"question,omitempty"` // reworded (unclear) or fixed (typo) question
	Answer      string  `yaml:"answer,omitempty"`   // the corrected key
	Note        string  `yaml:"note,omitempty"`     // one line: what changed and why
	// Equivalent names a group of cards whose answers say the same thing
	// in words no phrase group can match (`v2용 새로운 url 만들어서 배포`,
	// `각 버전에 맞는 다른 URL을 배포`): never offered against each other,
	// as a YAML bank's `equivalent:`.
	Equivalent string `yaml:"equivalent,omitempty"`
	// AlsoAnswers lists cards whose question this card's answer answers
	// too, one way (`여러 접두사로 나눠 병렬 업로드` for `초당 수천개의 PUT
	// 요청을 커버하는 S3 경로는?`, not the other way round): it is never
	// their wrong option, and they stay its.
	AlsoAnswers []string `yaml:"also_answers,omitempty,flow"`
	// Line is where the review starts in its file (0 when not from a file).
	Line int `yaml:"-"`
}

// Unaskable reports whether the review says the card cannot be asked as
// written and gives nothing to ask instead.
func (r *Review) Unaskable() bool {
	switch r.Verdict {
	case VerdictWrong, VerdictOutdated, VerdictPartial:
		return r.Answer == ""
	case VerdictUnclear:
		return r.Question == ""
	}
	return false
}

// DecodeReviews reads a review file:
//
//	schema: 1            # optional; if given, must be 1
//	reviews:
//	  - card: cc28d8     # the card id (awsexam bank explain, generate --format json)
//	    verdict: ok      # ok, wrong, outdated, partial, unclear, typo
//	    explanation: ... # 1-3 sentences: why the key is right
//	    answer: ...      # the corrected key (wrong, outdated, partial, typo)
//	    question: ...    # the reworded question (unclear, typo)
//	    note: ...        # what changed
//	    equivalent: ...  # a group name: cards whose answers say the same thing
//
// Every problem is reported at its FILE:LINE; a card reviewed twice is an
// error at the second review.
func DecodeReviews(file string, data []byte) ([]Review, []Problem) {
	var probs []Problem
	bad := func(line int, key string, args ...any) {
		probs = append(probs, problem(Source{file, line}, key, args...))
	}
	root := yamlRoot(file, data, "bank.review.root", bad)
	if root == nil {
		return nil, probs
	}
	var out []Review
	seen := map[string]int{}
	for _, kv := range pairs(root, bad) {
		switch kv.key.Value {
		case "schema":
			if kv.val.Value != fmt.Sprint(ReviewSchema) {
				bad(kv.val.Line, "bank.review.schema", kv.val.Value, itoa(ReviewSchema))
				return nil, probs
			}
		case "reviews":
			if kv.val.Kind != yaml.SequenceNode {
				bad(kv.val.Line, "bank.review.list")
				continue
			}
			for _, n := range kv.val.Content {
				r, ok := decodeReview(n, bad)
				if !ok {
					continue
				}
				if first, dup := seen[r.Card]; dup {
					bad(r.Line, "bank.review.twice", r.Card, itoa(first))
					continue
				}
				seen[r.Card] = r.Line
				out = append(out, r)
			}
		default:
			bad(kv.key.Line, "bank.review.top_key", kv.key.Value)
		}
	}
	return out, probs
}

func decodeReview(n *yaml.Node, bad func(int, string, ...any)) (Review, bool) {
	r := Review{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		bad(n.Line, "bank.review.mapping")
		return r, false
	}
	nProbs := 0
	count := func(line int, key string, args ...any) {
		nProbs++
		bad(line, key, args...)
	}
	for _, kv := range pairs(n, count) {
		field := map[string]*string{
			"card": &r.Card, "source": &r.Source, "explanation": &r.Explanation,
			"question": &r.Question, "answer": &r.Answer, "note": &r.Note, "equivalent": &r.Equivalent,
		}
		if kv.key.Value == "verdict" {
			r.Verdict = Verdict(scalar(kv.val, "verdict", count))
			continue
		}
		if kv.key.Value == "also_answers" {
			r.AlsoAnswers = cardIDs(kv.val, count)
			continue
		}
		dst, known := field[kv.key.Value]
		if !known {
			count(kv.key.Line, "bank.review.key", kv.key.Value)
			continue
		}
		*dst = CleanText(scalar(kv.val, kv.key.Value, count))
	}
	if r.Card == "" {
		count(n.Line, "bank.review.no_card_id")
	}
	switch {
	case r.Verdict == "":
		count(n.Line, "bank.review.no_verdict", r.Card, verdictList())
	case !knownVerdict(r.Verdict):
		count(n.Line, "bank.review.verdict", r.Card, r.Verdict, verdictList())
	}
	return r, nProbs == 0
}

// cardIDs reads a list of card ids: a YAML sequence (`[1506de, c737af]`)
// or one id.
func cardIDs(n *yaml.Node, bad func(int, string, ...any)) []string {
	items := []*yaml.Node{n}
	if n.Kind == yaml.SequenceNode {
		items = n.Content
	}
	var out []string
	for _, item := range items {
		if id := CleanText(scalar(item, "also_answers", bad)); id != "" {
			out = append(out, id)
		}
	}
	return out
}

func knownVerdict(v Verdict) bool {
	for _, k := range Verdicts {
		if k == v {
			return true
		}
	}
	return false
}

func verdictList() string {
	names := make([]string, len(Verdicts))
	for i, v := range Verdicts {
		names[i] = string(v)
	}
	return strings.Join(names, ", ")
}

// EncodeReviews writes reviews in the format DecodeReviews reads, with the
// schema number first.
func EncodeReviews(w io.Writer, reviews []Review) error {
	doc := struct {
		Schema  int      `yaml:"schema"`
		Reviews []Review `yaml:"reviews"`
	}{ReviewSchema, reviews}
	if doc.Reviews == nil {
		doc.Reviews = []Review{}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding reviews: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("encoding reviews: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}
