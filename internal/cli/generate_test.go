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
		{"generate --all --format json --seed 1", "430fdf3a3a5d5f22291f8f8e5a34089dbef4d0b7bd20c9875009f69a4947bcbe"},
		{"generate --count 65 --seed 7", "e822972598507673295a4e1bd5ab726e46d004aa5f9ec6c6b3146902060d7a3b"},
		{"generate --count 30 --domain security --seed 42", "eeebb64e6cb891d5a99eedaf9419675b6c114e1576a9bb3b8c79889410b844fb"},
		{"generate --count 65 --format md --answer-key --seed 3", "ca14e9275cbf1f9c8107aad78179b2430d2b27096f4f4318332eebd0e99b2e58"},
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
