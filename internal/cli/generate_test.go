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
		{"generate --all --format json --seed 1", "6df4dd34441d39d58b1e099512d9de2efd282dfb89d48541346fe6dc98587037"},
		{"generate --count 65 --seed 7", "6cde0b8c4f9057cfcadf3fd7fe64b627200a49c1794d129098f49418462c893a"},
		{"generate --count 30 --domain security --seed 42", "08982fcd04772f84013b10d150bfb2906d52e9ba7a3efcf183f9e5d97fd32cbc"},
		{"generate --count 65 --format md --answer-key --seed 3", "03a04b5c800beda12a34b8b559749a0121e9411010c9c57686a76a3c0289cd7f"},
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
