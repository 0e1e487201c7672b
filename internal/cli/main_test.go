package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["AWSEXAM_HOME"]; !ok {
		env["AWSEXAM_HOME"] = t.TempDir()
	}
	stdio := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut, Getenv: func(k string) string { return env[k] }}
	code := Run(context.Background(), args, stdio)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"version"}, ExitOK},
		{[]string{"bank", "stats"}, ExitOK},
		{[]string{"mock"}, ExitUsage},
		{[]string{"drill"}, ExitUsage},
		{[]string{"resume"}, ExitUsage},
		{[]string{"frobnicate"}, ExitUsage},
		{[]string{"bank", "stats", "--nope"}, ExitUsage},
		{[]string{"generate", "--count", "0"}, ExitUsage},
		{[]string{"generate", "--count", "2", "--all"}, ExitUsage},
		{[]string{"grade", "--answers", "x"}, ExitUsage},
		{[]string{"bank", "check", "--bank", "/nonexistent/bank.txt"}, ExitError},
		{[]string{"report"}, ExitError},
		{[]string{"history", "--mode", "exam"}, ExitUsage},
		{[]string{"history", "--mode", "mock"}, ExitOK},
		{[]string{"history", "rm", "20261120"}, ExitUsage}, // a pipe without --yes
		{[]string{"history", "rm", "20261120", "--yes"}, ExitError},
		{[]string{"history", "rm"}, ExitUsage},
	}
	for _, tt := range tests {
		code, _, stderr := run(t, nil, tt.args...)
		if code != tt.code {
			t.Errorf("awsexam %s: exit %d, want %d (stderr %q)", strings.Join(tt.args, " "), code, tt.code, stderr)
		}
	}
}

func TestNoColorInPipes(t *testing.T) {
	_, out, _ := run(t, nil, "bank", "stats")
	if strings.Contains(out, "\x1b[") {
		t.Errorf("escape codes in a pipe: %q", out)
	}
}

// runOnTerminal runs a command as if standard input and output were a
// terminal (checks that refuse before the terminal is opened).
func runOnTerminal(t *testing.T, env map[string]string, args ...string) (int, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env["AWSEXAM_HOME"] = t.TempDir()
	stdio := &IO{In: strings.NewReader(""), Out: &out, Err: &errOut, InTTY: true, OutTTY: true, Getenv: func(k string) string { return env[k] }}
	return Run(context.Background(), args, stdio), errOut.String()
}

// A dumb terminal cannot run the prompts (no cursor addressing): it is
// refused as a pipe is, naming the paper way.
func TestDumbTerminalRefused(t *testing.T) {
	for _, args := range [][]string{{"mock"}, {"drill"}, {"resume"}} {
		code, stderr := runOnTerminal(t, map[string]string{"TERM": "dumb"}, args...)
		if code != ExitUsage || !strings.Contains(stderr, "TERM=dumb") || !strings.Contains(stderr, "awsexam generate") || !strings.Contains(stderr, "awsexam grade") {
			t.Errorf("awsexam %s with TERM=dumb: exit %d, stderr %q; want exit 2 naming generate and grade", args[0], code, stderr)
		}
	}
}

// A time limit under a second is refused (1ns would end the exam before
// its first screen).
func TestTimeUnderOneSecondRefused(t *testing.T) {
	for _, args := range [][]string{{"mock", "--time", "1ns"}, {"mock", "--time", "999ms"}, {"drill", "--time", "1ns"}, {"mock", "--time", "-3s"}} {
		code, stderr := runOnTerminal(t, map[string]string{"TERM": "xterm"}, args...)
		if code != ExitUsage || !strings.Contains(stderr, "at least 1s") {
			t.Errorf("awsexam %s: exit %d, stderr %q; want exit 2, at least 1s", strings.Join(args, " "), code, stderr)
		}
	}
}
