package exam

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/catalog"
)

// SheetError is one malformed line of an answer sheet.
type SheetError struct {
	File string
	Line int
	Msg  Message
}

func (e SheetError) Error() string { return e.In(nil) }

// In words the error with p (nil: English), FILE:LINE first.
func (e SheetError) In(p *catalog.Printer) string {
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg.In(p))
}

// ParseSheet reads a paper answer sheet for e: one line per question in
// order, `A`–`D` or `1`–`4`, several letters for multiple response (`AC`),
// `-` or an empty line for unanswered; `12: B` or `12. b` set question 12
// (and the lines after it continue from there). Lines starting with # are
// comments. It returns the chosen options per question, the first
// MaxSheetErrors malformed lines and how many there are in all: a
// million bad lines make twenty messages and a count, not a million.
func ParseSheet(file string, data []byte, e *Exam) (chosen [][]int, errs []SheetError, total int) {
	n := len(e.Questions)
	chosen = make([][]int, n)
	bad := func(line int, key string, args ...any) {
		if total++; total <= MaxSheetErrors {
			errs = append(errs, SheetError{file, line, msg(key, args...)})
		}
	}
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(data) {
		return nil, []SheetError{{file, 1, msg("sheet.utf8")}}, 1
	}
	text := string(bytes.TrimSuffix(data, []byte{'\n'}))
	if text == "" {
		return chosen, nil, 0
	}
	next := 0
	seen := make([]int, n) // line that answered each question
	for line, rest, more := 1, text, true; more; line++ {
		var raw string
		raw, rest, more = strings.Cut(rest, "\n")
		s := strings.TrimSpace(raw) // drops a CR of CRLF too
		if strings.HasPrefix(s, "#") {
			continue
		}
		q := next
		if num, rest, ok := splitNumbered(s); ok {
			q = num - 1
			s = rest
			if q < 0 || q >= n {
				bad(line, "sheet.range", strconv.Itoa(num), strconv.Itoa(n))
				continue
			}
		}
		if q >= n {
			bad(line, "sheet.beyond", strconv.Itoa(q+1), strconv.Itoa(n))
			next++
			continue
		}
		next = q + 1
		if seen[q] != 0 {
			bad(line, "sheet.twice", strconv.Itoa(q+1), strconv.Itoa(seen[q]))
			continue
		}
		seen[q] = line
		if s == "" || s == "-" {
			continue
		}
		picks, err := parseChoice(s, len(e.Questions[q].Options))
		if err.Key != "" {
			bad(line, "sheet.question", strconv.Itoa(q+1), err)
			continue
		}
		chosen[q] = picks
	}
	return chosen, errs, total
}

// MaxSheetErrors is how many malformed lines of a sheet are reported
// before the rest are only counted, as for a bank.
const MaxSheetErrors = 20

// maxQuoted is how much of a bad line an error message quotes.
const maxQuoted = 60

// quote quotes a line for a message, cut to maxQuoted characters: a 50 MB
// line is not echoed back.
func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	r := []rune(s[:min(len(s), 4*maxQuoted)])
	return strconv.Quote(string(r[:maxQuoted])) + "…"
}

// splitNumbered splits "12: B", "12. b", "12) B" or "12 B" into 12 and "B".
func splitNumbered(s string) (int, string, bool) {
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 || end == len(s) {
		return 0, "", false
	}
	rest := s[end:]
	switch rest[0] {
	case ':', '.', ')':
		rest = rest[1:]
	case ' ', '\t':
	default:
		return 0, "", false
	}
	num, err := strconv.Atoi(s[:end])
	if err != nil {
		return 0, "", false
	}
	return num, strings.TrimSpace(rest), true
}

// parseChoice reads "B", "b", "2", "AC", "A,C", "1 3" into option indexes.
func parseChoice(s string, options int) ([]int, Message) {
	last := string(rune('A' + options - 1))
	var picks []int
	for _, r := range s {
		var k int
		switch {
		case r == ',' || r == ' ' || r == '\t' || r == '/':
			continue
		case unicode.IsLetter(r) && r < unicode.MaxASCII:
			k = int(unicode.ToUpper(r) - 'A')
		case r >= '1' && r <= '9':
			k = int(r - '1')
		default:
			return nil, msg("sheet.not_answer_help", quote(s), last, strconv.Itoa(options))
		}
		if k < 0 || k >= options {
			return nil, msg("sheet.options", quote(s), last, strconv.Itoa(options))
		}
		if slices.Contains(picks, k) {
			return nil, msg("sheet.option_twice", quote(s), string(rune('A'+k)))
		}
		picks = append(picks, k)
	}
	if len(picks) == 0 {
		return nil, msg("sheet.not_answer", quote(s))
	}
	slices.Sort(picks)
	return picks, Message{}
}
