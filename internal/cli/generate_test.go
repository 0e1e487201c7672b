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
		{"generate --all --format json --seed 1", "7e9b1ea3361d5cf8db2a46c97a8a31c3018f2eb6447a5dc3297ce8192158ece3"},
		{"generate --count 65 --seed 7", "716de86e70eaa8a28390a8d57f71ad2ef809267033c8585e540a4edd973a4791"},
		{"generate --count 30 --domain security --seed 42", "3f1d2a301a64c78459de5d3eef234ecff1361fb29dfb702a294bd08e32516f54"},
		{"generate --count 65 --format md --answer-key --seed 3", "a49c9e30f57569fe87eaf686b5e28a89f77426f6c700619cfc439f21c7033dc4"},
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
