package distractor

import (
	"slices"

	"github.com/awsexam/awsexam/internal/knowledge"
)

// OptionSource says where an option came from: data, not a sentence;
// screens and reports word it in the user's language. Exactly one of Key,
// Card, Variant, Mistake or Written is set.
type OptionSource struct {
	Key bool `json:"key,omitempty"`
	// Card is the id of the card whose answer this is (the question's own
	// card for the key).
	Card   string `json:"card,omitempty"`
	Source string `json:"source,omitempty"` // FILE:LINE of that card
	// Question is that card's question: the problem this option answers.
	Question string `json:"question,omitempty"`
	// Pool is "section", "neighbour" or "domain" for an answer taken from
	// the last-resort pool: off the stem's topic, from the card's own
	// section, a neighbouring one or its domain.
	Pool string `json:"pool,omitempty"`
	// Variant names the concepts put into the key in place of Replaces.
	Variant  []string `json:"variant,omitempty"`
	Replaces []string `json:"replaces,omitempty"`
	// Note is how the concepts differ, from the knowledge data.
	Note string `json:"note,omitempty"`
	// Mistake names the calculation mistake a wrong figure makes.
	Mistake string `json:"mistake,omitempty"`
	// Written is the FILE:LINE of a wrong answer the bank's author wrote.
	Written string `json:"written,omitempty"`
	// Review is, beside Written, the FILE:LINE of the review that judged
	// that answer, the notes' own for the card, wrong (reviewedWrong).
	Review string `json:"review,omitempty"`
}

// Where wrong options come from, best first.
const (
	originVariant = iota // the key with a concept swapped for a contrasting one
	originTopic          // another card's answer on the stem's topic, of the key's kind
	originNear           // another card's answer on the topic, of another kind
	originPool           // the last resort: section, neighbour or domain pool
	originWritten        // written in a YAML bank by its author
)

// topic is what a text is about, from the knowledge layer.
type topic struct {
	tags     knowledge.Tags
	classes  []int // equivalence classes of the concepts named, sorted
	services []int // service concepts named or implied, sorted
	specific []int // classes of concepts that are not whole services, sorted
}

func (g *Generator) topicOf(text string) topic {
	if g.kb == nil {
		return topic{}
	}
	return g.topicOfTags(g.kb.Tag(text))
}

// topicOfTags is the topic of a text tagged with tags.
func (g *Generator) topicOfTags(tags knowledge.Tags) topic {
	t := topic{tags: tags}
	for _, h := range t.tags.Hits {
		c := &g.kb.Concepts[h.Concept]
		t.classes = appendSorted(t.classes, c.Class)
		t.services = appendSorted(t.services, c.Service)
		if c.Kind != knowledge.KindService {
			t.specific = appendSorted(t.specific, c.Class)
		}
	}
	return t
}

func appendSorted(s []int, v int) []int {
	i, found := slices.BinarySearch(s, v)
	if found {
		return s
	}
	return slices.Insert(s, i, v)
}

// kindOf is what sort of answer a text is: the kind of the concept it
// consists of (a service, an API action, a setting…), "figure" for a
// number, or "" for a sentence that does more than name one thing.
func (g *Generator) kindOf(t topic, isNum bool) knowledge.Kind {
	if isNum {
		return "figure"
	}
	if len(t.tags.Hits) == 0 || t.tags.Coverage() < 0.6 {
		return ""
	}
	k := g.kb.Concepts[t.tags.Hits[0].Concept].Kind
	for _, h := range t.tags.Hits[1:] {
		if g.kb.Concepts[h.Concept].Kind != k {
			return ""
		}
	}
	return k
}

// sameSolution reports whether two answers name the same concepts, or one
// names a part of what the other does: offered together, both would be
// right (or one half-right).
func sameSolution(a, b topic) bool {
	if len(a.classes) == 0 || len(b.classes) == 0 {
		return false
	}
	// Where both name specific concepts, the services around them do not
	// decide (`Lambda 메모리` and `Lambda 시간 제한` differ).
	if len(a.specific) > 0 && len(b.specific) > 0 {
		return subset(a.specific, b.specific) || subset(b.specific, a.specific)
	}
	if subset(a.classes, b.classes) || subset(b.classes, a.classes) {
		return true
	}
	// A service implied counts as named (`X-Ray 에이전트` is X-Ray's):
	// `X-Ray 데몬을 설치하고 … X-Ray 서비스에 전달` against `X-Ray 에이전트
	// 설치, SDK로 계측` (final61: also right; the issue's own example).
	// Not for a bare service (`Step Functions` and `Wait 상태` differ),
	// nor without a concept both name (`CloudFront + S3` and `S3 버킷
	// 정책으로 CloudFront OAC만 허용` differ). (Services are concepts
	// that are the root of their class, so their ids are class ids.)
	if commonSorted(a.classes, b.classes) == 0 {
		return false
	}
	return len(a.classes) > 1 && subset(a.classes, mergeSorted(b.classes, b.services)) ||
		len(b.classes) > 1 && subset(b.classes, mergeSorted(a.classes, a.services))
}

// serviceApart reports whether v swaps a service of key that none of the
// key's features belong to for another (`CloudWatch에 사용자 지정 지표를
// 게시하고 SNS 사용` → `… SQS 사용`): the features are the same, yet the
// solution is not, for the service does a part of its own.
// (Not a service named beside another as its alternative or in a list,
// `ElastiCache나 DynamoDB`, `ECS·Fargate`: another there may be as right.
// A service whose own resource the key names after it, `Auto Scaling
// 그룹`, takes no swap at all: swapVariants keeps it.)
func (g *Generator) serviceApart(keyText string, key, v topic) bool {
	gone := slices.DeleteFunc(slices.Clone(key.services), func(s int) bool { return slices.Contains(v.services, s) })
	added := slices.DeleteFunc(slices.Clone(v.services), func(s int) bool { return slices.Contains(key.services, s) })
	if len(gone) == 0 || len(added) == 0 {
		return false
	}
	for _, h := range key.tags.Hits {
		c := g.kb.Concepts[h.Concept]
		if c.Kind != knowledge.KindService && slices.Contains(gone, c.Service) {
			return false
		}
		if c.Kind == knowledge.KindService && slices.Contains(gone, h.Concept) && g.besideAlternative(keyText, key.tags.Hits, h) {
			return false
		}
	}
	return true
}

// besideAlternative reports whether hit h, one of hits (sorted) in text,
// is joined to the name before or after it as an alternative or an item
// of a list (knowledge alternative_joiners, list_joiners: `A나 B`, `A 또는
// B`, `A·B`, `A와 B`).
func (g *Generator) besideAlternative(text string, hits []knowledge.Hit, h knowledge.Hit) bool {
	_, ok := joinedNeighbour(hits, h, func(a, b knowledge.Hit) bool { return g.kb.Joins(text[a.End:b.Start], true) })
	return ok
}

// subset reports whether sorted a is within sorted b.
func subset(a, b []int) bool {
	return len(a) <= len(b) && commonSorted(a, b) == len(a)
}

// closeness is how much a candidate answer shares the stem's topic: the
// specific concepts in common count double the services.
func closeness(stem, cand topic) int {
	return 2*commonSorted(stem.specific, cand.specific) + commonSorted(stem.services, cand.services)
}

// mergeSorted is the sorted union of two sorted sets.
func mergeSorted(a, b []int) []int {
	out := slices.Clone(a)
	for _, v := range b {
		out = appendSorted(out, v)
	}
	return out
}

// SameSolution reports whether two option texts are the same answer by
// what they name: equal after folding, or naming the same concepts (one
// within the other). Variants of a key are judged by this, not by how
// many characters they share with it.
func (g *Generator) SameSolution(a, b string) bool {
	if fold(a) == fold(b) {
		return true
	}
	if Reordered(a, b) {
		// `설치 전 -> 프로그램 중지 -> …`: the same steps in another
		// order are another answer (orderVariants).
		return false
	}
	// A wrong figure in the same words is a calculation mistake; a
	// service of its own swapped beside the same features another
	// solution (serviceApart).
	ta, tb := g.topicOf(a), g.topicOf(b)
	return figures(a) == figures(b) && sameSolution(ta, tb) && !g.serviceApart(a, ta, tb) && !g.serviceApart(b, tb, ta)
}

// generic reports whether class (or service) c belongs to no one
// service (an umbrella's: `줄이`, `예`): sharing it puts nothing on a
// question's topic.
func (g *Generator) generic(c int) bool {
	return g.kb.Concepts[g.kb.Concepts[c].Service].Umbrella
}

// commonTopical counts the members sorted a and b share that are not
// generic.
func (g *Generator) commonTopical(a, b []int) int {
	n := 0
	for _, v := range a {
		if _, found := slices.BinarySearch(b, v); found && !g.generic(v) {
			n++
		}
	}
	return n
}

// intersectSorted is the sorted intersection of two sorted sets.
func intersectSorted(a, b []int) []int {
	var out []int
	for _, v := range a {
		if _, found := slices.BinarySearch(b, v); found {
			out = append(out, v)
		}
	}
	return out
}

// namesKind reports whether a text names a concept of kind k.
func (g *Generator) namesKind(t topic, k knowledge.Kind) bool {
	for _, h := range t.tags.Hits {
		if g.kb.Concepts[h.Concept].Kind == k {
			return true
		}
	}
	return false
}

// onTopic returns, in bank order, the cards that share a service or a
// specific concept with stem the way pool's consider looks for: by their
// answer, their question, or (for an answer that names nothing) their own
// stem. It indexes the bank on first use.
func (g *Generator) onTopic(stem topic) []int {
	if g.byService == nil {
		g.byService, g.byClass = map[int][]int{}, map[int][]int{}
		for j := range g.cards {
			inf := g.inf(j)
			services := inf.answer.topic.services
			if len(inf.answer.topic.classes) == 0 {
				services = inf.stem.services
			}
			for _, s := range services {
				g.byService[s] = append(g.byService[s], j)
			}
			for _, c := range mergeSorted(inf.answer.topic.specific, inf.question.specific) {
				g.byClass[c] = append(g.byClass[c], j)
			}
		}
	}
	var out []int
	for _, s := range stem.services {
		if !g.generic(s) {
			out = append(out, g.byService[s]...)
		}
	}
	for _, c := range stem.specific {
		if !g.generic(c) {
			out = append(out, g.byClass[c]...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
