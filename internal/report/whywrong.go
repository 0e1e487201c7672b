package report

import (
	"slices"
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
)

// OriginalAnswer is the line showing the bank's own answer where a review
// corrected q's key, or "".
func OriginalAnswer(q *exam.Question) string { return OriginalAnswerIn(nil, q) }

// OriginalAnswerIn is OriginalAnswer worded by p (nil: English).
func OriginalAnswerIn(p *catalog.Printer, q *exam.Question) string {
	if q.OriginalAnswer == "" {
		return ""
	}
	return p.T("report.original_answer", oneLine(q.OriginalAnswer))
}

// whyWrongQuestionWidth is the display width a quoted question is cut to.
const whyWrongQuestionWidth = 60

// WhyWrong is the one line saying why option (an index into q.Options) is
// wrong, worded from q.OptionSources: another card's answer names the
// question it answers, a variant what it swapped and how the concepts
// differ, a calculation mistake its mistake, an option the bank's author
// wrote says so. It is "" for the key, an index out of range, or a question
// without sources (attempts saved before they existed).
func WhyWrong(q *exam.Question, option int) string { return WhyWrongIn(nil, q, option) }

// WhyWrongIn is WhyWrong worded by p (nil: English): the sentences are the
// catalogue's report.why.* messages.
func WhyWrongIn(p *catalog.Printer, q *exam.Question, option int) string {
	return WhyWrongEachIn(p, q, []int{option})[0]
}

// WhyWrongAllIn is WhyWrongIn for every option of q, in order ("" for a
// key): a note that explains several variants (a contrast set's, naming
// every member) is told once, under the first option it explains, and the
// others say only what they swapped — on a screen of four options the same
// three-line note three times buried the options.
func WhyWrongAllIn(p *catalog.Printer, q *exam.Question) []string {
	all := make([]int, len(q.Options))
	for k := range all {
		all[k] = k
	}
	return WhyWrongEachIn(p, q, all)
}

// WhyWrongEachIn is WhyWrongIn for the given options of q, in their order,
// a shared note told once, under the first of them it explains (the
// options a learner chose in a multiple-response question, shown alone).
func WhyWrongEachIn(p *catalog.Printer, q *exam.Question, options []int) []string {
	out := make([]string, len(options))
	told := map[string]bool{}
	for n, k := range options {
		if k < 0 || k >= len(q.OptionSources) || k >= len(q.Options) || slices.Contains(q.Answers, k) {
			continue
		}
		s := q.OptionSources[k]
		if note := s.Note; note != "" && len(s.Variant) > 0 && s.Card == "" {
			if told[note] {
				s.Note = ""
			}
			told[note] = true
		}
		out[n] = whyWrong(p, s)
	}
	return out
}

func whyWrong(p *catalog.Printer, s distractor.OptionSource) string {
	switch {
	case s.Key:
		return ""
	case len(s.Variant) > 0 && s.Card != "":
		// Another card's answer varied (a second near-identical pair
		// beside the key and its variant).
		q := display.Truncate(strings.Join(strings.Fields(s.Question), " "), whyWrongQuestionWidth)
		return p.T("report.why.card_variant", q, s.Source, strings.Join(s.Variant, p.T("report.why.sep")), strings.Join(s.Replaces, p.T("report.why.sep")))
	case len(s.Variant) > 0:
		swapped := strings.Join(s.Variant, p.T("report.why.sep"))
		replaced := strings.Join(s.Replaces, p.T("report.why.sep"))
		if s.Note != "" {
			return p.T("report.why.variant_note", swapped, replaced, s.Note)
		}
		return p.T("report.why.variant", swapped, replaced)
	case s.Mistake != "":
		return p.T("report.why.mistake", s.Mistake)
	case s.Written != "" && s.Review != "":
		return p.T("report.why.reviewed_wrong", s.Written, s.Review)
	case s.Written != "":
		return p.T("report.why.written", s.Written)
	case s.Card != "" || s.Source != "":
		q := display.Truncate(strings.Join(strings.Fields(s.Question), " "), whyWrongQuestionWidth)
		switch {
		case s.Pool != "" && q != "":
			return p.T("report.why.pool", q, s.Source)
		case s.Pool != "":
			return p.T("report.why.pool_no_question", s.Source)
		case q != "":
			return p.T("report.why.card", q, s.Source)
		}
		return p.T("report.why.card_no_question", s.Source)
	}
	return ""
}
