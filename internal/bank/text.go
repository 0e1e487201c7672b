package bank

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var lineBreakTag = regexp.MustCompile(`(?i)<br\s*/?>`)

// CleanText turns bank markup into display text: NFC (notes saved on macOS
// arrive as NFD Hangul), `<br>` as a line break, backtick emphasis dropped
// (the words stay), runs of spaces folded and each line trimmed.
func CleanText(s string) string {
	s = toNFC(s)
	if strings.Contains(s, "<") {
		s = lineBreakTag.ReplaceAllString(s, "\n")
	}
	s = strings.ReplaceAll(s, "`", "")
	if !strings.Contains(s, "\n") {
		return foldSpaces(s)
	}
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if l = foldSpaces(l); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// foldSpaces trims a line and turns each run of spaces into one space.
func foldSpaces(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "  ") && strings.IndexByte(s, '\t') < 0 && !strings.Contains(s, "\u00a0") && !strings.Contains(s, "\u3000") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Fold reduces text to what decides whether two answers are the same:
// NFC, lower case, letters and digits only (no spaces, punctuation or
// backticks).
func Fold(s string) string {
	return foldNFC(toNFC(s))
}

// toNFC normalises s to NFC. Text of ASCII, Latin-1 and precomposed Hangul
// syllables only (nearly every bank line) is NFC already: those code points
// never change and nothing in it can combine with them, so the full
// normaliser is skipped.
func toNFC(s string) string {
	for i := 0; i < len(s); {
		b := s[i]
		if b < 0xCC { // ASCII, U+0080–U+02FF, or a continuation byte
			i++
			continue
		}
		if n := hangulSyllableAt(s, i); n > 0 {
			i += n
			continue
		}
		return norm.NFC.String(s)
	}
	return s
}

// hangulSyllableAt returns 3 if a precomposed Hangul syllable
// (U+AC00–U+D7A3) is encoded at s[i:], else 0, without decoding runes:
// nearly every character of the bank is one.
func hangulSyllableAt(s string, i int) int {
	if i+2 >= len(s) {
		return 0
	}
	b0, b1, b2 := s[i], s[i+1], s[i+2]
	if b1 < 0x80 || b1 > 0xBF || b2 < 0x80 || b2 > 0xBF {
		return 0
	}
	switch {
	case b0 == 0xEA && b1 >= 0xB0, b0 == 0xEB, b0 == 0xEC, b0 == 0xED && (b1 < 0x9E || b1 == 0x9E && b2 <= 0xA3):
		return 3
	}
	return 0
}

// foldNFC is Fold for text already in NFC (every card's text is). ASCII
// and Hangul syllables, nearly all of it, are copied byte by byte.
func foldNFC(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			switch {
			case c >= 'A' && c <= 'Z':
				b = append(b, c+'a'-'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b = append(b, c)
			}
			i++
		case hangulSyllableAt(s, i) > 0:
			b = append(b, s[i:i+3]...)
			i += 3
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			i += n
		}
	}
	return string(b)
}

// lowerNFC is the form keyword rules match against: NFC, lower case, single
// spaces. Card text is already clean; keywords from the blueprint are not.
func lowerNFC(s string) string {
	return lowerASCII(foldSpaces(toNFC(s)))
}

// lowerASCII lowers ASCII letters only: keyword rules match AWS names in
// any case, and Hangul has no case, so no rune needs decoding.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// ControlRune returns the first C0 or C1 control character in s (DEL
// included) other than a line break or a tab, which are text. A bank may
// not carry the others: they move the cursor, clear the screen or retitle
// the terminal when printed. It reads bytes, not runes (C1 characters are
// 0xC2 0x80–0x9F in UTF-8), so checking every line of a big bank costs
// no allocation.
func ControlRune[T string | []byte](s T) (rune, bool) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7F:
			return rune(c), true
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9F:
			return rune(s[i+1]), true
		}
	}
	return 0, false
}
