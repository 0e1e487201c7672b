package bank

import (
	"context"
	"path/filepath"
	"slices"
	"strings"

	"github.com/awsexam/awsexam/internal/knowledge"
)

// MaxFileBytes bounds one bank file: the built-in bank is 60 KB, a
// 100,000-card bank about 10 MB.
const MaxFileBytes = 1 << 30

// File is one bank file's name (as messages should show it) and bytes.
type File struct {
	Name string
	Data []byte
}

// Bank is a loaded, validated set of cards with their domains.
type Bank struct {
	Cards     []Card
	Blueprint *Blueprint
	// Sections lists section names in the order they first appear.
	Sections []string
	// Knowledge is the AWS knowledge the bank was read with.
	Knowledge *knowledge.Base
	// ReviewWarnings are the reviews ApplyReviews could not apply (cards
	// the bank does not have); Lint reports them.
	ReviewWarnings []Problem
}

// Format names a bank file format.
type Format string

const (
	FormatNotes Format = "notes"
	FormatYAML  Format = "yaml"
	FormatAnki  Format = "anki"
)

// DetectFormat picks the parser by extension (.yaml, .yml) and content
// (an Anki export starts with #separator: style header lines).
func DetectFormat(f File) Format {
	switch strings.ToLower(filepath.Ext(f.Name)) {
	case ".yaml", ".yml":
		return FormatYAML
	}
	if isAnki(f.Data) {
		return FormatAnki
	}
	return FormatNotes
}

// Parse reads one bank file of any format. It never panics; every problem
// comes back with its FILE:LINE.
func Parse(f File) ([]Card, []Problem) {
	return parse(context.Background(), f)
}

// parse is Parse that stops early, with what it has, once ctx is done.
func parse(ctx context.Context, f File) ([]Card, []Problem) {
	switch DetectFormat(f) {
	case FormatYAML:
		return parseYAML(f.Name, f.Data)
	case FormatAnki:
		return parseAnki(ctx, f.Name, f.Data)
	}
	return parseNotes(ctx, f.Name, f.Data)
}

// checkEvery is how many lines or cards a long loop goes between looks at
// its context: often enough to stop within milliseconds of Ctrl-C.
const checkEvery = 4096

// Load parses the files, merges them into one bank, gives every card its
// id and domain, and validates the result. With errors it returns a
// *ProblemsError listing all of them.
func Load(files []File, bp *Blueprint) (*Bank, error) {
	return LoadContext(context.Background(), files, bp)
}

// LoadContext is Load that gives up with ctx's error once ctx is done (a
// big bank and Ctrl-C).
func LoadContext(ctx context.Context, files []File, bp *Blueprint) (*Bank, error) {
	if _, err := bp.knowledge(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if cards, sections, ok := preparedCards(files, bp); ok {
		// The built-in bank, parsed at build time (prepared.go).
		return &Bank{Blueprint: bp, Knowledge: bp.kb, Cards: cards, Sections: sections}, nil
	}
	return loadParsed(ctx, files, bp)
}

// loadParsed is LoadContext parsing every file.
func loadParsed(ctx context.Context, files []File, bp *Blueprint) (*Bank, error) {
	kb, err := bp.knowledge()
	if err != nil {
		return nil, err
	}
	b := &Bank{Blueprint: bp, Knowledge: kb}
	var errs []Problem
	for _, f := range files {
		cards, probs := parse(ctx, f)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if DetectFormat(f) == FormatNotes {
			// Notes only: a YAML author's question and options stay as
			// written.
			for k := range cards {
				splitLearnerNote(kb, &cards[k])
			}
		}
		errs = append(errs, probs...)
		if len(cards) == 0 && len(probs) == 0 {
			errs = append(errs, problem(Source{File: f.Name}, "bank.no_cards"))
		}
		if b.Cards == nil {
			b.Cards = cards
		} else {
			b.Cards = append(b.Cards, cards...)
		}
	}
	sectionFold := map[string]string{}
	for i := range b.Cards {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		c := &b.Cards[i]
		f, seen := sectionFold[c.Section]
		if !seen {
			f = foldNFC(c.Section)
			sectionFold[c.Section] = f
			b.Sections = append(b.Sections, c.Section)
		}
		bp.assignDomain(c, f)
		if _, ok := bp.Domain(c.Domain); !ok {
			errs = append(errs, problem(c.Source, "bank.unknown_domain", c.Domain, strings.Join(bp.DomainIDs(), ", ")))
		}
	}
	if len(errs) > 0 {
		return b, &ProblemsError{Problems: errs}
	}
	assignIDs(b.Cards)
	return b, nil
}

// splitLearnerNote takes a learner's note off the end of card c's question
// (`… (Rolling이랑 헷갈림)`, knowledge LearnerPick) and offers the wrong
// answer it names as one of the author's own wrong options. The card's
// domain is read from the question without it (the pick names what the
// card is not about); its id from the question as written, so an id stays
// what it was before notes were read so (a history keeps its cards).
func splitLearnerNote(kb *knowledge.Base, c *Card) {
	if c.OwnOptions || len(c.Answers) != 1 {
		return
	}
	stem, _, pick, ok := kb.LearnerPick(c.Question)
	if !ok {
		return
	}
	c.writtenQuestion = c.Question
	c.Question = stem
	if pick != "" && foldNFC(pick) != foldNFC(c.Answers[0]) && !slices.ContainsFunc(c.Distractors, func(d string) bool { return foldNFC(d) == foldNFC(pick) }) {
		c.Distractors = append(c.Distractors, pick)
		c.LearnerPick = pick
	}
}

// SectionCount is how many cards a section holds.
type SectionCount struct {
	Name  string `json:"name"`
	Cards int    `json:"cards"`
}

// SectionCounts counts cards per section in order of first appearance.
func (b *Bank) SectionCounts() []SectionCount {
	n := map[string]int{}
	for _, c := range b.Cards {
		n[c.Section]++
	}
	out := make([]SectionCount, len(b.Sections))
	for i, s := range b.Sections {
		out[i] = SectionCount{s, n[s]}
	}
	return out
}

// DomainCounts counts cards per domain in blueprint order.
func (b *Bank) DomainCounts() []int {
	out := make([]int, len(b.Blueprint.Domains))
	for _, c := range b.Cards {
		if i := b.Blueprint.domainIndex(c.Domain); i >= 0 {
			out[i]++
		}
	}
	return out
}
