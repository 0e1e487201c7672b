package store_test

import (
	"context"
	"sync"
	"testing"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
	"github.com/awsexam/awsexam/internal/store/storetest"
)

var (
	bigOnce sync.Once
	bigDir  string
	bigErr  error
)

// bigHome is a data directory of 10,000 attempts of 65 questions, with
// its index (the attempt files linked to one: these benchmarks read the
// index and the newest attempt only). `make scale` measures the commands
// on real files.
func bigHome(b *testing.B) store.Dir {
	bigOnce.Do(func() {
		bigDir, bigErr = tempDir()
		if bigErr == nil {
			bigErr = storetest.History(bigDir, 10000, 65, storetest.LinkedFiles)
		}
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return store.Dir(bigDir)
}

// BenchmarkHistory10k: what `history` reads of 10,000 attempts (target
// for the whole command: 0.3 s).
func BenchmarkHistory10k(b *testing.B) {
	dir := bigHome(b)
	b.ReportAllocs()
	for b.Loop() {
		sums, warns, err := dir.Summaries(context.Background())
		if err != nil || len(warns) != 0 || len(sums) != 10000 {
			b.Fatalf("%d summaries, %v, %v", len(sums), warns, err)
		}
	}
}

// BenchmarkReportLast10k: `report last` finds the newest of 10,000
// attempts and decodes it alone (target for the whole command: 50 ms).
func BenchmarkReportLast10k(b *testing.B) {
	dir := bigHome(b)
	b.ReportAllocs()
	for b.Loop() {
		h, warns, err := dir.OpenHistory(context.Background())
		if err != nil || len(warns) != 0 {
			b.Fatal(warns, err)
		}
		if _, err := store.ReadAttempt(h.Newest()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWeak10k: `drill --weak`'s Leitner boxes from 10,000 attempts
// (target for the whole command to its first screen: 0.3 s).
func BenchmarkWeak10k(b *testing.B) {
	dir := bigHome(b)
	b.ReportAllocs()
	for b.Loop() {
		sums, _, err := dir.Summaries(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		if weak := exam.WeakFirst(exam.LeitnerOf(sums)); len(weak) == 0 {
			b.Fatal("no weak cards")
		}
	}
}
