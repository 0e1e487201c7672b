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
		{"generate --all --format json --seed 1", "afdf67bd62b018df580ae9c04b83813f3ea7f28aa57a31da41232f5f1ecf8045"},
		{"generate --count 65 --seed 7", "5d54d6191cad1aff6dc641b6db1ca783f50c2268d78b967ff5931fa25c4d3cea"},
		{"generate --count 30 --domain security --seed 42", "ff553e00de548063b0c322df0706b5171f90281d7aac9550c7938e2f674429ec"},
		{"generate --count 65 --format md --answer-key --seed 3", "2644cea58b8becb85ecac66fffa881be333124781893cdf1cc38d192068d4662"},
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
