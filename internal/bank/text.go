package bank

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var (
	lineBreakTag = regexp.MustCompile(`(?i)<br\s*/?>`)
	spaceRun     = regexp.MustCompile(`[ \t\p{Zs}]+`)
)

// CleanText turns bank markup into display text: NFC (notes saved on macOS
// arrive as NFD Hangul), `<br>` as a line break, backtick emphasis dropped
// (the words stay), runs of spaces folded and each line trimmed.
func CleanText(s string) string {
	s = norm.NFC.String(s)
	if strings.Contains(s, "<") {
		s = lineBreakTag.ReplaceAllString(s, "\n")
	}
	s = strings.ReplaceAll(s, "`", "")
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, l := range lines {
		l = strings.TrimSpace(spaceRun.ReplaceAllString(l, " "))
		if l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// Fold reduces text to what decides whether two answers are the same:
// NFC, lower case, letters and digits only (no spaces, punctuation or
// backticks).
func Fold(s string) string {
	s = norm.NFC.String(s)
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
// spaces.
func lowerNFC(s string) string {
	return strings.ToLower(spaceRun.ReplaceAllString(norm.NFC.String(s), " "))
}
