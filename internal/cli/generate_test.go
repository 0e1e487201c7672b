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
		{"generate --all --format json --seed 1", "cf0777754b9af4cb7d2b4fd90512b95098d8673e8281d7919ff33505c41c9b72"},
		{"generate --count 65 --seed 7", "2fe172260927523534dc82c39dbb11adc996be003dafc6377415ef8fbeb66ee1"},
		{"generate --count 30 --domain security --seed 42", "08982fcd04772f84013b10d150bfb2906d52e9ba7a3efcf183f9e5d97fd32cbc"},
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
