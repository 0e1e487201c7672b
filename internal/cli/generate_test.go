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
		{"generate --all --format json --seed 1", "526636dba66a4d6713b345b479f3880abd1db2895dd083c9259d4eee16e17776"},
		{"generate --count 65 --seed 7", "8fb6f8ff4f8ae93a59f38363ac276849a327cfe08c5158083020449b75062734"},
		{"generate --count 30 --domain security --seed 42", "1082c935bc5b1a4fb4a5d1b5411b0399055927ca42da01c974f48b7e1eb989f1"},
		{"generate --count 65 --format md --answer-key --seed 3", "80fbbe25a283ba9ec19d149a2c368cd8b0956bae5a9a0d17b2c75ac2dd2b1a09"},
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
