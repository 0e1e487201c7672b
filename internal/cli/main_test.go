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
