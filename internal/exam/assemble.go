package exam

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
)

// Filter selects cards for an exam; empty lists select everything.
type Filter struct {
	Sections []string
	Domains  []string
}

// Spec says what exam to assemble.
type Spec struct {
	Count  int  // questions wanted
	All    bool // every selected card once, ignoring Count
	Filter Filter
	Seed   uint64
	Bank   string // name written into the exam ("built-in" or the files)
	// Prefer, if set, lists card ids to take first, in order (a drill on
	// weak spots); Unseen of the questions then go to cards not in Seen.
	Prefer []string
	Seen   map[string]bool
	Unseen int
	// Weighted refuses (ErrUnweighted) an unfiltered exam the bank cannot
	// split by the domain weights, rather than noting it: a mock is meant
	// to be shaped like the real exam.
	Weighted bool
	// LeaveOut names cards not to ask, by id, each with its reason
	// ("disputed": the user disputed its key). Those of the selection are
	// listed in the exam's LeftOut, in bank order.
	LeaveOut map[string]string
}

// Assemble builds an exam: Count questions split over the domains by the
// blueprint's weights (largest remainder: 21/17/15/12 for 65), no card
// twice, questions and options shuffled by the seed. Notes are things the
// user should hear (fewer cards than asked).
func Assemble(b *bank.Bank, gen *distractor.Generator, spec Spec) (*Exam, []Message, error) {
	return AssembleContext(context.Background(), b, gen, spec)
}

// AssembleContext is Assemble that gives up with ctx's error once ctx is
// done: every card of a big bank (generate --all) takes a while.
func AssembleContext(ctx context.Context, b *bank.Bank, gen *distractor.Generator, spec Spec) (*Exam, []Message, error) {
	idx, err := selectCards(b, spec.Filter)
	if err != nil {
		return nil, nil, err
	}
	idx, leftOut := leaveOut(b, idx, spec.LeaveOut)
	if len(idx) == 0 {
		return nil, nil, &Error{Message: msg("exam.all_left_out", leftOutReasons(leftOut))}
	}
	rng := NewRand(spec.Seed)
	var notes, short []Message
	var picked []int
	switch {
	case spec.All:
		picked = slices.Clone(idx)
	case spec.Count <= 0:
		return nil, nil, &Error{Message: msg("error.count", strconv.Itoa(spec.Count))}
	case len(idx) < spec.Count:
		notes = append(notes, msg("exam.only_n", len(idx), strconv.Itoa(len(idx)), strconv.Itoa(spec.Count)))
		picked = slices.Clone(idx)
		pools := domainPools(b, idx)
		taken := make([]int, len(pools))
		for d := range pools {
			taken[d] = len(pools[d])
		}
		short = shortDomains(b.Blueprint, pools, taken, len(idx))
	case len(spec.Prefer) > 0:
		picked = pickPreferred(b, idx, spec, rng)
	default:
		picked, short = pickByDomain(b, idx, spec.Count, rng)
	}
	if len(spec.Filter.Sections) == 0 && len(spec.Filter.Domains) == 0 && len(short) > 0 {
		if spec.Weighted {
			return nil, nil, &Error{Message: msg("exam.unweighted", short), Is: ErrUnweighted}
		}
		notes = append(notes, short...)
	}
	rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	e := &Exam{Schema: Schema, Seed: spec.Seed, Bank: spec.Bank, LeftOut: leftOut}
	exp := make(distractor.Exposure, 4*len(picked))
	// What each question gathers from the cards on its topic is gathered
	// ahead, on another goroutine: the same exam, sooner.
	defer gen.Prefetch(picked)()
	for n, i := range picked {
		if n%64 == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		c := &b.Cards[i]
		dq := gen.Make(i, rng, exp)
		if len(dq.Options) < MinOptions {
			return nil, nil, &Error{Message: msg("exam.few_options", len(dq.Options), c.Source.String(), strconv.Itoa(len(dq.Options)), c.Question), Is: ErrFewOptions}
		}
		explanation := c.Explanation
		if explanation == "" && len(dq.Answers) == 1 && len(c.Answers) == 1 && dq.Options[dq.Answers[0]] != c.Answers[0] {
			// The key is offered without the note's asides: the note's
			// whole answer says what they said.
			explanation = c.Answers[0]
		}
		e.Questions = append(e.Questions, Question{
			Number: n + 1, ID: c.ID, Section: c.Section, Domain: c.Domain, Stem: c.Question,
			Options: dq.Options, Answers: dq.Answers, Choose: dq.Choose, Source: c.Source.String(),
			Explanation: explanation, OriginalAnswer: c.OriginalAnswer, OptionSources: dq.Sources,
		})
	}
	return e, notes, nil
}

// leaveOut drops from idx the cards a review leaves out (the key cannot be
// asked as written and no correction is given) and those reasons names
// (the user disputed them), keeping bank order, and lists them for the
// exam.
func leaveOut(b *bank.Bank, idx []int, reasons map[string]string) ([]int, []LeftOut) {
	var out []LeftOut
	kept := idx[:0:0]
	for _, i := range idx {
		c := &b.Cards[i]
		why, disputed := reasons[c.ID]
		switch {
		case c.LeftOut:
			out = append(out, LeftOut{Card: c.ID, Source: c.Source.String(), Reason: LeftOutReview})
			continue
		case disputed:
			out = append(out, LeftOut{Card: c.ID, Source: c.Source.String(), Reason: why})
			continue
		}
		kept = append(kept, i)
	}
	if len(out) == 0 {
		return idx, nil
	}
	return kept, out
}

// leftOutReasons says why cards were left out, for an error: "3 disputed
// (--include-disputed asks them)".
func leftOutReasons(out []LeftOut) []Message {
	count := map[string]int{}
	var order []string
	for _, l := range out {
		if count[l.Reason] == 0 {
			order = append(order, l.Reason)
		}
		count[l.Reason]++
	}
	var parts []Message
	for _, r := range order {
		switch r {
		case LeftOutDisputed:
			parts = append(parts, msg("exam.left_out.disputed", strconv.Itoa(count[r])))
		case LeftOutReview:
			parts = append(parts, msg("exam.left_out.review", strconv.Itoa(count[r])))
		default:
			parts = append(parts, msg("exam.left_out.other", strconv.Itoa(count[r]), r))
		}
	}
	return parts
}

// pickPreferred takes the preferred cards first, keeps spec.Unseen places
// for cards never seen, and fills up at random.
func pickPreferred(b *bank.Bank, idx []int, spec Spec, rng *rand.Rand) []int {
	byID := map[string]int{}
	for _, i := range idx {
		byID[b.Cards[i].ID] = i
	}
	taken := map[int]bool{}
	var out []int
	take := func(i int) {
		if !taken[i] && len(out) < spec.Count {
			taken[i] = true
			out = append(out, i)
		}
	}
	var unseen []int
	for _, i := range idx {
		if !spec.Seen[b.Cards[i].ID] {
			unseen = append(unseen, i)
		}
	}
	rng.Shuffle(len(unseen), func(i, j int) { unseen[i], unseen[j] = unseen[j], unseen[i] })
	nUnseen := min(spec.Unseen, len(unseen))
	for _, id := range spec.Prefer {
		if i, ok := byID[id]; ok && len(out) < spec.Count-nUnseen {
			take(i)
		}
	}
	for _, i := range unseen {
		take(i)
	}
	rest := slices.Clone(idx)
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	for _, i := range rest {
		take(i)
	}
	return out
}

// selectCards returns the indexes of the cards the filter keeps, in bank
// order, or an error naming what exists when a filter names nothing.
func selectCards(b *bank.Bank, f Filter) ([]int, error) {
	sections := map[string]bool{}
	for _, s := range f.Sections {
		found := false
		for _, have := range b.Sections {
			if bank.Fold(have) == bank.Fold(s) {
				sections[have], found = true, true
			}
		}
		if !found {
			return nil, &Error{Message: msg("exam.no_section", s, strings.Join(b.Sections, "; "))}
		}
	}
	domains := map[string]bool{}
	for _, d := range f.Domains {
		dom, ok := b.Blueprint.FindDomain(d)
		if !ok {
			return nil, &Error{Message: msg("exam.no_domain", d, strings.Join(b.Blueprint.DomainIDs(), ", "))}
		}
		domains[dom.ID] = true
	}
	var idx []int
	for i, c := range b.Cards {
		if (len(sections) == 0 || sections[c.Section]) && (len(domains) == 0 || domains[c.Domain]) {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		switch {
		case len(f.Sections) == 0:
			return nil, &Error{Message: msg("exam.no_card_domain", strings.Join(f.Domains, " or "))}
		case len(f.Domains) == 0:
			return nil, &Error{Message: msg("exam.no_card_section", strings.Join(f.Sections, " or "))}
		}
		return nil, &Error{Message: msg("exam.no_card_both")}
	}
	return idx, nil
}

// ErrUnweighted is a bank that cannot give each domain its weight's share
// of the questions.
var ErrUnweighted = errors.New("the bank cannot fill this exam by the domain weights")

// ErrFewOptions is a card that cannot be made into a question: its bank
// offers no wrong answer for it.
var ErrFewOptions = errors.New("cannot make a question")

// pickByDomain draws n cards from idx, each domain's share by weight. A
// domain short of cards gives its shortfall to the others in proportion;
// short says which fell short of their weight.
func pickByDomain(b *bank.Bank, idx []int, n int, rng *rand.Rand) (picked []int, short []Message) {
	bp := b.Blueprint
	pools := domainPools(b, idx)
	want := quota(bp, pools, n)
	short = shortDomains(bp, pools, want, n)
	var out []int
	for d, pool := range pools {
		p := slices.Clone(pool)
		rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		out = append(out, p[:want[d]]...)
	}
	sort.Ints(out)
	return out, short
}

// domainPools sorts the cards idx by domain, in blueprint order.
func domainPools(b *bank.Bank, idx []int) [][]int {
	pools := make([][]int, len(b.Blueprint.Domains))
	for _, i := range idx {
		for d, dom := range b.Blueprint.Domains {
			if b.Cards[i].Domain == dom.ID {
				pools[d] = append(pools[d], i)
			}
		}
	}
	return pools
}

// shortDomains says which domains get fewer of n questions (taken) than
// their weight asks.
func shortDomains(bp *bank.Blueprint, pools [][]int, taken []int, n int) []Message {
	var short []Message
	for d, q := range bp.Quota(n) {
		if taken[d] < q {
			short = append(short, msg("exam.short_domain", len(pools[d]), strconv.Itoa(len(pools[d])), bp.Domains[d].ID,
				strconv.Itoa(q), strconv.Itoa(n), strconv.Itoa(bp.Domains[d].Weight)))
		}
	}
	return short
}

// quota splits n over the domains that have cards, by weight with the
// largest remainder, capped by what each domain has (bank.Apportion).
func quota(bp *bank.Blueprint, pools [][]int, n int) []int {
	weights, caps := make([]int, len(pools)), make([]int, len(pools))
	for d := range pools {
		weights[d], caps[d] = bp.Domains[d].Weight, len(pools[d])
	}
	return bank.Apportion(n, weights, caps)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
