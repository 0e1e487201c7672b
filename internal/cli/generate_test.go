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
		{"generate --all --format json --seed 1", "15875a4f398b9f2ebbe90286685591c805c7ad29199f73e5fa74ba291f5b426b"},
		{"generate --count 65 --seed 7", "4704b41db244d5f95e3fb46e2a80e86ca6007b1927520f8ee4e80582ba6e394b"},
		{"generate --count 30 --domain security --seed 42", "68505cb4e7672a38a1e13f17d5b4196965627cc98121f1f1ffd22c209daaf188"},
		{"generate --count 65 --format md --answer-key --seed 3", "fcd01d637a57e8b56cc029a1fd14196494cf1e23bc157d4163cae966579dd7f0"},
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
