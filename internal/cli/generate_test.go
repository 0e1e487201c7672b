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
		{"generate --all --format json --seed 1", "5e0c726516671873cb0da818680a85cabe006c8fbf421c84005bdc3acb561c8f"},
		{"generate --count 65 --seed 7", "4c566e78a43da4e89a08c2b9d896147c7ca5cfd9497775711cdf36447d10c164"},
		{"generate --count 30 --domain security --seed 42", "f7c679bd77cfa760cc04f5cd160ae37d61dd0a9c7c100fdeee9ac48397a3b7d5"},
		{"generate --count 65 --format md --answer-key --seed 3", "1e29fecbee8e7bb5184a9e80ce3ec32782dd462f41d241221276b520c776103f"},
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
