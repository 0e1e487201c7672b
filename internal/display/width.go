// Package display measures and lays out text for fixed-width screens and
// pages: Hangul and other wide characters take two columns, combining marks
// none. Every wrap, pad and truncation in awsexam goes through it.
package display

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// RuneWidth is the number of terminal columns r occupies.
func RuneWidth(r rune) int {
	switch {
	case r == '\t':
		return 1
	case r < 0x20 || r == 0x7f:
		return 0
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == 0x200B:
		return 0
	case r >= 0x1160 && r <= 0x11FF:
		// Conjoining jungseong/jongseong: they join the preceding syllable.
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// Width is the number of terminal columns s occupies on one line. ANSI
// escape sequences (colour) take none.
func Width(s string) int {
	n := 0
	esc := false
	for _, r := range s {
		switch {
		case esc:
			// A CSI sequence ends with a letter.
			if r >= '@' && r <= '~' && r != '[' {
				esc = false
			}
		case r == 0x1b:
			esc = true
		default:
			n += RuneWidth(r)
		}
	}
	return n
}

// PadRight pads s with spaces to cols columns (never cuts it).
func PadRight(s string, cols int) string {
	if w := Width(s); w < cols {
		return s + strings.Repeat(" ", cols-w)
	}
	return s
}

// PadLeft right-aligns s in cols columns.
func PadLeft(s string, cols int) string {
	if w := Width(s); w < cols {
		return strings.Repeat(" ", cols-w) + s
	}
	return s
}

// Truncate cuts s to at most cols columns, ending in "…" when it cut, and
// never splits a character.
func Truncate(s string, cols int) string {
	if Width(s) <= cols {
		return s
	}
	if cols <= 0 {
		return ""
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		w := RuneWidth(r)
		if used+w > cols-1 {
			break
		}
		b.WriteRune(r)
		used += w
	}
	return b.String() + "…"
}

// Wrap breaks s into lines of at most cols columns, at spaces where it can
// and between characters where a word is longer than a line. Existing line
// breaks are kept.
func Wrap(s string, cols int) []string {
	if cols < 2 {
		cols = 2
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, cols)...)
	}
	return out
}

func wrapLine(s string, cols int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, w := range words {
		ww := Width(w)
		if curW > 0 && curW+1+ww <= cols {
			cur.WriteByte(' ')
			cur.WriteString(w)
			curW += 1 + ww
			continue
		}
		if curW > 0 {
			flush()
		}
		for ww > cols {
			head, rest := splitAtWidth(w, cols)
			lines = append(lines, head)
			w, ww = rest, Width(rest)
		}
		cur.WriteString(w)
		curW = ww
	}
	if curW > 0 {
		flush()
	}
	return lines
}

// splitAtWidth splits s after at most cols columns (at least one rune).
func splitAtWidth(s string, cols int) (string, string) {
	used := 0
	for i, r := range s {
		w := RuneWidth(r)
		if used+w > cols && i > 0 {
			return s[:i], s[i:]
		}
		used += w
	}
	_, size := utf8.DecodeRuneInString(s)
	return s[:size], s[size:]
}

// WrapHanging wraps text to width columns after prefix, indenting the
// lines after the first by the prefix's width (colour codes in the prefix
// take no columns).
func WrapHanging(prefix, text string, width int) []string {
	pw := Width(prefix)
	var out []string
	for i, l := range Wrap(text, max(width-pw, 10)) {
		if i == 0 {
			out = append(out, prefix+l)
		} else {
			out = append(out, strings.Repeat(" ", pw)+l)
		}
	}
	return out
}
