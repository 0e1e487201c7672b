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
		{"generate --all --format json --seed 1", "9d7465e6ec0fdec8a7ea829a9217991dde687a4abbf560faefac89124ea07677"},
		{"generate --count 65 --seed 7", "0b3c796e52ad2d61cf8043e45a6f67ed5ce4a82d63ca24fba01a0b5ffe0354fe"},
		{"generate --count 30 --domain security --seed 42", "3e6313348bd2fbb191673ea4896e95223861717042ab07291baba1d0f5378519"},
		{"generate --count 65 --format md --answer-key --seed 3", "ccad632df2274a4eee35044f91fd6dd4fd3a3913a93c3ec273246afd641c8c60"},
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
