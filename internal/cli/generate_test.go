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
		{"generate --all --format json --seed 1", "2dbafcae5074dc4fb0c1ac8279fdccdb92d6d4025db32377f5d02b5f42ace36f"},
		{"generate --count 65 --seed 7", "6cde0b8c4f9057cfcadf3fd7fe64b627200a49c1794d129098f49418462c893a"},
		{"generate --count 30 --domain security --seed 42", "f8843259c7c9b191fb2601b7a9f4aeddf1e62b6e1db575dcc7c80ca7ef615629"},
		{"generate --count 65 --format md --answer-key --seed 3", "c96a1b0b580e04e2742930ec5818f2ce9f631b67821f2e0b61a43eb4f1841fcf"},
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
