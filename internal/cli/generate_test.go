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
		{"generate --all --format json --seed 1", "7a67cb460533eba8c6043339fd4111318938b469a7fa3d64850c81ba0280018a"},
		{"generate --count 65 --seed 7", "ad0ac39804905d15af76fbef47cd3f367ae58dc560835cc98c54518c67627d23"},
		{"generate --count 30 --domain security --seed 42", "262f659a6f42c7e7a51541ef81b0ccac797186d58e52ac58641318a8a39834b9"},
		{"generate --count 65 --format md --answer-key --seed 3", "e846f656b0eacec70b77e1995143c744de2d3ed31a61019082350026af43f0ff"},
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
