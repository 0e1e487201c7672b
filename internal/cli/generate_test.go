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
		{"generate --all --format json --seed 1", "9114a11f3fdf3bfc383a76a3223c6d3afb298e636ca825cb5becf299c288d2f8"},
		{"generate --count 65 --seed 7", "606c1822175a22b756342afeed36ec2cd06581ffcff3b1427ca21d62bf728c97"},
		{"generate --count 30 --domain security --seed 42", "7d44344c23cc7936eb8ac28bbbb92abc82a1f5fd2f4e41c4b929172ba2903611"},
		{"generate --count 65 --format md --answer-key --seed 3", "77d0b5d6f3b8c0e7035911815be6d4be60e125a18fbc1e72ffa6bab5efa02a2e"},
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
