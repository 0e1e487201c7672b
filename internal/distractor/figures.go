package distractor

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/knowledge"
)

// figureAt is a number a key writes, with its unit and the unit's ladder
// (data/knowledge/figures.yaml).
type figureAt struct {
	start, end int // the digits, thousands separators included
	unitEnd    int // the end of its unit
	value      int
	commas     bool
	unit       string
	ladder     *knowledge.Ladder
	aside      bool // inside brackets: `900초 (15분)`
}

// maxFigureWords is how much a key may say besides its figures (display
// columns, brackets, spaces and punctuation not counted) and still be a
// figure: `리전당 1,000`, `표준 4KB, 고급 8KB` are; `여러 프리픽스로 키 분산
// (프리픽스당 3,500/s)` is a procedure with a figure in it.
const maxFigureWords = 20

// maxAskedFigureWords is maxFigureWords for a question that asks for a
// figure (knowledge AsksFigure): a sentence that states the figures asked.
const maxAskedFigureWords = 48

// figuresOf finds the figures of a key that states one, or nil: a text
// that says little else, whose numbers are not part of a name (`S3`,
// `HTTP 503` tagged as a status, `2016-10-31`), and whose asides do no
// sums (`30 WCU (3 × 10)`: another figure in front would contradict them).
func (g *Generator) figuresOf(text string, hits []knowledge.Hit) []figureAt {
	return g.figuresWithin(text, hits, maxFigureWords)
}

// figuresWithin is figuresOf with limit for what the key may say besides
// its figures.
func (g *Generator) figuresWithin(text string, hits []knowledge.Hit, limit int) []figureAt {
	if g.kb == nil || len(g.kb.Ladders) == 0 {
		return nil
	}
	var figs []figureAt
	outside := 0
	for at := 0; at < len(text); {
		r, size := utf8.DecodeRuneInString(text[at:])
		if r < '0' || r > '9' {
			at += size
			continue
		}
		start, end, commas := at, at, false
		for end < len(text) {
			switch c := text[end]; {
			case c >= '0' && c <= '9':
				end++
				continue
			case thousands(text, end):
				end += 4
				commas = true
				continue
			}
			break
		}
		at = end
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if nameBefore(before) ||
			after == '.' && end+1 < len(text) && isDigit(text[end+1]) || after == '-' || after == ':' || after == '_' {
			return nil // a name, a version, a date or a decimal: not a figure to vary
		}
		if slices.ContainsFunc(hits, func(h knowledge.Hit) bool {
			return h.Start < end && start < h.End && g.kb.Concepts[h.Concept].Kind != "figure"
		}) {
			// `HTTP 503`, `Canary10Percent5Minutes`: a name — but not a
			// figure with its unit that names a limit (`10,000 rps` for
			// API Gateway's throttling): that is a figure still.
			if _, unit, ok := g.kb.LadderAfter(text[end:]); !ok || unit == "" {
				return nil
			}
		}
		v, err := strconv.Atoi(strings.ReplaceAll(text[start:end], ",", ""))
		if err != nil || v <= 0 || v > 1e9 {
			return nil // beyond any limit a note states: not worth the overflow
		}
		l, unit, ok := g.kb.LadderAfter(text[end:])
		if !ok {
			return nil
		}
		f := figureAt{start: start, end: end, unitEnd: end, value: v, commas: commas, unit: unit, ladder: l, aside: insideBrackets(text, start)}
		if n := len(figs); n > 0 && !f.aside && unit != "" && figs[n-1].unit != "" && unit != figs[n-1].unit &&
			l.Family != "" && l.Family == figs[n-1].ladder.Family && g.kb.Restates(text[figs[n-1].unitEnd:start]) {
			// `최대 900초, 즉 15분`: the same amount again, as in brackets.
			f.aside = true
		}
		if unit != "" {
			f.unitEnd = end + len(unit)
			if !strings.HasPrefix(text[end:], unit) {
				f.unitEnd++ // `10 GB`
			}
		}
		if !f.aside {
			outside++
		}
		figs = append(figs, f)
	}
	if outside == 0 || asideSums(text) {
		return nil
	}
	// What the key says besides its figures and asides.
	var rest strings.Builder
	depth, k := 0, 0
	for at, r := range text {
		for k < len(figs) && at >= figs[k].unitEnd {
			k++
		}
		if k < len(figs) && at >= figs[k].start {
			continue
		}
		switch r {
		case '(', '[', '{', '（':
			depth++
		case ')', ']', '}', '）':
			depth = max(0, depth-1)
		case '/', ' ':
			if depth == 0 {
				rest.WriteRune(r)
			}
		default:
			if depth == 0 && (unicode.IsLetter(r) || r >= utf8.RuneSelf && !unicode.IsPunct(r) && !unicode.IsSpace(r)) {
				rest.WriteRune(r)
			}
		}
	}
	if restWidth(rest.String()) > limit {
		return nil
	}
	return figs
}

// restWidth is the display width of the words of rest, a word of names
// joined by slashes (`PUT/COPY/POST/DELETE 3,500`: what a figure applies
// to) counted as its longest name.
func restWidth(rest string) int {
	w := 0
	for _, word := range strings.Fields(rest) {
		longest := 0
		for _, name := range strings.Split(word, "/") {
			longest = max(longest, display.Width(name))
		}
		w += longest
	}
	return w
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nameBefore reports whether a number after r is part of a name, a
// version or a path (`S3`, `v2.1`, `-1`, `$LATEST`), not a figure.
func nameBefore(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || strings.ContainsRune(".-_:$", r))
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// asideSums reports whether a bracketed aside of text works a figure out
// (`(1KB 단위 올림 3 × 10)`).
func asideSums(text string) bool {
	depth := 0
	for _, r := range text {
		switch r {
		case '(', '[', '{', '（':
			depth++
		case ')', ']', '}', '）':
			depth = max(0, depth-1)
		case '×', '*', '=', '+', '÷':
			if depth > 0 {
				return true
			}
		}
	}
	return false
}

// figureChange is one design: the key's figures of some values put at
// others.
type figureChange map[int]int

// figureDesigns chooses wrong figures for a key's figures: for one figure,
// three other rungs of its ladder with the key at a random rank among the
// four (so "the middle value" or "the largest" is no tell), then the next
// nearest; for two figures, a 2×2 design (each changed alone, then both),
// then single changes. Figures keep their order (`7~30일` stays a range).
func figureDesigns(figs []figureAt, rng *rand.Rand) []figureChange {
	var values []int
	ladders := map[int]*knowledge.Ladder{}
	for _, f := range figs {
		if !f.aside && !slices.Contains(values, f.value) {
			values = append(values, f.value)
			ladders[f.value] = f.ladder
		}
	}
	// Figures of one measure keep their order (`7~30일` stays a range);
	// figures of different measures (`1MB/s 또는 1,000 레코드/s`) are not
	// compared.
	sameMeasure := func(a, b int) bool {
		la, lb := ladders[a], ladders[b]
		return la == lb || la.Family != "" && la.Family == lb.Family
	}
	ordered := func(ch figureChange) bool {
		for _, a := range values {
			for _, b := range values {
				if !sameMeasure(a, b) {
					continue
				}
				na, nb := at(ch, a), at(ch, b)
				if a < b && na >= nb || a == b && na != nb {
					return false
				}
			}
		}
		return true
	}
	switch len(values) {
	case 0:
		return nil
	case 1:
		v := values[0]
		below, above := ladders[v].Rungs(v)
		below, above = apart(v, below), apart(v, above)
		wantBelow := rng.IntN(4)
		if wantBelow > len(below) {
			wantBelow = len(below)
		}
		if 3-wantBelow > len(above) {
			wantBelow = min(len(below), 3-len(above))
		}
		var out []figureChange
		for _, x := range below[:wantBelow] {
			out = append(out, figureChange{v: x})
		}
		for _, x := range above[:min(len(above), 3-wantBelow)] {
			out = append(out, figureChange{v: x})
		}
		// Spares, nearest first, for what the guards drop.
		for k := 0; k < 3; k++ {
			if wantBelow+k < len(below) {
				out = append(out, figureChange{v: below[wantBelow+k]})
			}
			if n := 3 - wantBelow + k; n < len(above) && n >= 0 {
				out = append(out, figureChange{v: above[n]})
			}
		}
		return out
	}
	near := func(v int, fixed figureChange) []int {
		below, above := ladders[v].Rungs(v)
		var out []int
		for k := 0; k < max(len(below), len(above)); k++ {
			first, second := below, above
			if rng.IntN(2) == 0 {
				first, second = above, below
			}
			for _, side := range [][]int{first, second} {
				if k < len(side) {
					ch := figureChange{v: side[k]}
					for x, y := range fixed {
						ch[x] = y
					}
					if ordered(ch) {
						out = append(out, side[k])
					}
				}
			}
		}
		return out
	}
	// The first two figures that can change (`쓰기 1MB/s 또는 1,000
	// 레코드/s, 읽기 2MB/s`: 1MB/s cannot rise past 2MB/s, nor fall).
	for k, a := range values {
		for _, b := range values[k+1:] {
			if out := pairDesigns(a, b, near, ordered); out != nil {
				return out
			}
		}
	}
	return nil
}

// pairDesigns is figureDesigns' 2×2 design for figures a and b, or nil:
// near gives a figure's wrong values that keep the order, ordered tells
// whether a design does.
func pairDesigns(a, b int, near func(int, figureChange) []int, ordered func(figureChange) bool) []figureChange {
	na, nb := near(a, nil), near(b, nil)
	if len(na) == 0 || len(nb) == 0 {
		return nil
	}
	// The first pair whose change of both keeps the order: without it,
	// the key would share a figure with every other option (the one most
	// like the others).
	for _, x := range na[:min(3, len(na))] {
		for _, y := range nb[:min(3, len(nb))] {
			if both := (figureChange{a: x, b: y}); ordered(both) {
				out := []figureChange{{a: x}, {b: y}, both}
				for _, z := range na[:min(3, len(na))] {
					if z != x {
						out = append(out, figureChange{a: z})
					}
				}
				for _, z := range nb[:min(3, len(nb))] {
					if z != y {
						out = append(out, figureChange{b: z})
					}
				}
				return out
			}
		}
	}
	return nil
}

// apart drops from rungs (nearest to v first) those within a tenth of v
// or of a rung kept before them: `250KB` beside `256KB` would be a pair
// told apart by nothing but care.
func apart(v int, rungs []int) []int {
	kept := []int{v}
	var out []int
	for _, x := range rungs {
		if !slices.ContainsFunc(kept, func(k int) bool { return 10*abs(x-k) < max(x, k) }) {
			kept = append(kept, x)
			out = append(out, x)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// at is the value ch puts v at.
func at(ch figureChange, v int) int {
	if x, ok := ch[v]; ok {
		return x
	}
	return v
}

// renderFigures writes text with ch applied: every figure of a changed
// value changes (`7~30일 (기본 30일)`), and an aside's figure of the
// family of the figure before it (the same amount in another unit)
// scales with that one when it stays whole (`900초 (15분)` → `600초
// (10분)`). A key that writes a figure with commas gets them in every
// figure (`10,240MB`, then `1,024MB`).
func renderFigures(text string, figs []figureAt, ch figureChange) (string, bool) {
	var b strings.Builder
	prev := 0
	commas := slices.ContainsFunc(figs, func(f figureAt) bool { return f.commas })
	var last *figureAt // the last figure outside brackets
	for k := range figs {
		f := &figs[k]
		nv, ok := ch[f.value]
		if !f.aside {
			last = f
		} else if !ok && last != nil && f.unit != "" && last.unit != "" && f.unit != last.unit && last.ladder.Family != "" && f.ladder.Family == last.ladder.Family {
			// The same amount in another unit (`900초 (15분)`); one in
			// the same unit is another figure (`최대 900초 (기본 3초)`).
			if to, changed := ch[last.value]; changed {
				if f.value*to%last.value != 0 {
					return "", false // `(15분)` of 900초 at 1,000초: not whole
				}
				nv, ok = f.value*to/last.value, true
			}
		}
		if !ok {
			continue
		}
		b.WriteString(text[prev:f.start])
		b.WriteString(formatFigure(nv, commas))
		prev = f.end
	}
	b.WriteString(text[prev:])
	return b.String(), true
}

func formatFigure(v int, commas bool) string {
	s := strconv.Itoa(v)
	if !commas || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// figureVariants makes wrong options from a key that states a figure, or
// nil when it does not (see figuresOf).
func (g *Generator) figureVariants(i int, text string, hits []knowledge.Hit, rng *rand.Rand) []variantText {
	limit := maxFigureWords
	if g.kb.AsksFigure(g.cards[i].Question) || slices.ContainsFunc(g.inf(i).question.tags.Hits, func(h knowledge.Hit) bool {
		// `X-Ray 기본 샘플링 규칙?` names a figure the knowledge knows.
		return g.kb.Concepts[h.Concept].Kind == "figure"
	}) {
		// "기본값과 최대값?": the sentence around the figures says what
		// they are (`기본 4일이며 최대 14일까지 늘릴 수 있습니다`).
		limit = maxAskedFigureWords
	}
	figs := g.figuresWithin(text, hits, limit)
	if figs == nil {
		return nil
	}
	q := strings.ReplaceAll(g.cards[i].Question, ",", "")
	asked := digitRuns(q)
	words := g.kb.NumbersIn(q) // `three queues`
	if g.kb.AsksAmount(q) {
		// `샤드 4개짜리 스트림 … 워커는 최대 몇 개?` → `4개`: the figure
		// the stem gives is the answer asked for, not a given to keep;
		// others (`2개`, `8개`) are the wrong options it invites.
		asked, words = nil, nil
	}
	given := make([]bool, len(figs))
	for k, f := range figs {
		digits := strings.ReplaceAll(text[f.start:f.end], ",", "")
		for _, r := range asked {
			if !f.aside && q[r[0]:r[1]] == digits && (f.unit == "" || !otherMeasure(g.kb, q[r[1]:], f.ladder)) {
				// `--max-items 50` for "the first 50 items": the stem
				// gives the figure, so another one is ruled out by
				// reading alone. The figure stays; the rest may vary
				// (`900초(15분), 기본값은 3초` for a stem that gives
				// 3초). (Not `샤드 1개` for a key `초당 1MB`: another
				// measure; but a bare `= 10` is the `10개` the stem
				// counts.)
				given[k] = true
			}
		}
		if !f.aside && slices.Contains(words, f.value) {
			return nil // the same, written as a word
		}
		for _, r := range asked {
			// `15분만` for a key `만료 900초`: the same amount in another
			// unit, given too.
			v, err := strconv.Atoi(q[r[0]:r[1]])
			if _, unit, ok := g.kb.LadderAfter(q[r[1]:]); err == nil && ok && !f.aside && g.kb.SameAmount(v, unit, f.value, f.unit) {
				return nil
			}
		}
	}
	if slices.Contains(given, true) {
		// A given figure stays, and so does the aside that restates it.
		var rest []figureAt
		mainGiven := false
		for k, f := range figs {
			if !f.aside {
				mainGiven = given[k]
			}
			if !mainGiven {
				rest = append(rest, f)
			}
		}
		// One figure left to vary, or none: beside several (`20 RCU, 6KB는
		// 8KB로 올림해 2 RCU씩` where the stem gives 6KB), a worked
		// calculation would change one step and keep the others.
		var left []int
		for _, f := range rest {
			if !f.aside && !slices.Contains(left, f.value) {
				left = append(left, f.value)
			}
		}
		if len(left) != 1 || !slices.ContainsFunc(rest, func(f figureAt) bool { return !f.aside && f.ladder.Family == "time" }) {
			// Only a duration: a size or a count beside a given one
			// (`4KB 크기 항목을 읽는 5개 읽기 용량 단위` where the stem gives
			// 5) makes a capacity that ties the key (final68: judged
			// also right).
			return nil
		}
		figs = rest
	}
	note := ""
	for _, h := range append(slices.Clone(hits), g.inf(i).question.tags.Hits...) {
		if c := g.kb.Concepts[h.Concept]; c.Kind == "figure" && c.Note != "" {
			note = c.Note
			break
		}
	}
	var out []variantText
	designs := figureDesigns(figs, rng)
	asides := false
	for k := 0; k < len(designs) || !asides && len(out) < 3; k++ {
		if k == len(designs) {
			// Too few rungs restate whole in the aside's unit (`365일
			// (1년)` at 180일): the aside's own rungs, scaled (`730일
			// (2년)`), come next, once.
			asides = true
			designs = append(designs, asideDesigns(figs)...)
			if k == len(designs) {
				break
			}
		}
		ch := designs[k]
		v, ok := renderFigures(text, figs, ch)
		if !ok {
			continue
		}
		src := OptionSource{Note: note}
		for _, f := range figs {
			if x, ok := ch[f.value]; ok && !f.aside && !slices.Contains(src.Replaces, text[f.start:f.unitEnd]) {
				src.Replaces = append(src.Replaces, text[f.start:f.unitEnd])
				src.Variant = append(src.Variant, formatFigure(x, f.commas)+text[f.end:f.unitEnd])
			}
		}
		out = append(out, variantText{text: v, src: src, figure: true})
	}
	return out
}

// asideDesigns are designs for a key of one figure restated in another
// unit in brackets (`365일 (1년)`): the figure at the aside's other rungs,
// scaled back (`730일` for `2년`), where that is whole.
func asideDesigns(figs []figureAt) []figureChange {
	var main, aside *figureAt
	for k := range figs {
		switch f := &figs[k]; {
		case !f.aside && main == nil:
			main = f
		case f.aside && main != nil && aside == nil && f.unit != "" && main.unit != "" && f.unit != main.unit &&
			main.ladder.Family != "" && f.ladder.Family == main.ladder.Family:
			aside = f
		}
	}
	if aside == nil {
		return nil
	}
	var out []figureChange
	below, above := aside.ladder.Rungs(aside.value)
	for _, r := range append(above, below...) {
		if v := main.value * r; v%aside.value == 0 && v/aside.value != main.value && len(out) < 3 {
			out = append(out, figureChange{main.value: v / aside.value}) // the nearest three
		}
	}
	return out
}

// variantText is a variant of the key before the guards: its text and
// where it came from.
type variantText struct {
	text string
	src  OptionSource
	// figure: the key with other figures, told from it by the figures,
	// not by the concepts named (a limit's name tags its figure).
	figure bool
	// exchange: the key with two names a comparison asks about exchanged
	// (exchangedNames), told from it by which is said of which.
	exchange bool
	// kin: a swap for a concept of the same service and kind only; far:
	// one that shares little of the need.
	kin, far bool
	// cross: a swap for a concept of another service than the one the
	// question names (crossesNamedService).
	cross bool
	// echoShort: how many fewer words of its name the question echoes
	// than of the name it replaces (nameEcho), at most echoShortMost.
	echoShort int
	// unsaid: the sibling is never called by the noun the question asks
	// for (`헤더`), the key's concept is.
	unsaid bool
	// toldApart: every swap is of an overlaps pair the question tells
	// apart (knowledge ToldApart).
	toldApart bool
	// closest: every swap is for a sibling of the exam's own pair or
	// triple (knowledge Closest), not only of a need's wider set.
	closest bool
	// described: a contrasted sibling's description for a key that
	// describes the concept asked about (describedSiblings).
	described bool
}

// otherMeasure reports whether the figure at the start of rest (what
// follows a number in the question) is of another measure than ladder l:
// a unit of another ladder and family. A number without a unit may be any.
func otherMeasure(kb *knowledge.Base, rest string, l *knowledge.Ladder) bool {
	ql, _, ok := kb.LadderAfter(rest)
	if !ok || ql == l || l == nil {
		return false
	}
	return ql.Family == "" || ql.Family != l.Family
}

// statedAmount is a figure written with the unit of a measure.
type statedAmount struct {
	value int
	unit  string
}

// repeatsStemAmount reports whether the last amount text states of a
// measure (time, size: a ladder of a family) is one question states too,
// in the same unit or another (`29초`, `3.00 seconds` for `3초`). (The
// last: `60초의 6배인 360초` works out 360초 from a stem's `1분`.)
func (g *Generator) repeatsStemAmount(question, text string) bool {
	if g.kb == nil {
		return false
	}
	amounts := g.statedAmounts(text)
	if len(amounts) == 0 {
		return false
	}
	a := amounts[len(amounts)-1]
	return slices.ContainsFunc(g.statedAmounts(question), func(s statedAmount) bool {
		return a == s || g.kb.SameAmount(a.value, a.unit, s.value, s.unit)
	})
}

// statedAmounts returns the whole figures of text written with a unit of a
// measure, read whole with their thousands (`1,000`) and past a zero
// decimal part (`3.00 seconds` is 3 seconds; `2.5` is no whole figure).
func (g *Generator) statedAmounts(text string) []statedAmount {
	var out []statedAmount
	for _, r := range digitRuns(text) {
		if r[0] > 0 && (text[r[0]-1] == '.' || thousands(text, r[0]-1)) {
			continue // the decimal part or a group of the figure before
		}
		whole := r[1]
		for thousands(text, whole) {
			whole += 4
		}
		end := whole
		if end+1 < len(text) && text[end] == '.' && isDigit(text[end+1]) {
			k := end + 1
			for k < len(text) && text[k] == '0' {
				k++
			}
			if k < len(text) && isDigit(text[k]) {
				continue
			}
			end = k
		}
		v, err := strconv.Atoi(strings.ReplaceAll(text[r[0]:whole], ",", ""))
		l, unit, ok := g.kb.LadderAfter(text[end:])
		if err != nil || !ok || unit == "" || l.Family == "" {
			continue
		}
		out = append(out, statedAmount{v, unit})
	}
	return out
}
