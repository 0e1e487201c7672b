package distractor

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/knowledge"
)

// grams is the sorted set of character bigrams of a folded text. Korean has
// no reliable word boundaries, so text is compared by character n-grams.
type grams []uint64

func makeGrams(folded string) grams {
	r := []rune(folded)
	if len(r) == 1 {
		return grams{uint64(r[0])}
	}
	g := make(grams, 0, len(r))
	for i := 0; i+1 < len(r); i++ {
		g = append(g, uint64(r[i])<<32|uint64(r[i+1]))
	}
	slices.Sort(g)
	return slices.Compact(g)
}

func (a grams) common(b grams) int { return commonSorted(a, b) }

// commonSorted counts the elements two sorted, duplicate-free slices share.
// The merge is written without data-dependent branches: on bigram sets the
// comparisons are unpredictable, and this is the generator's hottest loop.
func commonSorted[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		x, y := a[i], b[j]
		n += b2i(x == y)
		i += b2i(x <= y)
		j += b2i(y <= x)
	}
	return n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (a grams) jaccard(b grams) float64 {
	c := a.common(b)
	u := len(a) + len(b) - c
	if u == 0 {
		return 0
	}
	return float64(c) / float64(u)
}

// runeSet is the set of distinct runes of a folded text.
type runeSet []rune

func makeRuneSet(folded string) runeSet {
	r := []rune(folded)
	slices.Sort(r)
	return slices.Compact(r)
}

// shared counts the distinct runes of folded that are in set a; marks is
// scratch space of len(a), all false (and left so). It is
// makeRuneSet(folded).common(a) without sorting folded's runes: an
// option's runes are counted once, against its question's.
func (a runeSet) shared(folded string, marks []bool) int {
	n := 0
	for _, r := range folded {
		if k, ok := slices.BinarySearch(a, r); ok && !marks[k] {
			marks[k] = true
			n++
		}
	}
	if n > 0 {
		clear(marks)
	}
	return n
}

// Shape is the form of an answer, so wrong options look like the key: a
// number with its unit, a Latin name, a Korean sentence, or a list of either.
type Shape string

const (
	ShapeNumber     Shape = "number"
	ShapeLatin      Shape = "latin"
	ShapeLatinList  Shape = "latin-list"
	ShapeKorean     Shape = "korean"
	ShapeKoreanList Shape = "korean-list"
)

// digitRuns returns the [start, end) byte offsets of each run of ASCII
// digits in s (a hand-rolled `\d+`: it runs for every card).
func digitRuns(s string) [][2]int {
	var runs [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// figures is the digit runs of s joined by commas: "6,70".
func figures(s string) string {
	runs := digitRuns(s)
	if len(runs) == 0 {
		return ""
	}
	parts := make([]string, len(runs))
	for k, r := range runs {
		parts[k] = s[r[0]:r[1]]
	}
	return strings.Join(parts, ",")
}

func shapeOf(text string) Shape {
	if _, ok := parseNumeric(text); ok {
		return ShapeNumber
	}
	hangul := hasHangul(text)
	list := len(splitList(text)) >= 2
	switch {
	case hangul && list:
		return ShapeKoreanList
	case hangul:
		return ShapeKorean
	case list:
		return ShapeLatinList
	}
	return ShapeLatin
}

// bareFigure reports whether text is figures and their units alone, with
// a word or two around them (`1,000개`, `최대 10GB`, `900 seconds`, `4일 /
// 1분~14일`, `100MB 이상`): at most four letters a number besides the units
// (not `함수 제한 시간의 6배 이상 권장`), and no number of a name (`S3`,
// `AES-256`, `TLS 1.2`, `GSI 20개, LSI 5개`, `cron(0 12 * * ? *)`).
func bareFigure(text string) bool {
	if strings.ContainsAny(text, "*?{}=") {
		return false // an expression (`cron(0 12 * * ? *)`), no figure
	}
	numbers, letters := figureNumbers(text, true)
	return numbers > 0 && letters <= 4*numbers
}

// figureNumbers counts the numbers of text that are no name's (not after
// a letter, `-`, `/` or `(`; with versions, nor after a Latin word and a
// space: `TLS 1.2`), and the letters outside them and the unit after each
// (`10GB`, `900 seconds`, `400KB이다`).
func figureNumbers(text string, versions bool) (numbers, letters int) {
	rs := []rune(text)
	digit := func(k int) bool { return k < len(rs) && rs[k] >= '0' && rs[k] <= '9' }
	for k := 0; k < len(rs); {
		if !digit(k) {
			if unicode.IsLetter(rs[k]) {
				letters++
			}
			k++
			continue
		}
		start := k
		for digit(k) || k < len(rs) && (rs[k] == ',' || rs[k] == '.') && digit(k+1) {
			k++
		}
		prev := ' '
		if start > 0 {
			prev = rs[start-1]
		}
		name := unicode.IsLetter(prev) || prev == '-' || prev == '/' || prev == '(' || prev == '_'
		if !name && versions && start > 0 && prev == ' ' {
			w := start - 1
			for w > 0 && rs[w-1] != ' ' {
				w--
			}
			word := rs[w : start-1]
			name = len(word) > 0 && !slices.ContainsFunc(word, func(r rune) bool { return !unicode.In(r, unicode.Latin) })
		}
		if !name {
			numbers++
		}
		unit := k
		if unit < len(rs) && rs[unit] == ' ' {
			unit++
		}
		if unit < len(rs) && unicode.IsLetter(rs[unit]) {
			for unit < len(rs) && unicode.IsLetter(rs[unit]) {
				unit++
			}
			k = unit
		}
	}
	return numbers, letters
}

// bareNames reports whether text is only a list of names (`TopicArn,
// Subject, Message`, `ASG, ELB, RDS`): two or more items, none a phrase
// with Korean words in it beyond two words. Offered for a key that is not
// a list, such an option does not answer the question at all: judged
// broken, not wrong.
func bareNames(text string) bool {
	items := splitList(text)
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		words := len(strings.Fields(it))
		if words > 4 || words > 2 && hasHangul(it) {
			return false
		}
	}
	return true
}

// listCommas returns the byte offsets of text's commas outside brackets:
// where a list "A, B (x, y), C" is separated.
func listCommas(text string) []int {
	var at []int
	depth := 0
	for i, r := range text {
		switch r {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 && !thousands(text, i) {
				at = append(at, i)
			}
		}
	}
	return at
}

// thousands reports whether the comma at i groups a number's digits
// (`10,240MB`, `1,000,000`): one to three digits before it (after the
// number's start or another group) and exactly three after. No list is
// split there (`128MB ~ 10` and `240MB` were offered as two answers), and
// figures read the number whole.
func thousands(text string, i int) bool {
	if i+4 > len(text) || text[i] != ',' {
		return false
	}
	run := 0
	for k := i - 1; k >= 0 && isDigit(text[k]); k-- {
		run++
	}
	if run == 0 || run > 3 {
		return false
	}
	return allDigits(text[i+1:i+4]) && (i+4 == len(text) || !isDigit(text[i+4]))
}

// splitList splits "A, B, C" at commas outside brackets and quotes.
func splitList(text string) []string {
	var items []string
	start := 0
	for _, i := range listCommas(text) {
		items = append(items, strings.TrimSpace(text[start:i]))
		start = i + 1
	}
	items = append(items, strings.TrimSpace(text[start:]))
	out := items[:0]
	for _, it := range items {
		if it != "" {
			out = append(out, it)
		}
	}
	return out
}

// ParallelItems returns the items of an answer that the real exam would ask
// as "choose two/three": 2–3 short Latin names or terms (`tomcat, .NET`,
// `UpdateItem, GetItem, PutItem`). Comma-separated steps of one answer, lists
// of Korean phrases and numbers stay one option. It is deliberately
// conservative.
func ParallelItems(answer string, kb *knowledge.Base) []string {
	items := splitList(answer)
	if len(items) < 2 || len(items) > 3 {
		return nil
	}
	for _, it := range items {
		if strings.IndexFunc(it, func(r rune) bool { return r > unicode.MaxASCII }) >= 0 {
			return nil
		}
		if len(strings.Fields(it)) > 3 || display.Width(it) > 24 || strings.ContainsAny(it, ".;:") && !strings.HasPrefix(it, ".") {
			return nil
		}
		if strings.Trim(it, "0123456789 ") == "" {
			return nil
		}
		if kb != nil && kb.RemarkFirst(it) {
			// `Origin Access Control, replaces OAI`, `and …`, `not …`:
			// a remark on the answer, not a second one (asks.yaml
			// remark_words).
			return nil
		}
		if statesMeasure(kb, it) {
			// `Standard 4 KB, Advanced 8 KB`, `4 days default, 14 days
			// max`: the figures of one answer, which vary as figures,
			// not two answers to choose beside unrelated names. (A
			// number in a name is no measure: `Route 53, CloudFront`.)
			return nil
		}
	}
	for k := range items {
		for _, other := range items[k+1:] {
			if lettersOf(items[k]) == lettersOf(other) {
				// `US East (N. Virginia), us-east`: one name said twice,
				// not two answers (a fuzz input: both became keys).
				return nil
			}
		}
	}
	return items
}

// lettersOf returns text's letters and digits, lower case: how two ways of
// writing one name (`US East`, `us-east`) compare.
func lettersOf(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, text)
}

// statesMeasure reports whether text states a number in a unit the
// knowledge's figure ladders know (`4 KB`, `14 days`, `10GB`), not a
// number in a name (`Route 53`, `HTTP/2`, `Java 17`, `S3`).
func statesMeasure(kb *knowledge.Base, text string) bool {
	if kb == nil {
		return false
	}
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		start := i
		for i < len(text) && (isDigit(text[i]) || thousands(text, i)) {
			if text[i] == ',' {
				i += 3
			}
			i++
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:start]); nameBefore(before) || before == '/' {
			continue // a name's number (`S3`) or a version (`HTTP/2`)
		}
		if _, unit, ok := kb.LadderAfter(text[i:]); ok && unit != "" {
			return true
		}
	}
	return false
}

// numeric is an answer made of one or two integers with units around them:
// `45`, `200 읽기 용량 단위`, `6 읽기 용량 단위, 70 쓰기 용량 단위`.
type numeric struct {
	values []int
	parts  []string // text around the numbers: len(values)+1 parts
}

func parseNumeric(text string) (numeric, bool) {
	locs := digitRuns(text)
	if len(locs) == 0 || len(locs) > 2 {
		return numeric{}, false
	}
	for _, l := range locs {
		if l[1] < len(text) && text[l[1]] == ',' {
			return numeric{}, false // `10,000개`: one figure, not two (figuresOf reads it)
		}
	}
	rest := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, text)
	if strings.IndexFunc(rest, func(r rune) bool {
		return r < unicode.MaxASCII && unicode.IsLetter(r) || r == '.' || r == '/' || r == '-'
	}) >= 0 {
		return numeric{}, false
	}
	if display.Width(strings.TrimSpace(rest)) > 40 {
		return numeric{}, false
	}
	var n numeric
	prev := 0
	for _, l := range locs {
		v, err := strconv.Atoi(text[l[0]:l[1]])
		if err != nil || v > 1_000_000 {
			return numeric{}, false
		}
		n.values = append(n.values, v)
		n.parts = append(n.parts, text[prev:l[0]])
		prev = l[1]
	}
	n.parts = append(n.parts, text[prev:])
	return n, true
}

func (n numeric) format(values []int) string {
	var b strings.Builder
	for i, v := range values {
		b.WriteString(n.parts[i])
		b.WriteString(strconv.Itoa(v))
	}
	b.WriteString(n.parts[len(values)])
	return b.String()
}

func (n numeric) sum() int {
	s := 0
	for _, v := range n.values {
		s += v
	}
	return s
}

// fold is bank.Fold: the one normaliser for "are these the same answer".
func fold(s string) string { return bank.Fold(s) }

// trimAsides is the answer a question offers for a note's answer: without
// the asides in round brackets a learner jots after it (`SSE-S3 (2023년
// 1월부터 기본)`, `10 WCU (트랜잭션은 2배)`), which only the key would carry
// — a length tell, often the reason spelled out — and which no variant can
// keep true. A gloss that only names the thing in English (`프로비저닝된
// 동시성 (Provisioned Concurrency)`) stays: it changes with its name. The
// note's whole answer is the question's explanation where it has none.
// ok is false when nothing was cut.
func trimAsides(text string, saysNot func(item string) bool, remark func(head, sep, tail string) bool) (string, bool) {
	if remark != nil {
		// `구독 필터 정책; eventType이 refund인 메시지만 그 구독으로
		// 전달됩니다`, `메모리 설정을 올렸다, CPU는 메모리에 비례해
		// 할당된다`: the reason a note gives after its answer, which every
		// variant would keep as written and which names what the key
		// names (final112–113: `가속 엔드포인트` beside Transfer
		// Acceleration, `5%` beside sampling; give-aways).
		for k := 0; k+2 <= len(text); k++ {
			if sep := text[k:min(k+2, len(text))]; (sep == "; " || sep == ", " || sep == ". ") && remark(text[:k], sep, text[k+2:]) {
				if shown, _ := trimAsides(strings.TrimSpace(text[:k]), saysNot, remark); display.Width(shown) >= 2 {
					if strings.HasSuffix(text, ".") && !strings.HasSuffix(shown, ".") {
						// (Closed as the note closes it, like the options
						// that keep theirs.)
						shown += "."
					}
					return shown, true
				}
				break
			}
		}
	}
	if at := strings.Index(text, " — "); at > 0 {
		// `태스크 역할 — 실행 역할 아님`: a remark after a dash, too.
		if shown, _ := trimAsides(text[:at], saysNot, remark); display.Width(shown) >= 2 {
			return shown, true
		}
	}
	if at := strings.Index(text, " - "); at > 0 && strings.Count(text, " - ") == 1 {
		// `TTL 활성화 - 삭제에 WCU 소비 없음`, `GSI - LSI는 테이블 생성
		// 시에만`: a reviewer's reason after a spaced hyphen is a remark
		// as well (final45: options differing only there were judged
		// second right answers, and the reason, echoing the stem, gave
		// the key away in 22 of 48 such items). A bare `예 - …` keeps
		// its reason: alone it would say nothing.
		head := text[:at]
		if shown, _ := trimAsides(head, saysNot, remark); display.Width(shown) >= 2 &&
			(strings.ContainsFunc(shown, func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }) || len(strings.Fields(shown)) >= 2) {
			return shown, true
		}
	}
	if items := splitList(text); saysNot != nil && len(items) >= 2 && saysNot(items[len(items)-1]) {
		// `Redis OSS (sorted set), Memcached 아님`, `ElastiCache, not
		// sticky sessions`: what the answer is not, after it, is a
		// remark too — the trap the note warns of, which only the key
		// would name (final45: give-aways) and a variant can offer.
		if commas := listCommas(text); len(commas) > 0 && commas[len(commas)-1] > 0 {
			at := commas[len(commas)-1]
			if shown, _ := trimAsides(strings.TrimSpace(text[:at]), saysNot, remark); display.Width(shown) >= 2 {
				return shown, true
			}
		}
	}
	if !strings.ContainsAny(text, "(（") {
		return text, false
	}
	var b strings.Builder
	cut := false
	for rest := text; rest != ""; {
		open := strings.IndexAny(rest, "(（")
		if open < 0 {
			b.WriteString(rest)
			break
		}
		_, size := utf8.DecodeRuneInString(rest[open:])
		depth, end := 1, -1
		for k, r := range rest[open+size:] {
			switch r {
			case '(', '（':
				depth++
			case ')', '）':
				depth--
			}
			if depth == 0 {
				end = open + size + k
				break
			}
		}
		if end < 0 {
			return text, false // unbalanced: leave the note as written
		}
		_, closeSize := utf8.DecodeRuneInString(rest[end:])
		if keptAside(b.String()+rest[:open], rest[open+size:end]) {
			b.WriteString(rest[:end+closeSize])
		} else {
			b.WriteString(strings.TrimRight(rest[:open], " "))
			cut = true
		}
		rest = rest[end+closeSize:]
	}
	out := strings.TrimSpace(b.String())
	if !cut || display.Width(out) < 2 || !strings.ContainsFunc(out, unicode.IsLetter) {
		return text, false
	}
	return out, true
}

// saysPast reports whether a Korean sentence closes in the past tense
// (`추가했다`, `줄였습니다`, `넣었어요`): its closing verb's last syllable
// before `다`, `습니다` or `어요` ends in ㅆ. (`있다`, `있습니다` say what is, not what was done.)
func saysPast(sentence string) bool {
	t := strings.TrimRight(sentence, ". ")
	cut := false
	for _, ending := range []string{"습니다", "다", "어요", "아요"} {
		if before, ok := strings.CutSuffix(t, ending); ok {
			t, cut = before, true
			break
		}
	}
	if !cut {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	const jongSsang = 20 // ㅆ among a syllable's 28 final consonants
	_, final, ok := knowledge.HangulSyllable(r)
	return ok && final == jongSsang && r != '있'
}

// keptAside reports whether an aside stays on the offered key: a figure
// restated in another unit, or an English gloss of the Korean name just
// before it (`프로비저닝된 동시성 (Provisioned Concurrency)`) or of an
// acronym (`STS(Security Token Service)`). English
// after an English name is no gloss but more detail (`Parallel Scan
// (Segment, TotalSegments)`, `Custom resource (Lambda-backed)`), and a
// list or an addition (`Versioning 활성화 (+ MFA Delete)`) never is.
func keptAside(before, aside string) bool {
	switch {
	case !gloss(aside):
		return false
	case figureAside(aside):
		return true
	case strings.ContainsAny(aside, ",+&;"):
		return false
	}
	before = strings.TrimRight(before, " ")
	last := before[strings.LastIndexByte(before, ' ')+1:]
	acronym := len(last) >= 2 && !strings.ContainsFunc(last, func(r rune) bool { return !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '-' })
	// `STS(Security Token Service)`: an acronym spelled out is a gloss.
	return acronym || strings.ContainsFunc(last, func(r rune) bool { return unicode.Is(unicode.Hangul, r) })
}

// figureAside reports whether an aside is a figure with at most a unit
// (`15분`, `5 GB`).
func figureAside(aside string) bool {
	letters := 0
	for _, r := range aside {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 2 && strings.ContainsFunc(aside, unicode.IsDigit)
}

// gloss reports whether an aside only names something in English (no
// Hangul, figures or syntax), or only restates a figure in another unit
// (`900초 (15분)`).
func gloss(aside string) bool {
	if figureAside(aside) {
		return true
	}
	return len(aside) <= 40 && !strings.ContainsFunc(aside, func(r rune) bool {
		return unicode.Is(unicode.Hangul, r) || unicode.IsDigit(r) || strings.ContainsRune(":=/*$→", r)
	})
}

// withoutGlosses is name without the glosses in round brackets that
// translate the word before them (`온디맨드(On-Demand)`, `On-Demand(온디맨드)`).
func withoutGlosses(name string) string {
	var b strings.Builder
	for {
		open := strings.IndexAny(name, "(（")
		if open < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(name[open:])
		end := strings.IndexAny(name[open:], ")）")
		if end < 0 {
			break
		}
		inner := name[open+size : open+end]
		_, closeSize := utf8.DecodeRuneInString(name[open+end:])
		b.WriteString(name[:open])
		if !gloss(inner) && !koreanWords(inner) {
			b.WriteString(name[open : open+end+closeSize])
		}
		name = name[open+end+closeSize:]
	}
	b.WriteString(name)
	return b.String()
}

// koreanWords reports whether s is Korean words and spaces only.
func koreanWords(s string) bool {
	return strings.TrimSpace(s) != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) && r != ' ' })
}

// hasHangul reports whether s holds a Korean letter.
func hasHangul(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.Is(unicode.Hangul, r) }) >= 0
}

// wordsWithin reports whether every word of name, outside brackets, is a
// word of written (lower-cased; words split at anything not a letter or
// digit; the bank's texts are NFC already).
func wordsWithin(name, written string) bool {
	inName, inWritten := textWords(name), textWords(written)
	if len(inName) == 0 {
		return false
	}
	for _, w := range inName {
		if !slices.Contains(inWritten, w) {
			return false
		}
	}
	return true
}

// headNamedElsewhere reports whether the last word of name (two letters
// or more, outside brackets) is a word of text outside [start, end).
func headNamedElsewhere(name, text string, start, end int) bool {
	inName := textWords(name)
	if len(inName) == 0 {
		return false
	}
	head := inName[len(inName)-1]
	if utf8.RuneCountInString(head) < 2 {
		return false
	}
	if own := textWords(text[start:end]); len(own) > 0 && own[len(own)-1] == head {
		// `강력한 일관된 읽기` for `최종 일관된 읽기` beside `읽기 용량
		// 단위`: the key's own name ends in the same word, said no more
		// often by the sibling (final72: the only contrasted sibling
		// dropped, `DynamoDB 삭제 방지` in its place).
		return false
	}
	return slices.Contains(textWords(text[:start]), head) || slices.Contains(textWords(text[end:]), head)
}

// textWords is text's words outside brackets, lower-cased, split at
// anything not a letter or digit.
func textWords(t string) []string {
	return strings.FieldsFunc(strings.ToLower(outsideBrackets(t)), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// outsideBrackets is text without what round brackets enclose (and the
// brackets).
func outsideBrackets(text string) string {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(0, depth-1)
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// orderVariants returns, for a key that is an order of three or more steps
// (`A → B → C → D`, `A -> B -> C`, `A > B > C`, outside brackets), other
// orders of the same steps: the first two exchanged, the last two, and
// both — a 2×2 design, so the key is not the order most like the others —
// or, for three steps, the first two, the last two and all three
// reversed. A label before the steps (`봉투 암호화: …`) and a closing ` 순`
// stay where they are. It returns nil for any other key.
func orderVariants(text string, asksOrder bool) []variantText {
	var sep string
	for _, s := range []string{" → ", " -> ", " > "} {
		// (` > ` joins steps only where the question asks for an
		// order: elsewhere it is a path, `Lambda 구성 > 동시성`.)
		if strings.Count(outsideBrackets(text), s) >= 2 && (s != " > " || asksOrder || strings.HasSuffix(strings.TrimSpace(text), " 순")) {
			sep = s
			break
		}
	}
	if sep == "" {
		return nil
	}
	prefix, body, suffix := "", text, ""
	if k := strings.Index(body, ": "); k >= 0 && k < strings.Index(body, sep) {
		prefix, body = body[:k+2], body[k+2:]
	}
	if k := remarkAfterSteps(body, sep); k > 0 {
		// `… → ValidateService; hooks 스크립트는 해당 이벤트에서 실행`: a
		// remark after the steps stays at the end, whatever the order
		// (hundred-and-forty-first bank: `…ValidateService; hooks … →
		// ApplicationStart`), and steps within it are no steps.
		body, suffix = body[:k], body[k:]
	}
	if strings.HasSuffix(body, " 순") {
		body, suffix = strings.TrimSuffix(body, " 순"), " 순"+suffix
	}
	steps := splitOutside(body, sep)
	if len(steps) < 3 || slices.Contains(steps, "") {
		return nil
	}
	for _, st := range steps {
		if len(strings.Fields(st)) > 8 {
			return nil // sentences, not steps
		}
	}
	swap := func(in []string, a, b int) []string {
		out := slices.Clone(in)
		out[a], out[b] = out[b], out[a]
		return out
	}
	n := len(steps)
	var orders [][]string
	if n == 3 {
		rev := slices.Clone(steps)
		slices.Reverse(rev)
		orders = [][]string{swap(steps, 0, 1), swap(steps, 1, 2), rev}
	} else {
		first, last := swap(steps, 0, 1), swap(steps, n-2, n-1)
		orders = [][]string{first, last, swap(first, n-2, n-1)}
	}
	keyOrder := strings.Join(steps, sep)
	var out []variantText
	for _, o := range orders {
		joined := strings.Join(o, sep)
		if joined == keyOrder || slices.ContainsFunc(out, func(v variantText) bool { return v.src.Variant[0] == joined }) {
			continue // steps written alike: no other order
		}
		out = append(out, variantText{text: prefix + joined + suffix, exchange: true,
			src: OptionSource{Variant: []string{joined}, Replaces: []string{keyOrder}}})
	}
	return out
}

// remarkAfterSteps returns where a remark after an order's steps begins —
// the first `; ` or `. ` outside brackets once two separators have been
// passed — or 0 where there is none.
func remarkAfterSteps(body, sep string) int {
	depth, seps := 0, 0
	for k := 0; k < len(body); k++ {
		switch body[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(0, depth-1)
		}
		if depth > 0 {
			continue
		}
		if strings.HasPrefix(body[k:], sep) {
			seps++
			k += len(sep) - 1
			continue
		}
		if seps >= 2 && (strings.HasPrefix(body[k:], "; ") || strings.HasPrefix(body[k:], ". ")) {
			return k
		}
	}
	return 0
}

// splitOutside splits text at sep where sep stands outside brackets.
func splitOutside(text, sep string) []string {
	var out []string
	depth, start := 0, 0
	for k := 0; k < len(text); k++ {
		switch text[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		}
		if depth == 0 && strings.HasPrefix(text[k:], sep) {
			out = append(out, strings.TrimSpace(text[start:k]))
			start = k + len(sep)
			k += len(sep) - 1
		}
	}
	return append(out, strings.TrimSpace(text[start:]))
}

// Reordered reports whether b is one of a's order variants: the same
// steps in another order, which is another answer though it names the
// same concepts.
func Reordered(a, b string) bool {
	return slices.ContainsFunc(orderVariants(a, true), func(v variantText) bool { return v.text == b })
}

// leadsClause reports whether item, the last of a comma-separated list,
// is a short name taking the object particle that leads into the clause
// after it (`압축을 거쳐 S3로 전달`): the list's last item, not a clause of
// its own. (Not `로`: adverbs end so, `기본적으로`, `실제로`.)
func leadsClause(item string) bool {
	first, _, ok := strings.Cut(strings.TrimSpace(item), " ")
	if !ok {
		return false
	}
	for _, p := range []string{"을", "를"} {
		if name, found := strings.CutSuffix(first, p); found && utf8.RuneCountInString(name) >= 2 {
			return true
		}
	}
	return false
}

// listed reports whether hit h names one item of a list: next to a `·`
// (or `ㆍ`, `、`), followed by ` 등` (etc.), or at the start of the third
// or a later comma-separated item after short ones (`SCP, 권한 경계, 리소스
// 정책 어딘가의…`) or a short item among three or more.
func listed(text string, h knowledge.Hit) bool {
	before := strings.TrimRight(text[:h.Start], " ")
	after := strings.TrimLeft(text[h.End:], " ")
	for _, dot := range []string{"·", "ㆍ", "、"} {
		// Three or more: `서브넷·보안 그룹` is two things a setting needs,
		// either of which varies as plausibly as a lone name.
		if (strings.HasSuffix(before, dot) || strings.HasPrefix(after, dot)) && dotItems(text, h, dot) >= 3 {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(text[h.End:], " 등"); ok {
		// `등` (etc.) alone or with a particle (`등을`), not a word that
		// begins with it (`등급`, `등록`).
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Hangul, r) || strings.ContainsRune("을를이의은는으에과와도만", r) {
			return true
		}
	}
	if insideBrackets(text, h.Start) {
		return false
	}
	// Only the sentence the name is in: `…를 사용하겠습니다. 버퍼링, 변환,
	// 압축을 거쳐 …` lists three things after a sentence that is none of
	// them (final79: `동적 파티셔닝, 변환, 압축` judged also right).
	if at := strings.LastIndex(text[:h.Start], ". "); at >= 0 {
		text, h = text[at+2:], knowledge.Hit{Concept: h.Concept, Alias: h.Alias, Start: h.Start - at - 2, End: h.End - at - 2}
	}
	if at := strings.Index(text[h.End:], ". "); at >= 0 {
		text = text[:h.End+at+1]
	}
	items := splitOutside(text, ",")
	if len(items) < 3 {
		return false
	}
	// A short name, not a clause (`제한 시간을 줄이고`).
	short := func(it string) bool {
		it = strings.TrimSpace(it)
		return len(strings.Fields(it)) <= 3 && !strings.Contains(it, "을 ") && !strings.Contains(it, "를 ") && !strings.HasSuffix(it, "고")
	}
	// Which item h begins or is: the one whose text starts where h does.
	at, k := 0, -1
	for n, it := range items {
		start := strings.Index(text[at:], it) + at
		if start <= h.Start && h.Start < start+len(it) {
			if strings.TrimSpace(text[start:h.Start]) == "" {
				k = n
			}
			break
		}
		at = start + len(it)
	}
	if k < 0 {
		return false
	}
	shortOnes := 0
	for n, it := range items {
		if n == k || short(it) || n == len(items)-1 && leadsClause(it) {
			shortOnes++
		}
	}
	if shortOnes >= 3 && (short(items[k]) || k >= 2 && short(items[k-1]) && short(items[k-2])) {
		return true
	}
	// Four or more noun phrases (`IAM 자격 증명의 수명 주기 관리, 보안
	// 그룹 및 ACL 설정, EBS 볼륨의 암호화, …`): a list of responsibilities,
	// any item of which another of its kind makes as true (final23).
	phrase := func(it string) bool {
		it = strings.TrimSpace(it)
		return len(strings.Fields(it)) <= 6 && !strings.Contains(it, "을 ") && !strings.Contains(it, "를 ") && !strings.HasSuffix(it, "고")
	}
	return len(items) >= 4 && !slices.ContainsFunc(items, func(it string) bool { return !phrase(it) })
}

// dotItems counts the items of the dot-joined run around hit h (`A·B·C`
// is three), the run ending at a space-free separator's absence.
func dotItems(text string, h knowledge.Hit, dot string) int {
	n := 1
	for rest := text[h.End:]; ; {
		rest = strings.TrimLeft(rest, " ")
		if !strings.HasPrefix(rest, dot) {
			break
		}
		n++
		rest = rest[len(dot):]
		if k := strings.IndexAny(rest, dot+",.;)"); k >= 0 && strings.HasPrefix(rest[k:], dot) {
			rest = rest[k:]
			continue
		}
		break
	}
	for rest := text[:h.Start]; ; {
		rest = strings.TrimRight(rest, " ")
		if !strings.HasSuffix(rest, dot) {
			break
		}
		n++
		rest = rest[:len(rest)-len(dot)]
		if k := strings.LastIndexAny(rest, dot+",.;("); k >= 0 && strings.HasPrefix(rest[k:], dot) {
			rest = rest[:k+len(dot)]
			continue
		}
		break
	}
	return n
}
