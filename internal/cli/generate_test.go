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
		{"generate --all --format json --seed 1", "dc0dd32cf222a58b859669a0a37c1e74075c4807e59ed0d655bd3e13e88b64d7"},
		{"generate --count 65 --seed 7", "ff952df9fe7000bebb3b414f4eab22b25aad2595031edeebff4b8830fb108b00"},
		{"generate --count 30 --domain security --seed 42", "3f1d2a301a64c78459de5d3eef234ecff1361fb29dfb702a294bd08e32516f54"},
		{"generate --count 65 --format md --answer-key --seed 3", "1a75ac0a0f3588920ae67da05b565304d5804837976dbc72a1e58518104079b8"},
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
