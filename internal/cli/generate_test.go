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
		{"generate --all --format json --seed 1", "9aac87fbd44d4c374672fb0f7105a6f9f5c791cf1b6aa748e5743a4997dd958a"},
		{"generate --count 65 --seed 7", "a0917043deb044e4b060dc332830b56483ff0503346fa87eac3ff1f749923cdd"},
		{"generate --count 30 --domain security --seed 42", "ab60bb3561f394191bfdcc915f4159f97a10ee589b84fa0defaefe07cd2089db"},
		{"generate --count 65 --format md --answer-key --seed 3", "c4f27aaedf608a5a56f703f304a5b1083c7baa3b4d596645d70cbe60c05a7d32"},
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
