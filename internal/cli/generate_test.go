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
		{"generate --all --format json --seed 1", "602b713e2973176d7ab5c3ed4b300b49779a8572f42affd744710c5288f2ebe3"},
		{"generate --count 65 --seed 7", "e5c3a654cc4ac83621a020a90f99f8fae0c80b9eb08bc137494fb405e987db2b"},
		{"generate --count 30 --domain security --seed 42", "60bde6d00b8f8b70f0c31b02eaa65eda85101d072264375795ad754bcb236336"},
		{"generate --count 65 --format md --answer-key --seed 3", "8410ae4122106a64e4c6cf6fa17b7472bce9116fb85286e910431d9c348c795c"},
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
