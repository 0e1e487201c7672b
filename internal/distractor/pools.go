package distractor

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/knowledge"
)

//go:generate go run ../prepare pools prepared_pools.bin

// A question's candidate wrong answers — the other cards' answers on its
// topic and the variants of its key, with the scores they earn whatever
// the exam (see candidates) — are most of what making it costs. For the
// built-in bank they depend on nothing but the bank and the knowledge, so
// they are prepared at build time, every card's, in prepared_pools.bin,
// and an exam decodes the few it needs. The file is used only for the
// very bank it was made from (poolsKey) with the built-in knowledge and
// features (usePrepared) and the same cards as those (preparedCardsSum);
// anything else is computed as before. (The file must exist for the
// package to build: an empty one, which is refused, will do to run
// `make generate` again.)

//go:embed prepared_pools.bin
var preparedPoolsFile string

// poolsMagic begins prepared_pools.bin and numbers its layout: change the
// number with the layout (EncodePools and decodePool).
const poolsMagic = "awsexam-pools 7\n"

// poolsWrong is the number of wrong options the pools were made for (the
// 2×2 design keeps three variants alone only for three wrong options).
const poolsWrong = 3

// poolTable is prepared_pools.bin opened: each card's records found by
// offset, decoded when its question is made.
type poolTable struct {
	records string
	offsets []uint32 // card i's records are records[offsets[i]:offsets[i+1]]
}

// poolsKey sums what bank b's candidates depend on besides the knowledge
// and what openPools checks card by card (each card's section, question
// and answers are those of the prepared cards): the cards' domains and
// equivalence marks, in order, and the sections' neighbours.
func poolsKey(b *bank.Bank) uint64 {
	h := uint64(14695981039346656037) // FNV-1a, without a copy of each string
	field := func(s string) {
		for k := range len(s) {
			h = (h ^ uint64(s[k])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211 // a byte no UTF-8 text has: the end of a field
	}
	field(strconv.Itoa(len(b.Cards)))
	for i := range b.Cards {
		field(b.Cards[i].Domain)
		field(b.Cards[i].Equivalent)
		field(strings.Join(b.Cards[i].AlsoAnswers, " "))
	}
	if b.Blueprint != nil {
		for _, s := range b.Sections {
			if info, ok := b.Blueprint.Section(s); ok {
				field(s)
				for _, n := range info.Neighbours {
					field(n)
				}
				field("")
			}
		}
	}
	return h
}

// openPools returns the prepared pools if they were made for bank b (whose
// knowledge and features usePrepared has accepted), else nil.
func openPools(b *bank.Bank) *poolTable {
	if len(b.Cards) != len(preparedCards) {
		return nil
	}
	for i := range b.Cards {
		p, c := &preparedCards[i], &b.Cards[i]
		if p.question != c.Question || p.section != c.Section || !slices.Equal(p.answers, c.Answers) {
			return nil
		}
	}
	t, err := decodePools(preparedPoolsFile, preparedCardsSum, poolsKey(b), len(b.Cards))
	if err != nil {
		return nil
	}
	return t
}

var errPools = errors.New("prepared_pools.bin: not for this bank, or damaged (run `make generate`)")

// decodePools opens a pools file made with the built-in knowledge from the
// cards whose cardsSum is cards (those of the prepared features), for a
// bank with key and n cards.
func decodePools(file, cards string, key uint64, n int) (*poolTable, error) {
	d := poolDecoder{s: file}
	if !d.literal(poolsMagic) || d.str() != knowledge.BuiltinSum() || d.str() != cards || d.u64() != key || d.uvarint() != uint64(n) {
		return nil, errPools
	}
	t := &poolTable{offsets: make([]uint32, n+1)}
	for k := range t.offsets {
		t.offsets[k] = uint32(d.u64())
	}
	if d.err != nil || !slices.IsSorted(t.offsets) || int(t.offsets[n]) != len(d.s)-d.at {
		return nil, errPools
	}
	t.records = d.s[d.at:]
	return t, nil
}

// preparedPool returns card i's candidates (see candidates) from the
// prepared pools, if they are this generator's, and keeps their table of
// bigrams in common for the cue table.
func (g *Generator) preparedPool(i int) ([]candidate, bool) {
	d := g.decodePrepared(i)
	if d.ok {
		g.commons[i] = d.commons
	}
	return d.single, d.ok
}

// preparedMultiple returns card i's candidates for a "choose N" item (see
// multipleCandidates) from the prepared pools, if they are this
// generator's.
func (g *Generator) preparedMultiple(i int) ([]candidate, bool) {
	d := g.decodePrepared(i)
	return d.multiple, d.ok
}

// decodedPools is a card's prepared candidates decoded.
type decodedPools struct {
	single, multiple []candidate
	commons          commonsTable
	ok               bool
}

// decodePrepared decodes card i's prepared candidates, both lists, if the
// generator takes them.
func (g *Generator) decodePrepared(i int) decodedPools {
	if g.trace != nil || g.Wrong != poolsWrong {
		return decodedPools{}
	}
	return g.decodeRecords(i)
}

// decodeRecords is decodePrepared without the generator's settings: it
// reads nothing the question's goroutine changes, so Prefetch runs it on a
// goroutine of its own.
func (g *Generator) decodeRecords(i int) decodedPools {
	s, c, m, ok := g.records(i)
	if !ok {
		return decodedPools{}
	}
	single, err := g.decodePool(s)
	if err != nil {
		return decodedPools{}
	}
	multiple, err := g.decodePool(m)
	n := len(single)
	if err != nil || len(c) != n+n*(n-1)/2 {
		return decodedPools{}
	}
	for k := range single {
		single[k].slot = int32(k + 1)
	}
	return decodedPools{single: resolve(single), multiple: resolve(multiple), commons: commonsTable{s: c, n: n}, ok: true}
}

// commonsTable is, for a card's n prepared candidates, how many bigrams
// the key and each candidate have in common (n bytes), then each pair of
// candidates (row by row, the upper triangle): a count of 255 or more is
// 255, to be counted again.
type commonsTable struct {
	s string
	n int
}

// common returns the bigrams in common between the options in slots a
// and b (see candidate.slot; 0 is the key), if the table has them.
func (t commonsTable) common(a, b int) (int, bool) {
	if a > b {
		a, b = b, a
	}
	if b == 0 || a == b || b > t.n {
		return 0, false
	}
	k := b - 1
	if a > 0 {
		k = t.n + pairIndex(a-1, b-1, t.n)
	}
	if v := t.s[k]; v != 255 {
		return int(v), true
	}
	return 0, false
}

// appendCommons appends the commonsTable of candidates cs of a card whose
// key is key.
func appendCommons(b []byte, key *option, cs []candidate) []byte {
	count := func(x, y *option) byte { return byte(min(x.grams.common(y.grams), 255)) }
	for k := range cs {
		b = append(b, count(key, cs[k].option))
	}
	for x := range cs {
		for y := x + 1; y < len(cs); y++ {
			b = append(b, count(cs[x].option, cs[y].option))
		}
	}
	return b
}

// resolve points the candidates that are another card's answer at that
// answer's prepared features: package data, which nothing changes, so
// Prefetch's goroutine resolves them too. (The generator's own copy of
// them, inf, is the same: openPools has checked every card.)
func resolve(cs []candidate) []candidate {
	for k := range cs {
		if cs[k].option == nil {
			cs[k].option = &preparedCards[cs[k].card].info.answer
		}
	}
	return cs
}

// preparedRecords returns card i's records: its candidates, their
// commonsTable, then its candidates for a "choose N" item (none for a card
// that is not one).
func (g *Generator) preparedRecords(i int) (single, commons, multiple string, ok bool) {
	if g.trace != nil || g.Wrong != poolsWrong {
		return "", "", "", false
	}
	return g.records(i)
}

// records is preparedRecords without the generator's settings, which
// Prefetch checked before its goroutine began (it reads nothing the
// question's goroutine may change).
func (g *Generator) records(i int) (single, commons, multiple string, ok bool) {
	if g.pools == nil || i < 0 || i+1 >= len(g.pools.offsets) {
		return "", "", "", false
	}
	d := poolDecoder{s: g.pools.records[g.pools.offsets[i]:g.pools.offsets[i+1]]}
	single, commons = d.str(), d.str()
	if d.err != nil {
		return "", "", "", false
	}
	return single, commons, d.s[d.at:], true
}

// EncodePools returns prepared_pools.bin for bank b (the built-in bank,
// with the built-in review applied): every card's candidates, computed.
func EncodePools(b *bank.Bank) ([]byte, error) {
	g := New(b)
	g.prepared, g.pools = false, nil
	var records []byte
	offsets := []uint64{0}
	for i := range b.Cards {
		if !g.rngFree(i) {
			return nil, fmt.Errorf("%s: card %d's candidates depend on the exam's random draws: a bank this size cannot be prepared", b.Cards[i].Source, i)
		}
		cs := g.candidates(i, nil)
		records = appendStr(records, string(g.appendCandidates(nil, cs)))
		records = appendStr(records, string(appendCommons(nil, &g.inf(i).answer, cs)))
		var multiple []candidate
		if len(g.inf(i).items) >= 2 {
			multiple = g.multipleCandidates(i, nil)
		}
		records = g.appendCandidates(records, multiple)
		offsets = append(offsets, uint64(len(records)))
	}
	out := []byte(poolsMagic)
	out = appendStr(out, knowledge.BuiltinSum())
	out = appendStr(out, cardsSum(b))
	out = binary.LittleEndian.AppendUint64(out, poolsKey(b))
	out = binary.AppendUvarint(out, uint64(len(b.Cards)))
	for _, o := range offsets {
		out = binary.LittleEndian.AppendUint64(out, o)
	}
	return append(out, records...), nil
}

// A candidate's record: flags, origin, score, echo and characters shared
// with the question, card and pool;
// then, for one with a source of its own (a variant), the source; then,
// for one with an option of its own (a variant, an item of another card's
// answer), the option's features (another card's answer is that card's).
const (
	poolHasSource = 1 << iota
	poolBorrowed
	poolKin
	poolOwnOption
	poolClosest
)

func (g *Generator) appendCandidates(b []byte, cs []candidate) []byte {
	b = binary.AppendUvarint(b, uint64(len(cs)))
	for k := range cs {
		b = g.appendCandidate(b, &cs[k])
	}
	return b
}

func (g *Generator) appendCandidate(b []byte, c *candidate) []byte {
	var flags byte
	if c.src != nil {
		flags |= poolHasSource
	}
	if c.option != &g.inf(c.card).answer {
		flags |= poolOwnOption
	}
	if c.borrowed {
		flags |= poolBorrowed
	}
	if c.kin {
		flags |= poolKin
	}
	if c.closest {
		flags |= poolClosest
	}
	b = append(b, flags, byte(c.origin))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.score))
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(c.echo))
	b = binary.AppendUvarint(b, uint64(c.qchars))
	b = binary.AppendUvarint(b, uint64(c.card))
	b = appendStr(b, c.pool)
	if s := c.src; s != nil {
		var key byte
		if s.Key {
			key = 1
		}
		b = append(b, key)
		for _, f := range []string{s.Card, s.Source, s.Question, s.Pool, s.Note, s.Mistake, s.Written} {
			b = appendStr(b, f)
		}
		b = appendStrs(b, s.Variant)
		b = appendStrs(b, s.Replaces)
	}
	if flags&poolOwnOption == 0 {
		return b
	}
	o := c.option
	b = appendStr(b, o.text)
	b = appendStr(b, o.fold)
	b = binary.AppendUvarint(b, uint64(len(o.grams)))
	for _, x := range o.grams {
		b = binary.LittleEndian.AppendUint64(b, x)
	}
	b = binary.AppendVarint(b, int64(o.width))
	b = appendStr(b, string(o.shape))
	b = appendInts(b, o.concepts)
	b = appendStr(b, o.numbers)
	b = binary.AppendUvarint(b, nilOrLen(o.topic.tags.Hits))
	for _, h := range o.topic.tags.Hits {
		for _, v := range []int{h.Concept, h.Alias, h.Start, h.End} {
			b = binary.AppendVarint(b, int64(v))
		}
	}
	b = binary.AppendVarint(b, int64(o.topic.tags.Letters))
	b = binary.AppendVarint(b, int64(o.topic.tags.Covered))
	b = appendInts(b, o.topic.classes)
	b = appendInts(b, o.topic.services)
	return appendInts(b, o.topic.specific)
}

// nilOrLen is 0 for a nil slice, else its length + 1: the decoded slice
// is nil where the computed one was.
func nilOrLen[T any](s []T) uint64 {
	if s == nil {
		return 0
	}
	return uint64(len(s)) + 1
}

func appendStr(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendStrs(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, nilOrLen(ss))
	for _, s := range ss {
		b = appendStr(b, s)
	}
	return b
}

func appendInts(b []byte, s []int) []byte {
	b = binary.AppendUvarint(b, nilOrLen(s))
	for _, v := range s {
		b = binary.AppendVarint(b, int64(v))
	}
	return b
}

// decodePool decodes one card's records, leaving the option of another
// card's answer nil for resolve; an index read from the file is checked
// against the bank before it is used.
func (g *Generator) decodePool(rec string) ([]candidate, error) {
	d := poolDecoder{s: rec}
	n := d.uvarint()
	if n > uint64(len(rec)) {
		return nil, errPools
	}
	out := make([]candidate, 0, n)
	for range n {
		var c candidate
		flags := d.byte()
		c.origin = int8(d.byte())
		c.score = math.Float64frombits(d.u64())
		c.echo = math.Float64frombits(d.u64())
		c.qchars = int32(d.uvarint())
		card := d.uvarint()
		if card >= uint64(len(g.cards)) {
			return nil, errPools
		}
		c.card = int(card)
		c.pool = d.str()
		c.borrowed, c.kin, c.closest = flags&poolBorrowed != 0, flags&poolKin != 0, flags&poolClosest != 0
		if c.origin < 0 || int(c.origin) >= len(originWeight) {
			return nil, errPools
		}
		if flags&poolHasSource != 0 {
			s := &OptionSource{Key: d.byte() == 1}
			for _, f := range []*string{&s.Card, &s.Source, &s.Question, &s.Pool, &s.Note, &s.Mistake, &s.Written} {
				*f = d.str()
			}
			s.Variant, s.Replaces = d.strs(), d.strs()
			c.src = s
		}
		if flags&poolOwnOption != 0 {
			o := &option{text: d.str(), fold: d.str()}
			if k := d.uvarint(); k <= uint64(len(d.s)-d.at)/8 {
				o.grams = make(grams, k)
				for x := range o.grams {
					o.grams[x] = d.u64()
				}
			} else {
				return nil, errPools
			}
			o.width = int(d.varint())
			o.shape = Shape(d.str())
			o.concepts = d.ints()
			o.numbers = d.str()
			if k := d.uvarint(); k > uint64(len(d.s)-d.at)+1 {
				d.fail()
			} else if k > 0 {
				o.topic.tags.Hits = make([]knowledge.Hit, k-1)
				for x := range o.topic.tags.Hits {
					o.topic.tags.Hits[x] = knowledge.Hit{Concept: int(d.varint()), Alias: int(d.varint()), Start: int(d.varint()), End: int(d.varint())}
				}
			}
			o.topic.tags.Letters, o.topic.tags.Covered = int(d.varint()), int(d.varint())
			o.topic.classes, o.topic.services, o.topic.specific = d.ints(), d.ints(), d.ints()
			c.option = o
		}
		if d.err != nil {
			return nil, d.err
		}
		out = append(out, c)
	}
	if d.err != nil || d.at != len(d.s) {
		return nil, errPools
	}
	return out, nil
}

// poolDecoder reads prepared_pools.bin; the first fault sticks in err and
// every read after it returns zero.
type poolDecoder struct {
	s   string
	at  int
	err error
}

func (d *poolDecoder) fail() { d.err, d.at = errPools, len(d.s) }

func (d *poolDecoder) literal(s string) bool {
	if len(d.s)-d.at < len(s) || d.s[d.at:d.at+len(s)] != s {
		d.fail()
		return false
	}
	d.at += len(s)
	return true
}

func (d *poolDecoder) byte() byte {
	if d.at >= len(d.s) {
		d.fail()
		return 0
	}
	d.at++
	return d.s[d.at-1]
}

func (d *poolDecoder) u64() uint64 {
	if len(d.s)-d.at < 8 {
		d.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64([]byte(d.s[d.at : d.at+8]))
	d.at += 8
	return v
}

func (d *poolDecoder) uvarint() uint64 {
	v, n := binary.Uvarint([]byte(d.s[d.at:min(len(d.s), d.at+binary.MaxVarintLen64)]))
	if n <= 0 {
		d.fail()
		return 0
	}
	d.at += n
	return v
}

// varint reads what binary.AppendVarint wrote: a uvarint, zigzag-coded.
func (d *poolDecoder) varint() int64 {
	u := d.uvarint()
	v := int64(u >> 1)
	if u&1 != 0 {
		v = ^v
	}
	return v
}

func (d *poolDecoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.s)-d.at) {
		d.fail()
		return ""
	}
	s := d.s[d.at : d.at+int(n)]
	d.at += int(n)
	return s
}

func (d *poolDecoder) strs() []string { return list(d, d.str) }

func (d *poolDecoder) ints() []int { return list(d, func() int { return int(d.varint()) }) }

// list reads what appendStrs and appendInts wrote: 0 for nil, else the
// length + 1, then the items, each read by item.
func list[T any](d *poolDecoder, item func() T) []T {
	n := d.uvarint()
	if n == 0 {
		return nil
	}
	if n > uint64(len(d.s)-d.at)+1 {
		d.fail()
		return nil
	}
	out := make([]T, n-1)
	for k := range out {
		out[k] = item()
	}
	return out
}
