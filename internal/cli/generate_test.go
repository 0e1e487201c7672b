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
		{"generate --all --format json --seed 1", "e6a13453a7f15a0df857c82bd428555422133d0c7289808ec53533c18039cc91"},
		{"generate --count 65 --seed 7", "ce5135838d69a1a90a7a61bbc0cc15654a7d338b0ac6f3259c882f3d6fb58a83"},
		{"generate --count 30 --domain security --seed 42", "b95f760df5b80b0555e62cbc4a5b548b6271c201e460ef30000b50fe5603bfb5"},
		{"generate --count 65 --format md --answer-key --seed 3", "719849d31a15b2a0e5602297a1ae3e1a58dafc0daa3fa753bba95bd4f5c5346b"},
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
