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
		{"generate --all --format json --seed 1", "56259dac70855efce7668826888890806e9f0a639e7c1cd273d730396c44dc55"},
		{"generate --count 65 --seed 7", "d80f7eb0fecfef84661f4c0d77866d92d5149f9b1d7e17fa3a2be3445ca583ce"},
		{"generate --count 30 --domain security --seed 42", "19c58e5dffc613772e128533be2b7de8e9b85b039bca66e1fc16dfa234c79009"},
		{"generate --count 65 --format md --answer-key --seed 3", "84c05be182efe223c162d8a3bf4da22274364aca917eede5dea6879dcdce412a"},
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
