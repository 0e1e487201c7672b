// Package storetest builds data directories for benchmarks and the scale
// measurement: years of attempts, made in Go in seconds rather than by
// sitting ten thousand exams.
package storetest

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

// Files says how History writes the attempt files.
type Files int

const (
	// RealFiles writes every attempt in full, as awsexam saves it.
	RealFiles Files = iota
	// LinkedFiles writes the newest attempt in full and links the others
	// to it: the names are all there (the index is checked against them)
	// at a fraction of the disk, for benchmarks of what reads the index
	// and not the attempts.
	LinkedFiles
)

// History fills dir (a data directory) with n finished attempts of q
// questions each from the built-in bank, an hour apart, ending with the
// newest, and the index awsexam would have appended as it saved them.
// Results are drawn so a learner improves: about 60% right at first, 80%
// by the end, a few questions skipped. It is deterministic.
func History(dir string, n, q int, files Files) error {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		return err
	}
	b, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		return err
	}
	gen := distractor.New(b)
	// A few dozen exams, each sat many times with different answers:
	// assembling ten thousand would take longer than the rest.
	exams := make([]*exam.Exam, 24)
	for i := range exams {
		spec := exam.Spec{Count: q, Seed: uint64(i + 1)}
		if exams[i], _, err = exam.Assemble(b, gen, spec); err != nil {
			return err
		}
	}
	attempts := filepath.Join(dir, "attempts")
	if err := os.MkdirAll(attempts, 0o755); err != nil {
		return err
	}
	t0 := time.Date(2025, 11, 1, 8, 0, 0, 0, time.UTC)
	sums := make([]exam.Summary, n)
	var mu sync.Mutex
	var firstErr error
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				a := attempt(exams[i%len(exams)], bp, i, n, t0.Add(time.Duration(i)*time.Hour))
				name := a.ID + ".json"
				sums[i] = a.Summarize(name)
				if files == LinkedFiles && i != n-1 {
					continue
				}
				raw, err := store.EncodeAttempt(a)
				if err == nil {
					err = os.WriteFile(filepath.Join(attempts, name), raw, 0o644)
				}
				if err != nil {
					mu.Lock()
					firstErr = cmp.Or(firstErr, err)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
	if firstErr != nil {
		return firstErr
	}
	if files == LinkedFiles {
		last := filepath.Join(attempts, sums[n-1].File)
		for i := range n - 1 {
			if err := os.Link(last, filepath.Join(attempts, sums[i].File)); err != nil {
				return err
			}
		}
	}
	idx, err := store.EncodeIndex(sums)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "index.jsonl"), idx, 0o644)
}

// attempt is the i-th of n attempts at e, ended at ended.
func attempt(e *exam.Exam, bp *bank.Blueprint, i, n int, ended time.Time) *exam.Attempt {
	rng := exam.NewRand(uint64(i) + 1)
	mode := []string{exam.ModeDrill, exam.ModeDrill, exam.ModeMock, exam.ModePaper}[i%4]
	s := exam.NewSession(e, mode, 130*time.Minute, ended.Add(-90*time.Minute))
	right := 0.6 + 0.2*float64(i)/float64(max(n-1, 1))
	for k, q := range e.Questions {
		switch r := rng.Float64(); {
		case r < 0.05:
			// skipped: nothing chosen
		case r < 0.05+right:
			s.Chosen[k] = append([]int(nil), q.Answers...)
		default:
			// One option that is not a key, with the other keys.
			wrong := 0
			for slices.Contains(q.Answers, wrong) {
				wrong++
			}
			s.Chosen[k] = append([]int{wrong}, q.Answers[1:]...)
		}
		s.Spent[k] = time.Duration(20+rng.IntN(100)) * time.Second
	}
	s.Elapsed = 90 * time.Minute
	id := fmt.Sprintf("%s-%06x", ended.Format("20060102-150405"), i)
	return s.Finish(bp, id, ended, false)
}
