package bank

import "fmt"

// MinOwnCandidates is how many other cards a section needs to give every
// card three wrong answers of its own.
const MinOwnCandidates = 3

// Lint returns the bank's warnings: duplicate questions, answers repeated
// within a section, cards no other card can give a wrong answer to,
// sections too small to give three wrong answers of their own, and cards
// whose domain fell to the blueprint's default.
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
	out = append(out, b.unaskable()...)
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
				Msg: fmt.Sprintf("section %q has %d card%s: too few to give three wrong answers of its own (it borrows from its neighbours)", sc.Name, sc.Cards, plural(sc.Cards))})
		}
	}
	return out
}

// unaskable warns about cards that cannot become a question: no wrong
// answer of their own (YAML distractors), and no other answer in their
// section, its neighbours or their domain, where wrong answers come from
// (a one-card bank). generate refuses them.
func (b *Bank) unaskable() []Problem {
	bySection := map[string]map[string]bool{}
	byDomain := map[string]map[string]bool{}
	add := func(m map[string]map[string]bool, k, fold string) {
		if m[k] == nil {
			m[k] = map[string]bool{}
		}
		m[k][fold] = true
	}
	folds := make([]string, len(b.Cards))
	for i, c := range b.Cards {
		folds[i] = Fold(c.Answer())
		add(bySection, c.Section, folds[i])
		add(byDomain, c.Domain, folds[i])
	}
	// other reports whether set holds an answer other than fold.
	other := func(set map[string]bool, fold string) bool {
		return len(set) > 1 || len(set) == 1 && !set[fold]
	}
	var out []Problem
	for i, c := range b.Cards {
		ok := other(bySection[c.Section], folds[i]) || other(byDomain[c.Domain], folds[i])
		for _, d := range c.Distractors {
			ok = ok || Fold(d) != folds[i]
		}
		if info, known := b.Blueprint.Section(c.Section); known {
			for _, n := range info.Neighbours {
				ok = ok || other(bySection[n], folds[i])
			}
		}
		if !ok {
			out = append(out, Problem{Source: c.Source, Warning: true,
				Msg: "no other card in its section, neighbouring sections or domain has a different answer: it cannot be asked (a question needs at least two options); add cards"})
		}
	}
	return out
}
