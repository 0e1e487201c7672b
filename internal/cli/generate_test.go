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
		{"generate --all --format json --seed 1", "57a9c0eae48389ccffd49cd41cccb47abfc563f9aeadef5f600c6481da24784e"},
		{"generate --count 65 --seed 7", "a0236a01819e65d50dc616b1366d3dc43b55f10b7e50b682c9ebbda86cdbcaf4"},
		{"generate --count 30 --domain security --seed 42", "97fc898a0ed07834089d0fc51a671d739c1e7eca729189a81786afa8f00b9405"},
		{"generate --count 65 --format md --answer-key --seed 3", "84312a8e0fdab2f5f8dc3b90d4b29785ce6edca7442cea87d944dbc1e5e31b05"},
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
