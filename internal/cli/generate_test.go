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
		{"generate --all --format json --seed 1", "90cd4d01eb9e61321955f5dbc8eb6c4f6cedc45216e3e702c1f6394ebcdc6e23"},
		{"generate --count 65 --seed 7", "6d6b2bdb0da0d3bf8cf152794f73589bdbd682faacb7402abdfc25ccdd78e0ba"},
		{"generate --count 30 --domain security --seed 42", "6ce7a07ee523cd4eccfb534640f573fef73e10ccd7019749fb12aa086fbdee37"},
		{"generate --count 65 --format md --answer-key --seed 3", "51b8bb5db4abad8c0b9efe9b3d7b4838484ff05d827b6989c8b51750f56b364d"},
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
