package bank

import (
	"fmt"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
)

func BenchmarkLoadEmbedded(b *testing.B) {
	bp := builtinBlueprint(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load([]File{{data.NotesFile, data.Notes}}, bp); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticNotes builds an n-card notes file shaped like the seed (Korean
// questions, mixed answers, 20 sections), so nothing large is committed.
func syntheticNotes(n int) []byte {
	var sb strings.Builder
	lines := strings.Split(string(data.Notes), "\n")
	var cards []string
	for _, l := range lines {
		if strings.Contains(l, "|") {
			cards = append(cards, l)
		}
	}
	for i := 0; i < n; i++ {
		if i%(n/20+1) == 0 {
			fmt.Fprintf(&sb, "### --Section %d\n", i/(n/20+1))
		}
		q, a, _ := strings.Cut(cards[i%len(cards)], "|")
		fmt.Fprintf(&sb, "%s 변형 %d | %s %d\n", q, i, a, i%97)
	}
	return []byte(sb.String())
}

func BenchmarkLoadSynthetic(b *testing.B) {
	bp := builtinBlueprint(b)
	for _, n := range []int{10_000, 100_000} {
		raw := syntheticNotes(n)
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				bk, err := Load([]File{{"synthetic.txt", raw}}, bp)
				if err != nil {
					b.Fatal(err)
				}
				if len(bk.Cards) != n {
					b.Fatalf("got %d cards, want %d", len(bk.Cards), n)
				}
			}
		})
	}
}
