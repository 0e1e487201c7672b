package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ladder is a unit's usual figures (data/knowledge/figures.yaml): a wrong
// figure for a key that states one is another rung of its unit's ladder.
type Ladder struct {
	ID     string
	Family string   // ladders of one family measure one thing (time, size)
	Units  []string // as written after the number; none: a bare number
	Values []int    // ascending
}

type figureForm struct {
	ID     string   `yaml:"id"`
	Family string   `yaml:"family"`
	Units  []string `yaml:"units"`
	Values []int    `yaml:"values"`
	line   int
}

// NumbersIn returns the numbers text writes as words (`three queues`,
// `세 개의 큐`): Latin words on word boundaries; the Korean ones are listed
// with their counter (`세 개`, `두 가지`), as a bare `세` is in `세션`.
func (b *Base) NumbersIn(text string) []int {
	var out []int
	lower := strings.ToLower(text)
	for w, v := range b.NumberWords {
		fits := func(before, after rune) bool {
			return !unicode.IsLetter(before) && (w[0] >= utf8.RuneSelf || !unicode.IsLetter(after))
		}
		if !slices.Contains(out, v) && hasWord(lower, w, fits) {
			out = append(out, v)
		}
	}
	slices.Sort(out)
	return out
}

// LadderAfter returns the ladder of the unit written at the start of rest
// (the text just after a number: `KB를`, ` 초`, `%`), and the unit as
// written ("" and the bare-number ladder when none is named). ok is false
// when no ladder fits, not even the bare one.
func (b *Base) LadderAfter(rest string) (l *Ladder, unit string, ok bool) {
	trimmed := strings.TrimPrefix(rest, " ")
	best := -1
	for i := range b.Ladders {
		for _, u := range b.Ladders[i].Units {
			if len(u) > len(unit) && strings.HasPrefix(trimmed, u) && unitEnds(trimmed[len(u):], u) {
				best, unit = i, u
			}
		}
	}
	if best >= 0 {
		return &b.Ladders[best], unit, true
	}
	if next, _ := utf8.DecodeRuneInString(rest); next < utf8.RuneSelf && unicode.IsLetter(next) {
		return nil, "", false // `3xx`, `2nd`: a word, not a figure
	}
	for i := range b.Ladders {
		if len(b.Ladders[i].Units) == 0 {
			return &b.Ladders[i], "", true
		}
	}
	return nil, "", false
}

// unitEnds: a Latin unit is a whole word (`s` is not the unit of `10 sec`
// read as `s` + `ec`, `MB` not of `MBps`); a Korean unit takes particles
// (`초당`, `개를`).
func unitEnds(after, unit string) bool {
	last, _ := utf8.DecodeLastRuneInString(unit)
	if last >= utf8.RuneSelf {
		return true
	}
	next, _ := utf8.DecodeRuneInString(after)
	return !(next < utf8.RuneSelf && (unicode.IsLetter(next) || unicode.IsDigit(next)))
}

// Rungs returns the ladder's values other than v, nearest to v first
// (by ratio), those below and those above apart.
func (l *Ladder) Rungs(v int) (below, above []int) {
	for _, x := range l.Values {
		switch {
		case x < v:
			below = append(below, x)
		case x > v:
			above = append(above, x)
		}
	}
	slices.Reverse(below)
	return below, above
}
