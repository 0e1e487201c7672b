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
		{"generate --all --format json --seed 1", "6d017ad6174d1b22a91cd7bb9aefa7c96d14c9811a7c39702ec45b0b8c590565"},
		{"generate --count 65 --seed 7", "837e9ea57b99ace10177fc6721026dc4405ceae19ef746a2f210942adb182141"},
		{"generate --count 30 --domain security --seed 42", "93592fbdf87357322a491d665041602ae9db2813da65d955eb1b04367618c3a6"},
		{"generate --count 65 --format md --answer-key --seed 3", "27839a502de6d5047b2d61fa2cd87f2760db49ef42dec7856feed101ea0cc037"},
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
