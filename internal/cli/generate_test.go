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
		{"generate --all --format json --seed 1", "e81e849953fa310db76b28387d4e3773ac9dcc9fe55116114a94de181413be96"},
		{"generate --count 65 --seed 7", "b6c68e90459ab32aacbb5306f021bda20d85b9f9c759260f060c3adf2ef674c2"},
		{"generate --count 30 --domain security --seed 42", "94c0442d565de98be51ecc2855bfcce3eb6b2ef3d1e5b534dea380522eecb0eb"},
		{"generate --count 65 --format md --answer-key --seed 3", "4742ebb760a98fb9d308d60378254fe5738d18df44917100c08c67d306908fc4"},
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
