package knowledge

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// File is one knowledge file: its name for messages and its bytes.
type File struct {
	Name string
	Data []byte
}

// kinds are the kinds a concept may have (data/knowledge/README.md).
var kinds = []Kind{KindService, "feature", "api", "setting", "policy", "error", "status", "metric",
	"format", "command", "resource", "pattern", "figure", "action", "managed-policy"}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

type fileForm struct {
	Services    []serviceForm  `yaml:"services"`
	Concepts    []conceptForm  `yaml:"concepts"`
	Contrasts   []contrastForm `yaml:"contrasts"`
	Equivalents [][]string     `yaml:"equivalents"`
	// Apart are pairs of concepts never set against each other, [a, b],
	// or never one way, [a, b, one-way]: see Base.Apart and ApartOneWay.
	Apart     [][]string    `yaml:"apart"`
	Overlaps  []overlapForm `yaml:"overlaps"`
	Compounds []string      `yaml:"compounds"`
	// MoreAliases adds names to concepts defined in other files.
	MoreAliases map[string][]string `yaml:"more_aliases"`
	// BareNames gives concepts the word they are written as when the
	// question says which service it is about (`Catch`): see Base.BareHit.
	BareNames map[string][]string `yaml:"bare_names"`
	Negations *Negations          `yaml:"negations"`
	// LearnerNotes is how a learner notes, after a question, the wrong
	// answer they picked (`(Rolling이랑 헷갈림)`): see LearnerPick.
	LearnerNotes *LearnerNotes `yaml:"learner_notes"`
	// AskedNouns is how a question names the kind of thing it asks for
	// with its last word: see AskedNoun.
	AskedNouns *AskedNouns `yaml:"asked_nouns"`
	// BinaryChoices is how a question asks which of two things it names:
	// see AsksBinaryChoice.
	BinaryChoices *BinaryChoices `yaml:"binary_choices"`
	// BareActions are what may follow a bare name in a whole answer
	// (`TTL 켜기`, `Versioning 활성화`): see BareHit.
	BareActions []string `yaml:"bare_actions"`
	// NumberWords are numbers written as words (`three`, `세`): a figure
	// the question gives so is not varied either.
	NumberWords map[string]int `yaml:"number_words"`
	// Endings are what may follow a Korean name in the same word (a
	// particle, 하다, 용…): see InsideWord.
	Endings []string `yaml:"endings"`
	// ClauseParticles end a word of a clause, not of a name (`버전을`).
	ClauseParticles []string  `yaml:"clause_particles"`
	Asks            []askForm `yaml:"asks"`
	// Definitions are how a question asks what a concept is (`…은
	// 무엇?`, `What is …`): see AsksDefinition.
	Definitions []string `yaml:"definitions"`
	// NotDefinitions are what makes a question that seems to ask what a
	// concept is ask what to do instead.
	NotDefinitions []string `yaml:"not_definitions"`
	// Comparisons are how a question asks how concepts differ (`…의
	// 차이?`, `difference between`): see AsksComparison.
	Comparisons []string `yaml:"comparisons"`
	// FigureAsks are how a question asks for a figure (`기본값`, `최대
	// 몇`, `how long`): see AsksFigure.
	FigureAsks []string `yaml:"figure_asks"`
	// CauseAsks are how a question asks for a cause (`원인은?`, `why`):
	// see AsksCause.
	CauseAsks []string `yaml:"cause_asks"`
	// RateWords after a duration make it a period, not what a setting
	// measures (`10초마다 1,000씩`): see Periodic.
	RateWords []string `yaml:"rate_words"`
	// OutrankWords after a name make it what the answer's other thing
	// outranks (`…~/.aws/credentials보다 우선`): see Outranked.
	OutrankWords []string `yaml:"outrank_words"`
	// Amounts are the concepts that are an amount one raises or lowers
	// (memory, a timeout, concurrency); AmountChanges are the words that
	// raise or lower one (`늘린다`, `올림`): see ChangesAmount and IsAmount.
	Amounts       []string `yaml:"amounts"`
	AmountChanges []string `yaml:"amount_changes"`
	// UseCaseAsks are how a question asks what a service is good for
	// (`좋은 사례`, `use case`): see AsksUseCase.
	UseCaseAsks []string `yaml:"use_case_asks"`
	// TwoPartAsks are how a question asks for two things at once
	// (`원인과 해결 방법은?`, `기본값과 최대값은?`, `각각`): see AsksTwoParts.
	TwoPartAsks []string `yaml:"two_part_asks"`
	// SubjectParticles mark a sentence's subject or topic (`은`, `가`):
	// see NamesSubjectFirst.
	SubjectParticles []string `yaml:"subject_particles"`
	// IntentEndings close a sentence saying what one will do
	// (`겠습니다`): see SaysIntent.
	IntentEndings []string `yaml:"intent_endings"`
	// NextStepOpeners open a sentence as the next step (`그리고`): see
	// OpensNextStep.
	NextStepOpeners []string `yaml:"next_step_openers"`
	// ConditionMarkers say a condition in a behaviour's name (`하면`): see
	// SaysCondition.
	ConditionMarkers []string `yaml:"condition_markers"`
	// AlternativeLookalikes end a word like a joiner written onto it but
	// join no names: see AlternativeBefore.
	AlternativeLookalikes []string `yaml:"alternative_lookalikes"`
	// OrderAsks are how a question asks for an order or a precedence
	// (`순서`, `우선순위`, `order`): see AsksOrder.
	OrderAsks []string `yaml:"order_asks"`
	// Restatements between two figures make the second the first again in
	// another unit (`900초, 즉 15분`): see Restates.
	Restatements []string `yaml:"restatements"`
	// NotCauseAsks make a question that names a cause ask for a way or a
	// purpose instead (`근본 원인을 식별하는 방법`): see AsksCause.
	NotCauseAsks []string `yaml:"not_cause_asks"`
	// PlaceAsks are how a question asks where a thing goes or is kept
	// (`어디에 배치`, `어디에 저장`, `where`): see AsksPlace.
	PlaceAsks []string `yaml:"place_asks"`
	// SentenceEndings are what a key written as a sentence closes with
	// (`…사용합니다.`, `…쓰세요.`): see EndsSentence.
	SentenceEndings []string `yaml:"sentence_endings"`
	// AmountAsks are how a question asks how many or how much (`몇 개`,
	// `how many`): see AsksAmount.
	AmountAsks []string `yaml:"amount_asks"`
	// ChooseTwoAsks and ChooseThreeAsks are how a question asks for two
	// or three answers (`(choose two)`, `세 가지 선택`).
	ChooseTwoAsks   []string `yaml:"choose_two_asks"`
	ChooseThreeAsks []string `yaml:"choose_three_asks"`
	// TimeComparisons compare a setting with a duration (`처리 시간보다
	// 길게`): see TimeCompared.
	TimeComparisons []string `yaml:"time_comparisons"`
	// PlaceWords follow a name that is a place: see PlaceAfter.
	PlaceWords []string `yaml:"place_words"`
	// ExampleAfter and ExampleBefore mark a name as an example: see
	// Example.
	ExampleAfter            []string `yaml:"example_after"`
	ExampleAfterIdentifiers []string `yaml:"example_after_identifiers"`
	ExampleBefore           []string `yaml:"example_before"`
	// DetailVerbs follow two details a key names together: see
	// DetailVerbAfter.
	DetailVerbs []string `yaml:"detail_verbs"`
	// ActionWords follow an API action's name (`PutItem API`): see
	// NameIn.
	ActionWords []string `yaml:"action_words"`
	// AlternativeJoiners and ListJoiners join two names: see Joins.
	AlternativeJoiners []string `yaml:"alternative_joiners"`
	ListJoiners        []string `yaml:"list_joiners"`
	// ResourceNouns name a service's own resources: see ResourceNounAfter.
	ResourceNouns []string `yaml:"resource_nouns"`
	// RemarkWords begin a remark after a comma, not a second answer: see
	// RemarkFirst.
	RemarkWords []string     `yaml:"remark_words"`
	Figures     []figureForm `yaml:"figures"`
	// UnitAmounts: see Base.UnitAmounts.
	UnitAmounts map[string]int64 `yaml:"unit_amounts"`
}

type askForm struct {
	Kind    Kind     `yaml:"kind"`
	Phrases []string `yaml:"phrases"`
}

type serviceForm struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Domain   string   `yaml:"domain"`
	Aliases  []string `yaml:"aliases"`
	Note     string   `yaml:"note"`
	Umbrella bool     `yaml:"umbrella"`
	line     int
}

type conceptForm struct {
	ID      string   `yaml:"id"`
	Service string   `yaml:"service"`
	Kind    Kind     `yaml:"kind"`
	Aliases []string `yaml:"aliases"`
	Note    string   `yaml:"note"`
	Domain  string   `yaml:"domain"`
	// PartOf is the id of the thing this is a part of (`maxReceiveCount`
	// of a redrive policy): see Base.WholeOf.
	PartOf string `yaml:"part_of"`
	line   int
}

type contrastForm struct {
	ID         string   `yaml:"id"`
	Members    []string `yaml:"members"`
	Note       string   `yaml:"note"`
	PerService bool     `yaml:"per_service"`
	// AcrossServices: see Contrast.AcrossServices.
	AcrossServices bool `yaml:"across_services"`
	// Values: see Contrast.Values.
	Values bool `yaml:"values"`
	line   int
}

type overlapForm struct {
	ID      string   `yaml:"id"`
	Members []string `yaml:"members"`
	Unless  []string `yaml:"unless"`
	When    []string `yaml:"when"`
	Note    string   `yaml:"note"`
	line    int
}

// Parse builds a Base from knowledge files. Every problem is reported with
// its FILE:LINE; a Base is returned only when there are none.
func Parse(files []File) (*Base, error) {
	b := &Base{byID: map[string]int{}}
	var probs []Problem
	bad := func(file string, line int, format string, args ...any) {
		probs = append(probs, Problem{fmt.Sprintf("%s:%d", file, line), fmt.Sprintf(format, args...)})
	}
	type pending struct {
		file                string
		form                fileForm
		eqLines, apartLines []int
	}
	var all []pending
	var compounds []string
	for _, f := range files {
		var root yaml.Node
		dec := yaml.NewDecoder(bytes.NewReader(f.Data))
		dec.KnownFields(true)
		if err := yaml.Unmarshal(f.Data, &root); err != nil {
			bad(f.Name, 1, "not valid YAML: %v", err)
			continue
		}
		var form fileForm
		if err := dec.Decode(&form); err != nil {
			bad(f.Name, 1, "%v", err)
			continue
		}
		p := pending{file: f.Name, form: form}
		recordLines(&root, &p.form, &p.eqLines, &p.apartLines)
		all = append(all, p)
		compounds = append(compounds, form.Compounds...)
		for _, list := range [][]string{form.Definitions, form.NotDefinitions, form.Comparisons, form.Endings, form.Compounds, form.FigureAsks, form.CauseAsks, form.RateWords, form.OutrankWords, form.AmountChanges, form.Restatements, form.UseCaseAsks, form.TwoPartAsks, form.SubjectParticles, form.IntentEndings, form.NextStepOpeners, form.ConditionMarkers, form.OrderAsks, form.NotCauseAsks, form.SentenceEndings, form.AmountAsks, form.ChooseTwoAsks, form.ChooseThreeAsks, form.TimeComparisons, form.PlaceWords, form.RemarkWords, form.ResourceNouns, form.AlternativeJoiners, form.AlternativeLookalikes, form.ListJoiners, form.ExampleAfter, form.ExampleAfterIdentifiers, form.ExampleBefore, form.DetailVerbs, form.ActionWords} {
			if slices.ContainsFunc(list, func(w string) bool { return strings.TrimSpace(w) == "" }) {
				bad(f.Name, 1, "an empty word in a list (definitions, not_definitions, comparisons, endings, compounds, figure_asks, cause_asks, rate_words, outrank_words, amount_changes, restatements, use_case_asks, two_part_asks, subject_particles, intent_endings, next_step_openers, condition_markers, order_asks, not_cause_asks, place_asks, sentence_endings, amount_asks, choose_two_asks, choose_three_asks, time_comparisons, place_words, remark_words, resource_nouns, alternative_joiners, alternative_lookalikes, list_joiners, example_after, example_after_identifiers, example_before, detail_verbs or action_words): write the word or remove the entry")
			}
		}
		for w := range form.NumberWords {
			if strings.TrimSpace(w) == "" {
				bad(f.Name, 1, "number_words: an empty word: write the number as written in a question")
			}
		}
		if n := form.Negations; n != nil && slices.ContainsFunc(slices.Concat(n.After, n.Before, n.Particles), func(w string) bool { return strings.TrimSpace(w) == "" }) {
			bad(f.Name, 1, "negations: an empty word: it would make every name negated")
		}
		if n := form.LearnerNotes; n != nil && slices.ContainsFunc(slices.Concat(n.Markers, n.Particles), func(w string) bool { return strings.TrimSpace(w) == "" }) {
			bad(f.Name, 1, "learner_notes: an empty word: it would make every bracket after a question a learner's note")
		}
		if slices.ContainsFunc(form.BareActions, func(w string) bool { return strings.TrimSpace(w) == "" }) {
			bad(f.Name, 1, "bare_actions: an empty word: write the action as it follows a bare name, or remove the entry")
		}
		for _, w := range form.BareActions {
			b.BareActions = append(b.BareActions, norm.NFC.String(strings.TrimSpace(w)))
		}
		if n := form.AskedNouns; n != nil && slices.ContainsFunc(slices.Concat(n.Endings, n.VerbEndings, n.General, n.Which, n.Prepositions, n.KindWords, slices.Concat(n.Forms...)), func(w string) bool { return strings.TrimSpace(w) == "" }) {
			bad(f.Name, 1, "asked_nouns: an empty word: it would end every question or make every last word a verb; write the word or remove the entry")
		}
		if n := form.BinaryChoices; n != nil {
			if slices.ContainsFunc(n.Markers, func(w string) bool { return strings.TrimSpace(w) == "" }) {
				bad(f.Name, 1, "binary_choices: an empty marker: it would make every question a choice of two")
			}
			for _, lang := range []string{"ko", "en"} {
				if !strings.Contains(n.Both[lang], "{a}") || !strings.Contains(n.Both[lang], "{b}") || strings.TrimSpace(n.Neither[lang]) == "" {
					bad(f.Name, 1, "binary_choices: write both.%s with {a} and {b}, and neither.%s", lang, lang)
				}
			}
			if slices.ContainsFunc(slices.Concat(slices.Concat(n.Objects...), n.Connectives), func(w string) bool { return strings.TrimSpace(w) == "" }) {
				bad(f.Name, 1, "binary_choices: an empty object particle or connective: it would cut every question at its start")
			}
			b.BinaryChoices.Markers = append(b.BinaryChoices.Markers, n.Markers...)
			b.BinaryChoices.Both, b.BinaryChoices.Neither = n.Both, n.Neither
			b.BinaryChoices.Twice, b.BinaryChoices.Objects, b.BinaryChoices.Connectives = n.Twice, n.Objects, n.Connectives
			if slices.ContainsFunc(slices.Concat(n.Lists, n.Requirements), func(w string) bool { return strings.TrimSpace(w) == "" }) {
				bad(f.Name, 1, "binary_choices: an empty list join or requirement mark: it would split every question")
			}
			b.BinaryChoices.Lists, b.BinaryChoices.Requirements = n.Lists, n.Requirements
		}
		if n := form.AskedNouns; n != nil {
			b.AskedNouns.Endings = append(b.AskedNouns.Endings, n.Endings...)
			b.AskedNouns.VerbEndings = append(b.AskedNouns.VerbEndings, n.VerbEndings...)
			b.AskedNouns.General = append(b.AskedNouns.General, n.General...)
			b.AskedNouns.Which = append(b.AskedNouns.Which, n.Which...)
			b.AskedNouns.Prepositions = append(b.AskedNouns.Prepositions, n.Prepositions...)
			b.AskedNouns.KindWords = append(b.AskedNouns.KindWords, n.KindWords...)
			for _, g := range n.Forms {
				var forms []string
				for _, w := range g {
					forms = append(forms, norm.NFC.String(strings.TrimSpace(w)))
				}
				b.AskedNouns.Forms = append(b.AskedNouns.Forms, forms)
			}
		}
		if n := form.LearnerNotes; n != nil {
			b.LearnerNotes.Markers = append(b.LearnerNotes.Markers, n.Markers...)
			b.LearnerNotes.Particles = append(b.LearnerNotes.Particles, n.Particles...)
		}
		b.definitions = append(b.definitions, form.Definitions...)
		b.notDefinitions = append(b.notDefinitions, form.NotDefinitions...)
		b.comparisons = append(b.comparisons, form.Comparisons...)
		b.figureAsks = append(b.figureAsks, form.FigureAsks...)
		b.causeAsks = append(b.causeAsks, form.CauseAsks...)
		b.rateWords = append(b.rateWords, form.RateWords...)
		b.outrankWords = append(b.outrankWords, form.OutrankWords...)
		b.amountChanges = append(b.amountChanges, form.AmountChanges...)
		b.restatements = append(b.restatements, form.Restatements...)
		b.useCaseAsks = append(b.useCaseAsks, form.UseCaseAsks...)
		b.twoPartAsks = append(b.twoPartAsks, form.TwoPartAsks...)
		b.subjectParticles = append(b.subjectParticles, form.SubjectParticles...)
		b.intentEndings = append(b.intentEndings, form.IntentEndings...)
		b.nextStepOpeners = append(b.nextStepOpeners, form.NextStepOpeners...)
		b.conditionMarkers = append(b.conditionMarkers, form.ConditionMarkers...)
		b.orderAsks = append(b.orderAsks, form.OrderAsks...)
		b.notCauseAsks = append(b.notCauseAsks, form.NotCauseAsks...)
		b.placeAsks = append(b.placeAsks, form.PlaceAsks...)
		b.sentenceEndings = append(b.sentenceEndings, form.SentenceEndings...)
		b.amountAsks = append(b.amountAsks, form.AmountAsks...)
		b.chooseTwoAsks = append(b.chooseTwoAsks, form.ChooseTwoAsks...)
		b.chooseThreeAsks = append(b.chooseThreeAsks, form.ChooseThreeAsks...)
		b.timeComparisons = append(b.timeComparisons, form.TimeComparisons...)
		b.placeWords = append(b.placeWords, form.PlaceWords...)
		b.remarkWords = append(b.remarkWords, form.RemarkWords...)
		b.resourceNouns = append(b.resourceNouns, form.ResourceNouns...)
		b.alternativeJoiners = append(b.alternativeJoiners, form.AlternativeJoiners...)
		b.alternativeLookalikes = append(b.alternativeLookalikes, form.AlternativeLookalikes...)
		b.listJoiners = append(b.listJoiners, form.ListJoiners...)
		b.exampleAfter = append(b.exampleAfter, form.ExampleAfter...)
		b.exampleBefore = append(b.exampleBefore, form.ExampleBefore...)
		b.exampleAfterIdentifiers = append(b.exampleAfterIdentifiers, form.ExampleAfterIdentifiers...)
		b.detailVerbs = append(b.detailVerbs, form.DetailVerbs...)
		b.actionWords = append(b.actionWords, form.ActionWords...)
		b.Endings = append(b.Endings, form.Endings...)
		b.ClauseParticles = append(b.ClauseParticles, form.ClauseParticles...)
		for w, v := range form.NumberWords {
			if b.NumberWords == nil {
				b.NumberWords = map[string]int{}
			}
			b.NumberWords[strings.ToLower(w)] = v
		}
		if n := form.Negations; n != nil {
			b.Negations.After = append(b.Negations.After, n.After...)
			b.Negations.Before = append(b.Negations.Before, n.Before...)
			b.Negations.Particles = append(b.Negations.Particles, n.Particles...)
		}
		for _, a := range form.Asks {
			if !slices.Contains(kinds, a.Kind) {
				bad(f.Name, 1, "asks: unknown kind %q (known: %v)", a.Kind, kinds)
				continue
			}
			for _, ph := range a.Phrases {
				b.askPhrases = append(b.askPhrases, ph)
				b.askKinds = append(b.askKinds, a.Kind)
			}
		}
	}
	for _, p := range all {
		for u, n := range p.form.UnitAmounts {
			if n <= 0 {
				bad(p.file, 1, "unit_amounts: %q is %d: write how much one of it is in its family's smallest unit, above 0", u, n)
				continue
			}
			if b.UnitAmounts == nil {
				b.UnitAmounts = map[string]int64{}
			}
			b.UnitAmounts[u] = n
		}
		for _, f := range p.form.Figures {
			if !slices.IsSorted(f.Values) || len(f.Values) < 4 || f.Values[0] <= 0 {
				bad(p.file, f.line, "figures %s: list four values or more, positive and in ascending order", f.ID)
				continue
			}
			b.Ladders = append(b.Ladders, Ladder{ID: f.ID, Family: f.Family, Units: f.Units, Values: f.Values})
		}
	}
	// Services first: concepts name them.
	for _, p := range all {
		for _, s := range p.form.Services {
			if !idPattern.MatchString(s.ID) {
				bad(p.file, s.line, "service id %q: use lower-case letters, digits and -", s.ID)
				continue
			}
			if _, dup := b.byID[s.ID]; dup {
				bad(p.file, s.line, "id %q is defined twice", s.ID)
				continue
			}
			if strings.TrimSpace(s.Name) == "" {
				bad(p.file, s.line, "service %s has no name: write the exam's name (name: Amazon SQS)", s.ID)
				continue
			}
			// The short names people write come first; the full name last.
			aliases := append(slices.Clone(s.Aliases), s.Name)
			i := len(b.Concepts)
			b.byID[s.ID] = i
			b.Concepts = append(b.Concepts, Concept{ID: s.ID, Service: i, Kind: KindService, Aliases: aliases, Note: s.Note,
				Domain: s.Domain, Umbrella: s.Umbrella, Source: fmt.Sprintf("%s:%d", p.file, s.line)})
		}
	}
	for _, p := range all {
		for _, c := range p.form.Concepts {
			src := fmt.Sprintf("%s:%d", p.file, c.line)
			switch {
			case !idPattern.MatchString(c.ID):
				bad(p.file, c.line, "concept id %q: use lower-case letters, digits and -", c.ID)
				continue
			case !slices.Contains(kinds, c.Kind):
				bad(p.file, c.line, "concept %s: unknown kind %q (known: %v)", c.ID, c.Kind, kinds)
				continue
			case len(c.Aliases) == 0:
				bad(p.file, c.line, "concept %s has no aliases: write at least one name", c.ID)
				continue
			}
			if _, dup := b.byID[c.ID]; dup {
				bad(p.file, c.line, "id %q is defined twice", c.ID)
				continue
			}
			svc, ok := b.byID[c.Service]
			if !ok || b.Concepts[svc].Kind != KindService {
				bad(p.file, c.line, "concept %s: unknown service %q", c.ID, c.Service)
				continue
			}
			dom := c.Domain
			if dom == "" {
				dom = b.Concepts[svc].Domain
			}
			i := len(b.Concepts)
			b.byID[c.ID] = i
			b.Concepts = append(b.Concepts, Concept{ID: c.ID, Service: svc, Kind: c.Kind, Aliases: c.Aliases,
				Note: c.Note, Domain: dom, Source: src})
		}
	}
	for _, p := range all {
		for _, c := range p.form.Concepts {
			if c.PartOf == "" {
				continue
			}
			k, ok := b.byID[c.ID]
			w, known := b.byID[c.PartOf]
			switch {
			case !ok:
				// Reported above.
			case !known:
				bad(p.file, c.line, "concept %s: part_of names an unknown concept %q; write the id of a concept defined in data/knowledge", c.ID, c.PartOf)
			case w == k:
				bad(p.file, c.line, "concept %s: part_of names the concept itself; name the thing it is a part of", c.ID)
			default:
				b.Concepts[k].whole = w + 1
			}
		}
	}
	for _, p := range all {
		for _, c := range p.form.Concepts {
			// One level only: a part of a part would keep two things
			// as written, and a cycle every one of them.
			if k, ok := b.byID[c.ID]; ok && b.Concepts[k].whole > 0 {
				if w := b.Concepts[k].whole - 1; b.Concepts[w].whole > 0 {
					bad(p.file, c.line, "concept %s: part_of names %s, itself a part of %s; name the outermost thing",
						c.ID, b.Concepts[w].ID, b.Concepts[b.Concepts[w].whole-1].ID)
				}
			}
		}
	}
	for _, p := range all {
		// In id order: problems are reported in the same order every run.
		for _, id := range slices.Sorted(maps.Keys(p.form.MoreAliases)) {
			more := p.form.MoreAliases[id]
			k, ok := b.byID[id]
			if !ok {
				bad(p.file, 1, "more_aliases: unknown concept %q", id)
				continue
			}
			b.Concepts[k].Aliases = append(b.Concepts[k].Aliases, more...)
		}
		for _, id := range slices.Sorted(maps.Keys(p.form.BareNames)) {
			k, ok := b.byID[id]
			if !ok {
				bad(p.file, 1, "bare_names: unknown concept %q", id)
				continue
			}
			for _, n := range p.form.BareNames[id] {
				if strings.TrimSpace(n) == "" {
					bad(p.file, 1, "bare_names %s: an empty name: write the word the concept is written as", id)
					continue
				}
				b.Concepts[k].Bare = append(b.Concepts[k].Bare, norm.NFC.String(strings.TrimSpace(n)))
			}
		}
	}
	addCLICommands(b)
	for i := range b.Concepts {
		b.Concepts[i].Class = i
	}
	// A set's id is how its notes, overlaps and apart pairs are found
	// again: two sets of one id (an overlap added twice) would disagree.
	setAt := map[string]string{}
	taken := func(file string, line int, what, id string) bool {
		if at, ok := setAt[id]; ok {
			bad(file, line, "%s %s: the id is taken by the set at %s; give this one its own id or merge the two", what, id, at)
			return true
		}
		setAt[id] = fmt.Sprintf("%s:%d", file, line)
		return false
	}
	for _, p := range all {
		for _, s := range p.form.Contrasts {
			if taken(p.file, s.line, "contrast", s.ID) {
				continue
			}
			ct := Contrast{ID: s.ID, Note: s.Note, PerService: s.PerService, AcrossServices: s.AcrossServices, Values: s.Values}
			for _, m := range s.Members {
				k, ok := b.byID[m]
				if !ok {
					bad(p.file, s.line, "contrast %s: unknown concept %q", s.ID, m)
					continue
				}
				if !slices.Contains(ct.Members, k) {
					ct.Members = append(ct.Members, k)
				}
			}
			if len(ct.Members) < 2 {
				bad(p.file, s.line, "contrast %s needs two members or more", s.ID)
				continue
			}
			for _, k := range ct.Members {
				b.Concepts[k].Contrasts = append(b.Concepts[k].Contrasts, len(b.Contrasts))
			}
			b.Contrasts = append(b.Contrasts, ct)
		}
		for _, o := range p.form.Overlaps {
			if taken(p.file, o.line, "overlap", o.ID) {
				continue
			}
			ct := Contrast{ID: o.ID, Note: o.Note, Overlap: true, Unless: o.Unless, When: o.When}
			for _, m := range o.Members {
				k, ok := b.byID[m]
				if !ok {
					bad(p.file, o.line, "overlap %s: unknown concept %q", o.ID, m)
					continue
				}
				ct.Members = append(ct.Members, k)
			}
			if len(ct.Members) < 2 {
				bad(p.file, o.line, "overlap %s needs two members or more", o.ID)
				continue
			}
			if len(o.Unless) == 0 && len(o.When) == 0 {
				bad(p.file, o.line, "overlap %s has no unless: list the words of a question that tell its members apart (or make them equivalents), or when: the words of the only questions it holds for", o.ID)
				continue
			}
			if k := slices.IndexFunc(o.When, badWhenCue); k >= 0 {
				bad(p.file, o.line, "overlap %s: when: cue %q has an empty part or an & without a space on each side: write its parts as `A & B`", o.ID, o.When[k])
				continue
			}
			b.Contrasts = append(b.Contrasts, ct)
		}
		for gi, grp := range p.form.Equivalents {
			line := 0
			if gi < len(p.eqLines) {
				line = p.eqLines[gi]
			}
			var ids []int
			for _, m := range grp {
				k, ok := b.byID[m]
				if !ok {
					bad(p.file, line, "equivalents: unknown concept %q", m)
					continue
				}
				ids = append(ids, k)
			}
			for _, k := range ids[min(1, len(ids)):] {
				b.union(ids[0], k)
			}
		}
		for pi, pair := range p.form.Apart {
			line := 0
			if pi < len(p.apartLines) {
				line = p.apartLines[pi]
			}
			oneWay := len(pair) == 3 && pair[2] == apartOneWay
			if len(pair) != 2 && !oneWay || pair[0] == pair[1] {
				bad(p.file, line, "apart: write two different concepts, [a, b], or [a, b, %s] where only b is never a wrong option for a", apartOneWay)
				continue
			}
			x, okx := b.byID[pair[0]]
			y, oky := b.byID[pair[1]]
			if !okx || !oky {
				bad(p.file, line, "apart: unknown concept in %q", pair[:2])
				continue
			}
			if oneWay {
				b.ApartOneWay = append(b.ApartOneWay, [2]int{x, y})
			} else {
				b.Apart = append(b.Apart, [2]int{x, y})
			}
		}
		for _, id := range p.form.Amounts {
			k, ok := b.byID[id]
			if !ok {
				bad(p.file, 1, "amounts: unknown concept %q: write a concept id defined in data/knowledge", id)
				continue
			}
			b.Amounts = append(b.Amounts, k)
		}
	}
	for _, c := range b.Concepts {
		for _, a := range c.Aliases {
			if len(foldAll(a)) < 2 {
				probs = append(probs, Problem{c.Source, fmt.Sprintf("%s: alias %q is too short to be found: write two letters or more", c.ID, a)})
			}
		}
	}
	for i := range b.Concepts {
		b.Concepts[i].Class = b.find(i)
		for k, a := range b.Concepts[i].Aliases {
			b.Concepts[i].Aliases[k] = norm.NFC.String(a)
		}
	}
	if len(probs) > 0 {
		return nil, &Error{probs}
	}
	b.compounds = compounds
	b.asks = NewPhrases(b.askPhrases, compounds)
	return b, nil
}

func (b *Base) find(i int) int {
	for b.Concepts[i].Class != i {
		i = b.Concepts[i].Class
	}
	return i
}

func (b *Base) union(x, y int) {
	x, y = b.find(x), b.find(y)
	if x != y {
		b.Concepts[max(x, y)].Class = min(x, y)
	}
}

// apartOneWay, third in an apart pair, makes it hold one way only.
const apartOneWay = "one-way"

// recordLines copies each list entry's line from the YAML tree into the
// decoded form, for messages.
func recordLines(root *yaml.Node, form *fileForm, eqLines, apartLines *[]int) {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return
	}
	m := root.Content[0]
	for k := 0; k+1 < len(m.Content); k += 2 {
		items := m.Content[k+1].Content
		for n, it := range items {
			switch m.Content[k].Value {
			case "services":
				if n < len(form.Services) {
					form.Services[n].line = it.Line
				}
			case "concepts":
				if n < len(form.Concepts) {
					form.Concepts[n].line = it.Line
				}
			case "contrasts":
				if n < len(form.Contrasts) {
					form.Contrasts[n].line = it.Line
				}
			case "equivalents":
				*eqLines = append(*eqLines, it.Line)
			case "apart":
				*apartLines = append(*apartLines, it.Line)
			case "overlaps":
				if n < len(form.Overlaps) {
					form.Overlaps[n].line = it.Line
				}
			case "figures":
				if n < len(form.Figures) {
					form.Figures[n].line = it.Line
				}
			}
		}
	}
}

// addCLICommands names each API action of two words or more by its CLI
// command too (`PutRecord` → `put-record`, `kms:GenerateDataKey` →
// `generate-data-key`) where no concept has that name: a command cheat
// sheet's `aws kinesis put-record --stream-name …` then names the action,
// and its variants name the service's other commands (final100: 81 of 208
// such answers named nothing the layer knew).
func addCLICommands(b *Base) {
	taken := map[string]bool{}
	for _, c := range b.Concepts {
		for _, a := range c.Aliases {
			taken[strings.ToLower(a)] = true
		}
	}
	for i := range b.Concepts {
		c := &b.Concepts[i]
		if c.Kind != "api" {
			continue
		}
		var add []string
		for _, a := range c.Aliases {
			action := actionOf(a)
			if action == "" {
				continue
			}
			k := kebabCase(action)
			if !strings.Contains(k, "-") || taken[k] {
				continue
			}
			taken[k] = true
			add = append(add, k)
		}
		c.Aliases = append(c.Aliases, add...)
	}
}

// badWhenCue reports whether an overlap's when: cue has an empty part
// (`A & `) or an & not written as whenJoiner (`순서&중복`), which would
// match every question or none.
func badWhenCue(cue string) bool {
	parts := strings.Split(cue, whenJoiner)
	return slices.ContainsFunc(parts, func(p string) bool { return strings.TrimSpace(p) == "" || strings.Contains(p, "&") })
}
