package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
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
}

// Summarize makes an attempt's history row.
func Summarize(s exam.Summary) AttemptSummary {
	sc := s.Score
	row := AttemptSummary{ID: s.ID, Mode: s.Mode, Ended: s.Ended.Format("2006-01-02T15:04:05Z07:00"), Questions: sc.Total,
		Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, ScaledScore: sc.Scaled, Passed: sc.Passed, Domains: sc.Domains}
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

// Sparkline draws percentages (0–100) as one character each.
func Sparkline(values []float64) string {
	var b strings.Builder
	for _, v := range values {
		if v < 0 {
			b.WriteRune('·')
			continue
		}
		k := int(v / 100 * float64(len(sparks)-1))
		b.WriteRune(sparks[min(max(k, 0), len(sparks)-1)])
	}
	return b.String()
}

// TrendAttempts is how many attempts the domain trend shows.
const TrendAttempts = 12

// History writes the attempts newest first, then each domain's trend over
// the last attempts, oldest to newest.
func History(w io.Writer, attempts []exam.Summary, st Style) error {
	var b strings.Builder
	if len(attempts) == 0 {
		b.WriteString("No attempts yet. Start with: awsexam drill (or awsexam mock)\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "%-16s  %-5s  %9s  %5s  %4s  %5s  %-4s  %-22s  %s\n", "Date", "Mode", "Questions", "Wrong", "Skip", "Score", "", "Weakest domain", "ID")
	for _, a := range attempts {
		s := Summarize(a)
		verdict := st.apply(st.Good, "PASS")
		if !s.Passed {
			verdict = st.apply(st.Bad, "FAIL")
		}
		weak := ""
		for _, d := range s.Domains {
			if d.ID == s.WeakestDomain && s.Correct < s.Questions {
				weak = fmt.Sprintf("%s %.0f%%", display.Truncate(d.Name, 17), d.Percent)
			}
		}
		fmt.Fprintf(&b, "%-16s  %-5s  %9d  %5d  %4d  %5d  %s  %s  %s\n", a.Ended.Local().Format("2006-01-02 15:04"), a.Mode, s.Questions, s.Wrong, s.Skipped, s.ScaledScore, verdict,
			display.PadRight(display.Truncate(weak, 22), 22), a.ID)
	}
	n := min(len(attempts), TrendAttempts)
	fmt.Fprintf(&b, "\nDomain trend, last %d attempt%s (oldest → newest, · not asked):\n", n, plural(n))
	recent := attempts[:n]
	first := recent[0].Score
	nameW := 0
	for _, d := range first.Domains {
		nameW = max(nameW, display.Width(d.Name))
	}
	for _, d := range first.Domains {
		var values []float64
		for k := n - 1; k >= 0; k-- {
			v := -1.0
			for _, ds := range recent[k].Score.Domains {
				if ds.ID == d.ID && ds.Total > 0 {
					v = ds.Percent
				}
			}
			values = append(values, v)
		}
		last := "-"
		if v := values[len(values)-1]; v >= 0 {
			last = fmt.Sprintf("%.0f%%", v)
		}
		fmt.Fprintf(&b, "  %s  %s  %s\n", display.PadRight(d.Name, nameW), Sparkline(values), last)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
