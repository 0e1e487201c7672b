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
		{"generate --all --format json --seed 1", "42fa392321d035e9966ed9f495fd5cfbea996bb8419d385d1be67776e5ecbb00"},
		{"generate --count 65 --seed 7", "4625bdcd89b03082771ee1c9917257b2c12cc391bebd5b7cbb669a677a001b63"},
		{"generate --count 30 --domain security --seed 42", "390ae72e4173624a8eb33786eee2a2ec13487d5720c82460b5b9b72bb97f7582"},
		{"generate --count 65 --format md --answer-key --seed 3", "bea7f8a0805de327f409b07468be77359cbf5b48009f55369d02413b2f6ce32a"},
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
