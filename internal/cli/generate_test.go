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
		{"generate --all --format json --seed 1", "82e1b60d60936dc2e69bbc1b008527fde59b847cad3828d0a8caa434b829b106"},
		{"generate --count 65 --seed 7", "5e4f0c2213fd948f42e328fd7a7f946f0faadd58861a0c719a0e6a0980501734"},
		{"generate --count 30 --domain security --seed 42", "114da3f5522e4323753242d6dd310fcea1e9cf6e5c50b83bec8c7bfcd9265e36"},
		{"generate --count 65 --format md --answer-key --seed 3", "77dd9d26dabe6e37fc54c6defddd00d30c7e8079abe5d0ad49e43391d1f3d496"},
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
