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
		{"generate --all --format json --seed 1", "737ec23d620d52ed71d6d0f4e8979e2f4121d68137e673068231949cf0f10d34"},
		{"generate --count 65 --seed 7", "e6915466e6d368820edf51d907d3f0a2fef0753a0dc935d4354445465e8fd63d"},
		{"generate --count 30 --domain security --seed 42", "6ce7a07ee523cd4eccfb534640f573fef73e10ccd7019749fb12aa086fbdee37"},
		{"generate --count 65 --format md --answer-key --seed 3", "3e9e3dd54955d8a8e2688758c88862f97510130fb159eb31964da4f6edecd68c"},
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
