package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// Style colours text for a terminal and words it in the interface
// language; the zero Style is plain English. The command line fills it in
// (colour and language are decided there, once).
type Style struct {
	Bold, Faint, Good, Bad func(string) string
	// P words every label and sentence (nil: English).
	P *catalog.Printer
	// Domains names the domains in P's language: a domain of the attempt
	// whose id and English name match one of these is shown by its name
	// in P's language (bank.Domain.NameIn); any other by its saved name.
	Domains []bank.Domain
}

func (s Style) apply(f func(string) string, t string) string {
	if f == nil {
		return t
	}
	return f(t)
}

// t words a message key in the style's language.
func (s Style) t(key string, args ...any) string { return s.P.T(key, args...) }

// korean reports whether the report speaks Korean.
func (s Style) korean() bool { return s.P.Lang() == catalog.Korean }

// domainName is a domain's name in the style's language.
func (s Style) domainName(id, name string) string {
	for _, d := range s.Domains {
		if d.ID == id && d.Name == name {
			return d.NameIn(string(s.P.Lang()))
		}
	}
	return name
}

// mode is an attempt's mode (mock, drill, paper) in the style's language;
// a mode the catalogue does not know as itself.
func (s Style) mode(m string) string {
	if catalog.Has("report.mode." + m) {
		return s.t("report.mode." + m)
	}
	return m
}

// verdict is PASS or FAIL, coloured.
func (s Style) verdict(passed bool) string {
	if passed {
		return s.apply(s.Good, s.t("report.pass"))
	}
	return s.apply(s.Bad, s.t("report.fail"))
}

// Duration formats a duration as h:mm:ss.
func Duration(seconds float64) string {
	d := time.Duration(math.Round(seconds)) * time.Second
	return fmt.Sprintf("%d:%02d:%02d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60)
}

// ScaleNote says what the scaled score is and is not: its formula, with
// the ends of the attempt's scale. It is English, as JSON carries it; the
// reports word it in their language.
func ScaleNote(sc exam.Score) string {
	return scaleNote(Style{}, sc)
}

func scaleNote(st Style, sc exam.Score) string {
	return st.t("report.scale_note", strconv.Itoa(sc.Min), strconv.Itoa(sc.Max-sc.Min))
}

// Bar draws a percentage as a fixed-width bar.
func Bar(percent float64, width int) string {
	full := int(math.Round(percent / 100 * float64(width)))
	full = min(max(full, 0), width)
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}

// Weakest is the domain with the lowest percentage among those asked.
func Weakest(sc exam.Score) (exam.DomainScore, bool) {
	var w exam.DomainScore
	found := false
	for _, d := range sc.Domains {
		if d.Total > 0 && (!found || d.Percent < w.Percent) {
			w, found = d, true
		}
	}
	return w, found
}

// WrongSkipped keeps the two kinds of not correct apart: answered wrong
// (a miss to learn from) and skipped (never answered).
func WrongSkipped(sc exam.Score) string { return wrongSkipped(Style{}, sc) }

func wrongSkipped(st Style, sc exam.Score) string {
	return st.t("report.wrong_skipped", sc.Wrong, sc.Skipped)
}

// used is the time an attempt took, of its limit.
func used(st Style, a *exam.Attempt) string {
	u := Duration(a.UsedSeconds)
	if a.LimitSeconds > 0 {
		u = st.t("report.used_of", u, Duration(a.LimitSeconds))
	}
	return u
}

// Summary writes the headline and the domain table: what every mock,
// drill and grade prints when it ends.
func Summary(w io.Writer, a *exam.Attempt, st Style) error {
	sc := a.Score()
	var b strings.Builder
	if sc.Unscored {
		fmt.Fprintf(&b, "%s\n", st.apply(st.Bold, st.t("report.unscored")))
	} else {
		score := st.t("report.score", strconv.Itoa(sc.Scaled), strconv.Itoa(sc.Max))
		fmt.Fprintf(&b, "%s\n", st.t("report.headline", st.apply(st.Bold, score), st.verdict(sc.Passed), strconv.Itoa(sc.Passing)))
		fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, "("+scaleNote(st, sc)+")"))
	}
	u := used(st, a)
	if a.TimedOut {
		u = st.t("report.timed_out", u)
	}
	fmt.Fprintf(&b, "%s\n", st.t("report.summary.line", sc.Correct, sc.Total, st.mode(a.Mode), u, wrongSkipped(st, sc)))
	if d := disputedLine(st, a); d != "" {
		fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, st.t("report.disputed_hint", d)))
	}
	b.WriteString("\n")
	b.WriteString(DomainTable(sc, st))
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		fmt.Fprintf(&b, "\n%s\n", st.t("report.weakest", st.domainName(wd.ID, wd.Name), wd.Percent))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// column is a right-aligned column of a text table: as wide as its
// heading, or its widest cell.
type column struct {
	head string
	w    int
}

func col(head string, cell int) column { return column{head, max(display.Width(head), cell)} }

// row right-aligns cells under cols, two spaces apart.
func row(cols []column, cells ...string) string {
	var b strings.Builder
	for k, c := range cols {
		b.WriteString("  " + display.PadLeft(cells[k], c.w))
	}
	return b.String()
}

// DomainTable is the per-domain table with bars.
func DomainTable(sc exam.Score, st Style) string {
	var b strings.Builder
	head := st.t("report.col.domain")
	nameW := display.Width(head)
	names := make([]string, len(sc.Domains))
	for k, d := range sc.Domains {
		names[k] = st.domainName(d.ID, d.Name)
		nameW = max(nameW, display.Width(names[k]))
	}
	cols := []column{col(st.t("report.col.weight"), 4), col(st.t("report.col.questions"), 3), col(st.t("report.col.correct"), 3), col(st.t("report.col.percent"), 6)}
	fmt.Fprintf(&b, "%s%s\n", display.PadRight(head, nameW), row(cols, cols[0].head, cols[1].head, cols[2].head, cols[3].head))
	for k, d := range sc.Domains {
		weight := strconv.Itoa(d.Weight) + "%"
		if d.Total == 0 {
			fmt.Fprintf(&b, "%s%s\n", display.PadRight(names[k], nameW), row(cols, weight, "0", "-", "-"))
			continue
		}
		bar := Bar(d.Percent, 8)
		if sc.Passes(d.Correct, d.Total) {
			bar = st.apply(st.Good, bar)
		} else {
			bar = st.apply(st.Bad, bar)
		}
		fmt.Fprintf(&b, "%s%s %s\n", display.PadRight(names[k], nameW), row(cols, weight, strconv.Itoa(d.Total), strconv.Itoa(d.Correct), fmt.Sprintf("%.1f%%", d.Percent)), bar)
	}
	return b.String()
}
