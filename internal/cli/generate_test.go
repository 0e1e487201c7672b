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
		{"generate --all --format json --seed 1", "10eb423d6765336e75f015c79b8fcbb00fc24abd8521fdfcdadd192a77b21dfc"},
		{"generate --count 65 --seed 7", "3202c26982cd0a4bf7c48447b33f62d146f8bd760156206e471c9b183dd46219"},
		{"generate --count 30 --domain security --seed 42", "1d60650f2ca4adca8148f1930fa2afa8d74f613099842f3b508838a0deec89c9"},
		{"generate --count 65 --format md --answer-key --seed 3", "b17d39279dc0bae09b22236bbc20dd4b816250d417ca0c01827dec799d8d813b"},
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
