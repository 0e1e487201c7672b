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
		{"generate --all --format json --seed 1", "310d9d35ff5003eac789707832f6b79a2774b4dddb69e70b13c21b586f8e93c1"},
		{"generate --count 65 --seed 7", "a98d8b437872e012b982a65e9e08c97283388bd534c426bb580598ff3ea2fd14"},
		{"generate --count 30 --domain security --seed 42", "76b2066612b76a6b037278540a33bc61556389cbbbff16f6ca764ba2fbd1ec80"},
		{"generate --count 65 --format md --answer-key --seed 3", "82834cd0b995dd9f7307883fe5b08ece7a89b0fc64b3c32c9ea8256abd4f36d0"},
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
