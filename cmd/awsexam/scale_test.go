//go:build scale

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/store/storetest"
)

// TestScale measures the commands that read the history as whole
// processes on 10,000 attempts of 65 questions (real attempt files and
// the index): wall time and peak memory (getrusage's maxrss of the
// child). Run it with `make scale`; the figures go in README. The targets
// (issue 12): history ≤ 0.3 s, report (last) ≤ 50 ms, drill --weak to its
// first screen ≤ 0.3 s, each ≤ 100 MB.
func TestScale(t *testing.T) {
	home := os.Getenv("AWSEXAM_SCALE_HOME")
	if home == "" {
		home = t.TempDir()
	}
	if _, err := os.Stat(home + "/index.jsonl"); err != nil {
		start := time.Now()
		if err := storetest.History(home, 10000, 65, storetest.RealFiles); err != nil {
			t.Fatal(err)
		}
		t.Logf("built %s: 10,000 attempts of 65 questions in %s", home, time.Since(start).Round(time.Millisecond))
	}
	type target struct {
		name   string
		args   []string
		limit  time.Duration
		screen string // for a command on a terminal: the first screen
	}
	var report strings.Builder
	for _, tt := range []target{
		{"history", []string{"history"}, 300 * time.Millisecond, ""},
		{"history --format json", []string{"history", "--format", "json"}, 300 * time.Millisecond, ""},
		{"report (last)", []string{"report"}, 50 * time.Millisecond, ""},
		{"export-missed", []string{"export-missed"}, 0, ""},
		{"drill --weak (first screen)", []string{"drill", "--weak"}, 300 * time.Millisecond, `Question 1/10`},
	} {
		best, rss := time.Duration(1<<62), int64(0)
		for range 5 {
			var d time.Duration
			var kb int64
			if tt.screen == "" {
				d, kb = runMeasured(t, home, tt.args...)
			} else {
				began := time.Now()
				s := start(t, home, 100, 40, tt.args...)
				s.expect(tt.screen, 10*time.Second)
				d = time.Since(began)
				kb = hiwater(t, s.cmd.Process.Pid)
				s.cmd.Process.Kill()
				<-s.done
				os.RemoveAll(filepath.Join(home, "sessions"))
			}
			best = min(best, d)
			rss = max(rss, kb)
		}
		line := fmt.Sprintf("%-28s %8s  peak %5.1f MB", tt.name, best.Round(time.Millisecond), float64(rss)/1024)
		if tt.limit > 0 {
			line += fmt.Sprintf("  (target %s, 100 MB)", tt.limit)
		}
		report.WriteString(line + "\n")
		if tt.limit > 0 && (best > tt.limit || rss > 100*1024) {
			t.Errorf("%s: %s, peak %.1f MB; over the target", tt.name, best, float64(rss)/1024)
		}
	}
	t.Logf("10,000 attempts of 65 questions, best of 5 runs:\n%s", report.String())
}

// runMeasured runs awsexam to its end and returns its wall time and peak
// resident memory in KiB. The memory comes from /usr/bin/time where there
// is one: the child's own getrusage maxrss would start from this test's
// (a process inherits its parent's high-water mark across fork and exec),
// and this process holds the 10,000 attempts it made.
func runMeasured(t *testing.T, home string, args ...string) (time.Duration, int64) {
	t.Helper()
	env := append(os.Environ(), "AWSEXAM_HOME="+home, "NO_COLOR=1")
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		out := filepath.Join(t.TempDir(), "rss")
		cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%M", "-o", out, binary}, args...)...)
		cmd.Env = env
		start := time.Now()
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("awsexam %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		d := time.Since(start)
		raw, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		kb, err := strconv.ParseInt(strings.TrimSpace(string(raw)), 10, 64)
		if err != nil {
			t.Fatalf("/usr/bin/time wrote %q", raw)
		}
		return d, kb
	}
	cmd := exec.Command(binary, args...)
	cmd.Env = env
	start := time.Now()
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("awsexam %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	return time.Since(start), cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
}

// hiwater is a running process's peak resident memory in KiB (VmHWM:
// counted from its own exec, unlike getrusage's maxrss).
func hiwater(t *testing.T, pid int) int64 {
	t.Helper()
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				t.Fatalf("VmHWM %q", v)
			}
			return kb
		}
	}
	t.Fatalf("no VmHWM in /proc/%d/status", pid)
	return 0
}
