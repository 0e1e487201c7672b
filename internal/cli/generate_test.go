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
		{"generate --all --format json --seed 1", "40e51ecc79c3a4564a6aeddd1489c39d7532a4f9ec3b1fde0aca718c2ed104cf"},
		{"generate --count 65 --seed 7", "5ab13ea024ec2f80515780a9328d11711765fcc28e732ba71e1eff2e2399e904"},
		{"generate --count 30 --domain security --seed 42", "734d07f0318226ae85988f7fcc3163e47c4549a01f396c5d8ebd84135f904f83"},
		{"generate --count 65 --format md --answer-key --seed 3", "68d40e6352948eecc07d48f919a6cbb356e43325514e7ddc69ca39ed24ca950f"},
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
