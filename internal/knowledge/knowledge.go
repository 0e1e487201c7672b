// Package knowledge is what awsexam knows about AWS, as data: services and
// their concepts (features, API actions, settings, policies…) with the
// names people write for them, the sets of concepts the exam contrasts, and
// the concepts that are the same solution. It tags text with the concepts
// it names, on word boundaries, so the distractor generator can keep wrong
// options on topic and the bank can give cards a domain.
package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is what sort of thing a concept is; an option of one kind answers a
// question whose key is of the same kind.
type Kind string

// KindService marks the concept that stands for a whole service.
const KindService Kind = "service"

// Concept is one AWS service or a thing within one.
type Concept struct {
	ID      string
	Service int // index of the service's own concept
	Kind    Kind
	Aliases []string
	Note    string
	Domain  string
	// Class is the same for concepts that are the same solution (an
	// equivalence group); a concept alone is its own class.
	Class int
	// Contrasts lists the contrast sets the concept belongs to.
	Contrasts []int
	// Umbrella marks a "service" that only groups concepts of many
	// services or none (AWS general, architecture styles): its concepts
	// are not kin of each other (see Kin).
	Umbrella bool
	// Bare lists the words the concept is written as alone when the
	// question names its service (`Catch`, `Conditions`, `TTL`): too
	// ambiguous to be aliases, matched only as a whole answer (BareHit).
	Bare   []string
	Source string // FILE:LINE of its definition
	// whole is 1 + the index of the concept this is a part of, or 0.
	whole int
}

// WholeOf returns the concept c is a part of (`sqs-redrive-policy` for
// `maxReceiveCount`), if the knowledge says so. A key that names a thing
// and its part varies the part; the thing stays as written, and a sibling
// that is the thing (`CORS` beside `Access-Control-Allow-Origin`) is named
// there already.
func (b *Base) WholeOf(c int) (int, bool) {
	w := b.Concepts[c].whole
	return w - 1, w > 0
}

// Contrast is a set of concepts the exam sets against each other: one of
// them fits a given need.
type Contrast struct {
	ID      string
	Members []int
	Note    string
	// Overlap marks an overlaps: set: its members are both right for a
	// plain need (a cache: Redis or Memcached) and are set against each
	// other only when the question names one of Unless, a need that tells
	// them apart. Overlap sets make no siblings.
	Overlap bool
	Unless  []string
	// When, if any, are the words of the only questions an overlap holds
	// for (`추가 비용 없이`: CloudFormation and Elastic Beanstalk are both
	// free, and otherwise set against each other).
	When []string
	// PerService marks a set of one kind of thing in different services
	// (each service's lifecycle expiry, resource policy, size limit): a
	// member is set against another service's only where the question
	// does not name the service it is about (SiblingElsewhere).
	PerService bool
	// AcrossServices marks a set of things of different services that
	// stand in one place (the agents running on one host): a member
	// replaces another even where the answer names the key's service
	// elsewhere (`X-Ray 데몬을 설치하고 … X-Ray로 전송` → `CodeDeploy
	// 에이전트를 설치하고 …`, the confusion the exam tests), where another
	// service's thing would otherwise read as nonsense.
	AcrossServices bool
	// Values marks a set of the values one setting takes, some said in
	// words and some by figures (a log group's retention: `무기한(Never
	// expire)`, `30일`): a member said in words takes those stated by
	// figures (ValuesContrasted).
	Values bool
}

// Negations are the words that say an answer's concept is what the
// solution is not (`실행 역할이 아님`, `not SSE-S3`, `X가 아니라 Y`):
// another concept in its place says the same thing, so it is never varied.
type Negations struct {
	After     []string `yaml:"after"`     // after the name, past a particle and spaces
	Before    []string `yaml:"before"`    // just before the name (case-insensitive)
	Particles []string `yaml:"particles"` // may come between the name and an After word
}

// LearnerNotes is how a learner's wrong-answer log (오답노트) notes, in
// brackets after a question, the wrong answer they picked: a marker
// (`헷갈림`, `찍음`) after the pick and the particle that joins them.
type LearnerNotes struct {
	Markers   []string `yaml:"markers"`
	Particles []string `yaml:"particles"`
}

// AskedNouns is how a question names, with its last word, the kind of
// thing it asks for (`…보내는 요청 헤더는?`, `…ElastiCache 엔진은?`):
// the endings a question may close with after that noun, the endings of
// a last word that is no noun (a verb: `…배포한다`), and the nouns too
// general to name a kind (`방법`, `것`).
type AskedNouns struct {
	Endings     []string `yaml:"endings"`
	VerbEndings []string `yaml:"verb_endings"`
	General     []string `yaml:"general"`
	// Which are the words before a noun that ask for one of its kind
	// (`어떤 인덱스를 추가해야 하는가?`): where the last word is a verb,
	// the noun after one of them, less its particle (Endings).
	Which []string `yaml:"which"`
	// Forms are the words, English and Korean, that name one kind of
	// thing (`hook`, `hooks`, `후크`, `훅`): a question may ask with one
	// (`…트래픽 전환 전에 테스트 돌리는 hook 은요?`) and the knowledge call
	// it by another. A Latin last word names a kind only if a group holds it.
	Forms [][]string `yaml:"forms"`
	// Prepositions put a Latin last word in a place, not a kind asked
	// for (`…in a CloudFormation template?` asks for something inside
	// the template): one up to three words before it names none.
	Prepositions []string `yaml:"prepositions"`
	// KindWords before a preposition make it part of the kind asked
	// for, not a place (`Which type of DynamoDB index?` asks for an
	// index).
	KindWords []string `yaml:"kind_words"`
}

// BinaryChoices is how a question names two things and asks which of them
// (`GSI와 LSI 중 …?`, `… REST API or HTTP API?`), and the wrong options
// such a question gets besides the other thing: both, and neither, in the
// question's language (`{a}` and `{b}` are the two names as the question
// writes them).
type BinaryChoices struct {
	Markers []string          `yaml:"markers"`
	Both    map[string]string `yaml:"both"`    // by language: ko, en
	Neither map[string]string `yaml:"neither"` // by language: ko, en
	// Twice joins a choice asked as two questions (`까, ` of `액세스 키를
	// 둘까, IAM 역할을 붙일까?`); Objects are the particles after the
	// thing each question offers (`를 `, `로 `): the other thing is what
	// comes before the first of them in the question that does not name
	// the key.
	Twice       string     `yaml:"twice"`
	Objects     [][]string `yaml:"objects"`
	Connectives []string   `yaml:"connectives"`
	// Lists join the things a comparison card names before its
	// requirement (` vs `, ` / ` of `SQS 표준 vs FIFO — 순서 보장`), and
	// Requirements set the requirement apart (` — `, `: `): the things
	// named are each other's wrong options, as written.
	Lists        []string `yaml:"lists"`
	Requirements []string `yaml:"requirements"`
}

// Base is the loaded knowledge: every concept, every contrast set and an
// alias matcher. It is read-only once built and safe to share.
type Base struct {
	Concepts  []Concept
	Contrasts []Contrast
	Ladders   []Ladder // figures.yaml: the usual figures of each unit
	Negations Negations
	// LearnerNotes (asks.yaml; LearnerPick).
	LearnerNotes LearnerNotes
	// AskedNouns (asks.yaml; AskedNoun).
	AskedNouns AskedNouns
	// BinaryChoices (asks.yaml; AsksBinaryChoice).
	BinaryChoices BinaryChoices
	// UnitAmounts is how much one of each unit is in the smallest unit of
	// its family (figures.yaml unit_amounts: `분` is 60,000 ms): see
	// SameAmount.
	UnitAmounts map[string]int64
	// Apart are pairs of concepts (indexes) a contrast set or a service's
	// kin would set against each other that the exam never does
	// (apart.yaml): Siblings, Kin and KinAcross leave them out.
	Apart [][2]int
	// ApartOneWay are pairs (a, b) held one way only ([a, b, one-way]):
	// b is never a wrong option for a key naming a, though a is one for
	// a key naming b (judged plausible that way round).
	ApartOneWay [][2]int
	// Amounts are the concepts (indexes) that are an amount one raises or
	// lowers (amounts.yaml): see IsAmount.
	Amounts   []int
	apart     map[[2]int]bool
	apartOnce sync.Once
	// BareActions are the words that may follow a bare name in a whole
	// answer (bare-names.yaml; BareHit).
	BareActions []string
	// NumberWords maps numbers written as words (lower-cased) to their
	// value (figures.yaml).
	NumberWords map[string]int
	// Endings are what may follow a Korean name within its word
	// (compounds.yaml; InsideWord).
	Endings []string
	// ClauseParticles end a Korean word that belongs to a clause, not to
	// a name (compounds.yaml): `버전을 변경 불가능(Immutable)` glosses no
	// name of three words.
	ClauseParticles []string
	byID            map[string]int // made on first use where not by Parse (Lookup)
	idOnce          sync.Once
	// m finds aliases; built on the first Tag (start-up of a command that
	// tags nothing pays nothing).
	m     matcher
	mOnce sync.Once
	// prepared, if set, gives m as it was compiled at build time.
	prepared  func() matcher
	compounds []string
	// kin lists, per service and kind, its concepts (see Kin).
	kin     map[kinKey][]int
	kinOnce sync.Once
	// overlaps lists, per concept, the overlaps: sets it is in; unless,
	// per set, its cues folded.
	overlaps    map[int][]int
	unless      [][]string
	unlessWords [][]string // short Latin cues, matched as words
	// when holds each overlap's when: cues, each cue its parts (` & `),
	// each part folded or, short and Latin, lower-cased for hasWord.
	when         [][][]whenPart
	overlapsOnce sync.Once
	// askPhrases and askKinds say how a question asks for a kind of
	// answer; asks finds them.
	askPhrases []string
	askKinds   []Kind
	asks       *Phrases // made on first use where not by Parse (Asked)
	asksOnce   sync.Once
	// bare lists, per folded bare name, the concepts written so.
	bare     map[string][]int
	bareOnce sync.Once
	// definitions are the phrases of a question that asks what a concept
	// is; defines finds them (built on first use).
	definitions, notDefinitions []string
	// comparisons are the words of a question that asks how concepts
	// differ (AsksComparison), matched anywhere, case-insensitive.
	comparisons []string
	// figureAsks are the words of a question that asks for a figure
	// (AsksFigure), matched anywhere, case-insensitive.
	figureAsks []string
	// causeAsks are the words of a question that asks for a cause
	// (AsksCause).
	causeAsks []string
	// placeAsks are the words of a question that asks where (AsksPlace).
	placeAsks []string
	// rateWords after a duration make it a period (Periodic).
	rateWords []string
	// outrankWords after a name make it the thing outranked (Outranked).
	outrankWords []string
	// amountChanges after a name raise or lower it (ChangesAmount).
	amountChanges []string
	// restatements between two figures say one amount twice (Restates).
	restatements []string
	// useCaseAsks ask what a service is good for (AsksUseCase).
	useCaseAsks []string
	// twoPartAsks ask for two things at once (AsksTwoParts).
	twoPartAsks []string
	// subjectParticles mark a sentence's subject (NamesSubjectFirst).
	subjectParticles []string
	// intentEndings close a sentence saying what one will do (SaysIntent).
	intentEndings []string
	// nextStepOpeners open a sentence as the next step (OpensNextStep).
	nextStepOpeners []string
	// conditionMarkers say a condition in a name (SaysCondition).
	conditionMarkers []string
	// orderAsks ask for an order or a precedence (AsksOrder).
	orderAsks []string
	// notCauseAsks turn a question naming a cause into one asking for a
	// way or a purpose (AsksCause).
	notCauseAsks []string
	// sentenceEndings are what a key written as a sentence closes with
	// (EndsSentence).
	sentenceEndings []string
	// amountAsks are the words of a question that asks how many or how
	// much (AsksAmount).
	amountAsks []string
	// chooseTwoAsks and chooseThreeAsks are the words of a question that
	// asks for two or three answers (ChooseAsked).
	chooseTwoAsks, chooseThreeAsks []string
	// timeComparisons are the words after a name that compare it with a
	// duration (TimeCompared).
	timeComparisons []string
	// placeWords follow a name that is a place (PlaceAfter).
	placeWords []string
	// remarkWords begin a remark after a comma (RemarkFirst).
	remarkWords []string
	// resourceNouns name a service's own resources (ResourceNounAfter).
	resourceNouns []string
	// alternativeJoiners and listJoiners join two names (Joins).
	alternativeJoiners, listJoiners []string
	// alternativeLookalikes end a word like a joiner written onto it
	// (`쓰거나`, `하나`) but join no names (AlternativeBefore).
	alternativeLookalikes []string
	// exampleAfter, exampleAfterIdentifiers and exampleBefore mark a name
	// as an example (Example).
	exampleAfter, exampleAfterIdentifiers, exampleBefore []string
	// detailVerbs follow two details a key names together
	// (DetailVerbAfter).
	detailVerbs []string
	// actionWords follow an API action's name (`PutItem API`)
	actionWords []string
	defines     *Phrases
	definesOnce sync.Once
	// actionNames are the action concepts' names, lower-cased (SaysAction).
	actionNames []string
	actionOnce  sync.Once
}

// Lookup returns the index of the concept with id.
func (b *Base) Lookup(id string) (int, bool) {
	b.idOnce.Do(func() {
		if b.byID == nil {
			b.byID = make(map[string]int, len(b.Concepts))
			for i := range b.Concepts {
				b.byID[b.Concepts[i].ID] = i
			}
		}
	})
	i, ok := b.byID[id]
	return i, ok
}

// IsApart reports whether concept c is never set against a key naming
// concept a (apart.yaml): a pair the exam never sets against each other,
// either way round, or a one-way pair from a to c.
func (b *Base) IsApart(a, c int) bool {
	b.apartOnce.Do(func() {
		b.apart = make(map[[2]int]bool, 2*len(b.Apart)+len(b.ApartOneWay))
		for _, p := range b.Apart {
			b.apart[p] = true
			b.apart[[2]int{p[1], p[0]}] = true
		}
		for _, p := range b.ApartOneWay {
			b.apart[p] = true
		}
	})
	return b.apart[[2]int{a, c}]
}

// Siblings returns the concepts that some contrast set sets against c,
// other than c, its equivalents, those apart from it, and its thing or its
// parts (part_of), in the data's order, each once.
func (b *Base) Siblings(c int) []int {
	var out []int
	for _, s := range b.Concepts[c].Contrasts {
		for _, m := range b.Contrasts[s].Members {
			// (A thing and its part are never each other's wrong option:
			// `실행 환경 재사용` for `핸들러 밖`, or the other way round.)
			if b.Concepts[m].Class != b.Concepts[c].Class && !slices.Contains(out, m) && !b.IsApart(c, m) &&
				b.Concepts[m].whole != c+1 && b.Concepts[c].whole != m+1 {
				out = append(out, m)
			}
		}
	}
	return out
}

// closestSize is the most members a contrast set may have for its
// members to be each other's closest siblings (Closest).
const closestSize = 3

// Closest reports whether s is set against c in a contrast set of at most
// closestSize members (`주석 / 메타데이터`, `GSI / LSI`, `긴 폴링 / 짧은
// 폴링`): the pair the exam itself sets against each other, not only
// fellow members of a need's wider set.
func (b *Base) Closest(c, s int) bool {
	for _, k := range b.Concepts[c].Contrasts {
		set := &b.Contrasts[k]
		if set.Overlap || set.PerService || set.AcrossServices || len(set.Members) > closestSize {
			continue
		}
		if slices.Contains(set.Members, s) {
			return true
		}
	}
	return false
}

// SiblingElsewhere reports whether s is c's sibling only as the same
// thing in another service (every contrast set they share is PerService,
// and s is of another service than c): `ECR 수명 주기 정책` for `TTL` in
// a question about a DynamoDB table answers another service's problem.
func (b *Base) SiblingElsewhere(c, s int) bool {
	if b.Concepts[c].Service == b.Concepts[s].Service {
		return false
	}
	shared := false
	for _, k := range b.Concepts[c].Contrasts {
		if !slices.Contains(b.Contrasts[k].Members, s) {
			continue
		}
		if !b.Contrasts[k].PerService {
			return false
		}
		shared = true
	}
	return shared
}

// ContrastedAcrossServices reports whether c and s share a contrast set
// marked AcrossServices.
func (b *Base) ContrastedAcrossServices(c, s int) bool {
	for _, k := range b.Concepts[c].Contrasts {
		if b.Contrasts[k].AcrossServices && slices.Contains(b.Contrasts[k].Members, s) {
			return true
		}
	}
	return false
}

// ValuesContrasted reports whether c and s share a contrast set marked
// Values.
func (b *Base) ValuesContrasted(c, s int) bool {
	for _, k := range b.Concepts[c].Contrasts {
		if b.Contrasts[k].Values && slices.Contains(b.Contrasts[k].Members, s) {
			return true
		}
	}
	return false
}

// SameThingIn returns the members of the PerService sets of c that are of
// one of services (sorted), in the data's order: `CORS 활성화` read as API
// Gateway's CORS is S3's CORS in a card about S3.
func (b *Base) SameThingIn(c int, services []int) []int {
	var out []int
	for _, k := range b.Concepts[c].Contrasts {
		if !b.Contrasts[k].PerService {
			continue
		}
		for _, m := range b.Contrasts[k].Members {
			if m == c || b.Concepts[m].Service == b.Concepts[c].Service || slices.Contains(out, m) {
				continue
			}
			if _, found := slices.BinarySearch(services, b.Concepts[m].Service); found {
				out = append(out, m)
			}
		}
	}
	return out
}

// Overlapping reports whether a and s are in an overlaps: set and the
// question names none of the needs that tell them apart: then either would
// answer it, and one must not be a wrong option for the other.
func (b *Base) Overlapping(a, s int, question string) bool {
	b.overlapsOnce.Do(func() {
		// Only the few overlaps: sets, by member, with their cues folded
		// once: the generator asks of every pair of concepts two answers
		// name.
		b.overlaps = map[int][]int{}
		b.unless = make([][]string, len(b.Contrasts))
		b.unlessWords = make([][]string, len(b.Contrasts))
		b.when = make([][][]whenPart, len(b.Contrasts))
		for k, ct := range b.Contrasts {
			if !ct.Overlap {
				continue
			}
			for _, m := range ct.Members {
				b.overlaps[m] = append(b.overlaps[m], k)
			}
			for _, cue := range ct.When {
				var parts []whenPart
				for _, part := range strings.Split(cue, whenJoiner) {
					if shortLatinCue(part) {
						parts = append(parts, whenPart{text: strings.ToLower(strings.TrimSpace(part)), word: true})
					} else {
						parts = append(parts, whenPart{text: string(foldAll(part))})
					}
				}
				b.when[k] = append(b.when[k], parts)
			}
			for _, cue := range ct.Unless {
				if shortLatinCue(cue) {
					// `SAM`, `PUT`, `MB`, `IP`: a word of its own, not the
					// letters inside `same`, `input`, `number`, `pipeline`
					// (folded text has no word boundaries).
					b.unlessWords[k] = append(b.unlessWords[k], strings.ToLower(strings.TrimSpace(cue)))
					continue
				}
				b.unless[k] = append(b.unless[k], string(foldAll(cue)))
			}
		}
	})
	var q, lower string
	for _, k := range b.overlaps[a] {
		// A service stands for its members too: `CloudFront를 사용해서
		// … 제공` beside a presigned URL is the CloudFront signed URL's way.
		if !slices.ContainsFunc(b.Contrasts[k].Members, func(m int) bool {
			return m == s || m != a && b.Concepts[s].Kind == KindService && b.Concepts[m].Service == s
		}) {
			continue
		}
		if q == "" {
			q = string(foldAll(question))
			lower = strings.ToLower(norm.NFC.String(question))
		}
		if len(b.when[k]) > 0 && !slices.ContainsFunc(b.when[k], func(parts []whenPart) bool {
			return !slices.ContainsFunc(parts, func(p whenPart) bool { return !p.in(q, lower) })
		}) {
			continue
		}
		named := slices.ContainsFunc(b.unless[k], func(cue string) bool { return strings.Contains(q, cue) }) ||
			slices.ContainsFunc(b.unlessWords[k], func(cue string) bool { return hasWord(lower, cue, cueFits) })
		if !named {
			return true
		}
	}
	return false
}

// ToldApart reports whether a and s share an overlaps set and question
// names a need that tells them apart in each they share (`정렬 집합,
// 복제` for Redis against Memcached): then s does not answer the question
// a answers, whatever another card asking alike answers.
func (b *Base) ToldApart(a, s int, question string) bool {
	if b.Overlapping(a, s, question) {
		return false
	}
	return slices.ContainsFunc(b.overlaps[a], func(k int) bool { return slices.Contains(b.Contrasts[k].Members, s) })
}

// ContrastNote returns the note of a contrast set c and s share, or "".
func (b *Base) ContrastNote(c, s int) string {
	for _, x := range b.Concepts[c].Contrasts {
		if slices.Contains(b.Contrasts[x].Members, s) && b.Contrasts[x].Note != "" {
			return b.Contrasts[x].Note
		}
	}
	return ""
}

// Problem is a mistake in the knowledge data, at FILE:LINE.
type Problem struct {
	Source string
	Msg    string
}

func (p Problem) String() string { return p.Source + ": " + p.Msg }

// Error lists problems found while building a Base.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i == 20 {
			fmt.Fprintf(&b, "\n… and %d more", len(e.Problems)-20)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Asked returns the kind of answer a question asks for ("which API…"), or
// "" when its wording does not say.
func (b *Base) Asked(question string) Kind {
	b.asksOnce.Do(func() {
		if b.asks == nil && len(b.askPhrases) > 0 {
			b.asks = NewPhrases(b.askPhrases, b.compounds)
		}
	})
	if b.asks == nil {
		return ""
	}
	if found := b.asks.Find(question); len(found) > 0 {
		return b.askKinds[found[0]]
	}
	return ""
}

// AsksDefinition reports whether question asks what a concept is (`…은
// 무엇?`, `What is …`), not what to do.
func (b *Base) AsksDefinition(question string) bool {
	b.definesOnce.Do(func() { b.defines = NewPhrases(b.definitions, b.compounds) })
	return len(b.defines.Find(question)) > 0 && !containsAnyFold(question, b.notDefinitions)
}

// AsksComparison reports whether question asks how the concepts it names
// differ (`GSI와 LSI의 차이?`): the answer states each, so every concept the
// question names stays in the wrong options, and what is said of them
// varies.
func (b *Base) AsksComparison(question string) bool {
	return containsAnyFold(question, b.comparisons)
}

// containsAnyFold reports whether text holds one of words anywhere, case
// aside.
func containsAnyFold(text string, words []string) bool {
	lower := strings.ToLower(text)
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(lower, strings.ToLower(w)) })
}

// whenJoiner joins the parts of an overlap's when: cue that must all be
// in a question (`순서 & 중복`: a question asking for order and no
// duplicates both, which a message group ID or a deduplication ID each
// answer in part).
const whenJoiner = " & "

// whenPart is one part of a when: cue: folded text found anywhere in the
// folded question, or a short Latin word (`DB`) found as a word, not
// inside `feedback` or `DynamoDB`.
type whenPart struct {
	text string
	word bool
}

func (p whenPart) in(folded, lower string) bool {
	if p.word {
		return hasWord(lower, p.text, cueFits)
	}
	return strings.Contains(folded, p.text)
}

// startsWithAny reports whether rest begins with one of words.
func startsWithAny(rest string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(rest, w) })
}

// LearnerPick splits a learner's note off the end of a question (`배포 중
// 전체 용량 유지 (Rolling이랑 헷갈림)`): the question without it, the
// note's words, and the wrong answer it names (`Rolling`; "" when it names
// none). ok is false when the question ends in no such note. Left in the
// question, the note points at the key (judged a give-away, final25); the
// pick is the wrong option the learner fell for, the best one to offer.
func (b *Base) LearnerPick(question string) (stem, note, pick string, ok bool) {
	q := strings.TrimSpace(question)
	if !strings.HasSuffix(q, ")") || len(b.LearnerNotes.Markers) == 0 {
		return question, "", "", false
	}
	open := strings.LastIndexByte(q, '(')
	if open <= 0 || strings.ContainsRune(q[open+1:len(q)-1], ')') {
		return question, "", "", false
	}
	note = strings.TrimSpace(q[open+1 : len(q)-1])
	stem = strings.TrimSpace(q[:open])
	// The note ends in a marker (`…헷갈림`, `…찍었다가 틀림`, `…착각함`);
	// one elsewhere (`(오답 고르기)`, `(착각 금지: 별칭은 …)`, `(틀림없이
	// …)`) says something else, and the question keeps it.
	end := strings.TrimRight(note, ".!~ ")
	closing := false
	for _, m := range b.LearnerNotes.Markers {
		if k := strings.LastIndex(end, m); k >= 0 {
			tail := end[k+len(m):]
			closing = closing || !strings.ContainsAny(tail, " \t") && utf8.RuneCountInString(tail) <= 2
		}
	}
	if !closing || stem == "" {
		return question, "", "", false
	}
	at := len(end)
	for _, m := range b.LearnerNotes.Markers {
		// As written (Korean has no case; lower-casing other text can
		// change its length and the offsets with it).
		if k := strings.Index(end, m); k >= 0 && k < at {
			at = k
		}
	}
	pick = strings.TrimSpace(end[:at])
	// The particle that joins the pick to the marker, the longest that
	// fits (`이라고` before `라고`), and only where a word of two letters
	// or more is left (`결과` is no `결` and `과`); `다고>다` keeps the
	// `다` of a claim (`줄어든다고 찍음` → `줄어든다`).
	from, to := "", ""
	for _, p := range b.LearnerNotes.Particles {
		f, t, _ := strings.Cut(p, ">")
		if len(f) > len(from) && strings.HasSuffix(pick, f) && utf8.RuneCountInString(strings.TrimSpace(strings.TrimSuffix(pick, f))+t) >= 2 {
			from, to = f, t
		}
	}
	pick = strings.TrimSpace(strings.TrimSuffix(pick, from) + to)
	return stem, note, pick, true
}

// KinAcross returns the concepts of c's service of any of kinds, other
// than c and its equivalents, in knowledge order: where c's own kind has
// no other concept in its service (`SQS Extended Client Library` is SQS's
// one feature), the service's settings and resources are the nearest
// things the exam could offer in its place.
func (b *Base) KinAcross(c int, kinds []Kind) []int {
	if b.Concepts[b.Concepts[c].Service].Umbrella {
		return nil
	}
	var out []int
	for k := range b.Concepts {
		if b.Concepts[k].Service == b.Concepts[c].Service && k != b.Concepts[c].Service &&
			b.Concepts[k].Class != b.Concepts[c].Class && slices.Contains(kinds, b.Concepts[k].Kind) && !b.IsApart(c, k) {
			out = append(out, k)
		}
	}
	return out
}

// SameAmount reports whether a of unit ua and b of unit ub are the same
// amount in two units of one family (`15분` and `900초`), by UnitAmounts;
// false where either unit has none.
func (b *Base) SameAmount(a int, ua string, v int, uv string) bool {
	x, okx := b.UnitAmounts[ua]
	y, oky := b.UnitAmounts[uv]
	return okx && oky && ua != uv && int64(a)*x == int64(v)*y
}

// AsksBinaryChoice reports whether question asks which of two things it
// names (a marker of BinaryChoices: `중?`, `or`), case aside.
func (b *Base) AsksBinaryChoice(question string) bool {
	return containsAnyFold(question, b.BinaryChoices.Markers)
}

// AskedNoun returns the noun a question closes with when it names the
// kind of thing asked for (`헤더` of `…건너뛰려고 보내는 요청 헤더는?`,
// `엔진` of `…적합한 ElastiCache 엔진은?`, `policy` of `…which bucket
// policy?`), or "": a verb, a general noun (`방법`), a Latin word no group
// of AskedNouns.Forms holds, or one after a preposition (`…in a
// template?`) names none.
func (b *Base) AskedNoun(question string) string {
	q := strings.TrimRight(strings.TrimSpace(question), "?？.! ")
	words := strings.Fields(b.trimEnding(q))
	if len(words) == 0 {
		return ""
	}
	if w := words[len(words)-1]; b.nounOfKind(w) || b.latinNounOfKind(w) && !b.afterPreposition(words) {
		return w
	}
	// `어떤 인덱스를 추가해야 하는가?`: the noun after `어떤`.
	for k := len(words) - 2; k >= 0; k-- {
		if !slices.Contains(b.AskedNouns.Which, words[k]) {
			continue
		}
		if w := b.trimEnding(words[k+1]); b.nounOfKind(w) || b.latinNounOfKind(w) {
			return w
		}
		break
	}
	return ""
}

// trimEnding returns s without the longest of AskedNouns' endings it
// closes with, where something is left before it.
func (b *Base) trimEnding(s string) string {
	longest := ""
	for _, e := range b.AskedNouns.Endings {
		if len(e) > len(longest) && len(e) < len(s) && strings.HasSuffix(s, e) {
			longest = e
		}
	}
	return strings.TrimSuffix(s, longest)
}

// nounOfKind reports whether w can name a kind of thing: two letters or
// more, not Latin, no verb ending, no general noun (AskedNouns).
func (b *Base) nounOfKind(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && w[0] >= utf8.RuneSelf &&
		!slices.ContainsFunc(b.AskedNouns.VerbEndings, func(e string) bool { return strings.HasSuffix(w, e) }) &&
		!slices.ContainsFunc(b.AskedNouns.General, func(g string) bool { return strings.HasPrefix(w, g) })
}

// latinNounOfKind reports whether w, a Latin word, is one of the forms
// of a kind noun (AskedNouns.Forms): `hook`, not `use` or `fix`.
func (b *Base) latinNounOfKind(w string) bool {
	return w != "" && w[0] < utf8.RuneSelf && b.nounForms(w) != nil
}

// afterPreposition reports whether one of the three words before the
// last is a preposition (AskedNouns.Prepositions), case aside.
func (b *Base) afterPreposition(words []string) bool {
	for k := len(words) - 2; k >= 0 && k >= len(words)-4; k-- {
		if slices.ContainsFunc(b.AskedNouns.Prepositions, func(p string) bool { return strings.EqualFold(p, words[k]) }) {
			return k == 0 || !slices.ContainsFunc(b.AskedNouns.KindWords, func(w string) bool { return strings.EqualFold(w, words[k-1]) })
		}
	}
	return false
}

// KindNounAfter returns the kind noun that the words after a name begin
// with (`훅` of ` 훅은?`, `hook` of ` hook runs…`: AskedNouns.Forms, its
// particle aside), or "".
func (b *Base) KindNounAfter(rest string) string {
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return ""
	}
	w := strings.TrimRight(words[0], ".,;:?!)")
	if b.nounForms(w) == nil {
		w = b.trimEnding(w)
	}
	if b.nounForms(w) == nil {
		return ""
	}
	return w
}

// SaysKindNoun reports whether text says noun or another form of it
// (`hook`, `훅`: AskedNouns.Forms), Latin forms as words of their own.
func (b *Base) SaysKindNoun(text, noun string) bool {
	forms := b.nounForms(noun)
	if forms == nil {
		forms = []string{noun}
	}
	return slices.ContainsFunc(forms, func(f string) bool {
		if f != "" && f[0] < utf8.RuneSelf {
			return b.WordIn(text, f)
		}
		return strings.Contains(text, f)
	})
}

// KindNoun reports whether noun is one of the forms of a kind noun
// (AskedNouns.Forms): a question that closes with it asks for a thing of
// that kind, and nothing else answers it.
func (b *Base) KindNoun(noun string) bool {
	return noun != "" && b.nounForms(noun) != nil
}

// nounForms returns the group of AskedNouns.Forms that holds w (case
// aside), or nil.
func (b *Base) nounForms(w string) []string {
	for _, g := range b.AskedNouns.Forms {
		if slices.ContainsFunc(g, func(f string) bool { return strings.EqualFold(f, w) }) {
			return g
		}
	}
	return nil
}

// Says reports whether concept c's names or note say word, or another
// form of it (AskedNouns.Forms; Latin forms as words of their own, case
// aside): `Cache-Control` is noted as a request header, `throttling
// limits` is not; `BeforeAllowTraffic` is noted as a 후크 when the
// question asks for a hook.
func (b *Base) Says(c int, word string) bool {
	forms := b.nounForms(word)
	if forms == nil {
		forms = []string{word}
	}
	con := &b.Concepts[c]
	for _, f := range forms {
		says := func(s string) bool { return strings.Contains(s, f) }
		if f != "" && f[0] < utf8.RuneSelf {
			says = func(s string) bool { return b.WordIn(s, f) }
		}
		if says(con.Note) || slices.ContainsFunc(con.Aliases, says) {
			return true
		}
	}
	return false
}

// Periodic reports whether rest, the text just after a figure's unit,
// makes the figure a period (`10초마다`, `every 10 seconds` reads the
// other way and is not caught): it says how often, not what a setting
// measures.
func (b *Base) Periodic(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return startsWithAny(rest, b.rateWords)
}

// Outranked reports whether rest, the text just after a name, makes the
// name what the answer's other thing outranks (`…~/.aws/credentials보다
// 우선`, `…takes precedence over`): another thing the first also outranks
// in its place keeps the answer true.
func (b *Base) Outranked(rest string) bool {
	return startsWithAny(rest, b.outrankWords)
}

// ChangesAmount reports whether rest, the text just after a name, raises
// or lowers it: one of the first two words begins with amount_changes
// (`을 올림`, `를 늘린다`, ` 늘리기`, ` 설정을 올림`, ` 할당량을 늘린다`,
// where the name is `메모리`). Only another amount stands in its place
// (IsAmount).
func (b *Base) ChangesAmount(rest string) bool {
	words := strings.Fields(rest)
	return slices.ContainsFunc(words[:min(2, len(words))], func(w string) bool { return startsWithAny(w, b.amountChanges) })
}

// Restates reports whether between, the text between two figures (after
// the first one's unit), says the second is the first again (`, 즉 `,
// ` i.e. `, ` = `): the second is then an aside of the first, the same
// amount in another unit.
func (b *Base) Restates(between string) bool {
	between = strings.Trim(between, " ,")
	return between != "" && slices.Contains(b.restatements, between)
}

// AsksOrder reports whether question asks for an order or a precedence
// (`훅 실행 순서`, `자격 증명 우선순위`): an answer of steps joined by ` > `
// is then an order, not a path through the console (`Lambda 구성 > 동시성 >
// 예약된 동시성`), whose steps in another order are nonsense.
func (b *Base) AsksOrder(question string) bool {
	return containsAnyFold(question, b.orderAsks)
}

// AsksTwoParts reports whether question asks for two things at once
// (`원인과 해결 방법은?`, `기본값과 최대값은?`, `각각 어떻게`): a note's
// answer to it says both, and neither half alone is the answer.
func (b *Base) AsksTwoParts(question string) bool {
	return containsAnyFold(question, b.twoPartAsks)
}

// NamesSubjectFirst reports whether sentence begins by naming what it is
// about: one of its first three words is a name followed by a subject
// particle (`GSI는`, `기본 TTL은`, `SDK가`) — a name in Latin letters or
// digits, or one the knowledge knows, not a verb's form (`저장하는`).
func (b *Base) NamesSubjectFirst(sentence string) bool {
	words := strings.Fields(sentence)
	hits := b.Tag(sentence).Hits
	at := 0
	for k, w := range words {
		if k == 3 {
			break
		}
		start := at + strings.Index(sentence[at:], w)
		at = start + len(w)
		for _, p := range b.subjectParticles {
			name, ok := strings.CutSuffix(w, p)
			if !ok || name == "" {
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(name)
			end := start + len(name)
			if last < utf8.RuneSelf && (unicode.IsLetter(last) || unicode.IsDigit(last)) || last == ')' ||
				slices.ContainsFunc(hits, func(h Hit) bool { return h.End == end }) {
				return true
			}
		}
	}
	return false
}

// SaysCondition reports whether name says a condition and what follows
// (`보존 기간이 지나면 삭제`, `중지 시 손실`): a word of condition_markers
// before a space.
func (b *Base) SaysCondition(name string) bool {
	return slices.ContainsFunc(b.conditionMarkers, func(m string) bool { return strings.Contains(name, m+" ") })
}

// OpensNextStep reports whether sentence opens as the next step of the one
// before: with a word of next_step_openers (`그리고`, `then`), or with a
// step's number (`2.`, `3)`).
func (b *Base) OpensNextStep(sentence string) bool {
	t := strings.TrimSpace(sentence)
	digits := strings.TrimLeft(t, "0123456789")
	if len(digits) < len(t) && (strings.HasPrefix(digits, ".") || strings.HasPrefix(digits, ")")) {
		return true
	}
	first, _, _ := strings.Cut(t, " ")
	first = strings.TrimRight(first, ",")
	return slices.ContainsFunc(b.nextStepOpeners, func(o string) bool {
		return strings.EqualFold(first, o) || strings.Contains(o, " ") && len(t) >= len(o) && strings.EqualFold(t[:len(o)], o)
	})
}

// SaysIntent reports whether sentence closes saying what one will do
// (`…쓰겠습니다.`).
func (b *Base) SaysIntent(sentence string) bool {
	t := strings.TrimRight(strings.TrimSpace(sentence), ".。 ")
	return slices.ContainsFunc(b.intentEndings, func(e string) bool { return strings.HasSuffix(t, e) })
}

// AsksUseCase reports whether question asks what the service it names is
// good for (`ElastiCache 좋은 사례`, `use cases of …`): another card's
// answer that puts that service to a use is as right.
func (b *Base) AsksUseCase(question string) bool {
	return containsAnyFold(question, b.useCaseAsks)
}

// IsAmount reports whether concept c is an amount one raises or lowers
// (memory, a timeout, concurrency; amounts.yaml), not a choice one makes
// (an architecture, SnapStart).
func (b *Base) IsAmount(c int) bool { return slices.Contains(b.Amounts, c) }

// AsksCause reports whether question asks for a cause (`원인은?`, `Why
// …?`): its key says what went wrong, and another card's answer that
// says what to do is ruled out by reading alone.
func (b *Base) AsksCause(question string) bool {
	return containsAnyFold(question, b.causeAsks) && !containsAnyFold(question, b.notCauseAsks)
}

// AsksPlace reports whether question asks where a thing goes or is kept
// (`appspec.yml 파일은 어디에 배치?`, `세션 정보를 어디에 저장?`): its answer
// is a place (`.ebextensions 폴더에`), no answer to a question asking
// what to do.
func (b *Base) AsksPlace(question string) bool {
	return containsAnyFold(question, b.placeAsks)
}

// EndsSentence reports whether text, a key, is written as a sentence
// (`…긴 폴링을 사용합니다.`): it closes, before any full stop, with one of
// sentence_endings, or it is Korean closed by a full stop (`…설정해.`). A
// wrong option in its place is a sentence too.
func (b *Base) EndsSentence(text string) bool {
	whole := strings.TrimSpace(text)
	t := strings.TrimRight(whole, ".。 ")
	if before, ok := strings.CutSuffix(whole, "."); ok {
		// Korean closed by a full stop is a sentence, whatever its
		// ending: the casual `…설정해.`, `…낮춰.` of a senior's reply
		// (hundred-and-eighth bank) end in any syllable, which without
		// the stop closes nouns too (`레이어`).
		if r, _ := utf8.DecodeLastRuneInString(before); unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return slices.ContainsFunc(b.sentenceEndings, func(e string) bool { return strings.HasSuffix(t, e) }) || politeEnding(t)
}

// politeEnding reports whether t closes with a 해요체 verb ending: `요`
// after a syllable with no final consonant and a vowel a verb stem
// contracts to (`나요`, `걸러요`, `싸요`, `바꿔요`) — a rule, where the
// knowledge's list of endings would never be complete (review of
// 7c92cf0). (`필요`, `중요` have a final consonant; `아니요` ends in ㅣ.)
func politeEnding(t string) bool {
	before, ok := strings.CutSuffix(t, "요")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	vowel, final, ok := HangulSyllable(r)
	if !ok || final != 0 {
		return false
	}
	switch vowel { // ㅏ ㅐ ㅓ ㅔ ㅕ ㅘ ㅙ ㅝ
	case 0, 1, 4, 5, 6, 9, 10, 14:
		return true
	}
	return false
}

// AsksFigure reports whether question asks for a figure (`기본값과
// 최대값?`, `How long …?`): a key that states figures in a sentence
// (`기본 4일이며 최대 14일까지 늘릴 수 있습니다`) is then a figure key.
func (b *Base) AsksFigure(question string) bool {
	return containsAnyFold(question, b.figureAsks)
}

// AsksAmount reports whether question asks how many or how much (`최대 몇
// 개?`, `how many`): its answer is the figure, even one the question gives
// too (`샤드 4개짜리 스트림 … 워커는 최대 몇 개?` → `4개`), so the figure
// varies.
func (b *Base) AsksAmount(question string) bool {
	return containsAnyFold(question, b.amountAsks)
}

// ChooseAsked returns how many answers question asks for in so many words
// (`(choose two)`, `세 가지 선택`): 2 or 3, or 0 where it says none or asks
// how things differ.
func (b *Base) ChooseAsked(question string) int {
	switch {
	case b.AsksComparison(question):
		return 0
	case containsAnyFold(question, b.chooseThreeAsks):
		return 3
	case containsAnyFold(question, b.chooseTwoAsks):
		return 2
	}
	return 0
}

// TimeCompared reports whether text compares something with a duration
// (`처리 시간보다 길게`, `longer than the function timeout`): only a
// setting that measures time can stand before it.
func (b *Base) TimeCompared(text string) bool {
	return containsAnyFold(text, b.timeComparisons)
}

// PlaceAfter reports whether rest, the text just after a name, makes the
// name a place (`…에 `, `…에서`, `… 바깥의`): only a place can stand there.
func (b *Base) PlaceAfter(rest string) bool {
	return startsWithAny(rest, b.placeWords)
}

// Joins reports whether between, the text between two names, joins them
// as alternatives (`나`, `또는`) or, with list, as items of a list too
// (`·`, `와`).
func (b *Base) Joins(between string, list bool) bool {
	return b.joins(between, true, list)
}

// attachedJoiners are the alternative joiners written onto the word before
// them (`나`, `이나`), longest first.
func (b *Base) attachedJoiners() []string {
	var out []string
	for _, j := range b.alternativeJoiners {
		if j != "" && !strings.ContainsFunc(j, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) }) {
			out = append(out, j)
		}
	}
	slices.SortStableFunc(out, func(x, y string) int { return len(y) - len(x) })
	return out
}

// AlternativeBefore reports whether before, the text up to a name, ends
// with a word joined to the name as its alternative (`시작 유형이나 `), and
// where that word ends without its joiner (`시작 유형`), so the caller can
// tell whether it is a name too. Words that only end alike
// (alternative_lookalikes: `쓰거나`) are none.
func (b *Base) AlternativeBefore(before string) (end int, ok bool) {
	if !strings.HasSuffix(before, " ") {
		return 0, false
	}
	word := strings.TrimRight(before, " ")
	word = word[strings.LastIndex(word, " ")+1:]
	if slices.ContainsFunc(b.alternativeLookalikes, func(l string) bool { return strings.HasSuffix(word, l) }) {
		return 0, false
	}
	trimmed := strings.TrimRight(before, " ")
	for _, j := range b.attachedJoiners() {
		cut := len(trimmed) - len(j)
		if strings.HasSuffix(word, j) && len(word) > len(j) && joinerFits(trimmed[:cut], j) {
			return cut, true
		}
	}
	return 0, false
}

// joinerFits reports whether joiner may follow stem as Korean spells it:
// one beginning with 이 (`이나`) only after a final consonant (`유형이나`),
// the other (`나`) only after none (`게이트웨이나` is `게이트웨이` + `나`,
// no `게이트웨` + `이나`). A stem whose sound cannot be told takes either.
func joinerFits(stem, joiner string) bool {
	if k := strings.LastIndex(stem, "("); k > 0 && strings.HasSuffix(stem, ")") {
		stem = stem[:k] // a gloss after the word is not read: `동시성(Reserved concurrency)이나`
	}
	final, known := finalSound(stem)
	if !known {
		return true
	}
	return strings.HasPrefix(joiner, "이") == (final != 0)
}

// AlternativeAfter reports whether after, the text following a name,
// joins another alternative onto it (`나 `, `이나 `), and where that other
// alternative starts.
func (b *Base) AlternativeAfter(after string) (next int, ok bool) {
	for _, j := range b.attachedJoiners() {
		if strings.HasPrefix(after, j+" ") {
			return len(j) + 1, true
		}
	}
	return 0, false
}

// JoinsList reports whether between joins two names as items of a list
// only (`와`, `·`), not as alternatives.
func (b *Base) JoinsList(between string) bool {
	return b.joins(between, false, true)
}

func (b *Base) joins(between string, alternatives, list bool) bool {
	between = strings.TrimSpace(between)
	is := func(w string) bool { return strings.EqualFold(between, w) }
	return alternatives && slices.ContainsFunc(b.alternativeJoiners, is) || list && slices.ContainsFunc(b.listJoiners, is)
}

// Example reports whether name, with before and after the text either
// side of it, is an example of what the answer says (`… 등의`, `e.g. …`,
// an identifier before `같은`): another of its kind in its place is as
// right.
func (b *Base) Example(before, name, after string) bool {
	identifier := !strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Hangul, r) || r == ' ' })
	return slices.ContainsFunc(b.exampleAfter, func(w string) bool { return strings.HasPrefix(after, w) }) ||
		identifier && slices.ContainsFunc(b.exampleAfterIdentifiers, func(w string) bool { return strings.HasPrefix(after, w) }) ||
		slices.ContainsFunc(b.exampleBefore, func(w string) bool { return strings.HasSuffix(strings.ToLower(before), strings.ToLower(w)) })
}

// DetailVerbAfter reports whether rest, the text after two names joined
// as a list, says they are specified or defined (`을 지정해`, `를 정의`):
// details, not the answer's point.
func (b *Base) DetailVerbAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, p := range []string{"을", "를"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = strings.TrimLeft(r, " ")
			break
		}
	}
	return slices.ContainsFunc(b.detailVerbs, func(w string) bool { return strings.HasPrefix(strings.ToLower(rest), strings.ToLower(w)) })
}

// ResourceNounAfter reports whether rest, the text just after a service's
// name, begins with a noun of that service's own resources (`그룹` in
// `Auto Scaling 그룹`, `queue` in `SQS queue`): another service before it
// reads as broken.
func (b *Base) ResourceNounAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return slices.ContainsFunc(b.resourceNouns, func(w string) bool {
		if len(rest) < len(w) || !strings.EqualFold(rest[:len(w)], w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(rest[len(w):])
		// A word of its own, one taking a particle (`그룹의`) or a plural
		// (`queues`), not the start of a longer Latin word (`functional`).
		return r == utf8.RuneError || !unicode.IsLetter(r) || unicode.Is(unicode.Hangul, r) || r == 's'
	})
}

// RemarkFirst reports whether item, a part of an answer after a comma,
// begins with a word that makes it a remark on the answer before it
// (`since Jan 2023`, `replaces OAI`, `via partition key`), not a second
// answer to choose.
func (b *Base) RemarkFirst(item string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(item), " ")
	return slices.ContainsFunc(b.remarkWords, func(w string) bool { return strings.EqualFold(first, w) })
}

type kinKey struct {
	service int
	kind    Kind
}

// Kin returns the concepts of c's service that are of c's kind, other than
// c and its equivalents: the settings of one service, the API actions of
// one service. Where no contrast set names enough of c's siblings, these
// are the nearest things the exam could offer in c's place. A part's kin
// are the other parts of its thing only, and no part is kin of anything
// else (part_of).
func (b *Base) Kin(c int) []int {
	b.kinOnce.Do(func() {
		b.kin = map[kinKey][]int{}
		for i := range b.Concepts {
			k := kinKey{b.Concepts[i].Service, b.Concepts[i].Kind}
			b.kin[k] = append(b.kin[k], i)
		}
	})
	if b.Concepts[b.Concepts[c].Service].Umbrella {
		return nil // `지수 백오프` and `이벤트 기반 아키텍처` share no service
	}
	var out []int
	for _, k := range b.kin[kinKey{b.Concepts[c].Service, b.Concepts[c].Kind}] {
		// A part's kin are the other parts of its thing (`핸들러 안` for
		// `핸들러 밖`), not its service's settings (`Lambda 환경 변수에서
		// 연결을 만들어`); nor is a part kin of anything else.
		if b.Concepts[k].Class != b.Concepts[c].Class && !b.IsApart(c, k) && b.Concepts[k].whole == b.Concepts[c].whole {
			out = append(out, k)
		}
	}
	return out
}

// shortLatinCue reports whether an overlaps cue is a short Latin word
// (four letters or fewer: `SAM`, `PUT`, `MB`), which must stand as a word
// of its own in a question to name a need.
func shortLatinCue(cue string) bool {
	cue = strings.TrimSpace(cue)
	return cue != "" && len(cue) <= 4 && strings.IndexFunc(cue, func(r rune) bool { return !latinWord(r) }) < 0
}

// cueFits accepts a short Latin cue between anything but Latin letters (a
// figure may come before a unit: `6MB`).
func cueFits(before, after rune) bool {
	letter := func(r rune) bool { return r < utf8.RuneSelf && unicode.IsLetter(r) }
	return !letter(before) && !letter(after) && !unicode.IsDigit(after)
}
