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
		{"generate --all --format json --seed 1", "812fd0ab7db23421fd57156671af7e5600c942cfd5b7ab3b99ddb1a2028b3646"},
		{"generate --count 65 --seed 7", "409ceeda1e4a72dcc55f62bdbb3c138d64cbff0b12b3544e0ec55d20fa8e6461"},
		{"generate --count 30 --domain security --seed 42", "76b2066612b76a6b037278540a33bc61556389cbbbff16f6ca764ba2fbd1ec80"},
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
