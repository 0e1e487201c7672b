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
		{"generate --all --format json --seed 1", "b72177bbf70d04c1553125af5ab27dbab1151d9c6548192cdd718614779568fb"},
		{"generate --count 65 --seed 7", "92ffda3a3adf148e5a0513c19a53aeebd11726f52ba77ae682169139f2ab2b83"},
		{"generate --count 30 --domain security --seed 42", "5dbbb7ac16756daa444d1314e45eb3bad176e3a942c5d949f8ce5073f836ea95"},
		{"generate --count 65 --format md --answer-key --seed 3", "023d94ed886b6e3f1f262ffd706fbf7c179049e8f85422b92cf97b9745f49288"},
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
