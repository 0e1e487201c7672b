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
		{"generate --all --format json --seed 1", "0f1c87a4f00ca0827ca6c4bb06d533ee94c8d12c941f74b31fcc928b559bb2c9"},
		{"generate --count 65 --seed 7", "665b1d8344ff6cf9de5fb51c222f084d69f1e6eb4308d0da8a2090c0b5204143"},
		{"generate --count 30 --domain security --seed 42", "c14506083b8a2b3c0f7ca58a90fbc35fa9c02e08ff4e3c4d5b09363c66190bab"},
		{"generate --count 65 --format md --answer-key --seed 3", "d46c18e42449fa82e57178b013e0df14b821e2e5ea4c93ae103a01eb9f03ea31"},
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
