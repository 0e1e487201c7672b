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
		{"generate --all --format json --seed 1", "e337f586cca8d12dcb551176d3b794d5f8522516654a294c5af729e5a2fae751"},
		{"generate --count 65 --seed 7", "bcc1240767fae595241138c6270a3cb321113bd7743d7f8ba541b0c4719d2bda"},
		{"generate --count 30 --domain security --seed 42", "eb6034317275c0a8702d3e10a77eae2128a0187cafcf20251d1ad4ce994031e6"},
		{"generate --count 65 --format md --answer-key --seed 3", "47505d2c8ff3bb3b50cb4cb0bc61a13816e1f32fe25706980894bf31504fb4de"},
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
