package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// Options shape a rendered report.
type Options struct {
	Width int // text wrapping width (columns)
	// Style colours text (zero: plain) and words every format but JSON
	// in its language (Style.P, Style.Domains).
	Style Style
	// History, newest first, adds the domain trend chart to HTML.
	History []exam.Summary
}

// Formats the report renders.
var Formats = []string{"text", "md", "json", "html"}

// Render writes the full report of an attempt in one format.
func Render(w io.Writer, a *exam.Attempt, format string, o Options) error {
	if o.Width < 40 {
		o.Width = 80
	}
	switch format {
	case "text":
		return Text(w, a, o)
	case "md":
		return markdown(w, a, o.Style)
	case "json":
		return JSON(w, a)
	case "html":
		return htmlReport(w, a, o.Style, o.History)
	}
	return fmt.Errorf("unknown report format %q (want %s)", format, strings.Join(Formats, ", "))
}

// SectionScore is one bank section's share of an attempt.
type SectionScore struct {
	Name    string  `json:"name"`
	Total   int     `json:"total"`
	Correct int     `json:"correct"`
	Percent float64 `json:"percent"`
}

// Sections scores the attempt per bank section, weakest first.
func Sections(a *exam.Attempt) []SectionScore {
	idx := map[string]int{}
	var out []SectionScore
	for _, q := range a.Questions {
		if q.Status == exam.StatusDisputed {
			continue
		}
		k, ok := idx[q.Section]
		if !ok {
			k = len(out)
			idx[q.Section] = k
			out = append(out, SectionScore{Name: q.Section})
		}
		out[k].Total++
		if q.Right {
			out[k].Correct++
		}
	}
	for k := range out {
		out[k].Percent = exam.Percent(out[k].Correct, out[k].Total)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Percent < out[j].Percent })
	return out
}

// Missed returns the questions that lost their point: answered wrong or
// skipped (not answered; both score as wrong, and exam.QuestionStatus
// tells them apart), but not those disputed, which are left out of the
// score. Every format lists them with the key, a skipped one labelled
// skipped; export-missed and drill --weak take only the answered-wrong
// ones (exam.Summary.Wrong).
func Missed(a *exam.Attempt) []exam.AttemptQuestion {
	var out []exam.AttemptQuestion
	for _, q := range a.Questions {
		if !q.Right && q.Status != exam.StatusDisputed {
			out = append(out, q)
		}
	}
	return out
}

// Slowest returns up to n questions by time spent, longest first.
func Slowest(a *exam.Attempt, n int) []exam.AttemptQuestion {
	qs := append([]exam.AttemptQuestion(nil), a.Questions...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Seconds > qs[j].Seconds })
	var out []exam.AttemptQuestion
	for _, q := range qs {
		if len(out) == n || q.Seconds <= 0 {
			break
		}
		out = append(out, q)
	}
	return out
}

// OptionLine is one option of a missed question as reports show it: its
// letter and text, whether it is a key or the user's choice, and why it is
// wrong ("" for a key, or where the attempt has no option sources).
type OptionLine struct {
	Letter, Text, Why string
	Key, Chosen       bool
}

// OptionLines lists every option of q for a report.
func OptionLines(q *exam.AttemptQuestion) []OptionLine { return optionLines(nil, q) }

func optionLines(p *catalog.Printer, q *exam.AttemptQuestion) []OptionLine {
	out := make([]OptionLine, len(q.Options))
	why := WhyWrongAllIn(p, &q.Question)
	for k, o := range q.Options {
		out[k] = OptionLine{Letter: Letter(k), Text: oneLine(o), Key: slices.Contains(q.Answers, k), Chosen: slices.Contains(q.Chosen, k), Why: why[k]}
	}
	return out
}

// letters names options by letter; none is a skipped question.
func letters(st Style, idx []int) string {
	if len(idx) == 0 {
		return st.t("report.not_answered")
	}
	return Letters(idx)
}

// Text is the full report for a terminal or a text file.
func Text(w io.Writer, a *exam.Attempt, o Options) error {
	st := o.Style
	// A cut line ends in …: one column more where ambiguous characters
	// are wide, as Korean terminals often draw them.
	cut := o.Width
	if st.korean() {
		cut--
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", st.apply(st.Bold, st.t("report.text.title", a.Exam, st.mode(a.Mode), a.Ended.Local().Format("2006-01-02 15:04"))))
	fmt.Fprintf(&b, "%s\n\n", st.apply(st.Faint, st.t("report.text.meta", a.ID, a.Bank, strconv.FormatUint(a.Seed, 10))))
	if err := Summary(&b, a, st); err != nil {
		return err
	}
	secs := Sections(a)
	head := st.t("report.col.section")
	nameW := display.Width(head)
	for _, s := range secs {
		nameW = max(nameW, display.Width(s.Name))
	}
	nameW = min(nameW, 40)
	cols := []column{col(st.t("report.col.questions"), 3), col(st.t("report.col.correct"), 3), col(st.t("report.col.percent"), 6)}
	fmt.Fprintf(&b, "\n%s%s\n", display.PadRight(head, nameW), row(cols, cols[0].head, cols[1].head, cols[2].head))
	for _, s := range secs {
		fmt.Fprintf(&b, "%s%s\n", display.PadRight(display.Truncate(s.Name, nameW), nameW), row(cols, strconv.Itoa(s.Total), strconv.Itoa(s.Correct), fmt.Sprintf("%.1f%%", s.Percent)))
	}
	missed := Missed(a)
	fmt.Fprintf(&b, "\n%s\n", st.apply(st.Bold, st.t("report.missed", len(missed))))
	for _, q := range missed {
		b.WriteByte('\n')
		mark := ""
		if q.Flagged {
			mark = st.t("report.flag_mark")
		}
		for _, l := range display.WrapHanging(fmt.Sprintf("%d.%s ", q.Number, mark), q.Stem, o.Width) {
			b.WriteString(st.apply(st.Bold, l) + "\n")
		}
		b.WriteString("   " + st.t("report.answers", st.apply(st.Bad, letters(st, q.Chosen)), st.apply(st.Good, Letters(q.Answers))) + "\n")
		for _, ol := range optionLines(st.P, &q) {
			mark, paint, tag := "   ", func(s string) string { return s }, ""
			good := func(s string) string { return st.apply(st.Good, s) }
			switch {
			case ol.Key && ol.Chosen:
				mark, paint, tag = st.t("report.mark.right"), good, st.t("report.tag.key_chosen")
			case ol.Key:
				mark, paint, tag = st.t("report.mark.right"), good, st.t("report.tag.key")
			case ol.Chosen:
				mark, paint, tag = st.t("report.mark.wrong"), func(s string) string { return st.apply(st.Bad, s) }, st.t("report.tag.chosen")
			}
			for _, l := range display.WrapHanging(mark+ol.Letter+". ", ol.Text+tag, o.Width) {
				b.WriteString(paint(l) + "\n")
			}
			if ol.Why != "" {
				for _, l := range display.WrapHanging("      ", ol.Why, o.Width) {
					b.WriteString(st.apply(st.Faint, l) + "\n")
				}
			}
		}
		if line := OriginalAnswerIn(st.P, &q.Question); line != "" {
			for _, l := range display.WrapHanging("   ", line, o.Width) {
				b.WriteString(l + "\n")
			}
		}
		if q.Explanation != "" {
			for _, l := range display.WrapHanging("   ", q.Explanation, o.Width) {
				b.WriteString(l + "\n")
			}
		}
		fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, display.Truncate(st.t("report.text.source", q.Section, q.Domain, q.Source), cut)))
	}
	if slow := Slowest(a, 5); len(slow) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.apply(st.Bold, st.t("report.slowest")))
		for _, q := range slow {
			b.WriteString(display.Truncate(fmt.Sprintf("  %s  %d. %s", Duration(q.Seconds), q.Number, strings.ReplaceAll(q.Stem, "\n", " ")), cut) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown is the report for notes, in English: tables as Markdown
// tables. Render words it in Options.Style's language.
func Markdown(w io.Writer, a *exam.Attempt) error { return markdown(w, a, Style{}) }

func markdown(w io.Writer, a *exam.Attempt, st Style) error {
	sc := a.Score()
	var b strings.Builder
	verdict := st.t("report.pass")
	if !sc.Passed {
		verdict = st.t("report.fail")
	}
	fmt.Fprintf(&b, "# %s\n\n", st.t("report.md.title", mdEscape(a.Exam), st.mode(a.Mode)))
	if sc.Unscored {
		fmt.Fprintf(&b, "**%s**  \n", st.t("report.unscored"))
	} else {
		fmt.Fprintf(&b, "%s  \n", st.t("report.md.score", strconv.Itoa(sc.Scaled), strconv.Itoa(sc.Max), verdict, strconv.Itoa(sc.Passing), scaleNote(st, sc)))
	}
	fmt.Fprintf(&b, "%s\n\n", st.t("report.md.line", sc.Correct, sc.Total, wrongSkipped(st, sc), used(st, a), a.Ended.Local().Format("2006-01-02 15:04"), a.ID, strconv.FormatUint(a.Seed, 10)))
	if d := disputedLine(st, a); d != "" {
		fmt.Fprintf(&b, "%s.\n\n", d)
	}
	fmt.Fprintf(&b, "## %s\n\n| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n", st.t("report.domains"),
		st.t("report.col.domain"), st.t("report.col.weight"), st.t("report.col.questions"), st.t("report.col.correct"), st.t("report.col.percent"))
	for _, d := range sc.Domains {
		fmt.Fprintf(&b, "| %s | %d%% | %d | %d | %.1f%% |\n", mdEscape(st.domainName(d.ID, d.Name)), d.Weight, d.Total, d.Correct, d.Percent)
	}
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		fmt.Fprintf(&b, "\n%s\n", st.t("report.md.weakest", mdEscape(st.domainName(wd.ID, wd.Name)), wd.Percent))
	}
	fmt.Fprintf(&b, "\n## %s\n\n| %s | %s | %s | %s |\n|---|---:|---:|---:|\n", st.t("report.sections"),
		st.t("report.col.section"), st.t("report.col.questions"), st.t("report.col.correct"), st.t("report.col.percent"))
	for _, s := range Sections(a) {
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f%% |\n", mdEscape(s.Name), s.Total, s.Correct, s.Percent)
	}
	missed := Missed(a)
	fmt.Fprintf(&b, "\n## %s\n", st.t("report.missed", len(missed)))
	for _, q := range missed {
		flag := ""
		if q.Flagged {
			flag = st.t("report.md.flagged")
		}
		fmt.Fprintf(&b, "\n**%d.** %s%s\n\n", q.Number, mdEscape(strings.ReplaceAll(q.Stem, "\n", " ")), flag)
		fmt.Fprintf(&b, "%s\n\n", st.t("report.answers", letters(st, q.Chosen), Letters(q.Answers)))
		for _, o := range optionLines(st.P, &q) {
			mark := ""
			switch {
			case o.Key && o.Chosen:
				mark = st.t("report.md.key_chosen")
			case o.Key:
				mark = st.t("report.md.key")
			case o.Chosen:
				mark = st.t("report.md.chosen")
			}
			fmt.Fprintf(&b, "- **%s.** %s%s\n", o.Letter, mdEscape(o.Text), mark)
			if o.Why != "" {
				fmt.Fprintf(&b, "  <br>↳ %s\n", mdEscape(o.Why))
			}
		}
		b.WriteString("\n")
		if line := OriginalAnswerIn(st.P, &q.Question); line != "" {
			fmt.Fprintf(&b, "%s  \n", mdEscape(line))
		}
		if q.Explanation != "" {
			fmt.Fprintf(&b, "%s  \n", st.t("report.md.why", mdEscape(oneLine(q.Explanation))))
		}
		fmt.Fprintf(&b, "%s\n", st.t("report.md.source", mdEscape(q.Section), q.Domain, q.Source))
	}
	if slow := Slowest(a, 5); len(slow) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n| %s | # | %s |\n|---:|---:|---|\n", st.t("report.slowest"), st.t("report.col.time"), st.t("report.col.question"))
		for _, q := range slow {
			fmt.Fprintf(&b, "| %s | %d | %s |\n", Duration(q.Seconds), q.Number, mdEscape(display.Truncate(strings.ReplaceAll(q.Stem, "\n", " "), 80)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportJSON is the documented `report --format json` shape: the whole
// attempt plus the computed figures.
type reportJSON struct {
	*exam.Attempt
	Total         int                `json:"total"`
	Correct       int                `json:"correct"`
	Wrong         int                `json:"wrong"`
	Skipped       int                `json:"skipped"`
	ScaledScore   int                `json:"scaled_score"`
	Passed        bool               `json:"passed"`
	PassingScore  int                `json:"passing_score"`
	ScaleNote     string             `json:"scale_note"`
	Domains       []exam.DomainScore `json:"domains"`
	Sections      []SectionScore     `json:"sections"`
	WeakestDomain string             `json:"weakest_domain,omitempty"`
	// Disputed counts the questions left out of the score because the
	// user disputed their key (their status is "disputed").
	Disputed int `json:"disputed,omitempty"`
	// Unscored: every question disputed, nothing scored (passed is
	// false and scaled_score the scale's bottom, neither a verdict).
	Unscored bool `json:"unscored,omitempty"`
}

// JSON writes the attempt with its computed figures.
func JSON(w io.Writer, a *exam.Attempt) error {
	sc := a.Score()
	a = withStatus(a)
	r := reportJSON{Attempt: a, Total: sc.Total, Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, ScaledScore: sc.Scaled, Passed: sc.Passed,
		PassingScore: sc.Passing, ScaleNote: ScaleNote(sc), Domains: sc.Domains, Sections: Sections(a), Disputed: a.Disputed(), Unscored: sc.Unscored}
	if wd, ok := Weakest(sc); ok {
		r.WeakestDomain = wd.ID
	}
	return writeJSON(w, r)
}

// withStatus is a with every question's status set: attempts saved before
// the status existed get it from what was chosen. a is not changed.
func withStatus(a *exam.Attempt) *exam.Attempt {
	c := *a
	c.Questions = slices.Clone(a.Questions)
	for k := range c.Questions {
		if c.Questions[k].Status == "" {
			c.Questions[k].Status = exam.QuestionStatus(&c.Questions[k])
		}
	}
	return &c
}

// writeJSON writes v indented, with <, > and & as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
