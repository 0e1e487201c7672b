package bank

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/awsexam/awsexam/internal/knowledge"
	"gopkg.in/yaml.v3"
)

// Blueprint describes the exam (size, time, scoring, domains and their
// weights) and the data that gives each card its domain. It lives in
// data/dva-c02.yaml so that domain rules are data, not Go code.
type Blueprint struct {
	Name          string        `yaml:"name"`
	Questions     int           `yaml:"questions"`
	Minutes       int           `yaml:"minutes"`
	PassingScore  int           `yaml:"passing_score"`
	ScoreMin      int           `yaml:"score_min"`
	ScoreMax      int           `yaml:"score_max"`
	Domains       []Domain      `yaml:"domains"`
	DefaultDomain string        `yaml:"default_domain"`
	Sections      []SectionInfo `yaml:"sections"`
	Rules         []DomainRule  `yaml:"rules"`
	// Equivalents lists groups of phrases that mean the same thing; two
	// answers that both contain phrases of one group are never offered
	// against each other (one would be a second right answer).
	Equivalents [][]string `yaml:"equivalents"`

	// Built once by validate, so assigning domains is a few lookups.
	sectionByFold map[string]int
	rules         []compiledRule
	keywords      []string // every rule's keywords, once each
	keywordRules  [][]int  // the rules of each keyword
	// phrases finds the keywords; built with the knowledge layer's Korean
	// compounds when the blueprint is first used (see knowledge).
	phrases *keywordPhrases
	kb      *knowledge.Base
	// sum is the SHA-256 of the blueprint's file (see preparedCards).
	sum [sha256.Size]byte
}

type compiledRule struct {
	domain, in string
	sections   map[string]bool // folded names; nil for every section
}

// Domain is one content domain of the exam guide.
type Domain struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// NameKo is the name in the Korean exam guide's words, shown when the
	// interface is Korean; "" shows Name. It is not saved with attempts
	// (json:"-"): JSON is the same in every language.
	NameKo string `yaml:"name_ko" json:"-"`
	Weight int    `yaml:"weight"`
}

// NameIn is the domain's name in lang ("ko" or "en"): the Korean one
// where the blueprint has it, else the English one.
func (d Domain) NameIn(lang string) string {
	if lang == "ko" && d.NameKo != "" {
		return d.NameKo
	}
	return d.Name
}

// SectionInfo gives a bank section its default domain and the sections it
// may borrow wrong answers from when it is too small.
type SectionInfo struct {
	Name       string   `yaml:"name"`
	Domain     string   `yaml:"domain"`
	Neighbours []string `yaml:"neighbours"`
}

// DomainRule moves cards whose topic differs from their section's: the
// first rule with a keyword found in the card wins.
type DomainRule struct {
	Domain   string   `yaml:"domain"`
	Keywords []string `yaml:"keywords"`
	// In is "question", "answer" or "" for both.
	In string `yaml:"in"`
	// Sections, if set, limits the rule to these sections.
	Sections []string `yaml:"sections"`
}

// ParseBlueprint decodes and validates a blueprint strictly.
func ParseBlueprint(file string, data []byte) (*Blueprint, error) {
	if file == preparedBlueprintFile {
		if sum := sha256.Sum256(data); sum == preparedBlueprintSum {
			// The built-in blueprint, parsed at build time (prepared.go).
			bp := preparedBlueprint()
			if err := bp.validate(); err != nil {
				return nil, fmt.Errorf("%s: blueprint: %w", file, err)
			}
			bp.sum = sum
			return &bp, nil
		}
	}
	return parseBlueprintYAML(file, data)
}

// parseBlueprintYAML is ParseBlueprint reading the YAML.
func parseBlueprintYAML(file string, data []byte) (*Blueprint, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var bp Blueprint
	if err := dec.Decode(&bp); err != nil {
		return nil, fmt.Errorf("%s: blueprint: %w", file, err)
	}
	if err := bp.validate(); err != nil {
		return nil, fmt.Errorf("%s: blueprint: %w", file, err)
	}
	bp.sum = sha256.Sum256(data)
	return &bp, nil
}

func (bp *Blueprint) validate() error {
	if len(bp.Domains) == 0 {
		return fmt.Errorf("no domains")
	}
	total := 0
	for i, d := range bp.Domains {
		if d.ID == "" || d.Weight <= 0 {
			return fmt.Errorf("domain %d needs an id and a positive weight", i+1)
		}
		if bp.domainIndex(d.ID) != i {
			return fmt.Errorf("domain %q listed twice", d.ID)
		}
		total += d.Weight
	}
	if total != 100 {
		return fmt.Errorf("domain weights add up to %d, want 100", total)
	}
	if bp.Questions <= 0 || bp.Minutes <= 0 || bp.ScoreMax <= bp.ScoreMin {
		return fmt.Errorf("questions, minutes and score_min < score_max must be set")
	}
	if bp.domainIndex(bp.DefaultDomain) < 0 {
		return fmt.Errorf("default_domain %q is not a domain", bp.DefaultDomain)
	}
	for _, s := range bp.Sections {
		if bp.domainIndex(s.Domain) < 0 {
			return fmt.Errorf("section %q: unknown domain %q", s.Name, s.Domain)
		}
	}
	bp.sectionByFold = map[string]int{}
	for i, s := range bp.Sections {
		bp.sectionByFold[Fold(s.Name)] = i
	}
	for i, r := range bp.Rules {
		if bp.domainIndex(r.Domain) < 0 {
			return fmt.Errorf("rule %d: unknown domain %q", i+1, r.Domain)
		}
		if r.In != "" && r.In != "question" && r.In != "answer" {
			return fmt.Errorf("rule %d: in: must be question or answer, not %q", i+1, r.In)
		}
		cr := compiledRule{domain: r.Domain, in: r.In}
		for _, kw := range r.Keywords {
			if len([]rune(strings.ReplaceAll(lowerNFC(kw), " ", ""))) < 2 {
				return fmt.Errorf("rule %d: keyword %q is too short to be found: write two letters or more", i+1, kw)
			}
			bp.addKeyword(lowerNFC(kw), i)
		}
		if len(r.Sections) > 0 {
			cr.sections = map[string]bool{}
			for _, s := range r.Sections {
				cr.sections[Fold(s)] = true
			}
		}
		bp.rules = append(bp.rules, cr)
	}
	return nil
}

func (bp *Blueprint) addKeyword(kw string, rule int) {
	if kw == "" {
		return
	}
	for k, have := range bp.keywords {
		if have == kw {
			bp.keywordRules[k] = append(bp.keywordRules[k], rule)
			return
		}
	}
	bp.keywords = append(bp.keywords, kw)
	bp.keywordRules = append(bp.keywordRules, []int{rule})
}

// UseKnowledge sets the AWS knowledge the blueprint uses: its Korean
// compounds for keyword rules, and its concepts for the domains of cards in
// sections the blueprint does not list. Without it, Load uses the built-in
// knowledge.
func (bp *Blueprint) UseKnowledge(kb *knowledge.Base) {
	bp.kb = kb
	bp.phrases = &keywordPhrases{keywords: bp.keywords, compounds: kb.Compounds()}
}

// keywordPhrases finds the keyword rules' phrases; compiled on first use
// (a bank whose domains were prepared, as the built-in one, never asks).
type keywordPhrases struct {
	once                sync.Once
	keywords, compounds []string
	phrases             *knowledge.Phrases
}

func (k *keywordPhrases) find(text string) []int {
	k.once.Do(func() { k.phrases = knowledge.NewPhrases(k.keywords, k.compounds) })
	return k.phrases.Find(text)
}

func (bp *Blueprint) knowledge() (*knowledge.Base, error) {
	if bp.kb == nil {
		kb, err := knowledge.Builtin()
		if err != nil {
			return nil, err
		}
		bp.UseKnowledge(kb)
	}
	return bp.kb, nil
}

// firstRule returns the lowest rule below limit that eligible accepts and
// that has a keyword in text, or limit.
func (bp *Blueprint) firstRule(text string, eligible func(rule int) bool, limit int) int {
	for _, k := range bp.phrases.find(text) {
		for _, r := range bp.keywordRules[k] {
			if r < limit && eligible(r) {
				limit = r
			}
		}
	}
	return limit
}

func (bp *Blueprint) domainIndex(id string) int {
	for i, d := range bp.Domains {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// Domain returns the domain with this id.
func (bp *Blueprint) Domain(id string) (Domain, bool) {
	if i := bp.domainIndex(id); i >= 0 {
		return bp.Domains[i], true
	}
	return Domain{}, false
}

// FindDomain returns the domain a user named: its id or its name, in any
// case (`--domain Security`, `--domain "development with aws services"`).
func (bp *Blueprint) FindDomain(name string) (Domain, bool) {
	for _, d := range bp.Domains {
		if strings.EqualFold(d.ID, name) || strings.EqualFold(d.Name, name) {
			return d, true
		}
	}
	return Domain{}, false
}

// DomainIDs lists the domain ids in blueprint order.
func (bp *Blueprint) DomainIDs() []string {
	ids := make([]string, len(bp.Domains))
	for i, d := range bp.Domains {
		ids[i] = d.ID
	}
	return ids
}

// Section returns what the blueprint says of a section, matched by its
// folded name so spacing and case do not matter.
func (bp *Blueprint) Section(name string) (SectionInfo, bool) {
	if i, ok := bp.sectionByFold[Fold(name)]; ok {
		return bp.Sections[i], true
	}
	return SectionInfo{}, false
}

// Quota splits n questions over the domains by weight with the
// largest-remainder method (65 → 21/17/15/12 for DVA-C02). Ties in the
// remainder go to the domain listed first.
func (bp *Blueprint) Quota(n int) []int {
	weights := make([]int, len(bp.Domains))
	for i, d := range bp.Domains {
		weights[i] = d.Weight
	}
	return Apportion(n, weights, nil)
}

// Apportion splits n over weights by the largest-remainder method, ties
// going to the one listed first; with caps, none gets more than its cap
// and what a capped one cannot take is split again over the rest, by
// weight, until n is given or every one is full. The one implementation
// of the blueprint's quota and of an exam's per-domain counts.
func Apportion(n int, weights, caps []int) []int {
	want := make([]int, len(weights))
	room := func(d int) bool { return caps == nil || want[d] < caps[d] }
	for left := n; left > 0; {
		weight, active := 0, []int{}
		for d := range weights {
			if room(d) {
				active = append(active, d)
				weight += weights[d]
			}
		}
		if len(active) == 0 || weight == 0 {
			break
		}
		type rem struct{ d, r int }
		var rems []rem
		given := 0
		for _, d := range active {
			share := left * weights[d] / weight
			rems = append(rems, rem{d, left * weights[d] % weight})
			if caps != nil {
				share = min(share, caps[d]-want[d])
			}
			want[d] += share
			given += share
		}
		sort.SliceStable(rems, func(i, j int) bool { return rems[i].r > rems[j].r })
		for _, r := range rems {
			if given == left {
				break
			}
			if room(r.d) {
				want[r.d]++
				given++
			}
		}
		left -= given
		if given == 0 {
			break
		}
	}
	return want
}

// assignDomain decides a card's domain (section is its folded section
// name): the card's own, then the first keyword rule that matches, then
// its section's default, then (a section the blueprint does not list) the
// AWS concepts the card or its section's name names, then the blueprint's
// default.
func (bp *Blueprint) assignDomain(c *Card, section string) {
	if c.Domain != "" {
		c.DomainBy = DomainByCard
		return
	}
	q, a := lowerASCII(c.Question), lowerASCII(strings.Join(c.Answers, " "))
	inSection := func(r int) bool { return bp.rules[r].sections == nil || bp.rules[r].sections[section] }
	best := len(bp.rules)
	best = bp.firstRule(q, func(r int) bool { return bp.rules[r].in != "answer" && inSection(r) }, best)
	best = bp.firstRule(a, func(r int) bool { return bp.rules[r].in != "question" && inSection(r) }, best)
	if best < len(bp.rules) {
		c.Domain, c.DomainBy = bp.rules[best].domain, DomainByRule
		return
	}
	if s, ok := bp.Section(c.Section); ok {
		c.Domain, c.DomainBy = s.Domain, DomainBySection
		return
	}
	// A section the blueprint does not know: the services and concepts the
	// card names decide, the question first, then the answer, then the
	// section's own name (`SQS & SNS`).
	for _, text := range []string{c.Question, strings.Join(c.Answers, " "), c.Section} {
		if d := bp.knowledgeDomain(text); d != "" {
			c.Domain, c.DomainBy = d, DomainByKnowledge
			return
		}
	}
	c.Domain, c.DomainBy = bp.DefaultDomain, DomainByDefault
}

// knowledgeDomain is the domain of the first concept text names that is
// not a whole service, else of the first service, else "".
func (bp *Blueprint) knowledgeDomain(text string) string {
	service := ""
	for _, h := range bp.kb.Tag(text).Hits {
		c := &bp.kb.Concepts[h.Concept]
		if bp.domainIndex(c.Domain) < 0 {
			continue
		}
		if c.Kind != knowledge.KindService {
			return c.Domain
		}
		if service == "" {
			service = c.Domain
		}
	}
	return service
}
