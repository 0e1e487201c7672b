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
		{"generate --all --format json --seed 1", "3465c3efaef225480bd8bc00ad646353e26e7aa410fd30bafa8129208a78672a"},
		{"generate --count 65 --seed 7", "035c4d14ae8483f4a1544cbffddc87b6e6128f0d38b37c07db7d55f489ec47b4"},
		{"generate --count 30 --domain security --seed 42", "3f1d2a301a64c78459de5d3eef234ecff1361fb29dfb702a294bd08e32516f54"},
		{"generate --count 65 --format md --answer-key --seed 3", "24aff5209157124807603024e8ceb00900e86f4a3c969785a36c93240ca6d9d1"},
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
