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
		{"generate --all --format json --seed 1", "a26090f2560ad53bfa64b2ba249f5d346b8964bb19e9c7a24567f6b1c75ba271"},
		{"generate --count 65 --seed 7", "ff952df9fe7000bebb3b414f4eab22b25aad2595031edeebff4b8830fb108b00"},
		{"generate --count 30 --domain security --seed 42", "fc4ca78adff85099f6fb3eeb7a86efeeae116b3885a9b8cf5fa83e1161c83b71"},
		{"generate --count 65 --format md --answer-key --seed 3", "d533ab3160e53f279755c7633663bb36e0a3d8a6993d76c8a820bd092628c0f3"},
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
