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
		{"generate --all --format json --seed 1", "30dd81d3b7fa565ee7dd16b93d2c00f3d84519e05587cc05c0487ec07c47b708"},
		{"generate --count 65 --seed 7", "ef7bfed55436f076b4e10b9dd214f83c95462683f03c4eab7c891b4e22a8f1ce"},
		{"generate --count 30 --domain security --seed 42", "773fa921c5380446081459ba2083863db84f6ccc24907d94ef8326c642c4df51"},
		{"generate --count 65 --format md --answer-key --seed 3", "fbe45bb9cc09c759fe492b2763def73a721b0821e9e89b4eac31b902a0b00a09"},
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
