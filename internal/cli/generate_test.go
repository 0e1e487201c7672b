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
		{"generate --all --format json --seed 1", "64a1e8f0b215f6b821643e39bc97835a0055d0c6a54d2a6b9e9d285fe7057d0e"},
		{"generate --count 65 --seed 7", "fba5ddd9caf4467851a96c2add127429b9d894cfde30f182366c37860fae8faf"},
		{"generate --count 30 --domain security --seed 42", "93592fbdf87357322a491d665041602ae9db2813da65d955eb1b04367618c3a6"},
		{"generate --count 65 --format md --answer-key --seed 3", "8b68f5f363bcd383cf0369a3e29902cd06fd6a69d53895aae90aaab09c7dd5b2"},
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
