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
		{"generate --all --format json --seed 1", "4dad0c2697ccbb6ca34334ea82216dc29a6103fcba04e1d473237205fb6499b9"},
		{"generate --count 65 --seed 7", "016f374920607e5786daff15f808747a735c20578695c204d4bf5b3df99ef7d2"},
		{"generate --count 30 --domain security --seed 42", "f877df106bc860efa9185d1861383ece0fd37b88d1659fd912eef3c67d8ab6b6"},
		{"generate --count 65 --format md --answer-key --seed 3", "e18cea07ce92f9a8439c78e0e661f17887452b85dfe4a0561cb768d61b173683"},
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
