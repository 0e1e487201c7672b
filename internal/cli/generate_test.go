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
		{"generate --all --format json --seed 1", "2a4d9095642cd7782e76c8736124597dd4fe553717e71e73144efb254aec343c"},
		{"generate --count 65 --seed 7", "1de3350c035b2105aaf7bb4d5f63548bf5c6edd6521da1aaa08273806a7b9e04"},
		{"generate --count 30 --domain security --seed 42", "91feb356296f70a4cc17b6f81194f4dc3a1bcf2442190f33796ca186e269b659"},
		{"generate --count 65 --format md --answer-key --seed 3", "5ad1a4dddb8ba25b13689db5067f3198bd0398da36b6621aa940f62f8674f098"},
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
