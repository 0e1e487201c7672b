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
		{"generate --all --format json --seed 1", "b64c07b1cfe01c1cfe4ec08b8017bc7dfa0ef0714e38bbf7c2343dad091a3201"},
		{"generate --count 65 --seed 7", "52ad693b9c7d5fb26ac11f22f4799122fd7adb0b838679f68ce9780fef5152cf"},
		{"generate --count 30 --domain security --seed 42", "bb46e7e2dd4dacbb5dd5252d3677def1500c32c9bac24df74a4289a14e4431e8"},
		{"generate --count 65 --format md --answer-key --seed 3", "7c16d0c78e9e434516776f3be12f7067b5fbaf19471edef0df803edb3b5783ca"},
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
