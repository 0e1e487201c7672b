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
		{"generate --all --format json --seed 1", "a401471dc3a824f87b2097040d06f15b563033139c0f3dde2b04fd6a18051205"},
		{"generate --count 65 --seed 7", "861fa6dca4b167f2735cdfd852bb72a99f20bf338b8f29449c270f8d223b32a7"},
		{"generate --count 30 --domain security --seed 42", "ed37d5b9c7ff7140e450920b94f1e92a9011a3b879a744809453715640bdda52"},
		{"generate --count 65 --format md --answer-key --seed 3", "5ad1a4dddb8ba25b13689db5067f3198bd0398da36b6621aa940f62f8674f098"},
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
