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
		{"generate --all --format json --seed 1", "8352466c826788874b124c6e07de20314acc002bca788224f8564c4943188cb7"},
		{"generate --count 65 --seed 7", "ce14b30b5cccca908ede266d035e3794bb2c1eb9aae8908c8ece4d68d094684d"},
		{"generate --count 30 --domain security --seed 42", "773fa921c5380446081459ba2083863db84f6ccc24907d94ef8326c642c4df51"},
		{"generate --count 65 --format md --answer-key --seed 3", "3a6303fc75bd595117046701c3638e347d42399962898c8068fcbcc6de83f999"},
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
