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
		{"generate --all --format json --seed 1", "1d69338460dd616d970565560cb7bc103a78098774467051e856404ecc925f91"},
		{"generate --count 65 --seed 7", "d602f1518754f29c66cc0c83ab0aeda018665e2cc268c182c89ad412b181f0d1"},
		{"generate --count 30 --domain security --seed 42", "73b655ab03b6ff6beb4eee5e152db0b7878425a42eaed51e12bf65d62ebcd205"},
		{"generate --count 65 --format md --answer-key --seed 3", "fe39132cf755ffd0cfbd330d300872776ef41af76d800f8f688aa3a8a31fbbd4"},
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
