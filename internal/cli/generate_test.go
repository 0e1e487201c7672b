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
		{"generate --all --format json --seed 1", "d39d6f6c00d2d6a96857c8d86efd3d7afe22ad884390739777ecf6a0423ca3ba"},
		{"generate --count 65 --seed 7", "51137c1dba98d0e7561f00a1a763f0852c88710e7a4150336725246e4a5b868f"},
		{"generate --count 30 --domain security --seed 42", "df51a13a8620f89351ad2b860fbbe1f9bf799ab549779d0b79003c19b9d63185"},
		{"generate --count 65 --format md --answer-key --seed 3", "80fbbe25a283ba9ec19d149a2c368cd8b0956bae5a9a0d17b2c75ac2dd2b1a09"},
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
