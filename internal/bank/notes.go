package bank

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"
)

// DefaultSection holds cards that come before any section heading.
const DefaultSection = "General"

// MaxLineBytes bounds one card line. Longer lines are reported, not parsed:
// no study note needs 64 KiB, and a 3 MB line is a broken file.
const MaxLineBytes = 64 << 10

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// sniffEncoding reports files that are not UTF-8 text at all, so the
// user hears "save it as UTF-8" once instead of a problem per line.
func sniffEncoding(file string, data []byte) *Problem {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || looksUTF16(data) {
		return &Problem{Source: Source{file, 1}, Key: "bank.utf16"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte{'\n'})
		return &Problem{Source: Source{file, line}, Key: "bank.binary"}
	}
	return nil
}

// looksUTF16 catches UTF-16 without a byte-order mark: ASCII text in
// UTF-16 has a NUL in every other byte.
func looksUTF16(data []byte) bool {
	n := min(len(data), 64) &^ 1
	if n < 4 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	// Text has NULs in one parity only; binary formats have them in both.
	return (even*4 >= half && odd == 0) || (odd*4 >= half && even == 0)
}

// eachLine calls fn for every line with its 1-based number, without the
// line ending (LF or CRLF) and without a leading UTF-8 BOM. It stops early
// once ctx is done.
func eachLine(ctx context.Context, data []byte, fn func(n int, line []byte)) {
	data = bytes.TrimPrefix(data, utf8BOM)
	for n := 1; len(data) > 0; n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return
		}
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		fn(n, bytes.TrimSuffix(line, []byte{'\r'}))
	}
}

// lineProblem checks what every text format requires of a line: UTF-8, a
// sane length and no control characters but the tab.
func lineProblem(line []byte) message {
	if len(line) > MaxLineBytes {
		return message{"bank.line.long", []any{itoa(len(line)), itoa(MaxLineBytes)}}
	}
	if !utf8.Valid(line) {
		return message{key: "bank.line.utf8"}
	}
	if r, bad := ControlRune(line); bad {
		return message{"bank.line.control", []any{r}}
	}
	return message{}
}

// parseNotes reads the study-notes format: `### --Section` headings and
// `question | answer` lines, split at the first `|`.
func parseNotes(ctx context.Context, file string, data []byte) ([]Card, []Problem) {
	if p := sniffEncoding(file, data); p != nil {
		return nil, []Problem{*p}
	}
	// One card per line with a "|": sized once, since a Card is large and
	// regrowing the slice dominated loading big banks.
	cards := make([]Card, 0, bytes.Count(data, []byte{'|'}))
	var problems []Problem
	section := DefaultSection
	eachLine(ctx, data, func(n int, raw []byte) {
		at := Source{file, n}
		if m := lineProblem(raw); m.key != "" {
			problems = append(problems, problem(at, m.key, m.args...))
			return
		}
		line := strings.TrimSpace(string(raw))
		if line == "" {
			return
		}
		if strings.HasPrefix(line, "#") {
			name := CleanText(strings.Trim(line, "#- \t"))
			if name == "" {
				problems = append(problems, problem(at, "bank.notes.empty_heading"))
				return
			}
			section = name
			return
		}
		q, a, ok := strings.Cut(line, "|")
		if !ok {
			problems = append(problems, problem(at, "bank.notes.no_bar"))
			return
		}
		question := CleanText(q)
		// A trailing "|" after the answer is a typo the seed has; drop it.
		answer := CleanText(strings.TrimRight(a, "| \t"))
		switch {
		case question == "" && answer == "":
			problems = append(problems, problem(at, "bank.notes.empty_both"))
		case question == "":
			problems = append(problems, problem(at, "bank.notes.empty_question"))
		case answer == "":
			problems = append(problems, problem(at, "bank.notes.empty_answer"))
		default:
			cards = append(cards, Card{Section: section, Question: question, Answers: []string{answer}, Source: at})
			splitOwnOptions(&cards[len(cards)-1])
		}
	})
	return cards, problems
}
