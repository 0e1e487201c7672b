package bank

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
)

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// ankiHeader is one of the `#key:value` lines that open an Anki text
// export, by Anki's own keys only: a notes heading with a colon
// (`#lambda: memory tips`) is not one.
var ankiHeader = regexp.MustCompile(`^#(separator|html|tags|columns|notetype|deck|tags column|deck column|notetype column|guid column|if matches):`)

// isAnki tells an Anki text export (it starts with #separator:, #html:,
// #deck: ... lines) from study notes (which start headings with ###).
func isAnki(data []byte) bool {
	data = bytes.TrimPrefix(data, utf8BOM)
	first, _, _ := bytes.Cut(data, []byte{'\n'})
	return ankiHeader.Match(bytes.TrimSpace(first)) || headerlessAnki(data)
}

// headerlessAnki tells a tab-separated export with no header lines (Anki
// before 2.1.55, awsexam's own before it wrote them) from study notes:
// every line that is not blank has a tab, none is a notes heading (#) or
// has the notes' separator (|: notes aligned with tabs, `Q<TAB>| A`, are
// still notes), and there are a few lines to go by. Only the
// first 64 KiB are looked at.
func headerlessAnki(data []byte) bool {
	data = data[:min(len(data), 64<<10)]
	lines := 0
	for len(data) > 0 {
		var line []byte
		line, data, _ = bytes.Cut(data, []byte{'\n'})
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if !bytes.Contains(line, []byte{'\t'}) || line[0] == '#' || bytes.IndexByte(line, '|') >= 0 {
			return false
		}
		lines++
	}
	return lines > 0
}

// ankiSection is the section a deck name stands for: what follows
// "awsexam::" in export-missed's decks, else the whole name.
func ankiSection(deck string) (section string, ours bool) {
	if rest, ok := strings.CutPrefix(deck, "awsexam::"); ok && strings.TrimSpace(rest) != "" {
		return strings.TrimSpace(rest), true
	}
	return deck, false
}

// sectionTag finds a "section::NAME" tag (underscores for spaces, as
// Anki's tags have no spaces).
func sectionTag(tags []string) string {
	for _, t := range tags {
		if name, ok := strings.CutPrefix(t, "section::"); ok && name != "" {
			return strings.ReplaceAll(name, "_", " ")
		}
	}
	return ""
}

var (
	hrTag     = regexp.MustCompile(`(?i)<hr\b[^>]*>`)
	listItems = regexp.MustCompile(`(?is)^\s*<(ul|ol)>((?:\s*<li>.*?</li>)+)\s*</(?:ul|ol)>\s*$`)
	listItem  = regexp.MustCompile(`(?is)<li>(.*?)</li>`)
)

// ankiBack splits an HTML back into its answers and an explanation: below
// a rule (<hr>) is the explanation; an answer that is one list (<ul> or
// <ol>) is a multiple-response card, one answer an item.
func ankiBack(back string) (answers []string, explanation string) {
	if loc := hrTag.FindStringIndex(back); loc != nil {
		back, explanation = back[:loc[0]], back[loc[1]:]
	}
	if listItems.MatchString(back) {
		for _, m := range listItem.FindAllStringSubmatch(back, -1) {
			answers = append(answers, m[1])
		}
		return answers, explanation
	}
	return []string{back}, explanation
}

// parseAnki reads Anki's "Notes in Plain Text" export: header lines
// (#separator:tab|pipe|comma|semicolon|space, #html:, #deck:, #tags column:,
// #deck column:, #notetype column:, #guid column:), then one note a line
// with the front as the question and the back as the answer; the columns
// the header names are honoured wherever they are. The section is the
// deck below awsexam:: (export-missed's decks), else a section:: tag,
// else the deck's name. In HTML, a back's list is several answers and
// what follows a rule (<hr>) the explanation. A file with no header lines
// at all is an older tab-separated export: front, back, tags last.
func parseAnki(ctx context.Context, file string, data []byte) ([]Card, []Problem) {
	if p := sniffEncoding(file, data); p != nil {
		return nil, []Problem{*p}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	var probs []Problem
	bad := func(line int, key string, args ...any) {
		probs = append(probs, problem(Source{file, line}, key, args...))
	}
	sep, isHTML, deck := '\t', false, DefaultSection
	skip := map[int]bool{} // 0-based columns that are not front/back
	tagsCol, deckCol := -1, -1
	headerLines := 0
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte{'\n'})
		text := strings.TrimSpace(string(line))
		if !ankiHeader.MatchString(text) {
			break
		}
		headerLines++
		data = rest
		if m := lineProblem([]byte(text)); m.key != "" {
			bad(headerLines, m.key, m.args...)
			continue
		}
		key, val, _ := strings.Cut(text[1:], ":")
		val = strings.TrimSpace(val)
		switch key {
		case "separator":
			switch strings.ToLower(val) {
			case "tab":
				sep = '\t'
			case "pipe":
				sep = '|'
			case "comma":
				sep = ','
			case "semicolon":
				sep = ';'
			case "space":
				sep = ' '
			default:
				if r := []rune(val); len(r) == 1 && r[0] != '"' {
					sep = r[0]
				} else {
					bad(headerLines, "bank.anki.separator", val)
				}
			}
		case "html":
			isHTML = strings.EqualFold(val, "true")
		case "deck":
			if d := CleanText(val); d != "" {
				deck = d
			}
		case "tags column", "deck column", "notetype column", "guid column":
			n, err := strconv.Atoi(val)
			if err != nil || n < 1 {
				bad(headerLines, "bank.anki.column", key, val)
				continue
			}
			skip[n-1] = true
			if key == "tags column" {
				tagsCol = n - 1
			}
			if key == "deck column" {
				deckCol = n - 1
			}
		}
	}
	deck, deckOurs := ankiSection(deck)
	if headerLines == 0 {
		// No header lines: an older export, front and back, then the tags
		// last when there are more columns; HTML when it has line breaks
		// as <br>.
		isHTML = lineBreakTag.Match(data)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	clean := func(s string) string {
		if isHTML {
			s = lineBreakTag.ReplaceAllString(s, "\n")
			s = html.UnescapeString(htmlTag.ReplaceAllString(s, ""))
		}
		return CleanText(s)
	}
	var cards []Card
	for n := 1; ; n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			break
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad(headerLines+pe.Line, "bank.plain", pe.Err)
				continue
			}
			bad(headerLines+1, "bank.plain", err)
			break
		}
		line, _ := r.FieldPos(0)
		line += headerLines
		if m := ankiRecordProblem(rec); m.key != "" {
			bad(line, m.key, m.args...)
			continue
		}
		var fields []string
		var tags []string
		section, ours := deck, deckOurs
		tagsAt := tagsCol
		if headerLines == 0 && len(rec) > 2 {
			tagsAt = len(rec) - 1
		}
		for i, f := range rec {
			switch {
			case i == tagsAt:
				tags = strings.Fields(f)
			case i == deckCol:
				if d := CleanText(f); d != "" {
					section, ours = ankiSection(d)
				}
			case !skip[i]:
				fields = append(fields, f)
			}
		}
		if len(fields) < 2 {
			bad(line, "bank.anki.front_back", sepName(sep))
			continue
		}
		// The section: export-missed's deck, else a section:: tag, else
		// the deck as it is named.
		if t := sectionTag(tags); t != "" && !ours {
			section = CleanText(t)
		}
		backs, explanation := []string{fields[1]}, ""
		if isHTML {
			backs, explanation = ankiBack(fields[1])
		}
		q := clean(fields[0])
		var answers []string
		for _, a := range backs {
			if a = clean(a); a != "" {
				answers = append(answers, a)
			}
		}
		if q == "" || len(answers) == 0 {
			bad(line, "bank.anki.empty")
			continue
		}
		cards = append(cards, Card{Section: section, Question: q, Answers: answers, Explanation: clean(explanation), Source: Source{file, line}, Domain: domainTag(tags)})
	}
	return cards, probs
}

func ankiRecordProblem(rec []string) message {
	for _, f := range rec {
		if m := lineProblem([]byte(f)); m.key != "" {
			return m
		}
	}
	return message{}
}

// domainTag lets an Anki deck carry its domain as a tag "domain::security"
// or "awsexam::domain::security".
func domainTag(tags []string) string {
	for _, t := range tags {
		if i := strings.LastIndex(t, "domain::"); i >= 0 {
			return t[i+len("domain::"):]
		}
	}
	return ""
}

func sepName(r rune) any {
	switch r {
	case '\t':
		return message{key: "bank.anki.tab"}
	case ' ':
		return message{key: "bank.anki.space"}
	}
	return strconv.QuoteRune(r)
}
