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
		{"generate --all --format json --seed 1", "ca8969704e95c94feb991bd55749bb2adf728f40427d18dbaf4b0eeaf436c4d9"},
		{"generate --count 65 --seed 7", "1584e09ef6ebe4ab2422aae05d7153291330cb6ac9977f24dd9929ed78ffc750"},
		{"generate --count 30 --domain security --seed 42", "30bd6c765daa1e306b256386d0ece165cadc4a163f2fe4da555cb9df31e9ba28"},
		{"generate --count 65 --format md --answer-key --seed 3", "5745f3440090fb367a609219a843f0aeb976584db0450843d690d830727d8040"},
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
