package report

import (
	"fmt"
	"strings"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
)

// whyWrongText holds every sentence WhyWrong writes, in one place so the
// message catalogue (issue 11) can take them over as they are.
var whyWrongText = struct {
	card, cardNoQuestion  string
	pool, poolNoQuestion  string
	variant, variantNote  string
	mistake, written, sep string
}{
	card:           "This answers another question: \"%s\" (%s).",
	cardNoQuestion: "This is the answer of another card (%s).",
	pool:           "This answers an unrelated question: \"%s\" (%s).",
	poolNoQuestion: "This is the answer of an unrelated card (%s).",
	variant:        "The key with %s in place of %s.",
	variantNote:    "The key with %s in place of %s: %s",
	mistake:        "A calculation mistake: %s.",
	written:        "A wrong answer written by the bank's author (%s).",
	sep:            " + ",
}

// originalAnswerText shows the bank's own answer where a review corrected
// the key.
const originalAnswerText = "노트의 원래 답: %s"

// OriginalAnswer is the line showing the bank's own answer where a review
// corrected q's key, or "".
func OriginalAnswer(q *exam.Question) string {
	if q.OriginalAnswer == "" {
		return ""
	}
	return fmt.Sprintf(originalAnswerText, oneLine(q.OriginalAnswer))
}

// whyWrongQuestionWidth is the display width a quoted question is cut to.
const whyWrongQuestionWidth = 60

// WhyWrong is the one line saying why option (an index into q.Options) is
// wrong, worded from q.OptionSources: another card's answer names the
// question it answers, a variant what it swapped and how the concepts
// differ, a calculation mistake its mistake, an option the bank's author
// wrote says so. It is "" for the key, an index out of range, or a question
// without sources (attempts saved before they existed).
func WhyWrong(q *exam.Question, option int) string {
	if option < 0 || option >= len(q.OptionSources) || option >= len(q.Options) {
		return ""
	}
	for _, a := range q.Answers {
		if a == option {
			return ""
		}
	}
	return whyWrong(q.OptionSources[option])
}

func whyWrong(s distractor.OptionSource) string {
	t := &whyWrongText
	switch {
	case s.Key:
		return ""
	case len(s.Variant) > 0:
		swapped := strings.Join(s.Variant, t.sep)
		replaced := strings.Join(s.Replaces, t.sep)
		if s.Note != "" {
			return fmt.Sprintf(t.variantNote, swapped, replaced, s.Note)
		}
		return fmt.Sprintf(t.variant, swapped, replaced)
	case s.Mistake != "":
		return fmt.Sprintf(t.mistake, s.Mistake)
	case s.Written != "":
		return fmt.Sprintf(t.written, s.Written)
	case s.Card != "" || s.Source != "":
		q := display.Truncate(strings.Join(strings.Fields(s.Question), " "), whyWrongQuestionWidth)
		switch {
		case s.Pool != "" && q != "":
			return fmt.Sprintf(t.pool, q, s.Source)
		case s.Pool != "":
			return fmt.Sprintf(t.poolNoQuestion, s.Source)
		case q != "":
			return fmt.Sprintf(t.card, q, s.Source)
		}
		return fmt.Sprintf(t.cardNoQuestion, s.Source)
	}
	return ""
}
