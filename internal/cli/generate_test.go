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
		{"generate --all --format json --seed 1", "8d99304ebef06263406d6d086501cc30d539be3e494a31c17bfd092e54d95b61"},
		{"generate --count 65 --seed 7", "1584e09ef6ebe4ab2422aae05d7153291330cb6ac9977f24dd9929ed78ffc750"},
		{"generate --count 30 --domain security --seed 42", "411ab3cad484a6e83ea7ced6267497a8821ec6e4da9fc03946e0a701919b60b0"},
		{"generate --count 65 --format md --answer-key --seed 3", "4bb261c8e2aa3ffdc1718a9430e35c8d0555baeda2125d5ad483f72f78c7891a"},
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
