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
		{"generate --all --format json --seed 1", "b831ad9589f39e6981ad1e44fc222f43624345fc5d0bd31144bb920a1c02d541"},
		{"generate --count 65 --seed 7", "861fa6dca4b167f2735cdfd852bb72a99f20bf338b8f29449c270f8d223b32a7"},
		{"generate --count 30 --domain security --seed 42", "ed37d5b9c7ff7140e450920b94f1e92a9011a3b879a744809453715640bdda52"},
		{"generate --count 65 --format md --answer-key --seed 3", "5517696b9ba7e811d9445fe87b53b5b727eb33d58d5d9744a426c6fe7e18814d"},
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
