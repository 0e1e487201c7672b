package distractor

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/awsexam/awsexam/internal/knowledge"
)

// Reason says why a candidate was dropped or what became of it: an id,
// worded by whoever shows it.
type Reason string

const (
	ReasonChosen              Reason = "chosen"
	ReasonNotChosen           Reason = "not-chosen"            // a better set was found
	ReasonSameQuestion        Reason = "same-question"         // its card asks what this card asks
	ReasonSameSolution        Reason = "same-solution"         // it names the key's concepts: a second right answer
	ReasonAnswersSameQuestion Reason = "answers-same-question" // a variant equal to the key of a card asking the same
	ReasonRepeat              Reason = "repeat"                // the same text as a candidate already taken
	ReasonOutsideDesign       Reason = "outside-design"        // a single swap beside a whole 2×2 design
	ReasonFarDown             Reason = "far-down"              // too far down the list for the exam to reach (keepOthers)
	ReasonBareList            Reason = "bare-list"             // a list of names, for a key that is not a list
	ReasonBareFigure          Reason = "bare-figure"           // a figure alone, for a key that is no figure
	ReasonNotAskedKind        Reason = "not-asked-kind"        // not the kind of thing the question asks for, with enough that are
	ReasonOtherAsk            Reason = "other-ask"             // a cause where a fix is asked, or a fix where a cause is, with enough that are not
	ReasonUseOfService        Reason = "use-of-service"        // another use of the service whose uses the question asks for
	ReasonSaysTwice           Reason = "says-twice"            // the same words twice in a row (`데이터 키 데이터 키`), which the key does not say
	ReasonOnlyReasonVaries    Reason = "only-reason-varies"    // the key's answer before `; ` word for word, only the reason after it changed: as right as the key

	// Why a concept the key names is kept as written by every variant.
	ReasonServiceOfFeature Reason = "service-of-feature" // a service whose feature the key also names
	ReasonNegated          Reason = "negated"            // what the solution is not (`…이 아님`)
	ReasonAside            Reason = "aside"              // in brackets, a path or syntax, or named twice
	ReasonInsideWord       Reason = "inside-word"        // the name ends inside a longer Korean word
	ReasonStemNamesIt      Reason = "stem-names-it"      // the question names it: an option without it is ruled out
	ReasonNoSibling        Reason = "no-sibling"         // nothing of its kind is set against it
	ReasonSiblingsUnfit    Reason = "siblings-unfit"     // what is set against it fits neither the question nor the sentence (Kept.Unfit)
	ReasonAlternative      Reason = "alternative"        // another alternative of the key cannot change with it
	ReasonDirection        Reason = "direction"          // an action (늘리기, 줄이기) beside a concept that varies
	ReasonListed           Reason = "listed"             // an item of a list (A·B·C, A 등): another item is as likely true
	ReasonOutranked        Reason = "outranked"          // what the answer's other thing outranks (…보다 우선)
	ReasonFigureInSentence Reason = "figure-in-sentence" // a limit stated by its figure in a sentence: figures vary there, not names
	ReasonWholeOfPart      Reason = "whole-of-part"      // the key names its part too, which varies instead
	ReasonResourceNoun     Reason = "resource-noun"      // a service before a noun of its own resources (`Auto Scaling 그룹`)
	ReasonExample          Reason = "example"            // an example of what the answer says (`… 같은`): another is as right
	ReasonAfterSentence    Reason = "after-sentence"     // in what follows the key's first sentence (`…했다, 이유`): its reason, true of others too
)

// Kept is a concept the key names that no variant changes, and why.
type Kept struct {
	Text    string `json:"text"`
	Concept string `json:"concept"`
	Reason  Reason `json:"reason"`
	// Unfit names the concepts the knowledge layer sets against it that
	// the question or the sentence ruled out (ReasonSiblingsUnfit).
	Unfit []string `json:"unfit,omitempty"`
}

// Decision is one candidate wrong option and what became of it.
type Decision struct {
	Option string       `json:"option"`
	Origin string       `json:"origin"` // variant, topic, near, pool
	Source OptionSource `json:"source"`
	Score  float64      `json:"score,omitempty"` // lower is more plausible
	Reason Reason       `json:"reason"`
}

var originNames = [...]string{originVariant: "variant", originTopic: "topic", originNear: "near", originPool: "pool", originWritten: "written"}

func (g *Generator) decide(c *candidate, r Reason) {
	if g.trace != nil {
		g.trace(Decision{Option: c.text, Origin: originNames[c.origin], Source: g.source(c), Score: c.score, Reason: r})
	}
}

// Tag is a concept found in a card's text.
type Tag struct {
	Text    string         `json:"text"`
	Concept string         `json:"concept"`
	Kind    knowledge.Kind `json:"kind"`
	Service string         `json:"service"`
	// Siblings are the concepts its contrast sets set against it.
	Siblings []string `json:"siblings,omitempty"`
}

// Explanation is how card i's question was made with one seed.
type Explanation struct {
	QuestionTags []Tag    `json:"question_tags"`
	AnswerTags   []Tag    `json:"answer_tags"`
	AnswerKind   string   `json:"answer_kind"` // "" for a sentence
	Question     Question `json:"question"`
	// Kept lists the concepts of the answer that variants leave as they
	// are, and why (a key whose every concept is kept gets variants only
	// as a whole, one thing named twice, or as descriptions of siblings).
	Kept       []Kept     `json:"kept,omitempty"`
	Candidates []Decision `json:"candidates"`
}

// Explain makes card i's question as Make does with rng, recording every
// candidate considered and why it was kept or dropped.
func (g *Generator) Explain(i int, rng *rand.Rand) Explanation {
	var ex Explanation
	inf := g.inf(i)
	ex.AnswerKind = string(inf.kind)
	ex.QuestionTags = g.tags(g.cards[i].Question)
	ex.AnswerTags = g.tags(g.cards[i].Answer())
	if len(ex.AnswerTags) == 0 {
		// A bare name (`Catch`), a concept by the question's service.
		for _, h := range inf.answer.topic.tags.Hits {
			ex.AnswerTags = append(ex.AnswerTags, g.tag(inf.answer.text, h))
		}
	}
	g.trace = func(d Decision) { ex.Candidates = append(ex.Candidates, d) }
	g.traceKept = func(k Kept) {
		if !slices.ContainsFunc(ex.Kept, func(x Kept) bool { return x.Text == k.Text && x.Concept == k.Concept && x.Reason == k.Reason }) {
			ex.Kept = append(ex.Kept, k)
		}
	}
	defer func() { g.trace, g.traceKept = nil, nil }()
	ex.Question = g.Make(i, rng, nil)
	if len(ex.Candidates) == 0 {
		// Figures from calculation mistakes, a "choose N" item's wrong
		// items and a bank's own written options are not searched among
		// candidates: what was chosen is all there is to show.
		for k, o := range ex.Question.Options {
			if !slices.Contains(ex.Question.Answers, k) {
				ex.Candidates = append(ex.Candidates, Decision{Option: o, Origin: originOf(ex.Question.Sources[k]), Source: ex.Question.Sources[k]})
			}
		}
	}
	// A candidate that survived the guards and was dropped later (by
	// bestSet: other-ask) is shown once, with why it was dropped.
	// (By text and origin: another card's answer dropped because a variant
	// says it already leaves that variant standing.)
	type shown struct{ option, origin string }
	dropped := map[shown]bool{}
	for _, c := range ex.Candidates {
		if c.Reason != "" {
			dropped[shown{c.Option, c.Origin}] = true
		}
	}
	ex.Candidates = slices.DeleteFunc(ex.Candidates, func(c Decision) bool { return c.Reason == "" && dropped[shown{c.Option, c.Origin}] })
	// Candidates that survived the guards were either chosen or not.
	for k := range ex.Candidates {
		if ex.Candidates[k].Reason == "" {
			ex.Candidates[k].Reason = ReasonNotChosen
			// (By text and origin: a variant and another card's answer
			// may read alike.)
			// (Or as shown, without a reason the options do not show:
			// dropSharedReason.)
			option := ex.Candidates[k].Option
			cut := option
			if at := reasonAt(option); at > 0 {
				cut = strings.TrimSpace(option[:at])
			}
			for j, o := range ex.Question.Options {
				if j < len(ex.Question.Sources) && ex.Question.Sources[j].Card != "" && ex.Question.Sources[j].Card != ex.Candidates[k].Source.Card {
					continue // (two answers cut to one head: the card shown is the one chosen)
				}
				if (o == option || o == cut) && j < len(ex.Question.Sources) &&
					(len(ex.Question.Sources[j].Variant) > 0) == (ex.Candidates[k].Origin == "variant") {
					ex.Candidates[k].Reason = ReasonChosen
				}
			}
		}
	}
	slices.SortStableFunc(ex.Candidates, func(a, b Decision) int {
		rank := func(d Decision) int {
			switch d.Reason {
			case ReasonChosen:
				return 0
			case ReasonNotChosen:
				return 1
			}
			return 2
		}
		return rank(a) - rank(b)
	})
	return ex
}

func (g *Generator) tags(text string) []Tag {
	if g.kb == nil {
		return nil
	}
	var out []Tag
	for _, h := range g.kb.Tag(text).Hits {
		out = append(out, g.tag(text, h))
	}
	return out
}

func (g *Generator) tag(text string, h knowledge.Hit) Tag {
	c := &g.kb.Concepts[h.Concept]
	t := Tag{Text: text[h.Start:h.End], Concept: c.ID, Kind: c.Kind, Service: g.kb.Concepts[c.Service].ID}
	for _, s := range g.kb.Siblings(h.Concept) {
		t.Siblings = append(t.Siblings, g.kb.Concepts[s].ID)
	}
	return t
}

// keep records, for Explain, that variants of card i's key leave the
// concept of hit h as written, and why.
func (g *Generator) keep(text string, h knowledge.Hit, r Reason) {
	if g.traceKept != nil {
		g.traceKept(Kept{Text: text[h.Start:h.End], Concept: g.kb.Concepts[h.Concept].ID, Reason: r})
	}
}

// originOf names where a chosen option came from, from its source.
func originOf(s OptionSource) string {
	switch {
	case s.Mistake != "":
		return "mistake"
	case s.Written != "":
		return "written"
	case len(s.Variant) > 0:
		return "variant"
	case s.Pool != "":
		return "pool"
	}
	return "topic"
}

// Varies reports whether card i's key has variants: a concept it names
// that the knowledge layer can put another in place of. A card without
// them takes its wrong options from other cards' answers, which blind
// reviewers found far less plausible. Multiple-response and numeric cards
// count as varied (their wrong options are made otherwise).
func (g *Generator) Varies(i int) bool {
	inf := g.inf(i)
	if len(inf.items) >= 2 || inf.isNum {
		return true
	}
	return len(g.variants(i, nil, rand.New(rand.NewPCG(uint64(i), 1)))) > 0
}
