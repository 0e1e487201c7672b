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
		{"generate --all --format json --seed 1", "c9c67e77eed9ccc7d571682a68ef075b86a12034154a71730d2af4c245071f3f"},
		{"generate --count 65 --seed 7", "1470027dcc87c3ee169ac0f457f52754f4d9539b66fe969035101c7519a34118"},
		{"generate --count 30 --domain security --seed 42", "af0b7ce47ad019034812294e32646c49a0b186e73f35848eec32d94cc94821b9"},
		{"generate --count 65 --format md --answer-key --seed 3", "47505d2c8ff3bb3b50cb4cb0bc61a13816e1f32fe25706980894bf31504fb4de"},
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
