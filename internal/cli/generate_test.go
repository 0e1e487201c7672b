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
		{"generate --all --format json --seed 1", "e9fb15aa5068336d537b305c5a3009e30368cf0828026f18a3cff409a5f8fd19"},
		{"generate --count 65 --seed 7", "a12bb1ea4b1dff8b4a2bc9bc3d64c1cfc97ec539bb539f7666857ec38daa59a1"},
		{"generate --count 30 --domain security --seed 42", "b77b863d33172be29dcc42d5299850e327e401d52f9d7b9764138b8c20bfcd3d"},
		{"generate --count 65 --format md --answer-key --seed 3", "e255cbabd7098bb6163d35cdbfe87122523604583dd0b4f31c0ff549adffb1d9"},
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
