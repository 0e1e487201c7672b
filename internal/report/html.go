package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
)

// htmlPage is one self-contained page: inline CSS, an inline SVG chart, no
// scripts or fonts fetched, and a print stylesheet for A4.
var htmlPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"optlines": func(q exam.AttemptQuestion) []OptionLine { return OptionLines(&q) },
	"original": func(q exam.AttemptQuestion) string { return OriginalAnswer(&q.Question) },
	"letters":  letters,
	"keys":     Letters,
	"dur":      Duration,
}).Parse(`<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.A.Exam}} · {{.A.Mode}} report · {{.Scaled}}/{{.A.ScoreMax}}</title>
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
@media print{@page{size:A4;margin:15mm}body{margin:0;max-width:none;font-size:10.5pt}.q{background:none}a{color:inherit}}
</style>
</head>
<body>
<h1>{{.A.Exam}}: {{.A.Mode}} report</h1>
<p class="meta">{{.A.Ended.Local.Format "2006-01-02 15:04"}} · attempt {{.A.ID}} · bank {{.A.Bank}} · seed {{.A.Seed}}</p>
<p><span class="score {{if .Passed}}pass{{else}}fail{{end}}">{{.Scaled}}/{{.A.ScoreMax}} · {{if .Passed}}PASS{{else}}FAIL{{end}}</span><br>
{{if .Disputed}}{{.Disputed}}.<br>
{{end}}{{.Correct}}/{{.Total}} correct · {{.Wrong}} wrong, {{.Skipped}} skipped · passing score {{.A.PassingScore}} · time {{dur .A.UsedSeconds}}{{if gt .A.LimitSeconds 0.0}} of {{dur .A.LimitSeconds}}{{end}}<br>
<span class="meta">{{.Note}}</span></p>

<h2>Domains</h2>
<svg id="domain-chart" role="img" aria-label="Percent correct per domain against the 72% passing line" width="720" height="{{.ChartHeight}}" viewBox="0 0 720 {{.ChartHeight}}" style="max-width:100%">
{{range $i, $d := .Bars}}<text x="0" y="{{$d.Y}}" dy="14">{{$d.Name}}</text>
<rect x="260" y="{{$d.Y}}" width="{{$d.W}}" height="20" fill="{{$d.Color}}"><title>{{$d.Name}}: {{$d.Label}}</title></rect>
<text x="{{$d.LabelX}}" y="{{$d.Y}}" dy="14">{{$d.Label}}</text>
{{end}}<line x1="{{.PassX}}" x2="{{.PassX}}" y1="0" y2="{{.ChartHeight}}" stroke="#1b1f24" stroke-dasharray="4 3"/>
<text x="{{.PassX}}" y="{{.ChartHeight}}" dx="4" dy="-2">72%</text>
</svg>
<table><tr><th>Domain</th><th class="n">Weight</th><th class="n">Questions</th><th class="n">Correct</th><th class="n">Percent</th></tr>
{{range .Domains}}<tr><td>{{.Name}}</td><td class="n">{{.Weight}}%</td><td class="n">{{.Total}}</td><td class="n">{{.Correct}}</td><td class="n">{{printf "%.1f" .Percent}}%</td></tr>
{{end}}</table>
{{if .Weakest}}<p>Weakest domain: <strong>{{.Weakest}}</strong></p>{{end}}

<h2>Sections</h2>
<table><tr><th>Section</th><th class="n">Questions</th><th class="n">Correct</th><th class="n">Percent</th></tr>
{{range .Sections}}<tr><td>{{.Name}}</td><td class="n">{{.Total}}</td><td class="n">{{.Correct}}</td><td class="n">{{printf "%.1f" .Percent}}%</td></tr>
{{end}}</table>

<h2>Missed questions ({{len .Missed}})</h2>
{{range .Missed}}<div class="q"><strong>{{.Number}}.</strong> {{.Stem}}{{if .Flagged}} ⚑{{end}}
<div class="meta">Your answer: <span class="yours">{{letters .Chosen}}</span> · Right answer: <span class="right">{{keys .Answers}}</span></div>
<ol class="opts" type="A">{{range optlines .}}
<li{{if .Key}} class="right"{{else if .Chosen}} class="yours"{{end}}>{{.Text}}{{if and .Key .Chosen}} <strong>✔ right answer, your answer</strong>{{else if .Key}} <strong>✔ right answer</strong>{{else if .Chosen}} <strong>✘ your answer</strong>{{end}}{{if .Why}}<div class="why">{{.Why}}</div>{{end}}</li>{{end}}
</ol>
{{with original .}}<div>{{.}}</div>{{end}}{{if .Explanation}}<div class="expl">{{.Explanation}}</div>{{end}}<div class="src">{{.Section}} · {{.Domain}} · {{.Source}}</div></div>
{{end}}
{{if .Slowest}}<h2>Slowest questions</h2>
<table><tr><th class="n">Time</th><th class="n">#</th><th>Question</th></tr>
{{range .Slowest}}<tr><td class="n">{{dur .Seconds}}</td><td class="n">{{.Number}}</td><td>{{.Stem}}</td></tr>
{{end}}</table>{{end}}
{{if .Trend}}<h2>Trend over the last {{len .Trend.Labels}} attempts</h2>
<svg id="trend-chart" role="img" aria-label="Percent correct per domain over the last attempts" width="720" height="270" viewBox="0 0 720 270" style="max-width:100%">
<line x1="40" x2="700" y1="{{.Trend.PassY}}" y2="{{.Trend.PassY}}" stroke="#1b1f24" stroke-dasharray="4 3"/><text x="0" y="{{.Trend.PassY}}" dy="4">72%</text>
<line x1="40" x2="40" y1="10" y2="210" stroke="#999"/><line x1="40" x2="700" y1="210" y2="210" stroke="#999"/>
<text x="0" y="14">100%</text><text x="0" y="214">0%</text>
{{range .Trend.Lines}}<polyline fill="none" stroke="{{.Color}}" stroke-width="2" points="{{.Points}}"><title>{{.Name}}</title></polyline>
{{end}}{{range $i, $l := .Trend.Lines}}<rect x="{{$l.LegendX}}" y="{{$l.LegendY}}" width="12" height="12" fill="{{$l.Color}}"/><text x="{{$l.LegendX}}" y="{{$l.LegendY}}" dx="16" dy="10">{{$l.Name}}</text>
{{end}}</svg>{{end}}
<p class="meta">Made by awsexam. The scaled score is an approximation.</p>
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

type trendChart struct {
	Labels []string
	Lines  []trendLine
	PassY  int
}

var trendColors = []string{"#0969da", "#8250df", "#bf8700", "#1a7f37", "#cf222e", "#57606a"}

// trend charts each domain's percent over attempts (given newest first),
// oldest on the left; a domain not asked in an attempt leaves a gap.
func trend(history []exam.Summary) *trendChart {
	n := min(len(history), TrendAttempts)
	if n < 2 {
		return nil
	}
	recent := history[:n]
	t := &trendChart{PassY: 210 - 200*72/100}
	for k := n - 1; k >= 0; k-- {
		t.Labels = append(t.Labels, recent[k].ID)
	}
	for di, d := range recent[0].Score.Domains {
		var pts []string
		for k := n - 1; k >= 0; k-- {
			for _, ds := range recent[k].Score.Domains {
				if ds.ID == d.ID && ds.Total > 0 {
					x := 40 + 660*(n-1-k)/(n-1)
					pts = append(pts, fmt.Sprintf("%d,%d", x, 210-int(ds.Percent*2)))
				}
			}
		}
		t.Lines = append(t.Lines, trendLine{Name: d.Name, Color: trendColors[di%len(trendColors)], Points: strings.Join(pts, " "), LegendX: 40 + 330*(di%2), LegendY: 226 + 20*(di/2)})
	}
	return t
}

// HTML writes one self-contained page with an SVG bar chart of the domains
// against the 72% line and a print stylesheet for A4. Given the attempt
// history (newest first), it adds a line chart of each domain's trend.
func HTML(w io.Writer, a *exam.Attempt, history ...exam.Summary) error {
	sc := a.Score()
	const left, span = 260, 300
	data := struct {
		A                                   *exam.Attempt
		Scaled, Correct, Total, ChartHeight int
		Wrong, Skipped                      int
		Passed                              bool
		Note, Weakest, Disputed             string
		Domains                             []exam.DomainScore
		Sections                            []SectionScore
		Missed, Slowest                     []exam.AttemptQuestion
		Bars                                []htmlBar
		PassX                               int
		Trend                               *trendChart
	}{Trend: trend(history), A: a, Scaled: sc.Scaled, Correct: sc.Correct, Wrong: sc.Wrong, Skipped: sc.Skipped, Total: sc.Total, Passed: sc.Passed, Note: ScaleNote,
		Domains: sc.Domains, Sections: Sections(a), Missed: Missed(a), Slowest: Slowest(a, 5),
		PassX: left + span*72/100, Disputed: DisputedLine(a)}
	for i, d := range sc.Domains {
		bw := int(d.Percent * span / 100)
		col := "#cf222e"
		if d.Percent >= 72 {
			col = "#1a7f37"
		}
		label := fmt.Sprintf("%.1f%% (%d/%d)", d.Percent, d.Correct, d.Total)
		if d.Total == 0 {
			label = "not asked"
		}
		data.Bars = append(data.Bars, htmlBar{Name: d.Name, Label: label, Color: col, Y: 10 + 30*i, W: bw, LabelX: left + bw + 6})
	}
	data.ChartHeight = 20 + 30*len(sc.Domains)
	if wd, ok := Weakest(sc); ok && sc.Correct < sc.Total {
		data.Weakest = fmt.Sprintf("%s (%.1f%%)", wd.Name, wd.Percent)
	}
	var b strings.Builder
	if err := htmlPage.Execute(&b, data); err != nil {
		return err
	}
	_, err := io.WriteString(w, b.String())
	return err
}
