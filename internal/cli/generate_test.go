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
		{"generate --all --format json --seed 1", "a455472c06b9810171269b407a137b6a76e1435115b761552f531aba46bd59fd"},
		{"generate --count 65 --seed 7", "699beabfba3b2114e3ca7e69e1928631837b6f10e6bd768f23840dcc427ed59e"},
		{"generate --count 30 --domain security --seed 42", "70b9bea33f79693c813ce661b5211584aeb7b8fecc7dde23b0d57755e9354041"},
		{"generate --count 65 --format md --answer-key --seed 3", "419fad0580770422babf284d69b844445bfa447450527333502b289546b3802c"},
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
