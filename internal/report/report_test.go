package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

func init() { time.Local = time.UTC } // golden files must not depend on the machine's zone

func fixture(t *testing.T) *exam.Attempt {
	t.Helper()
	return fixtureFile(t, "../../testdata/attempt.json")
}

// fixtureFile reads an attempt: testdata/attempt.json is one saved before
// option sources, explanations and statuses; attempt-explained.json a
// drill of the built-in bank with them (a corrected key, a variant, other
// cards' answers, calculation mistakes; right, wrong and skipped).
func fixtureFile(t *testing.T, path string) *exam.Attempt {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var a exam.Attempt
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

// golden compares got with testdata/golden/NAME; UPDATE_GOLDEN=1 rewrites it.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("../../testdata/golden", name)
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run with UPDATE_GOLDEN=1 if the change is intended.\ngot:\n%s", name, got)
	}
}

func TestGoldenReports(t *testing.T) {
	a := fixture(t)
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, a, f, Options{Width: 80}); err != nil {
			t.Fatal(err)
		}
		golden(t, "report."+map[string]string{"text": "txt", "md": "md", "json": "json", "html": "html"}[f], buf.Bytes())
	}
}

func TestGoldenReportsExplained(t *testing.T) {
	a := fixtureFile(t, "../../testdata/attempt-explained.json")
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, a, f, Options{Width: 80}); err != nil {
			t.Fatal(err)
		}
		golden(t, "report-explained."+map[string]string{"text": "txt", "md": "md", "json": "json", "html": "html"}[f], buf.Bytes())
	}
}

// Every report lists each missed question's every option, the key and the
// user's choice marked, each wrong option's why-wrong line, the
// explanation and the notes' original answer where a review corrected it.
func TestReportsExplainMissedQuestions(t *testing.T) {
	a := fixtureFile(t, "../../testdata/attempt-explained.json")
	var corrected *exam.AttemptQuestion
	for k := range a.Questions {
		if a.Questions[k].OriginalAnswer != "" && !a.Questions[k].Right {
			corrected = &a.Questions[k]
		}
	}
	if corrected == nil {
		t.Fatal("the fixture has no missed question with a corrected key")
	}
	for _, f := range []string{"text", "md", "html"} {
		var buf bytes.Buffer
		if err := Render(&buf, a, f, Options{Width: 10000}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if f == "html" {
			out = strings.NewReplacer("&#34;", `"`, "&#39;", "'", "&#43;", "+", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(out)
		}
		for _, q := range Missed(a) {
			for k, o := range q.Options {
				if !strings.Contains(out, oneLine(o)) && !strings.Contains(out, mdEscape(oneLine(o))) {
					t.Errorf("%s: question %d lacks option %q", f, q.Number, o)
				}
				if why := WhyWrong(&q.Question, k); why != "" && !strings.Contains(out, why) && !strings.Contains(out, mdEscape(why)) {
					t.Errorf("%s: question %d lacks why-wrong %q", f, q.Number, why)
				}
			}
			if !strings.Contains(out, q.Explanation) && !strings.Contains(out, mdEscape(q.Explanation)) {
				t.Errorf("%s: question %d lacks its explanation", f, q.Number)
			}
		}
		if !strings.Contains(out, "노트의 원래 답: ") {
			t.Errorf("%s: no original answer shown", f)
		}
		for _, w := range []string{"your answer", "right answer"} {
			if !strings.Contains(out, w) {
				t.Errorf("%s: no option marked %q", f, w)
			}
		}
	}
}

// report --format json carries each question's status, from the attempt,
// or from what was chosen for attempts saved before it; it does not change
// the attempt.
func TestJSONStatus(t *testing.T) {
	for _, tc := range []struct {
		path string
		want []string
	}{
		{"../../testdata/attempt.json", nil},
		{"../../testdata/attempt-explained.json", []string{"right", "wrong", "skipped", "wrong", "wrong"}},
	} {
		a := fixtureFile(t, tc.path)
		var buf bytes.Buffer
		if err := JSON(&buf, a); err != nil {
			t.Fatal(err)
		}
		var got struct {
			Questions []struct {
				Status  string `json:"status"`
				Correct bool   `json:"correct"`
				Chosen  []int  `json:"chosen"`
			} `json:"questions"`
		}
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		for k, q := range got.Questions {
			want := exam.QuestionStatus(&a.Questions[k])
			if tc.want != nil {
				want = tc.want[k]
			}
			if q.Status != want {
				t.Errorf("%s: question %d status %q, want %q", tc.path, k+1, q.Status, want)
			}
		}
		if tc.want == nil && a.Questions[0].Status != "" {
			t.Errorf("%s: JSON wrote a status into the attempt", tc.path)
		}
	}
}

func TestFormatsAgree(t *testing.T) {
	a := fixture(t)
	out := map[string]string{}
	for _, f := range Formats {
		var buf bytes.Buffer
		Render(&buf, a, f, Options{Width: 80})
		out[f] = buf.String()
	}
	for f, want := range map[string][]string{
		"text": {"Score 400/1000  FAIL", "4/12 correct", "Missed questions (8)", "Weakest domain"},
		"md":   {"**Score 400/1000 · FAIL**", "4/12 correct", "## Missed questions (8)", "| Domain | Weight |"},
		"json": {`"scaled_score": 400`, `"correct": 4`, `"total": 12`, `"passed": false`},
		"html": {"400/1000 · FAIL", "4/12 correct", "Missed questions (8)", `<svg id="domain-chart"`, "@media print"},
	} {
		for _, w := range want {
			if !strings.Contains(out[f], w) {
				t.Errorf("%s report lacks %q", f, w)
			}
		}
	}
	if strings.Contains(out["html"], "http://") || strings.Contains(out["html"], "https://") || strings.Contains(out["html"], "<script") {
		t.Error("the HTML report must be self-contained")
	}
}

func TestTextWrapsByDisplayWidth(t *testing.T) {
	a := fixture(t)
	var buf bytes.Buffer
	Text(&buf, a, Options{Width: 80})
	for _, l := range strings.Split(buf.String(), "\n") {
		if w := displayWidth(l); w > 80 {
			t.Errorf("line of %d columns: %q", w, l)
		}
	}
}

func TestJSONDomainsAddUp(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, fixture(t)); err != nil {
		t.Fatal(err)
	}
	var r struct {
		Total, Correct int
		Domains        []exam.DomainScore
	}
	if err := json.Unmarshal(buf.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Total == 0 || len(r.Domains) == 0 {
		t.Fatalf("the report has no questions or no domains (%d, %d): nothing to add up", r.Total, len(r.Domains))
	}
	total, correct := 0, 0
	for _, d := range r.Domains {
		total += d.Total
		correct += d.Correct
	}
	if total != r.Total || correct != r.Correct {
		t.Errorf("domain rows %d/%d, totals %d/%d", correct, total, r.Correct, r.Total)
	}
}

func TestSparkline(t *testing.T) {
	if got := Sparkline([]float64{0, 50, 100, -1}); got != "▁▄█·" {
		t.Errorf("got %q", got)
	}
}

// TestHTMLInChromium opens the page in headless Chromium: it must render
// the chart and ask for nothing over the network.
func TestHTMLInChromium(t *testing.T) {
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium on this machine (.ci/run installs it with apt-get)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	HTML(&buf, fixture(t))
	os.WriteFile(page, buf.Bytes(), 0o644)
	var stdout, stderr bytes.Buffer
	for attempt := 1; ; attempt++ {
		cmd := exec.Command(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+filepath.Join(dir, fmt.Sprint("profile", attempt)), "--enable-logging=stderr", "--v=0",
			"--virtual-time-budget=2000", "--dump-dom", "file://"+page)
		stdout.Reset()
		stderr.Reset()
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		if err == nil {
			break
		}
		// Headless Chromium on a loaded two-core machine (every test
		// package at once) now and then dies of a signal before it
		// renders anything: the browser crashed, the page was never
		// judged. Three tries; a page it rendered is judged below.
		var exit *exec.ExitError
		if attempt < 3 && errors.As(err, &exit) && !exit.Exited() {
			t.Logf("chromium died (%v), try %d of 3", err, attempt+1)
			continue
		}
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	dom := stdout.String()
	for _, want := range []string{`id="domain-chart"`, "<rect", "400/1000 · FAIL"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	for _, bad := range []string{"net::ERR_", "Failed to load resource"} {
		if strings.Contains(stderr.String(), bad) {
			t.Errorf("a request failed: %s", stderr.String())
		}
	}
}

func displayWidth(s string) int { return display.Width(s) }

// TestGoldenTrend: the HTML trend keeps its heading with its chart when
// printed, labels its x-axis with the attempts' dates and draws the pass
// line from the score formula.
func TestGoldenTrend(t *testing.T) {
	var attempts []*exam.Attempt
	var history []exam.Summary
	for k := range 3 {
		a := fixture(t)
		a.ID = fmt.Sprintf("2026112%d-0900", 5-k)
		a.Ended = a.Ended.AddDate(0, 0, -k)
		for i := range a.Questions[:k*3] {
			a.Questions[i].Right = !a.Questions[i].Right
		}
		attempts = append(attempts, a)
		history = append(history, a.Summarize(a.ID+".json"))
	}
	var buf bytes.Buffer
	if err := Render(&buf, attempts[0], "html", Options{History: history}); err != nil {
		t.Fatal(err)
	}
	golden(t, "report-trend.html", buf.Bytes())
	page := buf.String()
	for _, want := range []string{`<section class="chart"><h2>Trend`, ".chart{break-inside:avoid}.chart h2{break-after:avoid}",
		history[2].Ended.Format(">01-02<"), history[0].Ended.Format(">01-02<")} {
		if !strings.Contains(page, want) {
			t.Errorf("trend lacks %q", want)
		}
	}
}

// TestPassLineFromTheFormula: every chart's pass line is the score
// formula's threshold for the attempt's scale, never a fixed 72%.
func TestPassLineFromTheFormula(t *testing.T) {
	for _, pass := range []int{720, 550, 900} {
		a := fixture(t)
		a.PassingScore = pass
		sc := a.Score()
		line := exam.PassPercent(pass, a.ScoreMin, a.ScoreMax)
		if sc.PassPercent != line {
			t.Fatalf("passing %d: Score().PassPercent %v, formula %v", pass, sc.PassPercent, line)
		}
		var buf bytes.Buffer
		if err := HTML(&buf, a, a.Summarize("a.json"), a.Summarize("a.json")); err != nil {
			t.Fatal(err)
		}
		page := buf.String()
		label := fmt.Sprintf(">%.1f%%</text>", line)
		if n := strings.Count(page, label); n != 2 {
			t.Errorf("passing %d: %d pass-line labels %q in the page, want 2 (domain chart and trend)", pass, n, label)
		}
		x := fmt.Sprintf(`<line x1="%d" x2="%d"`, 260+int(math.Round(300*line/100)), 260+int(math.Round(300*line/100)))
		if !strings.Contains(page, x) {
			t.Errorf("passing %d: no pass line at %s", pass, x)
		}
		if y := fmt.Sprintf(`y1="%d"`, 210-int(math.Round(2*line))); !strings.Contains(page, y) {
			t.Errorf("passing %d: no trend pass line at %s", pass, y)
		}
		if strings.Contains(page, ">72%<") {
			t.Errorf("passing %d: a 72%% label", pass)
		}
	}
}

// TestDisputedLeavesTheScore: every format says how many questions were
// disputed, scores without them, and does not list them as missed.
func TestDisputedLeavesTheScore(t *testing.T) {
	a := fixture(t)
	var missedID string
	for _, q := range a.Questions {
		if !q.Right {
			missedID = q.ID
			break
		}
	}
	before := a.Score()
	shown := a.WithDisputes(map[string]bool{missedID: true})
	sc := shown.Score()
	if sc.Total != before.Total-1 || sc.Correct != before.Correct {
		t.Fatalf("score %d/%d, want %d/%d", sc.Correct, sc.Total, before.Correct, before.Total-1)
	}
	for _, q := range Missed(shown) {
		if q.ID == missedID {
			t.Errorf("the disputed question %s is listed as missed", missedID)
		}
	}
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, shown, f, Options{Width: 80}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		want := "1 question disputed, left out of the score"
		if f == "json" {
			want = `"status": "disputed"`
			if !strings.Contains(out, `"disputed": 1`) {
				t.Errorf("json: no \"disputed\": 1 in\n%s", out)
			}
		}
		if !strings.Contains(out, want) {
			t.Errorf("%s: %q not in the report", f, want)
		}
	}
	var buf bytes.Buffer
	if err := Summary(&buf, shown, Style{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "1 question disputed, left out of the score") {
		t.Errorf("the summary does not say a question was disputed:\n%s", buf.String())
	}
}

// TestHistoryJSONRowByRow: the rows written one at a time are the bytes
// of the whole list encoded at once.
func TestHistoryJSONRowByRow(t *testing.T) {
	a := fixture(t)
	for _, n := range []int{0, 1, 3} {
		var sums []exam.Summary
		var rows []AttemptSummary
		for i := range n {
			s := a.Summarize("a.json")
			s.ID = fmt.Sprintf("%s-%d <&>", s.ID, i)
			sums = append(sums, s)
			rows = append(rows, Summarize(s))
		}
		if rows == nil {
			rows = []AttemptSummary{}
		}
		var got, want bytes.Buffer
		if err := HistoryJSON(&got, sums); err != nil {
			t.Fatal(err)
		}
		if err := writeJSON(&want, rows); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d rows:\n got %s\nwant %s", n, got.String(), want.String())
		}
	}
}

// TestSkippedListedAsSkipped: a skipped question loses its point, so
// every format lists it among the missed questions with its key, and
// labels it skipped (JSON: its status), never as an answer.
func TestSkippedListedAsSkipped(t *testing.T) {
	a := fixture(t)
	var skipped *exam.AttemptQuestion
	for i := range a.Questions {
		if exam.QuestionStatus(&a.Questions[i]) == exam.StatusSkipped {
			skipped = &a.Questions[i]
			break
		}
	}
	if skipped == nil {
		t.Fatal("the fixture has no skipped question")
	}
	if !slices.ContainsFunc(Missed(a), func(q exam.AttemptQuestion) bool { return q.ID == skipped.ID }) {
		t.Errorf("skipped question %s not listed as missed", skipped.ID)
	}
	for _, f := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, a, f, Options{Width: 100}); err != nil {
			t.Fatal(err)
		}
		want := "(skipped: not answered)"
		if f == "json" {
			want = `"status": "skipped"`
		}
		if !strings.Contains(buf.String(), want) {
			t.Errorf("%s: %q not in the report", f, want)
		}
	}
}

// TestAllDisputedIsNotAFail: an attempt whose every question is disputed
// has nothing scored: every format, the summary and the history line say
// so in both languages instead of "100/1000 FAIL" on 0 of 0.
func TestAllDisputedIsNotAFail(t *testing.T) {
	a := fixture(t)
	all := map[string]bool{}
	for _, q := range a.Questions {
		all[q.ID] = true
	}
	shown := a.WithDisputes(all)
	if sc := shown.Score(); sc.Total != 0 || !sc.Unscored || sc.Passed {
		t.Fatalf("score %+v: want Total 0, Unscored, not Passed", sc)
	}
	for _, lang := range []catalog.Lang{catalog.English, catalog.Korean} {
		st := words(t, lang)
		want, fail := st.t("report.unscored"), st.t("report.fail")
		for _, f := range Formats {
			var buf bytes.Buffer
			if err := Render(&buf, shown, f, Options{Width: 80, Style: st}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if f == "json" {
				if !strings.Contains(out, `"unscored": true`) {
					t.Errorf("json: no \"unscored\": true in\n%s", out)
				}
				continue
			}
			if !strings.Contains(out, want) || strings.Contains(out, fail) || strings.Contains(out, "100/1000") {
				t.Errorf("%s %s: want %q and neither %q nor 100/1000:\n%s", lang, f, want, fail, out)
			}
		}
		var buf bytes.Buffer
		if err := Summary(&buf, shown, st); err != nil {
			t.Fatal(err)
		}
		if out := buf.String(); !strings.Contains(out, want) || strings.Contains(out, fail) {
			t.Errorf("%s summary: want %q, not %q:\n%s", lang, want, fail, out)
		}
		buf.Reset()
		if err := History(&buf, []exam.Summary{shown.Summarize("x.json")}, st); err != nil {
			t.Fatal(err)
		}
		if out := buf.String(); !strings.Contains(out, st.t("report.unscored.short")) || strings.Contains(out, fail) {
			t.Errorf("%s history: want %q, not %q:\n%s", lang, st.t("report.unscored.short"), fail, out)
		}
	}
}
