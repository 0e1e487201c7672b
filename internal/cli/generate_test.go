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
		{"generate --all --format json --seed 1", "2eb1161c9765dbf46cd0544923d67ab1d88e3e0689e28d8df6c51a908244504c"},
		{"generate --count 65 --seed 7", "7101848000743ab27258152adaa356636236fcb5dbc0a83143795679d21b0593"},
		{"generate --count 30 --domain security --seed 42", "e310839639abed89da709d589f63b4f9a9457c39bf9286566dae72be9d9f3f08"},
		{"generate --count 65 --format md --answer-key --seed 3", "87e7c69b3a2c7a582c5a82f6e32eb7b4500a28d84cb96e657d4accfdae8af608"},
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
