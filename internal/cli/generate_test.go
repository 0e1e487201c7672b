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
		{"generate --all --format json --seed 1", "5bfa790310c2a64f6227bb4fede0759cd4123776447c10fcf265f2b43c1fe29e"},
		{"generate --count 65 --seed 7", "cc4d8298b0ba44d299f099a7ce0c54d4f4a2a29dfe0592380ab87aaf30d62a0b"},
		{"generate --count 30 --domain security --seed 42", "cde68f5d61ea302d11b29cf4e1d0ff0643bb518950c2ba7e429f1b5760e9772c"},
		{"generate --count 65 --format md --answer-key --seed 3", "126960e740789e6a32655bbae51587101ab323155eb771a437febb5131ab50d7"},
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
