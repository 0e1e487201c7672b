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
		{"generate --all --format json --seed 1", "28d78c120190dcba8e695bde8116dfb8de0833d82b407e3585db31ed4ce7c707"},
		{"generate --count 65 --seed 7", "3c2716e1de85bad9d656676e2a50feaa7566e0bbb72b7f23e07c879fe43ddd2d"},
		{"generate --count 30 --domain security --seed 42", "27df7cd480019e6b65f9b19cdcaf91814eee6c0bbd4c9b5645b34e347b7df431"},
		{"generate --count 65 --format md --answer-key --seed 3", "591ae4b892125f005725e616d96bb589e2a14fe5bddeb08fbb0932bd22b06110"},
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
