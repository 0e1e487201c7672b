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
		{"generate --all --format json --seed 1", "4896808f0e766a8b7881c998c28c7b684aa8dbb058973631f892b4d1882ca63e"},
		{"generate --count 65 --seed 7", "767c343404c2266db5b6fd3cfd0d5ac00d73bfb1b6abbdc8e7eef1c9af2d02c0"},
		{"generate --count 30 --domain security --seed 42", "5dbbb7ac16756daa444d1314e45eb3bad176e3a942c5d949f8ce5073f836ea95"},
		{"generate --count 65 --format md --answer-key --seed 3", "fb0dfd76e9d6c56bf5d7d39041345178341e1206cf57f5c37398e507c9843bd3"},
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
