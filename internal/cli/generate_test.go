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
		{"generate --all --format json --seed 1", "34bc13b7aa95fe07be3d89a16dff6bbc43d68a7ca75ad21583c5ea2b03869cee"},
		{"generate --count 65 --seed 7", "142f3bdf8fbcac42ef1924d7e39474022e1db6c068f9d48f23e603b292f6a3a3"},
		{"generate --count 30 --domain security --seed 42", "eeebb64e6cb891d5a99eedaf9419675b6c114e1576a9bb3b8c79889410b844fb"},
		{"generate --count 65 --format md --answer-key --seed 3", "6260d74fbf216af2d90108f7b6629fc57a1de6e4b2a490c0f26b8aec16f6b19e"},
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
