package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
	"golang.org/x/text/width"
)

// words is the Style the command line gives a report in lang: its
// printer and the built-in blueprint's domains.
func words(t *testing.T, lang catalog.Lang) Style {
	t.Helper()
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	return Style{P: catalog.For(lang), Domains: bp.Domains}
}

var ext = map[string]string{"text": "txt", "md": "md", "json": "json", "html": "html"}

// Every format in both languages: English as it was (the golden files
// without .ko), Korean beside it; JSON the same bytes in both.
func TestGoldenReportsBothLanguages(t *testing.T) {
	for _, fix := range []struct{ name, file string }{{"report", "attempt.json"}, {"report-explained", "attempt-explained.json"}} {
		a := fixtureFile(t, "../../testdata/"+fix.file)
		for _, f := range Formats {
			var en, ko bytes.Buffer
			if err := Render(&en, a, f, Options{Width: 80, Style: words(t, catalog.English)}); err != nil {
				t.Fatal(err)
			}
			if err := Render(&ko, a, f, Options{Width: 80, Style: words(t, catalog.Korean)}); err != nil {
				t.Fatal(err)
			}
			golden(t, fix.name+"."+ext[f], en.Bytes())
			golden(t, fix.name+".ko."+ext[f], ko.Bytes())
			if f == "json" && !bytes.Equal(en.Bytes(), ko.Bytes()) {
				t.Errorf("%s: JSON differs between English and Korean", fix.name)
			}
		}
	}
}

func trendFixture(t *testing.T) ([]*exam.Attempt, []exam.Summary) {
	var attempts []*exam.Attempt
	var history []exam.Summary
	for k := range 3 {
		a := fixture(t)
		a.ID = fmt.Sprintf("2026112%d-090000-00000%d", 5-k, k)
		a.Ended = a.Ended.AddDate(0, 0, -k)
		for i := range a.Questions[:k*3] {
			a.Questions[i].Right = !a.Questions[i].Right
		}
		attempts = append(attempts, a)
		history = append(history, a.Summarize(a.ID+".json"))
	}
	return attempts, history
}

func TestGoldenTrendKorean(t *testing.T) {
	attempts, history := trendFixture(t)
	var buf bytes.Buffer
	if err := Render(&buf, attempts[0], "html", Options{History: history, Style: words(t, catalog.Korean)}); err != nil {
		t.Fatal(err)
	}
	golden(t, "report-trend.ko.html", buf.Bytes())
	page := buf.String()
	for _, want := range []string{`<html lang="ko">`, "<h2>최근 3회 응시의 추이</h2>", ">AWS 서비스를 사용한 개발<", ">문제 해결 및 최적화<",
		history[2].Ended.Format(">1/2<"), "<h2>영역</h2>", "<th>섹션</th>"} {
		if !strings.Contains(page, want) {
			t.Errorf("Korean trend page lacks %q", want)
		}
	}
	for _, english := range []string{"Trend over", "Domains", "Missed questions", "Weakest domain", "right answer", "Made by awsexam"} {
		if strings.Contains(page, english) {
			t.Errorf("Korean page still says %q", english)
		}
	}
}

func TestGoldenHistoryBothLanguages(t *testing.T) {
	_, history := trendFixture(t)
	for _, lang := range catalog.Langs {
		var buf bytes.Buffer
		if err := History(&buf, history, words(t, lang)); err != nil {
			t.Fatal(err)
		}
		name := "history.txt"
		if lang == catalog.Korean {
			name = "history.ko.txt"
		}
		golden(t, name, buf.Bytes())
	}
}

// longDomains is a history whose domains have long Korean names, one of
// them the weakest: they are cut by display width, never mid-character.
func longDomains(t *testing.T) ([]exam.Summary, []bank.Domain) {
	_, history := trendFixture(t)
	long := strings.Repeat("서버리스 애플리케이션 ", 6)
	var doms []bank.Domain
	for k := range history {
		for i := range history[k].Score.Domains {
			d := &history[k].Score.Domains[i]
			d.Name += strings.Repeat(" and more", 5)
			if k == 0 {
				doms = append(doms, bank.Domain{ID: d.ID, Name: d.Name, NameKo: long + d.ID})
			}
		}
	}
	return history, doms
}

// ambiguous counts East Asian ambiguous characters (─ · … █ ✔) as two
// columns, as a terminal set to "ambiguous = wide" draws them.
func ambiguousWidth(s string) int {
	n := display.Width(s)
	for _, r := range s {
		if width.LookupRune(r).Kind() == width.EastAsianAmbiguous {
			n++
		}
	}
	return n
}

// Issue 12's widths: history and the text report fit 80 columns, Hangul
// counted as two, in both languages; Korean even where ambiguous
// characters are wide, except for the bank's own text.
func TestTextFits80Columns(t *testing.T) {
	history, doms := longDomains(t)
	for _, lang := range catalog.Langs {
		st := words(t, lang)
		st.Domains = append(st.Domains, doms...)
		var buf bytes.Buffer
		if err := History(&buf, history, st); err != nil {
			t.Fatal(err)
		}
		for _, fix := range []string{"attempt.json", "attempt-explained.json", "long"} {
			var a *exam.Attempt
			if fix == "long" { // a long Korean section name, cut by display width
				a = fixture(t)
				a.Questions[0].Section = strings.Repeat("서버리스 애플리케이션 모델과 ", 4)
			} else {
				a = fixtureFile(t, "../../testdata/"+fix)
			}
			o := Options{Width: TextWidth, Style: st}
			if err := Render(&buf, a, "text", o); err != nil {
				t.Fatal(err)
			}
		}
		if !strings.Contains(buf.String(), "\n서버리스 애플리케이션 모델과 서버리스 …  ") {
			t.Errorf("%s: the long section name is not cut to 40 columns:\n%s", lang, buf.String())
		}
		for k, line := range strings.Split(buf.String(), "\n") {
			if w := display.Width(line); w > TextWidth {
				t.Errorf("%s: line %d is %d columns wide:\n%s", lang, k+1, w, line)
			}
		}
		if lang != catalog.Korean {
			continue
		}
		// The history's every line, drawn with ambiguous characters wide.
		buf.Reset()
		History(&buf, history, st)
		for k, line := range strings.Split(buf.String(), "\n") {
			if w := ambiguousWidth(line); w > TextWidth {
				t.Errorf("ko, ambiguous wide: history line %d is %d columns wide:\n%s", k+1, w, line)
			}
			if strings.Contains(line, "\uFFFD") {
				t.Errorf("history line %d cuts a character: %s", k+1, line)
			}
		}
		if !strings.Contains(buf.String(), "서버리스 애플리케이션") {
			t.Errorf("the long Korean domain names are not shown:\n%s", buf.String())
		}
	}
}

// The Korean words of the terminal's reports (text and history; not the
// Markdown and HTML pages) use no ambiguous-width character.
func TestKoreanTerminalWordsUnambiguous(t *testing.T) {
	p := catalog.For(catalog.Korean)
	for _, key := range []string{"report.pass", "report.fail", "report.score", "report.headline", "report.scale_note", "report.used_of",
		"report.timed_out", "report.summary.line", "report.wrong_skipped", "report.disputed", "report.disputed_hint", "report.weakest",
		"report.not_answered", "report.text.title", "report.text.meta", "report.missed", "report.flag_mark", "report.answers",
		"report.mark.right", "report.mark.wrong", "report.tag.key_chosen", "report.tag.key", "report.tag.chosen", "report.text.source",
		"report.slowest", "report.history.none", "report.history.weakest", "report.history.trend", "report.history.not_asked_mark"} {
		s := p.T(key, 1, 2, 3, 4, 5)
		if s == key {
			t.Errorf("%s: not in the catalogue", key)
		}
		for _, r := range s {
			if width.LookupRune(r).Kind() == width.EastAsianAmbiguous {
				t.Errorf("%s: %q has %q, of ambiguous width", key, s, r)
			}
		}
	}
}

// The paper exam (generate --format md) in both languages: headings,
// instructions, "Choose two" and the answer key page.
func TestGoldenPaperBothLanguages(t *testing.T) {
	a := fixtureFile(t, "../../testdata/attempt-explained.json")
	e := &exam.Exam{Seed: a.Seed, Bank: a.Bank}
	for _, q := range a.Questions {
		e.Questions = append(e.Questions, q.Question)
	}
	e.Questions[0].Choose = 2
	for _, lang := range catalog.Langs {
		var buf bytes.Buffer
		if err := PaperExamIn(&buf, e, a.Exam, true, catalog.For(lang)); err != nil {
			t.Fatal(err)
		}
		name := map[catalog.Lang]string{catalog.English: "paper.md", catalog.Korean: "paper.ko.md"}[lang]
		golden(t, name, buf.Bytes())
		if lang == catalog.English {
			var old bytes.Buffer
			if err := PaperExam(&old, e, a.Exam, true); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(old.Bytes(), buf.Bytes()) {
				t.Error("PaperExam and PaperExamIn(English) differ")
			}
			continue
		}
		for _, want := range []string{": 모의 시험지\n", "## 정답표\n", "### 해설\n", "*(두 개를 고르십시오.)*", "| # | 정답 | 영역 | 섹션 | 출처 |"} {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("Korean paper exam lacks %q", want)
			}
		}
	}
}
