package bank

import "fmt"

// MinOwnCandidates is how many other cards a section needs to give every
// card three wrong answers of its own.
const MinOwnCandidates = 3

// Lint returns the bank's warnings: duplicate questions, answers repeated within a section, sections too small to give
// three wrong answers of their own, and cards whose domain fell to the
// blueprint's default.
func (b *Bank) Lint() []Problem {
	var out []Problem
	type key struct{ section, text string }
	firstQ := map[key]Source{}
	firstA := map[key]Source{}
	for _, c := range b.Cards {
		qk := key{c.Section, Fold(c.Question)}
		if at, ok := firstQ[qk]; ok {
			out = append(out, Problem{Source: c.Source, Warning: true, Msg: fmt.Sprintf("duplicate question (first at %s)", at)})
		} else {
			firstQ[qk] = c.Source
		}
		ak := key{c.Section, Fold(c.Answer())}
		if at, ok := firstA[ak]; ok {
			out = append(out, Problem{Source: c.Source, Warning: true, Msg: fmt.Sprintf("same answer %q as %s in section %q: never offered against each other", c.Answer(), at, c.Section)})
		} else {
			firstA[ak] = c.Source
		}
		if c.DomainBy == DomainByDefault {
			out = append(out, Problem{Source: c.Source, Warning: true, Msg: fmt.Sprintf("no domain rule matched and section %q is not in the blueprint: domain %q by default", c.Section, c.Domain)})
		}
	}
	first := map[string]Source{}
	for _, c := range b.Cards {
		if _, ok := first[c.Section]; !ok {
			first[c.Section] = c.Source
		}
	}
	for _, sc := range b.SectionCounts() {
		if sc.Cards-1 < MinOwnCandidates {
			out = append(out, Problem{Source: first[sc.Name], Warning: true,
				Msg: fmt.Sprintf("section %q has %d card%s: too few to give three wrong answers of its own (it borrows from its neighbours)", sc.Name, sc.Cards, plural(sc.Cards))})
		}
	}
	return out
}
