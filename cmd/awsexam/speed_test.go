//go:build linux

package main

import (
	"os/exec"
	"slices"
	"strconv"
	"testing"
	"time"
)

// BenchmarkProcess holds issue 9's speed target for whole processes: the
// built-in 65-question `awsexam generate` within 1.5× `awsexam version`.
// Each iteration runs both, one after the other (interleaved, so a busy
// moment of the machine slows both); the medians and their ratio are
// reported. `make speed` runs it 21 times.
func BenchmarkProcess(b *testing.B) {
	version := []string{"version"}
	generate := []string{"generate", "--count", "65", "--seed", "0"}
	var tv, tg []time.Duration
	run := func(args []string) time.Duration {
		cmd := exec.Command(binary, args...)
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("awsexam %v: %v", args, err)
		}
		return time.Since(start)
	}
	run(version) // warm the page cache
	run(generate)
	seed := 0
	for b.Loop() {
		seed++
		generate[len(generate)-1] = strconv.Itoa(seed)
		tv = append(tv, run(version))
		tg = append(tg, run(generate))
	}
	mv, mg := median(tv), median(tg)
	b.ReportMetric(float64(mv.Microseconds())/1000, "version-ms")
	b.ReportMetric(float64(mg.Microseconds())/1000, "generate-ms")
	b.ReportMetric(float64(mg)/float64(mv), "ratio")
	b.ReportMetric(0, "ns/op")
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}
