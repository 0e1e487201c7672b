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
		{"generate --all --format json --seed 1", "2b10592d83733bedb4381d489b11df2463bc6a9b9064fc93d2a6b5f209337dfc"},
		{"generate --count 65 --seed 7", "176f991dccb829c0b97bee6df67ed5f0cd53a352c2a08f6a61c51b93f90c75cf"},
		{"generate --count 30 --domain security --seed 42", "9c0f8f9893da5261915b0a07fef3188a449d9c5455e398a542382074f4040173"},
		{"generate --count 65 --format md --answer-key --seed 3", "78e24a33688182679aa0a374e7df29ab6534721da4edfdb3eb728f6b7bc1922d"},
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
