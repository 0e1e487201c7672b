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
		{"generate --all --format json --seed 1", "99cbcdb264e8bf834d3aa10ec5f8274de846bda6baf20ae3a16af559f4a15157"},
		{"generate --count 65 --seed 7", "f4f126717a3d47c7cc3bf286b617f277c6e35f98aee5d966d4531b39fd70074c"},
		{"generate --count 30 --domain security --seed 42", "82221e42af90bd4392e145ebd5c9f32bbf2572bc00d1302694102c1f70851d67"},
		{"generate --count 65 --format md --answer-key --seed 3", "77af81e7d81314c9bf0b030bb0bc308b141210faa08adea8b98f4f631fd2232b"},
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
