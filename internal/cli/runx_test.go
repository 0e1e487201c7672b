package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

// testIO is an IO on buffers with an empty data directory of its own; tty
// says whether it claims a terminal on both ends (TERM=xterm).
func testIO(t *testing.T, tty bool) (*IO, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := map[string]string{"AWSEXAM_HOME": t.TempDir(), "TERM": "xterm"}
	return &IO{In: strings.NewReader(""), Out: &out, Err: &errOut, InTTY: tty, OutTTY: tty,
		Getenv: func(k string) string { return env[k] }}, &out, &errOut
}

// usageKey is the catalogue key of a usage error (exit 2), "" for any
// other error.
func usageKey(err error) string {
	var msg *msgError
	if errors.As(err, &msg) && msg.usage {
		return msg.key
	}
	return ""
}

// TestRunGenerateSeed: runGenerate called without cobra makes the exam of
// --seed when seedSet says it was given, and a fresh seed each time when
// not; either way the exam records the seed that makes it again.
func TestRunGenerateSeed(t *testing.T) {
	generate := func(t *testing.T, seed uint64, seedSet bool) string {
		t.Helper()
		stdio, out, errOut := testIO(t, false)
		opts := &generateOptions{examFlags: examFlags{bank: &bankFlags{}, count: 3, seed: seed, seedSet: seedSet}, format: "json"}
		if err := runGenerate(context.Background(), opts, stdio); err != nil {
			t.Fatalf("runGenerate(seed %d, seedSet %v): %v (stderr %q)", seed, seedSet, err, errOut)
		}
		return out.String()
	}
	tests := []struct {
		name    string
		seedSet bool
		same    bool // three runs give the same exam
	}{
		{"--seed 7", true, true},
		{"no --seed", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outs := []string{generate(t, 7, tt.seedSet), generate(t, 7, tt.seedSet), generate(t, 7, tt.seedSet)}
			if same := outs[0] == outs[1] && outs[1] == outs[2]; same != tt.same {
				t.Errorf("three runs the same: %v, want %v", same, tt.same)
			}
			for i, out := range outs {
				e, err := exam.Decode([]byte(out))
				if err != nil {
					t.Fatalf("run %d: %v", i+1, err)
				}
				if tt.seedSet && e.Seed != 7 {
					t.Errorf("run %d: seed %d recorded, want 7", i+1, e.Seed)
				}
				if again := generate(t, e.Seed, true); again != out {
					t.Errorf("run %d: --seed %d (the seed recorded) gives another exam", i+1, e.Seed)
				}
			}
		})
	}
}

// TestAssembleCount: assemble refuses a count below 1 as bad usage, unless
// the whole bank is asked for.
func TestAssembleCount(t *testing.T) {
	tests := []struct {
		count   int
		all     bool
		wantKey string // "" for an exam
		wantN   int
	}{
		{0, false, "error.count", 0},
		{-3, false, "error.count", 0},
		{2, false, "", 2},
		{0, true, "", -1}, // every card the bank can ask
	}
	for _, tt := range tests {
		stdio, _, _ := testIO(t, false)
		f := &examFlags{bank: &bankFlags{}, count: tt.count, seed: 1, seedSet: true}
		e, b, err := assemble(context.Background(), f, tt.all, stdio)
		if tt.wantKey != "" {
			if got := usageKey(err); got != tt.wantKey {
				t.Errorf("count %d, all %v: error %v (usage key %q), want usage error %s", tt.count, tt.all, err, got, tt.wantKey)
			}
			continue
		}
		if err != nil {
			t.Errorf("count %d, all %v: %v", tt.count, tt.all, err)
			continue
		}
		if tt.wantN > 0 && len(e.Questions) != tt.wantN {
			t.Errorf("count %d: %d questions, want %d", tt.count, len(e.Questions), tt.wantN)
		}
		if tt.all && (len(e.Questions) < len(b.Cards)/2 || e.Seed != 1) {
			t.Errorf("all: %d questions of %d cards, seed %d; want most of the bank, seed 1", len(e.Questions), len(b.Cards), e.Seed)
		}
	}
}

// TestRunSitRefuses: runMock and runDrill refuse what they cannot sit
// before they load a bank or touch a terminal.
func TestRunSitRefuses(t *testing.T) {
	tests := []struct {
		name    string
		run     func(context.Context, *sitOptions, *IO) error
		tty     bool
		opts    sitOptions
		wantKey string
	}{
		{"mock untimed", runMock, true, sitOptions{limit: 0}, "error.mock.untimed"},
		{"mock untimed, no terminal", runMock, false, sitOptions{limit: 0}, "error.mock.untimed"},
		{"mock, no terminal", runMock, false, sitOptions{limit: 130 * time.Minute}, "error.no_terminal"},
		{"drill, no terminal", runDrill, false, sitOptions{}, "error.no_terminal"},
		{"drill, under a second", runDrill, true, sitOptions{limit: 500 * time.Millisecond}, "error.time"},
		{"drill, negative time", runDrill, true, sitOptions{limit: -time.Second}, "error.time"},
		{"mock, report as pdf", runMock, true, sitOptions{limit: time.Minute, report: "r.pdf"}, "error.report_file.ext"},
	}
	for _, tt := range tests {
		stdio, out, _ := testIO(t, tt.tty)
		opts := tt.opts
		// A bank that cannot be read: any of these that got as far as
		// loading it would fail with another error.
		opts.bank = &bankFlags{banks: []string{"/nonexistent/bank.txt"}}
		err := tt.run(context.Background(), &opts, stdio)
		if got := usageKey(err); got != tt.wantKey {
			t.Errorf("%s: error %v (usage key %q), want usage error %s", tt.name, err, got, tt.wantKey)
		}
		if out.Len() > 0 {
			t.Errorf("%s: wrote %q to stdout, want nothing", tt.name, out)
		}
	}
}

// TestRunDisputesRemoveNone: withdrawing a dispute there is none of is an
// error naming the card, and the output says nothing withdrawn.
func TestRunDisputesRemoveNone(t *testing.T) {
	stdio, out, _ := testIO(t, false)
	err := runDisputesRemove(context.Background(), &disputesRmOptions{card: "abc123"}, stdio)
	var msg *msgError
	if !errors.As(err, &msg) || msg.usage || msg.key != "error.disputes.none" || !strings.Contains(err.Error(), "abc123") {
		t.Errorf("error %v, want error.disputes.none naming abc123", err)
	}
	if out.Len() > 0 {
		t.Errorf("stdout %q, want nothing", out)
	}
}
