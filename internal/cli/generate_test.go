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
		{"generate --all --format json --seed 1", "f5d2ea1fe527968af327af982057cda21ad1846ec0c881b20f8edbac75c9e3ef"},
		{"generate --count 65 --seed 7", "3eef5522015434e6eb871917bef87a7a51a419667d927433d5f7d1b449a513f7"},
		{"generate --count 30 --domain security --seed 42", "5dbbb7ac16756daa444d1314e45eb3bad176e3a942c5d949f8ce5073f836ea95"},
		{"generate --count 65 --format md --answer-key --seed 3", "bfe96f9414580a706cd43ef428e3d21cdc3987dc737a0864c297df872387f845"},
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
