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
		{"generate --all --format json --seed 1", "b787cb1759835ccc00ea144893048376325028fe195a9f3d3de73d4202d01c32"},
		{"generate --count 65 --seed 7", "2d96b50aac7da4b96a9c18b0a84689ab8e6a13806060f4707cce10cba8c8ec1a"},
		{"generate --count 30 --domain security --seed 42", "93592fbdf87357322a491d665041602ae9db2813da65d955eb1b04367618c3a6"},
		{"generate --count 65 --format md --answer-key --seed 3", "77d0b5d6f3b8c0e7035911815be6d4be60e125a18fbc1e72ffa6bab5efa02a2e"},
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
