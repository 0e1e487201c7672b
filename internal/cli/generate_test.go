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
		{"generate --all --format json --seed 1", "c9d4f3f98b6734248b19b8b4ef4b2ff686f6f64da23da494eb9d3ee3ce9a6bc5"},
		{"generate --count 65 --seed 7", "c429938e243cf25f30ea32495ba300bb9aa1c9d63749c243a331a2ba97e466f7"},
		{"generate --count 30 --domain security --seed 42", "22cbb8d138a0dadc27ee10a84a0fed9082667c58d4757cfea3e9eb99887dad9a"},
		{"generate --count 65 --format md --answer-key --seed 3", "ec308d66a8f327bbb64805b4d9d27dfd6586e4d0c4ab6be36d719676581188d9"},
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
