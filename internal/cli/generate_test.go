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
		{"generate --all --format json --seed 1", "cf9890283a214801c12bf5ee138d6c2c6c20b248cf51bc858ebf4d9842118c13"},
		{"generate --count 65 --seed 7", "7abcf9e06df51681ee0c5f6c06abc31decaf1f192ea3d720c771b726a487dec5"},
		{"generate --count 30 --domain security --seed 42", "94c0442d565de98be51ecc2855bfcce3eb6b2ef3d1e5b534dea380522eecb0eb"},
		{"generate --count 65 --format md --answer-key --seed 3", "16cdf45b62b0f75ec909e8eb980fca1721f630716580dccca7d3f7b89d0dce97"},
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
