package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

// AttemptSummary is one row of `history --format json`.
type AttemptSummary struct {
	ID            string             `json:"id"`
	Mode          string             `json:"mode"`
	Ended         string             `json:"ended"`
	Questions     int                `json:"questions"`
	Correct       int                `json:"correct"`
	Wrong         int                `json:"wrong"`
	Skipped       int                `json:"skipped"`
	ScaledScore   int                `json:"scaled_score"`
	Passed        bool               `json:"passed"`
	WeakestDomain string             `json:"weakest_domain,omitempty"`
	Domains       []exam.DomainScore `json:"domains"`
	// Unscored: every question disputed, nothing scored.
	Unscored bool `json:"unscored,omitempty"`
}

// Summarize makes an attempt's history row.
func Summarize(s exam.Summary) AttemptSummary {
	sc := s.Score
	row := AttemptSummary{ID: s.ID, Mode: s.Mode, Ended: s.Ended.Format("2006-01-02T15:04:05Z07:00"), Questions: sc.Total,
		Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, ScaledScore: sc.Scaled, Passed: sc.Passed, Domains: sc.Domains, Unscored: sc.Unscored}
	if row.Domains == nil {
		row.Domains = []exam.DomainScore{}
	}
	if wd, ok := Weakest(sc); ok {
		row.WeakestDomain = wd.ID
	}
	return row
}

// HistoryJSON writes the attempts (newest first) as a JSON list.
// One row is encoded at a time: years of attempts are never held twice
// in memory. The bytes are those of the whole list encoded at once.
func HistoryJSON(w io.Writer, attempts []exam.Summary) error {
	if len(attempts) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	bw := bufio.NewWriter(w)
	var row bytes.Buffer
	enc := json.NewEncoder(&row)
	enc.SetIndent("  ", "  ")
	enc.SetEscapeHTML(false)
	bw.WriteString("[\n")
	for i, a := range attempts {
		row.Reset()
		if err := enc.Encode(Summarize(a)); err != nil {
			return err
		}
		bw.WriteString("  ")
		bw.Write(bytes.TrimSuffix(row.Bytes(), []byte{'\n'}))
		if i < len(attempts)-1 {
			bw.WriteByte(',')
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

var sparks = []rune("▁▂▃▄▅▆▇█")

// Sparkline draws percentages (0–100) as one character each, · for a
// negative value (not asked).
func Sparkline(values []float64) string { return sparkline(values, '·') }

func sparkline(values []float64, none rune) string {
	var b strings.Builder
	for _, v := range values {
		if v < 0 {
			b.WriteRune(none)
			continue
		}
		k := int(v / 100 * float64(len(sparks)-1))
		b.WriteRune(sparks[min(max(k, 0), len(sparks)-1)])
	}
	return b.String()
}

// domainSeries is domain id's percent in each attempt of recent (given
// newest first), oldest first; -1 where the attempt asked none of it. The
// text trend and the HTML chart both draw it.
func domainSeries(recent []exam.Summary, id string) []float64 {
	values := make([]float64, 0, len(recent))
	for k := len(recent) - 1; k >= 0; k-- {
		v := -1.0
		for _, ds := range recent[k].Score.Domains {
			if ds.ID == id && ds.Total > 0 {
				v = ds.Percent
			}
		}
		values = append(values, v)
	}
	return values
}

// TrendAttempts is how many attempts the domain trend shows.
const TrendAttempts = 12

// TextWidth is the width history and the text report fit: a terminal's 80 columns,
// Hangul counted as two.
const TextWidth = 80

// History writes the attempts newest first, then each domain's trend over
// the last attempts, oldest to newest. Every line fits TextWidth: the
// id (which starts with the attempt's UTC date and time) comes first, the
// weakest domain last, cut to what is left.
func History(w io.Writer, attempts []exam.Summary, st Style) error {
	var b strings.Builder
	if len(attempts) == 0 {
		b.WriteString(st.t("report.history.none") + "\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	rows := make([]AttemptSummary, len(attempts))
	idW, modeW := display.Width(st.t("report.history.id")), display.Width(st.t("report.history.mode"))
	verdictW := max(display.Width(st.t("report.pass")), display.Width(st.t("report.fail")))
	for _, a := range attempts {
		if a.Score.Unscored { // the column widens only for such a row
			verdictW = max(verdictW, display.Width(st.t("report.unscored.short")))
		}
	}
	for k, a := range attempts {
		rows[k] = Summarize(a)
		idW = max(idW, display.Width(a.ID))
		modeW = max(modeW, display.Width(a.Mode))
	}
	cols := []column{col(st.t("report.history.questions"), 3), col(st.t("report.history.wrong"), 3), col(st.t("report.history.skipped"), 3), col(st.t("report.history.score"), 4)}
	// id  mode  figures  verdict  weakest, two spaces apart
	weakW := TextWidth - idW - 2 - modeW - 2 - verdictW - 2
	for _, c := range cols {
		weakW -= 2 + c.w
	}
	if st.korean() {
		weakW-- // a cut name ends in …, two columns wide where ambiguous is wide
	}
	line := func(id, mode string, cells []string, verdict, weak string) {
		l := display.PadRight(id, idW) + "  " + display.PadRight(mode, modeW) + row(cols, cells...) + "  " + display.PadRight(verdict, verdictW)
		if weak != "" {
			l += "  " + weak
		}
		b.WriteString(strings.TrimRight(l, " ") + "\n")
	}
	heads := []string{cols[0].head, cols[1].head, cols[2].head, cols[3].head}
	line(st.t("report.history.id"), st.t("report.history.mode"), heads, "", display.Truncate(st.t("report.history.weakest"), weakW))
	for k, a := range attempts {
		s := rows[k]
		weak := ""
		for _, d := range s.Domains {
			if d.ID == s.WeakestDomain && s.Correct < s.Questions {
				pct := fmt.Sprintf(" %.0f%%", d.Percent)
				weak = display.Truncate(st.domainName(d.ID, d.Name), weakW-display.Width(pct)) + pct
			}
		}
		verdict := display.PadRight(st.t("report.pass"), verdictW)
		paint := st.Good
		switch {
		case s.Unscored:
			verdict, paint = display.PadRight(st.t("report.unscored.short"), verdictW), st.Faint
		case !s.Passed:
			verdict, paint = display.PadRight(st.t("report.fail"), verdictW), st.Bad
		}
		score := strconv.Itoa(s.ScaledScore)
		if s.Unscored {
			score = "-"
		}
		line(a.ID, a.Mode, []string{strconv.Itoa(s.Questions), strconv.Itoa(s.Wrong), strconv.Itoa(s.Skipped), score}, st.apply(paint, verdict), weak)
	}
	n := min(len(attempts), TrendAttempts)
	none := '·'
	if st.korean() {
		none = '.' // · is two columns wide where ambiguous is wide
	}
	fmt.Fprintf(&b, "\n%s\n", st.t("report.history.trend", n))
	recent := attempts[:n]
	first := recent[0].Score
	names := make([]string, len(first.Domains))
	nameW := 0
	for k, d := range first.Domains {
		names[k] = st.domainName(d.ID, d.Name)
		nameW = max(nameW, display.Width(names[k]))
	}
	// "  name  sparkline  100%": the name is cut when the line would not fit.
	// Measured as if the sparkline's blocks were two columns wide, as
	// they are where ambiguous is wide (common in Korean terminals).
	nameW = min(nameW, TextWidth-2-2-2*n-2-4)
	if st.korean() && nameW == TextWidth-2-2-2*n-2-4 {
		nameW-- // and a cut name's … too
	}
	for k, d := range first.Domains {
		values := domainSeries(recent, d.ID)
		last := "-"
		if v := values[len(values)-1]; v >= 0 {
			last = fmt.Sprintf("%.0f%%", v)
		}
		fmt.Fprintf(&b, "  %s  %s  %s\n", display.PadRight(display.Truncate(names[k], nameW), nameW), sparkline(values, none), last)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
