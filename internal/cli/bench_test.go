package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/bank/banktest"
)

// benchBankCheck times `awsexam bank check --bank FILE` on an n-card
// synthetic bank, output discarded (as through a pipe).
func benchBankCheck(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "synthetic.txt")
	raw := banktest.SyntheticNotes(n)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		b.Fatal(err)
	}
	var errOut bytes.Buffer
	stdio := &IO{In: strings.NewReader(""), Out: io.Discard, Err: &errOut, Getenv: func(string) string { return "" }}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if code := Run(context.Background(), []string{"bank", "check", "--bank", path}, stdio); code != ExitOK {
			b.Fatalf("exit %d: %s", code, errOut.String())
		}
	}
}

// BenchmarkBankCheck holds item 8 of issue 12: a bank ten times larger
// takes at most ten times longer to check. The million-card bank is
// BenchmarkBankCheckBig (make bench-big).
func BenchmarkBankCheck(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) { benchBankCheck(b, n) })
	}
}

// BenchmarkBankCheckBig checks a million-card bank (about 190 MB of
// notes), to compare with BenchmarkBankCheck/cards=100000.
func BenchmarkBankCheckBig(b *testing.B) {
	b.Run("cards=1000000", func(b *testing.B) { benchBankCheck(b, 1_000_000) })
}
