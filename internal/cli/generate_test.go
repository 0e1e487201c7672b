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
		{"generate --all --format json --seed 1", "4231fc1580bc18e08b935161c99c301a1968ccc9d8044609708939b39f769eb3"},
		{"generate --count 65 --seed 7", "98ab3d2c52672a5acfee6cf375fbe55214c701d471a604ed131a583d050d7ebf"},
		{"generate --count 30 --domain security --seed 42", "3f1d2a301a64c78459de5d3eef234ecff1361fb29dfb702a294bd08e32516f54"},
		{"generate --count 65 --format md --answer-key --seed 3", "a55826d441644fa91f323184244db8c6d054c7a03c98a21fd24a99285276f63e"},
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
