package cli

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

// The same seed gives the same exam: a change in what the built-in bank,
// the knowledge or the generator make of a seed shows here, whether it
// came from a change meant to alter exams or one meant only to make them
// faster. After a deliberate change (new cards, card reviews, a better
// generator), put the new hashes here, as the failure prints them.
func TestGenerateSameSeedSameExam(t *testing.T) {
	tests := []struct {
		args string
		want string // sha256 of the output
	}{
		{"generate --all --format json --seed 1", "a46117361688ac59e1b8cb848370dd6f58a42276d657f214f9ba41d0b52cec38"},
		{"generate --count 65 --seed 7", "ee2125784fa31d6748c32dc77a6aa4b39853b0a2072e1f45478ffc5975ee6502"},
		{"generate --count 30 --domain security --seed 42", "73b655ab03b6ff6beb4eee5e152db0b7878425a42eaed51e12bf65d62ebcd205"},
		{"generate --count 65 --format md --answer-key --seed 3", "20aa17783027a7c2f41297fba927908a8ec771a99229efdbe9235a7bf6f2fa90"},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, nil, strings.Fields(tt.args)...)
		if code != ExitOK {
			t.Fatalf("awsexam %s: exit %d: %s", tt.args, code, errOut)
		}
		if got := fmt.Sprintf("%x", sha256.Sum256([]byte(out))); got != tt.want {
			t.Errorf("awsexam %s: output sha256 %s, want %s: the same seed no longer gives the same exam", tt.args, got, tt.want)
		}
	}
}
