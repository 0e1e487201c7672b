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
		{"generate --all --format json --seed 1", "4fed6f003f1c68f2e9bfe91d8481da4e419cd1891ac946223c38b5329aae1bd4"},
		{"generate --count 65 --seed 7", "fe36ca148701abebf25cd98e30370600baf008ad31823e2e55a2de9e8f1f4949"},
		{"generate --count 30 --domain security --seed 42", "9dc482658bbe04245ce5dd77bcf018b09c96464b67a5df555d416a32e36ec739"},
		{"generate --count 65 --format md --answer-key --seed 3", "41d88f6fc6bde72ca404aa8fb26f4f80ac3d046383e4605b2fcc8bfc568321ed"},
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
