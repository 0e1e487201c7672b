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
		{"generate --all --format json --seed 1", "60d2037e9a1d5c802d48984e8780ec50d5d59012d3af383789fdd4bdf195fe4a"},
		{"generate --count 65 --seed 7", "d06ca2061e804f6997981ae1c65061f71163648a9d14732edfcc7d4c1787525f"},
		{"generate --count 30 --domain security --seed 42", "3f1d2a301a64c78459de5d3eef234ecff1361fb29dfb702a294bd08e32516f54"},
		{"generate --count 65 --format md --answer-key --seed 3", "1946d4f68beaad9abe991cf6774fde684cd4121c974076673d50933a9fc81c8c"},
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
