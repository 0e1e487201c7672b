package report

import (
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// Style colours text for a terminal; the zero Style is plain. The command
// line fills it in (colour is decided there, once).
type Style struct {
	Bold, Faint, Good, Bad func(string) string
}

func (s Style) apply(f func(string) string, t string) string {
	if f == nil {
		return t
	}
	return f(t)
}

// Duration formats a duration as h:mm:ss.
func Duration(seconds float64) string {
	d := time.Duration(math.Round(seconds)) * time.Second
	return fmt.Sprintf("%d:%02d:%02d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60)
}

// ScaleNote says what the scaled score is and is not.
const ScaleNote = "approximate: 100 + 900 × correct/total; AWS does not publish its scaling"

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
func WrongSkipped(sc exam.Score) string {
	return fmt.Sprintf("%d wrong, %d skipped", sc.Wrong, sc.Skipped)
}

// Summary writes the headline and the domain table: what every mock,
// drill and grade prints when it ends.
func Summary(w io.Writer, a *exam.Attempt, st Style) error {
	sc := a.Score()
	var b strings.Builder
	verdict := st.apply(st.Good, "PASS")
	if !sc.Passed {
		verdict = st.apply(st.Bad, "FAIL")
	}
	fmt.Fprintf(&b, "%s  %s (passing score %d)\n", st.apply(st.Bold, fmt.Sprintf("Score %d/%d", sc.Scaled, a.ScoreMax)), verdict, a.PassingScore)
	fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, "("+ScaleNote+")"))
	used := Duration(a.UsedSeconds)
	if a.LimitSeconds > 0 {
		used += " of " + Duration(a.LimitSeconds)
	}
	if a.TimedOut {
		used += " (time ran out)"
	}
	fmt.Fprintf(&b, "%d/%d correct · %s · time %s · %s\n", sc.Correct, sc.Total, a.Mode, used, WrongSkipped(sc))
	if d := DisputedLine(a); d != "" {
		fmt.Fprintf(&b, "%s\n", st.apply(st.Faint, d+" (awsexam disputes lists them)"))
	}
	b.WriteString("\n")
	b.WriteString(DomainTable(sc, st))
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		fmt.Fprintf(&b, "\nWeakest domain: %s (%.1f%%)\n", wd.Name, wd.Percent)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// DomainTable is the per-domain table with bars.
func DomainTable(sc exam.Score, st Style) string {
	var b strings.Builder
	nameW := len("Domain")
	for _, d := range sc.Domains {
		nameW = max(nameW, display.Width(d.Name))
	}
	fmt.Fprintf(&b, "%s  Weight  Questions  Correct  Percent\n", display.PadRight("Domain", nameW))
	for _, d := range sc.Domains {
		if d.Total == 0 {
			fmt.Fprintf(&b, "%s  %5d%%  %9d  %7s  %7s\n", display.PadRight(d.Name, nameW), d.Weight, 0, "-", "-")
			continue
		}
		bar := Bar(d.Percent, 8)
		if d.Percent >= 72 {
			bar = st.apply(st.Good, bar)
		} else {
			bar = st.apply(st.Bad, bar)
		}
		fmt.Fprintf(&b, "%s  %5d%%  %9d  %7d  %6.1f%% %s\n", display.PadRight(d.Name, nameW), d.Weight, d.Total, d.Correct, d.Percent, bar)
	}
	return b.String()
}
