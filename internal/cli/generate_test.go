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
		{"generate --all --format json --seed 1", "42b0e8e247b3e8122bda2ad271f21f3d4212607543ca2223afe13dc80f110d33"},
		{"generate --count 65 --seed 7", "05477b42213e40b8b28cc8aa3dc11c3942579b428664e96bcc4c4a3c6d69bbb6"},
		{"generate --count 30 --domain security --seed 42", "114da3f5522e4323753242d6dd310fcea1e9cf6e5c50b83bec8c7bfcd9265e36"},
		{"generate --count 65 --format md --answer-key --seed 3", "dec3eb618ed168a14dfb58fad153d21a983c7dc135488d29d9a70e2a13cf5819"},
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
