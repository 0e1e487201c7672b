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
		{"generate --all --format json --seed 1", "af3ee920e7b9743586173852d4759b3f3483fb23fd7c436fd9041819f9151fca"},
		{"generate --count 65 --seed 7", "a693310fc74abcd7209342210777ef1a1f9a53841cdd9c19906daf230e4d371c"},
		{"generate --count 30 --domain security --seed 42", "08982fcd04772f84013b10d150bfb2906d52e9ba7a3efcf183f9e5d97fd32cbc"},
		{"generate --count 65 --format md --answer-key --seed 3", "70911a8f8acfa6c6a02e0208cca5b94674e9c3093fef3b06ba51940fac3cb68e"},
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
