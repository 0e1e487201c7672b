package bank

import (
	"regexp"
	"strings"
	"unicode"

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
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\u00a0\u3000") {
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
	for _, r := range s {
		if r >= 0x300 && (r < 0xAC00 || r > 0xD7A3) {
			return norm.NFC.String(s)
		}
	}
	return s
}

// foldNFC is Fold for text already in NFC (every card's text is).
func foldNFC(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lowerNFC is the form keyword rules match against: NFC, lower case, single
// spaces. Card text is already clean; keywords from the blueprint are not.
func lowerNFC(s string) string {
	return strings.ToLower(foldSpaces(toNFC(s)))
}
