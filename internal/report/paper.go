// Package report renders exams and finished attempts: paper exams in
// Markdown, and score reports as text, Markdown, JSON and HTML. It decides
// nothing; every figure comes from the exam and its result.
package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/exam"
)

// Letter is the option letter for a 0-based index: A, B, C ...
func Letter(i int) string { return string(rune('A' + i)) }

// Letters joins the letters of several option indexes: "AC".
func Letters(idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(Letter(i))
	}
	return b.String()
}

// ChooseLine is the real exam's instruction for multiple response, in
// English; see ChooseLineIn.
func ChooseLine(n int) string { return ChooseLineIn(nil, n) }

// ChooseLineIn is ChooseLine in p's language ("Choose two.", "두 개를
// 고르십시오.").
func ChooseLineIn(p *catalog.Printer, n int) string {
	if n >= 1 && n <= 5 {
		return p.T("report.choose." + strconv.Itoa(n))
	}
	return p.T("report.choose.n", n)
}

// mdEscape keeps bank text literal in Markdown.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "|", `\|`, "#", `\#`)
	return r.Replace(s)
}

// PaperExam writes a printable exam in Markdown: numbered questions, options
// A–D (more for multiple response), "Choose two" where it applies, and, with
// answerKey, the key on a page of its own at the end. It is worded in
// English; see PaperExamIn.
func PaperExam(w io.Writer, e *exam.Exam, title string, answerKey bool) error {
	return PaperExamIn(w, e, title, answerKey, nil)
}

// PaperExamIn is PaperExam worded by p (nil: English).
func PaperExamIn(w io.Writer, e *exam.Exam, title string, answerKey bool, p *catalog.Printer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", p.T("report.paper.title", mdEscape(title)))
	fmt.Fprintf(&b, "%s\n\n", p.T("report.paper.meta", p.T("questions.count", len(e.Questions)), strconv.FormatUint(e.Seed, 10), mdEscape(e.Bank)))
	fmt.Fprintf(&b, "%s\n\n", p.T("report.paper.sheet", len(e.Questions)))
	b.WriteString(p.T("report.paper.instructions") + "\n\n---\n")
	for _, q := range e.Questions {
		lines := strings.Split(q.Stem, "\n")
		fmt.Fprintf(&b, "\n**%d.** %s", q.Number, mdEscape(lines[0]))
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "  \n%s", mdEscape(l))
		}
		b.WriteString("\n\n")
		if q.Choose > 1 {
			fmt.Fprintf(&b, "*(%s)*\n\n", ChooseLineIn(p, q.Choose))
		}
		for k, o := range q.Options {
			fmt.Fprintf(&b, "- **%s.** %s\n", Letter(k), mdEscape(strings.ReplaceAll(o, "\n", " ")))
		}
	}
	if answerKey {
		fmt.Fprintf(&b, "\n<div style=\"page-break-before: always\"></div>\n\n## %s\n\n", p.T("report.paper.key"))
		fmt.Fprintf(&b, "| # | %s | %s | %s | %s |\n|---:|:---:|---|---|---|\n", p.T("report.col.answer"), p.T("report.col.domain"), p.T("report.col.section"), p.T("report.col.source"))
		for _, q := range e.Questions {
			fmt.Fprintf(&b, "| %d | %s | %s | %s | %s |\n", q.Number, Letters(q.Answers), q.Domain, mdEscape(q.Section), mdEscape(q.Source))
		}
		paperExplanations(&b, e, p)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// paperExplanations writes, under the answer key, why each key is right
// and the notes' own answer where a review corrected it.
func paperExplanations(b *strings.Builder, e *exam.Exam, p *catalog.Printer) {
	any := false
	for _, q := range e.Questions {
		any = any || q.Explanation != "" || q.OriginalAnswer != ""
	}
	if !any {
		return
	}
	fmt.Fprintf(b, "\n### %s\n", p.T("report.paper.explanations"))
	for _, q := range e.Questions {
		if q.Explanation == "" && q.OriginalAnswer == "" {
			continue
		}
		fmt.Fprintf(b, "\n**%d. %s.** %s", q.Number, Letters(q.Answers), mdEscape(oneLine(q.Explanation)))
		if q.OriginalAnswer != "" {
			b.WriteString("  \n" + mdEscape(OriginalAnswerIn(p, &q)))
		}
		b.WriteString("\n")
	}
}

// oneLine puts text on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
