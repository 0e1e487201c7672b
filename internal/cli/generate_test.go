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
		{"generate --all --format json --seed 1", "a68018db00e22917f3f8c2e735c1b40cf3b288758867e6515c050bcd94351509"},
		{"generate --count 65 --seed 7", "190ed24850f782c2282797b26a34841c0a88ef7b9da77ea91faa6cde9f15f972"},
		{"generate --count 30 --domain security --seed 42", "db91595cbf0dd184174ec5ce08e5393ccdde3deedec943209e71836167311238"},
		{"generate --count 65 --format md --answer-key --seed 3", "f832c9f9d5b48f751c918eedd6b0caf1b9b4d5058f8f1b6e4e2a8def7cacf961"},
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
