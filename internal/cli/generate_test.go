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
		{"generate --all --format json --seed 1", "21f3ff36e27866c0eeedc841a1af99ceb868b6df339e7a2b01d16a4a975dc907"},
		{"generate --count 65 --seed 7", "78d5d298d9b6d09f776b9976b4ed3cab416b35731a7559a3e1d607eeac0fafda"},
		{"generate --count 30 --domain security --seed 42", "e310839639abed89da709d589f63b4f9a9457c39bf9286566dae72be9d9f3f08"},
		{"generate --count 65 --format md --answer-key --seed 3", "54d578365d728cfbb93a2539ecd859e8f84db542812986842814e627e8b00ccb"},
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
