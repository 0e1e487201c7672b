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
		{"generate --all --format json --seed 1", "3a7afcc0b344626c5f1b81d9be122e724d98b99a4e32e2bd9b2a3419f61afd03"},
		{"generate --count 65 --seed 7", "de92f9ac1188e2740e3e26788f74d4d911c82a975577c78210c7ddbbafbc5471"},
		{"generate --count 30 --domain security --seed 42", "cedf031b09a32b9db838cd74799956e0a5938d839ad226c73c80b8f62bdef609"},
		{"generate --count 65 --format md --answer-key --seed 3", "eae4dd69893abae1e0e3596ba80541c3fe87f41b97775d08866cb628af3db0d1"},
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
