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
		{"generate --all --format json --seed 1", "eb6fb826ba7504c82b09f8fa1a0439260050b4e0cafb348454dca76d6fe2048c"},
		{"generate --count 65 --seed 7", "9b42f07a8d14379b9d04a3e3f2cc4eda5ae11cf59eabddb361b05fa362d81221"},
		{"generate --count 30 --domain security --seed 42", "94c0442d565de98be51ecc2855bfcce3eb6b2ef3d1e5b534dea380522eecb0eb"},
		{"generate --count 65 --format md --answer-key --seed 3", "286859c5f8822e174e57aac6317bccbe454da0eb74703cf32292d1fa2c3707ce"},
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
