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
		{"generate --all --format json --seed 1", "743e4ff787bc47ecc0a3383e58fc1a0a251ae26f3c3b4deb54abe9c3cc8bec31"},
		{"generate --count 65 --seed 7", "541e78f25f0930cc6422bbb584cec6492431d37146e80e083cb73b6eb03bf606"},
		{"generate --count 30 --domain security --seed 42", "08982fcd04772f84013b10d150bfb2906d52e9ba7a3efcf183f9e5d97fd32cbc"},
		{"generate --count 65 --format md --answer-key --seed 3", "4c3de336d1c7cd86a6b27b7806040043b075a767e962f4e30b3cf5924966c694"},
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
