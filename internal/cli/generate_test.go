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
		{"generate --all --format json --seed 1", "d8296a828e6f818d92b06c53673ec9b3a06dc8eb87595e43620e22cc0ba6716b"},
		{"generate --count 65 --seed 7", "babcad6601f276cfa46cde073fba3692297f42f804fe78c608118074efc8b19f"},
		{"generate --count 30 --domain security --seed 42", "76d488c3f8637fc661841283ec9678eef03ceae6781b73e1cad54fb6cab0c603"},
		{"generate --count 65 --format md --answer-key --seed 3", "a2591d9822e7bfabf8949b98bb36abddcdd955a83a40049866c5ff7d7e03de5c"},
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
