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
		{"generate --all --format json --seed 1", "bdb0609abcce4fd38fc38a19b16cc557d30403df1fef1df8da55d6d3ecdf0f7e"},
		{"generate --count 65 --seed 7", "c4c28fb465a0dd60ca051090ece74908a88946507c22699371aca8e82aa69c7f"},
		{"generate --count 30 --domain security --seed 42", "411ab3cad484a6e83ea7ced6267497a8821ec6e4da9fc03946e0a701919b60b0"},
		{"generate --count 65 --format md --answer-key --seed 3", "4bb261c8e2aa3ffdc1718a9430e35c8d0555baeda2125d5ad483f72f78c7891a"},
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
