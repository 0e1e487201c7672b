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
		{"generate --all --format json --seed 1", "089e7abf40074ecb589dd558521c6a6bb10cd40c9981d9295daac47cac831b86"},
		{"generate --count 65 --seed 7", "9c8d69a063842105cc08e1def0a308958db4c88f51c434ab6d693159d73dcd64"},
		{"generate --count 30 --domain security --seed 42", "c14506083b8a2b3c0f7ca58a90fbc35fa9c02e08ff4e3c4d5b09363c66190bab"},
		{"generate --count 65 --format md --answer-key --seed 3", "5ae73ea02614c6d04cb0359c634e80d1003235ddf1591f5ceb2e14d0a912bcff"},
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
