package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// Options shape a rendered report.
type Options struct {
	Width int   // text wrapping width (columns)
	Style Style // text colours; zero for plain
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
		return Markdown(w, a)
	case "json":
		return JSON(w, a)
	case "html":
		return HTML(w, a, o.History...)
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
func OptionLines(q *exam.AttemptQuestion) []OptionLine {
	out := make([]OptionLine, len(q.Options))
	for k, o := range q.Options {
		out[k] = OptionLine{Letter: Letter(k), Text: oneLine(o), Key: slices.Contains(q.Answers, k), Chosen: slices.Contains(q.Chosen, k)}
		if !out[k].Key {
			out[k].Why = WhyWrong(&q.Question, k)
		}
	}
	return out
}

// letters names options by letter; none is a skipped question.
func letters(idx []int) string {
	if len(idx) == 0 {
		return "(skipped: not answered)"
	}
	return Letters(idx)
}

// Text is the full report for a terminal or a text file.
func Text(w io.Writer, a *exam.Attempt, o Options) error {
	st := o.Style
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", st.apply(st.Bold, fmt.Sprintf("%s · %s · %s", a.Exam, a.Mode, a.Ended.Local().Format("2006-01-02 15:04"))))
	fmt.Fprintf(&b, "%s\n\n", st.apply(st.Faint, fmt.Sprintf("attempt %s · bank %s · seed %d", a.ID, a.Bank, a.Seed)))
	if err := Summary(&b, a, st); err != nil {
		return err
	}
	secs := Sections(a)
	nameW := len("Section")
	for _, s := range secs {
		nameW = max(nameW, display.Width(s.Name))
	}
	nameW = min(nameW, 40)
	fmt.Fprintf(&b, "\n%s  Questions  Correct  Percent\n", display.PadRight("Section", nameW))
	for _, s := range secs {
		fmt.Fprintf(&b, "%s  %9d  %7d  %6.1f%%\n", display.PadRight(display.Truncate(s.Name, nameW), nameW), s.Total, s.Correct, s.Percent)
	}
	missed := Missed(a)
	fmt.Fprintf(&b, "\n%s\n", st.apply(st.Bold, fmt.Sprintf("Missed questions (%d)", len(missed))))
	for _, q := range missed {
		b.WriteByte('\n')
		mark := ""
		if q.Flagged {
			mark = " ⚑"
		}
		for _, l := range display.WrapHanging(fmt.Sprintf("%d.%s ", q.Number, mark), q.Stem, o.Width) {
			b.WriteString(st.apply(st.Bold, l) + "\n")
		}
		fmt.Fprintf(&b, "   Your answer: %s · Right answer: %s\n", st.apply(st.Bad, letters(q.Chosen)), st.apply(st.Good, Letters(q.Answers)))
		for _, ol := range OptionLines(&q) {
			mark, paint, tag := "   ", func(s string) string { return s }, ""
			switch {
			case ol.Key && ol.Chosen:
				mark, paint, tag = " ✔ ", func(s string) string { return st.apply(st.Good, s) }, " (right answer, your answer)"
			case ol.Key:
				mark, paint, tag = " ✔ ", func(s string) string { return st.apply(st.Good, s) }, " (right answer)"
			case ol.Chosen:
				mark, paint, tag = " ✘ ", func(s string) string { return st.apply(st.Bad, s) }, " (your answer)"
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
		if line := OriginalAnswer(&q.Question); line != "" {
			for _, l := range display.WrapHanging("   ", line, o.Width) {
				b.WriteString(l + "\n")
			}
		}
		if q.Explanation != "" {
			for _, l := range display.WrapHanging("   ", q.Explanation, o.Width) {
				b.WriteString(l + "\n")
			}
		}
		fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, display.Truncate(fmt.Sprintf("   %s · %s · %s", q.Section, q.Domain, q.Source), o.Width)))
	}
	if slow := Slowest(a, 5); len(slow) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.apply(st.Bold, "Slowest questions"))
		for _, q := range slow {
			b.WriteString(display.Truncate(fmt.Sprintf("  %s  %d. %s", Duration(q.Seconds), q.Number, strings.ReplaceAll(q.Stem, "\n", " ")), o.Width) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Markdown is the report for notes: tables as Markdown tables.
func Markdown(w io.Writer, a *exam.Attempt) error {
	sc := a.Score()
	var b strings.Builder
	verdict := "PASS"
	if !sc.Passed {
		verdict = "FAIL"
	}
	fmt.Fprintf(&b, "# %s: %s report\n\n", mdEscape(a.Exam), a.Mode)
	fmt.Fprintf(&b, "**Score %d/%d · %s** (passing score %d; %s)  \n", sc.Scaled, a.ScoreMax, verdict, a.PassingScore, ScaleNote)
	used := Duration(a.UsedSeconds)
	if a.LimitSeconds > 0 {
		used += " of " + Duration(a.LimitSeconds)
	}
	fmt.Fprintf(&b, "%d/%d correct · %s · time %s · %s · attempt %s · seed %d\n\n", sc.Correct, sc.Total, WrongSkipped(sc), used, a.Ended.Local().Format("2006-01-02 15:04"), a.ID, a.Seed)
	if d := DisputedLine(a); d != "" {
		fmt.Fprintf(&b, "%s.\n\n", d)
	}
	b.WriteString("## Domains\n\n| Domain | Weight | Questions | Correct | Percent |\n|---|---:|---:|---:|---:|\n")
	for _, d := range sc.Domains {
		fmt.Fprintf(&b, "| %s | %d%% | %d | %d | %.1f%% |\n", mdEscape(d.Name), d.Weight, d.Total, d.Correct, d.Percent)
	}
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		fmt.Fprintf(&b, "\nWeakest domain: **%s** (%.1f%%)\n", mdEscape(wd.Name), wd.Percent)
	}
	b.WriteString("\n## Sections\n\n| Section | Questions | Correct | Percent |\n|---|---:|---:|---:|\n")
	for _, s := range Sections(a) {
		fmt.Fprintf(&b, "| %s | %d | %d | %.1f%% |\n", mdEscape(s.Name), s.Total, s.Correct, s.Percent)
	}
	missed := Missed(a)
	fmt.Fprintf(&b, "\n## Missed questions (%d)\n", len(missed))
	for _, q := range missed {
		flag := ""
		if q.Flagged {
			flag = " ⚑ flagged"
		}
		fmt.Fprintf(&b, "\n**%d.** %s%s\n\n", q.Number, mdEscape(strings.ReplaceAll(q.Stem, "\n", " ")), flag)
		fmt.Fprintf(&b, "Your answer: %s · Right answer: %s\n\n", letters(q.Chosen), Letters(q.Answers))
		for _, o := range OptionLines(&q) {
			mark := ""
			switch {
			case o.Key && o.Chosen:
				mark = " — ✔ **right answer, your answer**"
			case o.Key:
				mark = " — ✔ **right answer**"
			case o.Chosen:
				mark = " — ✘ *your answer*"
			}
			fmt.Fprintf(&b, "- **%s.** %s%s\n", o.Letter, mdEscape(o.Text), mark)
			if o.Why != "" {
				fmt.Fprintf(&b, "  <br>↳ %s\n", mdEscape(o.Why))
			}
		}
		b.WriteString("\n")
		if line := OriginalAnswer(&q.Question); line != "" {
			fmt.Fprintf(&b, "%s  \n", mdEscape(line))
		}
		if q.Explanation != "" {
			fmt.Fprintf(&b, "Why: %s  \n", mdEscape(oneLine(q.Explanation)))
		}
		fmt.Fprintf(&b, "%s · %s · `%s`\n", mdEscape(q.Section), q.Domain, q.Source)
	}
	if slow := Slowest(a, 5); len(slow) > 0 {
		b.WriteString("\n## Slowest questions\n\n| Time | # | Question |\n|---:|---:|---|\n")
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
}

// JSON writes the attempt with its computed figures.
func JSON(w io.Writer, a *exam.Attempt) error {
	sc := a.Score()
	a = withStatus(a)
	r := reportJSON{Attempt: a, Total: sc.Total, Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, ScaledScore: sc.Scaled, Passed: sc.Passed,
		PassingScore: a.PassingScore, ScaleNote: ScaleNote, Domains: sc.Domains, Sections: Sections(a), Disputed: a.Disputed()}
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
