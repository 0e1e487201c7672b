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
		{"generate --all --format json --seed 1", "6c7a0d32751c95f8e7e2ad08d383ec0fc5745caacde44bcafa24bb05dcb95220"},
		{"generate --count 65 --seed 7", "98b8ac098a1949afbc978375fe944d96b147c03803c344ba8829a33d96e1fb94"},
		{"generate --count 30 --domain security --seed 42", "a5eb1fe175f68b880de7a435ae443cad1bab7ee18f995b492712de4a80132e17"},
		{"generate --count 65 --format md --answer-key --seed 3", "9d808a4abf2a13ac2301fa36512ead7ac366ec9a84ea20c4264f4515c5c7200d"},
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
