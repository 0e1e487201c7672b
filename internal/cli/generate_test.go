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
		{"generate --all --format json --seed 1", "75793fe5ed9d8ae42f58798eee3195d64d3a35f412fc933aa6ba11865afbb29c"},
		{"generate --count 65 --seed 7", "ddee8c4b87c67ae200599ea773a44bd41ec54ac0e1c1029b48a643f5124f4aa2"},
		{"generate --count 30 --domain security --seed 42", "8077d50997278628baff405cd6a22b86002c1af4604f446e757449c1a0ed3ce1"},
		{"generate --count 65 --format md --answer-key --seed 3", "7956a5d5b9d973ffb00523c26bf2153c7fb521523b67e186b8dc7099275b52a2"},
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
