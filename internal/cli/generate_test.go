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
		{"generate --all --format json --seed 1", "73cb80431522a8f6dc529930d4cbd161fc6d090cfbb57d077ebae66a6a5bc875"},
		{"generate --count 65 --seed 7", "21dbd048a3a34d1bcef02139c93950ce3e9bb32b0161ccae140b570e8dc2327c"},
		{"generate --count 30 --domain security --seed 42", "35bf9d836be8593c5f3a2d5804a6c11c42a7b036120c30ee3bcf5468e13144e6"},
		{"generate --count 65 --format md --answer-key --seed 3", "12e21df97487ebebe2083c614767b2dd6c1789450cba43dd698c5f717b6ab016"},
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
