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
		{"generate --all --format json --seed 1", "54c250c7d5a3fdc7ebf4cfbc33b100286f03be8213144e7930d915d12de7bd93"},
		{"generate --count 65 --seed 7", "8a59805f3f7b6a0d03fa2ecfe726a30f5e64cc54150a6580f0693c65c0a81e1f"},
		{"generate --count 30 --domain security --seed 42", "3d2fb16b361d38c0f568aa15c2dd166ef312a3f1c2cf45d6dcbf637a45a54970"},
		{"generate --count 65 --format md --answer-key --seed 3", "9db7131b6ffa081aca6a8e8e2494a43a6455da1871d3542be934664229dd83c3"},
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
