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
		{"generate --all --format json --seed 1", "2e09bb76f31c0e1ce05dc2257eff6cb3d0b06e46b63cd9cd8fbe78140209afa3"},
		{"generate --count 65 --seed 7", "42b7415eb3db30ba0355dd6eae2516c5011c1f3caada93d62dcea61438fbee35"},
		{"generate --count 30 --domain security --seed 42", "114da3f5522e4323753242d6dd310fcea1e9cf6e5c50b83bec8c7bfcd9265e36"},
		{"generate --count 65 --format md --answer-key --seed 3", "72347c74c4441ee86f96fb165f231b43225f7e4e94e44ac075ce95eacacbcf66"},
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
