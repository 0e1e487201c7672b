package report

import (
	"fmt"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
)

// htmlPage is one self-contained page: inline CSS, an inline SVG chart, no
// scripts or fonts fetched, and a print stylesheet for A4.
// The functions that word it (T, optlines, original, letters) are the
// report's language's, set on a clone of the page (htmlFuncs).
var htmlPage = template.Must(template.New("report").Funcs(htmlFuncs(Style{})).Parse(`<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{if .Unscored}}{{T "report.html.title.unscored" .A.Exam .Mode}}{{else}}{{T "report.html.title" .A.Exam .Mode .ScaledS .MaxS}}{{end}}</title>
<style>
body{font-family:system-ui,-apple-system,"Apple SD Gothic Neo","Malgun Gothic","Noto Sans KR",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;line-height:1.5}
h1{font-size:1.4rem;margin-bottom:.2rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
.meta{color:#57606a;font-size:.9rem}
.score{font-size:2rem;font-weight:700}.pass{color:#1a7f37}.fail{color:#cf222e}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e1e4e8}td.n,th.n{text-align:right}
.q{margin:1rem 0;padding:.6rem .8rem;border-left:4px solid #cf222e;background:#fff8f8;break-inside:avoid}
.q .yours{color:#cf222e}.q .right{color:#1a7f37}.q .src{color:#57606a;font-size:.85rem}
.q ol.opts{margin:.4rem 0;padding-left:1.6rem}.q ol.opts li{margin:.15rem 0}.q .why{color:#57606a;font-size:.85rem}.q .expl{margin-top:.3rem}
svg text{font-family:inherit;font-size:12px}
.chart{break-inside:avoid}.chart h2{break-after:avoid}
@media print{@page{size:A4;margin:15mm}body{margin:0;max-width:none;font-size:10.5pt}.q{background:none}a{color:inherit}}
</style>
</head>
<body>
<h1>{{T "report.md.title" .A.Exam .Mode}}</h1>
<p class="meta">{{T "report.html.meta" .Ended .A.ID .A.Bank .SeedS}}</p>
<p>{{if .Unscored}}<span class="score">{{T "report.unscored"}}</span>{{else}}<span class="score {{if .Passed}}pass{{else}}fail{{end}}">{{.Scaled}}/{{.Max}} · {{if .Passed}}{{T "report.pass"}}{{else}}{{T "report.fail"}}{{end}}</span>{{end}}<br>
{{if .Disputed}}{{.Disputed}}.<br>
{{end}}{{T "report.html.line" .Correct .Total .WrongSkipped .PassingS .Used}}<br>
<span class="meta">{{.Note}}</span></p>

<h2>{{T "report.domains"}}</h2>
<svg id="domain-chart" role="img" aria-label="{{T "report.html.chart" .PassLabel}}" width="720" height="{{.ChartHeight}}" viewBox="0 0 720 {{.ChartHeight}}" style="max-width:100%">
{{range $i, $d := .Bars}}<text x="0" y="{{$d.Y}}" dy="14">{{$d.Name}}</text>
<rect x="260" y="{{$d.Y}}" width="{{$d.W}}" height="20" fill="{{$d.Color}}"><title>{{$d.Name}}: {{$d.Label}}</title></rect>
<text x="{{$d.LabelX}}" y="{{$d.Y}}" dy="14">{{$d.Label}}</text>
{{end}}<line x1="{{.PassX}}" x2="{{.PassX}}" y1="0" y2="{{.ChartHeight}}" stroke="#1b1f24" stroke-dasharray="4 3"/>
<text x="{{.PassX}}" y="{{.ChartHeight}}" dx="4" dy="-2">{{.PassLabel}}</text>
</svg>
<table><tr><th>{{T "report.col.domain"}}</th><th class="n">{{T "report.col.weight"}}</th><th class="n">{{T "report.col.questions"}}</th><th class="n">{{T "report.col.correct"}}</th><th class="n">{{T "report.col.percent"}}</th></tr>
{{range .Domains}}<tr><td>{{domain .}}</td><td class="n">{{.Weight}}%</td><td class="n">{{.Total}}</td><td class="n">{{.Correct}}</td><td class="n">{{printf "%.1f" .Percent}}%</td></tr>
{{end}}</table>
{{if .Weakest}}<p>{{T "report.weakest_label"}} <strong>{{.Weakest}}</strong></p>{{end}}

<h2>{{T "report.sections"}}</h2>
<table><tr><th>{{T "report.col.section"}}</th><th class="n">{{T "report.col.questions"}}</th><th class="n">{{T "report.col.correct"}}</th><th class="n">{{T "report.col.percent"}}</th></tr>
{{range .Sections}}<tr><td>{{.Name}}</td><td class="n">{{.Total}}</td><td class="n">{{.Correct}}</td><td class="n">{{printf "%.1f" .Percent}}%</td></tr>
{{end}}</table>

<h2>{{T "report.missed" (len .Missed)}}</h2>
{{range .Missed}}<div class="q"><strong>{{.Number}}.</strong> {{.Stem}}{{if .Flagged}} ⚑{{end}}
<div class="meta">{{T "report.your_answer"}} <span class="yours">{{letters .Chosen}}</span> · {{T "report.right_answer"}} <span class="right">{{keys .Answers}}</span></div>
<ol class="opts" type="A">{{range optlines .}}
<li{{if .Key}} class="right"{{else if .Chosen}} class="yours"{{end}}>{{.Text}}{{if and .Key .Chosen}} <strong>{{T "report.html.key_chosen"}}</strong>{{else if .Key}} <strong>{{T "report.html.key"}}</strong>{{else if .Chosen}} <strong>{{T "report.html.chosen"}}</strong>{{end}}{{if .Why}}<div class="why">{{.Why}}</div>{{end}}</li>{{end}}
</ol>
{{with original .}}<div>{{.}}</div>{{end}}{{if .Explanation}}<div class="expl">{{.Explanation}}</div>{{end}}<div class="src">{{.Section}} · {{.Domain}} · {{.Source}}</div></div>
{{end}}
{{if .Slowest}}<h2>{{T "report.slowest"}}</h2>
<table><tr><th class="n">{{T "report.col.time"}}</th><th class="n">#</th><th>{{T "report.col.question"}}</th></tr>
{{range .Slowest}}<tr><td class="n">{{dur .Seconds}}</td><td class="n">{{.Number}}</td><td>{{.Stem}}</td></tr>
{{end}}</table>{{end}}
{{if .Trend}}<section class="chart"><h2>{{T "report.html.trend" (len .Trend.Labels)}}</h2>
<svg id="trend-chart" role="img" aria-label="{{T "report.html.trend_chart" .Trend.From .Trend.To}}" width="720" height="{{.Trend.Height}}" viewBox="0 0 720 {{.Trend.Height}}" style="max-width:100%">
<line x1="40" x2="700" y1="{{.Trend.PassY}}" y2="{{.Trend.PassY}}" stroke="#1b1f24" stroke-dasharray="4 3"/><text x="0" y="{{.Trend.PassY}}" dy="4">{{.PassLabel}}</text>
<line x1="40" x2="40" y1="10" y2="210" stroke="#999"/><line x1="40" x2="700" y1="210" y2="210" stroke="#999"/>
<text x="0" y="14">100%</text><text x="0" y="214">0%</text>
{{range .Trend.Labels}}<text x="{{.X}}" y="226" text-anchor="middle"><title>{{.Title}}</title>{{.Date}}</text>
{{end}}{{range .Trend.Lines}}<polyline fill="none" stroke="{{.Color}}" stroke-width="2" points="{{.Points}}"><title>{{.Name}}</title></polyline>
{{end}}{{range $i, $l := .Trend.Lines}}<rect x="{{$l.LegendX}}" y="{{$l.LegendY}}" width="12" height="12" fill="{{$l.Color}}"/><text x="{{$l.LegendX}}" y="{{$l.LegendY}}" dx="16" dy="10">{{$l.Name}}</text>
{{end}}</svg></section>{{end}}
<p class="meta">{{T "report.html.footer"}}</p>
</body>
</html>
`))

// htmlBar is one domain's bar on the chart.
type htmlBar struct {
	Name, Label, Color string
	Y, W, LabelX       int
}

// trendLine is one domain's line on the trend chart.
type trendLine struct {
	Name, Color, Points string
	LegendX, LegendY    int
}

// trendLabel is an attempt's date under its point on the x-axis.
type trendLabel struct {
	X           int
	Date, Title string
}

type trendChart struct {
	Labels        []trendLabel
	Lines         []trendLine
	PassY, Height int
	From, To      string
}

var trendColors = []string{"#0969da", "#8250df", "#bf8700", "#1a7f37", "#cf222e", "#57606a"}

// trend charts each domain's percent over attempts (given newest first),
// oldest on the left; a domain not asked in an attempt leaves a gap.
func trend(st Style, history []exam.Summary) *trendChart {
	n := min(len(history), TrendAttempts)
	if n < 2 {
		return nil
	}
	recent := history[:n]
	newest := recent[0].Score
	// The pass line is the newest attempt's, from its blueprint's scale.
	t := &trendChart{PassY: 210 - int(math.Round(2*newest.PassPercent))}
	x := func(k int) int { return 40 + 660*(n-1-k)/(n-1) }
	// The x-axis: each attempt's date (month-day; the year in the title
	// and the chart's label).
	for k := n - 1; k >= 0; k-- {
		ended := recent[k].Ended.Local()
		t.Labels = append(t.Labels, trendLabel{X: x(k), Date: ended.Format(st.t("report.date.axis")), Title: ended.Format(st.t("report.date.long")) + " · " + recent[k].ID})
	}
	day := st.t("report.date.day")
	t.From, t.To = recent[n-1].Ended.Local().Format(day), recent[0].Ended.Local().Format(day)
	for di, d := range newest.Domains {
		var pts []string
		for j, v := range domainSeries(recent, d.ID) {
			if v >= 0 {
				pts = append(pts, fmt.Sprintf("%d,%d", x(n-1-j), 210-int(v*2)))
			}
		}
		t.Lines = append(t.Lines, trendLine{Name: st.domainName(d.ID, d.Name), Color: trendColors[di%len(trendColors)], Points: strings.Join(pts, " "), LegendX: 40 + 330*(di%2), LegendY: 246 + 20*(di/2)})
	}
	t.Height = 246 + 20*((len(t.Lines)+1)/2) + 4
	return t
}

// htmlFuncs are the page's functions, worded in st's language.
func htmlFuncs(st Style) template.FuncMap {
	return template.FuncMap{
		"T":        st.t,
		"optlines": func(q exam.AttemptQuestion) []OptionLine { return optionLines(st.P, &q) },
		"original": func(q exam.AttemptQuestion) string { return OriginalAnswerIn(st.P, &q.Question) },
		"letters":  func(idx []int) string { return letters(st, idx) },
		"keys":     Letters,
		"dur":      Duration,
		"domain":   func(d exam.DomainScore) string { return st.domainName(d.ID, d.Name) },
	}
}

// HTML writes one self-contained page with an SVG bar chart of the domains
// against the pass line (the score formula's threshold) and a print stylesheet for A4. Given the attempt
// history (newest first), it adds a line chart of each domain's trend. It
// is worded in English; Render words it in Options.Style's language.
func HTML(w io.Writer, a *exam.Attempt, history ...exam.Summary) error {
	return htmlReport(w, a, Style{}, history)
}

func htmlReport(w io.Writer, a *exam.Attempt, st Style, history []exam.Summary) error {
	sc := a.Score()
	const left, span = 260, 300
	data := struct {
		A                                   *exam.Attempt
		Scaled, Correct, Total, ChartHeight int
		Max, Passing, Wrong, Skipped        int
		Passed, Unscored                    bool
		Note, Weakest, Disputed, PassLabel  string
		Mode, Ended, SeedS                  string
		ScaledS, MaxS, PassingS             string
		WrongSkipped, Used                  string
		Domains                             []exam.DomainScore
		Sections                            []SectionScore
		Missed, Slowest                     []exam.AttemptQuestion
		Bars                                []htmlBar
		PassX                               int
		Trend                               *trendChart
	}{Trend: trend(st, history), A: a, Scaled: sc.Scaled, Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, Total: sc.Total, Passed: sc.Passed, Unscored: sc.Unscored, Note: scaleNote(st, sc),
		Max: sc.Max, Passing: sc.Passing, PassLabel: fmt.Sprintf("%.1f%%", sc.PassPercent),
		Domains: sc.Domains, Sections: Sections(a), Missed: Missed(a), Slowest: Slowest(a, 5),
		PassX: left + int(math.Round(span*sc.PassPercent/100)), Disputed: disputedLine(st, a),
		Mode: st.mode(a.Mode), Ended: a.Ended.Local().Format(st.t("report.date.long")), SeedS: strconv.FormatUint(a.Seed, 10),
		ScaledS: strconv.Itoa(sc.Scaled), MaxS: strconv.Itoa(sc.Max), PassingS: strconv.Itoa(sc.Passing),
		WrongSkipped: wrongSkipped(st, sc), Used: used(st, a)}
	for i, d := range sc.Domains {
		bw := int(d.Percent * span / 100)
		col := "#cf222e"
		if sc.Passes(d.Correct, d.Total) {
			col = "#1a7f37"
		}
		label := fmt.Sprintf("%.1f%% (%d/%d)", d.Percent, d.Correct, d.Total)
		if d.Total == 0 {
			label = st.t("report.not_asked")
		}
		data.Bars = append(data.Bars, htmlBar{Name: st.domainName(d.ID, d.Name), Label: label, Color: col, Y: 10 + 30*i, W: bw, LabelX: left + bw + 6})
	}
	data.ChartHeight = 20 + 30*len(sc.Domains)
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		data.Weakest = fmt.Sprintf("%s (%.1f%%)", st.domainName(wd.ID, wd.Name), wd.Percent)
	}
	page, err := htmlPage.Clone()
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := page.Funcs(htmlFuncs(st)).Execute(&b, data); err != nil {
		return err
	}
	_, err = io.WriteString(w, b.String())
	return err
}
