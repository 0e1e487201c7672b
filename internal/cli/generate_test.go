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
		{"generate --all --format json --seed 1", "ecf81a2e2ecf4698cbfebfa220ad404e418696b80fc0fc31c7167830fbe47269"},
		{"generate --count 65 --seed 7", "2928c5dde82aad25e9bbf9c6c85b32496db024dcdc18c4fb44ae4a633ac26f92"},
		{"generate --count 30 --domain security --seed 42", "3b12810733e944004eb95c74cce649b122af0dc10325ce620796e6743ab33d0b"},
		{"generate --count 65 --format md --answer-key --seed 3", "94b6fc754e160fbe23fdb74925732ecfde11ea1254994c97754b40087c9739d3"},
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
