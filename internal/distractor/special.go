package distractor

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/knowledge"
)

// mistakes are the classic DynamoDB capacity errors as factors on the right
// figure: forgetting (or wrongly applying) the ÷2 of eventually consistent
// reads and the ×2 of transactions, swapping 4 KB and 1 KB units, and
// mixing up item size rounding.
var mistakes = []float64{0.5, 2, 0.25, 4, 1.5, 1.0 / 3, 3, 0.75}

// perMinute adds the per-minute versus per-second mistake when the question
// speaks of minutes.
var perMinute = []float64{60, 1.0 / 60}

// mistakeName names each factor's mistake for option_sources.
var mistakeName = map[float64]string{
	0.5: "halved (eventually consistent read applied wrongly)", 2: "doubled (strong or transactional applied wrongly)",
	0.25: "4 KB unit used for 1 KB", 4: "1 KB unit used for 4 KB", 1.5: "item size not rounded up",
	1.0 / 3: "item size rounded wrongly", 3: "item size rounded wrongly", 0.75: "item size not rounded up",
	60: "per minute taken as per second", 1.0 / 60: "per second taken as per minute",
}

// makeNumeric builds wrong figures from the classic mistakes, keeping the
// units, and places the right figure at a random rank among them so that
// "pick the middle value" is no better than chance.
func (g *Generator) makeNumeric(i int, rng *rand.Rand) Question {
	n := g.inf(i).numeric
	factors := mistakes
	minutes := strings.Contains(g.cards[i].Question, "분") || strings.Contains(strings.ToLower(g.cards[i].Question), "minute")
	if minutes {
		factors = append(slices.Clone(perMinute), mistakes...)
	}
	keySum := n.sum()
	seen := map[int]bool{keySum: true}
	type variant struct {
		text    string
		sum     int
		minute  bool // the per-minute mistake: offered first when it applies
		mistake string
	}
	var below, above []variant
	for _, f := range factors {
		// Vary one figure at a time, as one mistake would.
		for k := range n.values {
			vals := slices.Clone(n.values)
			vals[k] = int(math.Ceil(float64(vals[k]) * f))
			if vals[k] <= 0 || vals[k] == n.values[k] {
				continue
			}
			v := variant{n.format(vals), 0, f == 60 || f == 1.0/60, mistakeName[f]}
			for _, x := range vals {
				v.sum += x
			}
			if seen[v.sum] {
				continue
			}
			seen[v.sum] = true
			if v.sum < keySum {
				below = append(below, v)
			} else {
				above = append(above, v)
			}
		}
	}
	if len(below)+len(above) < g.Wrong {
		return Question{}
	}
	// Nearest mistakes first: a wrong figure 60 times off is less tempting.
	near := func(a, b variant) int {
		if a.minute != b.minute {
			if a.minute {
				return -1
			}
			return 1
		}
		da := math.Abs(math.Log(float64(a.sum) / float64(keySum)))
		db := math.Abs(math.Log(float64(b.sum) / float64(keySum)))
		switch {
		case da < db:
			return -1
		case da > db:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(below, near)
	slices.SortStableFunc(above, near)
	nBelow := rng.IntN(g.Wrong + 1)
	nBelow = min(nBelow, len(below))
	nBelow = max(nBelow, g.Wrong-len(above))
	opts := []string{g.inf(i).answer.text}
	srcs := []OptionSource{g.keySource(i)}
	for _, v := range append(slices.Clone(below[:nBelow]), above[:g.Wrong-nBelow]...) {
		opts = append(opts, v.text)
		srcs = append(srcs, OptionSource{Mistake: v.mistake})
	}
	q := Question{Choose: 1, Wrong: g.Wrong}
	q.Options, q.Sources, q.Answers = shuffle(opts, srcs, 1, rng)
	return q
}

// multipleWrong is how many wrong items a "choose N" item gets: three, so
// a "choose two" has five options and a "choose three" six, as on the real
// exam.
const multipleWrong = 3

// makeMultiple builds a "choose N" item: the N right items and
// multipleWrong wrong items of the same kind: siblings of the right items
// in the knowledge layer first, then short names from other cards'
// answers, those on the stem's topic first.
func (g *Generator) makeMultiple(i int, rng *rand.Rand, exp Exposure) Question {
	rights := g.inf(i).items
	wrong, ok := g.decodedFor(i, true)
	if !ok {
		wrong, ok = g.preparedMultiple(i)
	}
	if !ok {
		wrong = g.multipleCandidates(i, rng)
	}
	for k := range wrong {
		// Written options keep their place ahead; the others take a
		// little chance and pay for having been shown in this exam.
		if wrong[k].origin != originWritten {
			wrong[k].score += rng.Float64()*0.5 + 2.5*float64(exp[wrong[k].fold])
		}
	}
	slices.SortStableFunc(wrong, byScore)
	var chosen []candidate
	for _, w := range wrong {
		if len(chosen) == multipleWrong {
			break
		}
		dup := false
		for _, ch := range chosen {
			if g.sameAnswer(ch.option, w.option) {
				dup = true
			}
		}
		if !dup {
			chosen = append(chosen, w)
		}
	}
	if len(chosen) < 2 {
		return Question{}
	}
	opts := slices.Clone(rights)
	var srcs []OptionSource
	for range rights {
		srcs = append(srcs, g.keySource(i))
	}
	q := Question{Choose: len(rights), Wrong: len(chosen)}
	for _, ch := range chosen {
		opts = append(opts, ch.text)
		srcs = append(srcs, g.source(&ch))
		if ch.borrowed {
			q.Borrowed++
		}
	}
	q.Options, q.Sources, q.Answers = shuffle(opts, srcs, len(rights), rng)
	return q
}

// multipleCandidates returns the wrong options a "choose N" item of card i
// may take, with the scores they earn whatever the exam (makeMultiple adds
// the rest). rng is read only for a bank too large to be read whole.
func (g *Generator) multipleCandidates(i int, rng *rand.Rand) []candidate {
	c := &g.cards[i]
	rights := g.inf(i).items
	keyOpts := make([]option, len(rights))
	for k, r := range rights {
		keyOpts[k] = g.newOption(r)
	}
	isRight := func(o *option) bool {
		for k := range keyOpts {
			if g.sameAnswer(&keyOpts[k], o) {
				return true
			}
		}
		return false
	}
	seen := map[string]bool{}
	var wrong []candidate
	for _, d := range c.Distractors {
		o := g.newOption(d)
		if !isRight(&o) && !seen[o.fold] {
			seen[o.fold] = true
			wrong = append(wrong, candidate{option: &o, score: -3, origin: originWritten, src: &OptionSource{Written: c.Source.String()}})
		}
	}
	// Siblings of the right items: what the exam contrasts them with.
	rightHits := make([][]knowledge.Hit, len(keyOpts))
	var rightConcepts []int
	for k := range keyOpts {
		rightHits[k] = keyOpts[k].topic.tags.Hits
		if g.kb != nil && len(rightHits[k]) == 0 {
			// `Retry, Catch` asked about a state: bare names the
			// question's (or section's) service makes concepts.
			if h, ok := g.kb.BareHit(rights[k], g.bareServices(i)); ok {
				rightHits[k] = []knowledge.Hit{h}
			}
		}
		for _, h := range rightHits[k] {
			rightConcepts = append(rightConcepts, h.Concept)
		}
	}
	for k := range keyOpts {
		for _, h := range rightHits[k] {
			if g.kb == nil || len(keyOpts[k].topic.tags.Hits) > 0 && keyOpts[k].topic.tags.Coverage() < multipleCoverage {
				break
			}
			for _, sib := range g.kb.Siblings(h.Concept) {
				if slices.Contains(rightConcepts, sib) || slices.ContainsFunc(rightConcepts, func(rc int) bool { return g.kb.Overlapping(rc, sib, c.Question) }) {
					// A sibling another right item names is right too
					// (`MaxNumberOfMessages` beside `MaxNumberOfMessages
					// 10으로 배치 수신`); `sam package` beside `sam build, sam deploy` where
					// the question says only 패키징·배포: either would
					// answer it.
					continue
				}
				// Bare, not in the item's own words: a phrase's verb
				// belongs to its concept (`BatchSize 활성화`, `샤드 병합
				// 축소` read as nonsense; measured on every bank).
				name := g.kb.NameLike(sib, rights[k][h.Start:h.End])
				o := g.newOption(name)
				if seen[o.fold] || isRight(&o) {
					continue
				}
				seen[o.fold] = true
				src := OptionSource{Variant: []string{name}, Replaces: []string{rights[k][h.Start:h.End]}, Note: g.kb.Concepts[sib].Note}
				wrong = append(wrong, candidate{option: &o, origin: originVariant, src: &src,
					score: originWeight[originVariant]})
			}
		}
	}
	meanWidth := 0
	for _, k := range keyOpts {
		meanWidth += k.width
	}
	meanWidth /= len(keyOpts)
	stem := g.inf(i).stem
	add := func(idx []int, borrowed bool) {
		// A small bank is read whole; in a large one each list is read
		// through a window, so a question costs the same in any bank.
		cards := slices.All(idx)
		if !g.small {
			cards = window(idx, rng)
		}
		for _, j := range cards {
			if j == i || g.cardsEquivalent(i, j) {
				continue
			}
			near := closeness(stem, g.inf(j).answer.topic)
			items := g.inf(j).items
			if len(items) == 0 && g.inf(j).answer.shape == ShapeLatin && display.Width(g.cards[j].Answers[0]) <= 24 {
				items = g.cards[j].Answers[:1]
			}
			for _, it := range items {
				o := g.newOption(it)
				if seen[o.fold] || isRight(&o) {
					continue
				}
				seen[o.fold] = true
				s := math.Abs(math.Log(float64(max(o.width, 1)) / float64(max(meanWidth, 1))))
				origin := originTopic
				if near == 0 {
					origin = originPool
				}
				s += originWeight[origin] - 0.5*float64(min(near, 4))
				if borrowed {
					s += 1
				}
				pool := ""
				if origin == originPool {
					switch {
					case !borrowed:
						pool = "section"
					case slices.Contains(g.neighbours[c.Section], g.cards[j].Section):
						pool = "neighbour"
					default:
						pool = "domain"
					}
				}
				wrong = append(wrong, candidate{option: &o, borrowed: borrowed, score: s, origin: int8(origin), card: j, pool: pool})
			}
		}
	}
	add(g.bySection[c.Section], false)
	if g.small {
		var others []int
		for j := range g.cards {
			if g.cards[j].Section != c.Section {
				others = append(others, j)
			}
		}
		add(others, true)
	}
	if len(wrong) < multipleWrong {
		for _, n := range g.neighbours[c.Section] {
			add(g.bySection[n], true)
		}
	}
	if len(wrong) < multipleWrong {
		add(g.byDomain[c.Domain], true)
	}
	if len(wrong) < multipleWrong {
		all := make([]int, len(g.cards))
		for k := range all {
			all[k] = k
		}
		add(all, true)
	}
	return wrong
}
