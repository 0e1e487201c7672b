package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// failingWriter is standard output on a full disk.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestLostOutputIsAnError: every command that prints ends with exit 1 and
// says so when its output cannot be written.
func TestLostOutputIsAnError(t *testing.T) {
	for _, args := range [][]string{
		{"version"},
		{"bank", "stats"},
		{"bank", "stats", "--format", "json"},
		{"bank", "check"},
		{"history"},
		{"generate", "--count", "2", "--seed", "1"},
		{"--help"},
	} {
		var errOut bytes.Buffer
		env := map[string]string{"AWSEXAM_HOME": t.TempDir()}
		stdio := &IO{In: strings.NewReader(""), Out: failingWriter{}, Err: &errOut, Getenv: func(k string) string { return env[k] }}
		code := Run(context.Background(), args, stdio)
		if code != ExitError || !strings.Contains(errOut.String(), "cannot write the output: no space left on device") {
			t.Errorf("awsexam %s: exit %d, stderr %q; want exit 1 and the write error", strings.Join(args, " "), code, errOut.String())
		}
	}
}

// TestInterruptedCommandsExit130: a command interrupted (Ctrl-C, SIGTERM:
// the context Main gives is cancelled) exits 130, prints nothing to
// standard output and writes no output file.
func TestInterruptedCommandsExit130(t *testing.T) {
	home := t.TempDir()
	dir := t.TempDir()
	env := map[string]string{"AWSEXAM_HOME": home}
	exam := filepath.Join(dir, "exam.json")
	if code, _, stderr := run(t, env, "generate", "--count", "2", "--seed", "1", "-o", exam); code != ExitOK {
		t.Fatal(stderr)
	}
	sheet := filepath.Join(dir, "sheet.txt")
	os.WriteFile(sheet, []byte("A\nB\n"), 0o644)
	if code, _, stderr := run(t, env, "grade", "--exam", exam, "--answers", sheet); code != ExitOK {
		t.Fatal(stderr)
	}
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{
		{"bank", "stats"},
		{"bank", "check"},
		{"generate", "--all", "-o", out},
		{"generate", "--count", "5"},
		{"grade", "--exam", exam, "--answers", sheet, "--report", out + ".txt"},
		{"report", "-o", out + ".txt"},
		{"report", "last", "--format", "html", "--history"},
		{"history"},
		{"export-missed", "-o", out},
	} {
		var stdout, stderr bytes.Buffer
		stdio := &IO{In: strings.NewReader(""), Out: &stdout, Err: &stderr, Getenv: func(k string) string { return env[k] }}
		code := Run(ctx, args, stdio)
		if code != ExitInterrupted || stdout.Len() > 0 {
			t.Errorf("awsexam %s interrupted: exit %d, %d bytes out, stderr %q; want 130 and nothing", strings.Join(args, " "), code, stdout.Len(), stderr.String())
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("awsexam %s interrupted wrote %s", strings.Join(args, " "), out)
			os.Remove(out)
		}
	}
	if saved, _ := filepath.Glob(filepath.Join(home, "attempts", "*.json")); len(saved) != 1 {
		t.Errorf("%d attempts saved, want the 1 graded before", len(saved))
	}
}

// TestMockRefusesAnUnweightedBank: a mock on a bank that cannot meet the
// domain weights says so before it starts (before the terminal is opened).
func TestMockRefusesAnUnweightedBank(t *testing.T) {
	bankFile := filepath.Join(t.TempDir(), "lambda.txt")
	os.WriteFile(bankFile, []byte("### --Lambda\nQ1 | A1\nQ2 | A2\nQ3 | A3\nQ4 | A4\nQ5 | A5\nQ6 | A6\n"), 0o644)
	home := t.TempDir()
	var out, errOut bytes.Buffer
	stdio := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut, InTTY: true, OutTTY: true,
		Getenv: func(k string) string { return map[string]string{"AWSEXAM_HOME": home}[k] }}
	code := Run(context.Background(), []string{"mock", "--count", "4", "--bank", bankFile}, stdio)
	if code != ExitError || !strings.Contains(errOut.String(), `the bank cannot fill this exam by the domain weights: the bank has 0 cards of domain "security"`) ||
		!strings.Contains(errOut.String(), "awsexam drill, or choose the questions with --domain or --section") {
		t.Errorf("exit %d, stderr %q; want 1 and the domains it cannot fill", code, errOut.String())
	}
	if journals, _ := filepath.Glob(filepath.Join(home, "sessions", "*")); len(journals) != 0 {
		t.Errorf("journals left: %v", journals)
	}
}

// TestBankNameWithControlCharacters: a bank file's name goes into every
// card's FILE:LINE and the saved bank name: escaped, never raw.
func TestBankNameWithControlCharacters(t *testing.T) {
	dir := t.TempDir()
	bankFile := filepath.Join(dir, "a\x1b[2Jb.txt")
	os.WriteFile(bankFile, []byte("### --Lambda\nQ1 | A1\nQ2 | A2\nQ3 | A3\nQ4 | A4\n"), 0o644)
	out := filepath.Join(dir, "exam.json")
	code, _, stderr := run(t, nil, "generate", "--count", "2", "--section", "Lambda", "--bank", bankFile, "-o", out)
	raw, _ := os.ReadFile(out)
	if code != ExitOK || strings.Contains(string(raw), "\x1b") || strings.Contains(string(raw), `\u001b`) || !strings.Contains(string(raw), `a\\x1b[2Jb.txt:`) {
		t.Errorf("exit %d, stderr %q, exam %s; want the name escaped", code, stderr, raw)
	}
}

// TestInterruptWhileReadingStdin: a command waiting on standard input
// (a terminal, a pipe that never ends) still ends on Ctrl-C with 130.
func TestInterruptWhileReadingStdin(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errOut bytes.Buffer
	env := map[string]string{"AWSEXAM_HOME": t.TempDir()}
	stdio := &IO{In: r, Out: &out, Err: &errOut, Getenv: func(k string) string { return env[k] }}
	done := make(chan int, 1)
	go func() { done <- Run(ctx, []string{"bank", "stats", "--bank", "-"}, stdio) }()
	time.Sleep(50 * time.Millisecond)
	cancel()
	select {
	case code := <-done:
		if code != ExitInterrupted {
			t.Errorf("exit %d, want 130 (stderr %q)", code, errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatal("still reading standard input 5s after Ctrl-C")
	}
}
