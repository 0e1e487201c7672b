package bank

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
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
	return ankiHeader.Match(bytes.TrimSpace(first))
}

// parseAnki reads Anki's "Notes in Plain Text" export: header lines
// (#separator:tab|pipe|comma|semicolon|space, #html:, #deck:, #tags column:,
// #deck column:, #notetype column:, #guid column:), then one note a line
// with the front as the question and the back as the answer.
func parseAnki(ctx context.Context, file string, data []byte) ([]Card, []Problem) {
	if p := sniffEncoding(file, data); p != nil {
		return nil, []Problem{*p}
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	var probs []Problem
	bad := func(line int, format string, args ...any) {
		probs = append(probs, Problem{Source: Source{file, line}, Msg: fmt.Sprintf(format, args...)})
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
		if msg := lineProblem([]byte(text)); msg != "" {
			bad(headerLines, "%s", msg)
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
					bad(headerLines, "unknown #separator: %q (use tab, pipe, comma, semicolon or space)", val)
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
				bad(headerLines, "#%s: wants a column number from 1, not %q", key, val)
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
				bad(headerLines+pe.Line, "%v", pe.Err)
				continue
			}
			bad(headerLines+1, "%v", err)
			break
		}
		line, _ := r.FieldPos(0)
		line += headerLines
		if msg := ankiRecordProblem(rec); msg != "" {
			bad(line, "%s", msg)
			continue
		}
		var fields []string
		var tags []string
		section := deck
		for i, f := range rec {
			switch {
			case i == tagsCol:
				tags = strings.Fields(f)
			case i == deckCol:
				if d := clean(f); d != "" {
					section = d
				}
			case !skip[i]:
				fields = append(fields, f)
			}
		}
		if len(fields) < 2 {
			bad(line, "a note needs a front and a back separated by %s", sepName(sep))
			continue
		}
		q, a := clean(fields[0]), clean(fields[1])
		if q == "" || a == "" {
			bad(line, "empty front or back")
			continue
		}
		cards = append(cards, Card{Section: section, Question: q, Answers: []string{a}, Source: Source{file, line}, Equivalent: "", Domain: domainTag(tags)})
	}
	return cards, probs
}

func ankiRecordProblem(rec []string) string {
	for _, f := range rec {
		if msg := lineProblem([]byte(f)); msg != "" {
			return msg
		}
	}
	return ""
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

func sepName(r rune) string {
	switch r {
	case '\t':
		return "a tab"
	case ' ':
		return "a space"
	}
	return strconv.QuoteRune(r)
}
