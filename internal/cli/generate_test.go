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
		{"generate --all --format json --seed 1", "24f68aef7ac765c67021687f20fba1da58077408983f9ecd5aed8db93c5f101c"},
		{"generate --count 65 --seed 7", "815ae113b18c9fba2cccb2aca86247d626eddb5a5f66e75b84708e0da9c2676a"},
		{"generate --count 30 --domain security --seed 42", "bb46e7e2dd4dacbb5dd5252d3677def1500c32c9bac24df74a4289a14e4431e8"},
		{"generate --count 65 --format md --answer-key --seed 3", "1d260da56a6923a24e084648faaba04d7c2be044e08e57a895c50dec98731c0b"},
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
