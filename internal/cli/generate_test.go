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
		{"generate --all --format json --seed 1", "d7a096125d58f26663007c0d725d8d08370f8840cc4cbe7c029be497c56d8e2c"},
		{"generate --count 65 --seed 7", "bbba0ca0b3b80505b59162b4e3234eacbc6a8818cd82dd0b1eb71f9130c2142f"},
		{"generate --count 30 --domain security --seed 42", "30bd6c765daa1e306b256386d0ece165cadc4a163f2fe4da555cb9df31e9ba28"},
		{"generate --count 65 --format md --answer-key --seed 3", "bd2121184d9d5e4ab662a1369742b9ad997ae095cbe5a906e1f32c7d09cdd958"},
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
