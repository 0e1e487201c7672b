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
		{"generate --all --format json --seed 1", "72c3db5fa6b1646c8bcd6745d24daf183cccb4a7172d10bba5e0045c7c05cea2"},
		{"generate --count 65 --seed 7", "b32e4f57045642648da2163e2d18f2e678cd0375a792482356e196c0abf85d1a"},
		{"generate --count 30 --domain security --seed 42", "33eaa640019ff90292166cf5803b59a5fdd18f83950521b76b94fc6dd82464ce"},
		{"generate --count 65 --format md --answer-key --seed 3", "38e351754c62ad1d4bf7dc5e2b9b220577afc91c235dff45662caee00bc90cac"},
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
