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
		{"generate --all --format json --seed 1", "d0aa6aa8567f6cc033a2bc3f4a91cc9d6926178101c5c64796703806373489db"},
		{"generate --count 65 --seed 7", "01ce5c23fabc465d04902a7259e4db7f4bfe637bd1e20dd4e63a8c958d037637"},
		{"generate --count 30 --domain security --seed 42", "61c06f79d52e77381c981d69cfc7a1446a541df4ca3dd61b45d1a2b3fabc3c9b"},
		{"generate --count 65 --format md --answer-key --seed 3", "37da6ae1c4958facca8abdc8aaaef87390f2a93ffa81134793c8beeb38af6f39"},
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
