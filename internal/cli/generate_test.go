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
		{"generate --all --format json --seed 1", "cd812a73abf610da91b72efd3744fa0a667ca25e168997c7465bd0c2a64ecb30"},
		{"generate --count 65 --seed 7", "9c8d69a063842105cc08e1def0a308958db4c88f51c434ab6d693159d73dcd64"},
		{"generate --count 30 --domain security --seed 42", "c14506083b8a2b3c0f7ca58a90fbc35fa9c02e08ff4e3c4d5b09363c66190bab"},
		{"generate --count 65 --format md --answer-key --seed 3", "ef69790bda2adbb9f47c4dff68b560bf53c805906574320c2eb7f754000a3959"},
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
