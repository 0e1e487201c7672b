package bank

import (
	"hash/maphash"
)

// MinOwnCandidates is how many other cards a section needs to give every
// card three wrong answers of its own.
const MinOwnCandidates = 3

// Lint returns the bank's warnings: duplicate questions, answers repeated
// within a section, cards no other card can give a wrong answer to,
// sections too small to give three wrong answers of their own, and cards
// whose domain fell to the blueprint's default.
func (b *Bank) Lint() []Problem {
	var out []Problem
	folds := make([]string, len(b.Cards))
	for i := range b.Cards {
		folds[i] = Fold(b.Cards[i].Answer())
	}
	questions := newFirstSeen(len(b.Cards), func(j int, section, text string) bool {
		return b.Cards[j].Section == section && Fold(b.Cards[j].Question) == text
	})
	answers := newFirstSeen(len(b.Cards), func(j int, section, text string) bool {
		return b.Cards[j].Section == section && folds[j] == text
	})
	for i := range b.Cards {
		c := &b.Cards[i]
		if at := questions.add(i, c.Section, Fold(c.Question)); at >= 0 {
			out = append(out, Problem{Source: c.Source, Warning: true, Key: "bank.lint.duplicate", Args: []any{b.Cards[at].Source.String()}})
		}
		if at := answers.add(i, c.Section, folds[i]); at >= 0 {
			out = append(out, Problem{Source: c.Source, Warning: true, Key: "bank.lint.same_answer", Args: []any{c.Answer(), b.Cards[at].Source.String(), c.Section}})
		}
		if c.DomainBy == DomainByDefault {
			out = append(out, Problem{Source: c.Source, Warning: true, Key: "bank.lint.default_domain", Args: []any{c.Section, c.Domain}})
		}
	}
	out = append(out, b.unaskable(folds)...)
	out = append(out, b.ReviewWarnings...)
	first := map[string]Source{}
	for _, c := range b.Cards {
		if _, ok := first[c.Section]; !ok {
			first[c.Section] = c.Source
		}
	}
	for _, sc := range b.SectionCounts() {
		if sc.Cards-1 < MinOwnCandidates {
			out = append(out, Problem{Source: first[sc.Name], Warning: true,
				Key: "bank.lint.small_section", Args: []any{sc.Name, sc.Cards}})
		}
	}
	return out
}

// unaskable warns about cards that cannot become a question: no wrong
// answer of their own (YAML distractors), and no other answer in their
// section, its neighbours or their domain, where wrong answers come from
// (a one-card bank). generate refuses them.
func (b *Bank) unaskable(folds []string) []Problem {
	bySection := map[string]*answerSet{}
	byDomain := map[string]*answerSet{}
	add := func(m map[string]*answerSet, k, fold string) {
		if m[k] == nil {
			m[k] = &answerSet{}
		}
		m[k].add(fold)
	}
	for i := range b.Cards {
		add(bySection, b.Cards[i].Section, folds[i])
		add(byDomain, b.Cards[i].Domain, folds[i])
	}
	var out []Problem
	for i := range b.Cards {
		c := &b.Cards[i]
		ok := bySection[c.Section].other(folds[i]) || byDomain[c.Domain].other(folds[i])
		for _, d := range c.Distractors {
			ok = ok || Fold(d) != folds[i]
		}
		if info, known := b.Blueprint.Section(c.Section); known {
			for _, n := range info.Neighbours {
				ok = ok || bySection[n].other(folds[i])
			}
		}
		if !ok {
			out = append(out, Problem{Source: c.Source, Warning: true, Key: "bank.lint.unaskable"})
		}
	}
	return out
}

// answerSet is what unaskable needs to know of the answers of a section
// or domain: whether it has one other than a given answer. Its first
// answer and whether there is a second are enough (a set of every answer
// of a million cards is not needed).
type answerSet struct {
	first        string
	any, several bool
}

func (s *answerSet) add(fold string) {
	switch {
	case !s.any:
		s.first, s.any = fold, true
	case fold != s.first:
		s.several = true
	}
}

// other reports whether the set holds an answer other than fold; a nil
// set (a section with no cards) holds none.
func (s *answerSet) other(fold string) bool {
	return s != nil && (s.several || s.any && s.first != fold)
}

// firstSeen finds the first card with the same section and folded text as
// another. It keys its map by a hash of the two, not by the texts (a
// million cards' texts as map keys cost more than the cards), and compares
// the texts when hashes are equal, so a collision never makes two
// different texts the same.
type firstSeen struct {
	h     maphash.Hash
	first map[uint64]int32
	// more holds the cards whose hash an earlier card with another text
	// had taken (a collision: in practice never).
	more map[uint64][]int32
	// same reports whether card j has this section and folded text.
	same func(j int, section, text string) bool
}

func newFirstSeen(n int, same func(j int, section, text string) bool) *firstSeen {
	return &firstSeen{first: make(map[uint64]int32, n), more: map[uint64][]int32{}, same: same}
}

// add records card i by its section and folded text, and returns the first
// card recorded before with the same two, or -1.
func (f *firstSeen) add(i int, section, text string) int {
	k := f.key(section, text)
	j, ok := f.first[k]
	switch {
	case !ok:
		f.first[k] = int32(i)
		return -1
	case f.same(int(j), section, text):
		return int(j)
	}
	for _, j := range f.more[k] {
		if f.same(int(j), section, text) {
			return int(j)
		}
	}
	f.more[k] = append(f.more[k], int32(i))
	return -1
}

func (f *firstSeen) key(section, text string) uint64 {
	f.h.Reset()
	f.h.WriteString(section)
	f.h.WriteByte(0)
	f.h.WriteString(text)
	return f.h.Sum64()
}
