package distractor

import (
	"bytes"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/bank"
)

// prepared_pools.bin is what the built-in bank, blueprint, review and
// knowledge give today: run `make generate` after changing any of them.
func TestPoolsUpToDate(t *testing.T) {
	want, err := EncodePools(builtinBank(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("prepared_pools.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/distractor/prepared_pools.bin is out of date with the built-in bank, blueprint, review or knowledge: run `make generate`")
	}
}

// Every built-in card's prepared candidates are those computed at run
// time, and so are the questions made from them.
func TestPreparedPools(t *testing.T) {
	b := builtinBank(t)
	g := New(b)
	if g.pools == nil {
		t.Fatal("the built-in bank does not use its prepared pools")
	}
	fresh := New(b)
	fresh.pools = nil
	for i := range b.Cards {
		got, ok := g.preparedPool(i)
		if !ok {
			t.Fatalf("%s: no prepared candidates", b.Cards[i].Source)
		}
		for k := range got {
			if int(got[k].slot) != k+1 {
				t.Fatalf("%s: prepared candidate %d in slot %d", b.Cards[i].Source, k, got[k].slot)
			}
			got[k].slot = 0 // computed candidates have none
		}
		want := fresh.candidates(i, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: prepared candidates differ from those computed (%d, want %d)", b.Cards[i].Source, len(got), len(want))
		}
		for _, c := range want {
			// The cue table takes a candidate's echo and qchars for its
			// likeness with the question.
			if e := c.grams.jaccard(fresh.inf(i).qgrams); c.echo != e {
				t.Fatalf("%s: %q echoes the question %v, its echo says %v", b.Cards[i].Source, c.text, e, c.echo)
			}
			if n := commonSorted(makeRuneSet(c.fold), makeRuneSet(fresh.inf(i).qfold)); int(c.qchars) != n {
				t.Fatalf("%s: %q shares %d characters with the question, its qchars says %d", b.Cards[i].Source, c.text, n, c.qchars)
			}
		}
		table := g.commons[i]
		for x := range len(want) + 1 {
			for y := range len(want) + 1 {
				ox, oy := &g.inf(i).answer, &g.inf(i).answer
				if x > 0 {
					ox = want[x-1].option
				}
				if y > 0 {
					oy = want[y-1].option
				}
				if n, ok := table.common(x, y); ok && n != ox.grams.common(oy.grams) {
					t.Fatalf("%s: the commons table says slots %d and %d share %d bigrams, not %d", b.Cards[i].Source, x, y, n, ox.grams.common(oy.grams))
				} else if !ok && x != y && (x > 0 || y > 0) && ox.grams.common(oy.grams) < 255 {
					t.Fatalf("%s: the commons table has nothing for slots %d and %d", b.Cards[i].Source, x, y)
				}
			}
		}
		got, ok = g.preparedMultiple(i)
		want = nil
		if len(fresh.inf(i).items) >= 2 {
			want = fresh.multipleCandidates(i, nil)
			if len(want) == 0 {
				t.Fatalf("%s: a choose-N item without candidates", b.Cards[i].Source)
			}
		}
		if !ok || !reflect.DeepEqual(got, want) && len(got)+len(want) > 0 {
			t.Fatalf("%s: prepared choose-N candidates differ from those computed (%d, want %d)", b.Cards[i].Source, len(got), len(want))
		}
	}
	for seed := range uint64(8) {
		rg, rf := rand.New(rand.NewPCG(seed, 1)), rand.New(rand.NewPCG(seed, 1))
		eg, ef := Exposure{}, Exposure{}
		for n := range 65 {
			i := int((seed*131 + uint64(n)*7919) % uint64(len(b.Cards)))
			if got, want := g.Make(i, rg, eg), fresh.Make(i, rf, ef); !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, %s: the question made from prepared candidates\n%+v\nwant\n%+v", seed, b.Cards[i].Source, got, want)
			}
		}
	}
}

// The prepared candidates serve only the bank they were made from, as
// many wrong options as they were made for, and no trace.
func TestPreparedPoolsOnlyTheirBank(t *testing.T) {
	b := builtinBank(t)
	reviewed := *b
	reviewed.Cards = append(reviewed.Cards[:0:0], b.Cards...)
	reviewed.Cards[5].Answers = []string{"SQS 대기열"} // one card corrected: every card's pool may change
	if New(&reviewed).pools != nil {
		t.Error("a bank with a card changed uses the prepared pools")
	}
	moved := *b
	moved.Cards = append(moved.Cards[:0:0], b.Cards...)
	moved.Cards[5].Domain = "security"
	if moved.Cards[5].Domain != b.Cards[5].Domain && New(&moved).pools != nil {
		t.Error("a bank with a card in another domain uses the prepared pools")
	}
	fewer := *b
	fewer.Cards = b.Cards[:len(b.Cards)-1]
	if New(&fewer).pools != nil {
		t.Error("a bank with a card fewer uses the prepared pools")
	}
	g := New(b)
	g.Wrong = 4
	if _, ok := g.preparedPool(0); ok {
		t.Error("a generator of four wrong options takes pools prepared for three")
	}
	g.Wrong = 3
	g.trace = func(Decision) {}
	if _, ok := g.preparedPool(0); ok {
		t.Error("a traced generator (explain) takes prepared candidates, which have no decisions to tell")
	}
}

// A damaged or foreign pools file is refused whole, never half read.
func TestDecodePoolsRefuses(t *testing.T) {
	b := builtinBank(t)
	key, n := poolsKey(b), len(b.Cards)
	if _, err := decodePools(preparedPoolsFile, preparedCardsSum, key, n); err != nil {
		t.Fatalf("the committed file: %v", err)
	}
	for name, file := range map[string]string{
		"empty":     "",
		"truncated": preparedPoolsFile[:len(preparedPoolsFile)-1],
		"longer":    preparedPoolsFile + "x",
		"magic":     "awsexam-pools 0\n" + preparedPoolsFile[len(poolsMagic):],
	} {
		if _, err := decodePools(file, preparedCardsSum, key, n); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := decodePools(preparedPoolsFile, preparedCardsSum, key+1, n); err == nil {
		t.Error("a file for another bank: accepted")
	}
	if _, err := decodePools(preparedPoolsFile, preparedCardsSum, key, n-1); err == nil {
		t.Error("a file for more cards: accepted")
	}
	// prepared_gen.go made again from cards changed since, the pools
	// not: their sums differ, and the pools are not used.
	if _, err := decodePools(preparedPoolsFile, cardsSum(&bank.Bank{Cards: b.Cards[1:]}), key, n); err == nil {
		t.Error("a file made from other cards than the prepared features: accepted")
	}
}

// decodePool never panics and never hands out a card it does not have,
// whatever the records.
func FuzzDecodePool(f *testing.F) {
	b := builtinBank(f)
	g := New(b)
	if g.pools == nil {
		f.Fatal("no prepared pools")
	}
	for _, i := range []int{0, 7, 100, len(b.Cards) - 1} {
		single, _, multiple, _ := g.preparedRecords(i)
		f.Add([]byte(single))
		f.Add([]byte(multiple))
	}
	// A card index past the bank, as a ten-byte varint (-1 as an int).
	f.Add([]byte("\x01\x00\x01" + strings.Repeat("\x00", 16) + "\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x00"))
	f.Fuzz(func(t *testing.T, rec []byte) {
		out, err := g.decodePool(string(rec))
		if err != nil {
			return
		}
		for _, c := range out {
			if c.card < 0 || c.card >= len(b.Cards) {
				t.Fatalf("decoded a card out of range: %d", c.card)
			}
		}
		for _, c := range resolve(out) {
			if c.option == nil || c.card < 0 || c.card >= len(b.Cards) || c.origin < 0 || int(c.origin) >= len(originWeight) {
				t.Fatalf("decoded a candidate out of range: %+v", c)
			}
		}
	})
}

// prune keeps what the exam reaches: in exams of 65 questions made as
// awsexam makes them, the shortlist drawn from all of a card's candidates
// (with the exam's exposure and chance) is, all but rarely, one drawn from
// the candidates prune keeps.
func TestPruneKeepsTheShortlist(t *testing.T) {
	b := builtinBank(t)
	g := New(b)
	g.pools = nil
	shortlisted, missed := 0, 0
	for seed := range uint64(30) {
		rng, draw := rand.New(rand.NewPCG(seed, 3)), rand.New(rand.NewPCG(seed, 4))
		exp := Exposure{}
		for _, i := range draw.Perm(len(b.Cards))[:65] {
			all := g.allCandidates(i, nil)
			kept := map[string]bool{}
			for _, c := range g.prune(slices.Clone(all)) {
				kept[c.fold] = true
			}
			for k := range all {
				all[k].score += exposurePenalty*float64(exp[all[k].fold]) + draw.Float64()*0.3
			}
			for _, c := range g.shortlist(all) {
				shortlisted++
				if !kept[c.fold] {
					missed++
				}
			}
			g.Make(i, rng, exp)
		}
	}
	t.Logf("shortlisted %d candidates, %d of them pruned", shortlisted, missed)
	if shortlisted == 0 || missed*200 > shortlisted {
		t.Errorf("%d of %d shortlisted candidates are ones prune drops: more than 0.5%%", missed, shortlisted)
	}
}
