// Package report renders exams and finished attempts: paper exams in
// Markdown, and score reports as text, Markdown, JSON and HTML. It decides
// nothing; every figure comes from the exam and its result.
package report

import (
	"fmt"
	"io"
	"strings"

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

var chooseWords = []string{"", "one", "two", "three", "four", "five"}

// ChooseLine is the real exam's instruction for multiple response.
func ChooseLine(n int) string {
	if n < len(chooseWords) {
		return fmt.Sprintf("Choose %s.", chooseWords[n])
	}
	return fmt.Sprintf("Choose %d.", n)
}

// mdEscape keeps bank text literal in Markdown.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "|", `\|`, "#", `\#`)
	return r.Replace(s)
}

// PaperExam writes a printable exam in Markdown: numbered questions, options
// A–D (more for multiple response), "Choose two" where it applies, and, with
// answerKey, the key on a page of its own at the end.
func PaperExam(w io.Writer, e *exam.Exam, title string, answerKey bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: practice exam\n\n", mdEscape(title))
	fmt.Fprintf(&b, "%d questions · seed %d · bank: %s · made by awsexam\n\n", len(e.Questions), e.Seed, mdEscape(e.Bank))
	b.WriteString("Name: ______________________  Date: ____________  Score: ______ / ")
	fmt.Fprintf(&b, "%d\n\n", len(e.Questions))
	b.WriteString("Mark one answer per question unless it says to choose more. ")
	b.WriteString("Grade your sheet with `awsexam grade --exam EXAM.json --answers SHEET.txt`.\n\n---\n")
	for _, q := range e.Questions {
		lines := strings.Split(q.Stem, "\n")
		fmt.Fprintf(&b, "\n**%d.** %s", q.Number, mdEscape(lines[0]))
		for _, l := range lines[1:] {
			fmt.Fprintf(&b, "  \n%s", mdEscape(l))
		}
		b.WriteString("\n\n")
		if q.Choose > 1 {
			fmt.Fprintf(&b, "*(%s)*\n\n", ChooseLine(q.Choose))
		}
		for k, o := range q.Options {
			fmt.Fprintf(&b, "- **%s.** %s\n", Letter(k), mdEscape(strings.ReplaceAll(o, "\n", " ")))
		}
	}
	if answerKey {
		b.WriteString("\n<div style=\"page-break-before: always\"></div>\n\n## Answer key\n\n")
		b.WriteString("| # | Answer | Domain | Section | Source |\n|---:|:---:|---|---|---|\n")
		for _, q := range e.Questions {
			fmt.Fprintf(&b, "| %d | %s | %s | %s | %s |\n", q.Number, Letters(q.Answers), q.Domain, mdEscape(q.Section), mdEscape(q.Source))
		}
		paperExplanations(&b, e)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// paperExplanations writes, under the answer key, why each key is right
// and the notes' own answer where a review corrected it.
func paperExplanations(b *strings.Builder, e *exam.Exam) {
	any := false
	for _, q := range e.Questions {
		any = any || q.Explanation != "" || q.OriginalAnswer != ""
	}
	if !any {
		return
	}
	b.WriteString("\n### Explanations\n")
	for _, q := range e.Questions {
		if q.Explanation == "" && q.OriginalAnswer == "" {
			continue
		}
		fmt.Fprintf(b, "\n**%d. %s.** %s", q.Number, Letters(q.Answers), mdEscape(oneLine(q.Explanation)))
		if q.OriginalAnswer != "" {
			b.WriteString("  \n" + mdEscape(OriginalAnswer(&q)))
		}
		b.WriteString("\n")
	}
}

// oneLine puts text on one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
