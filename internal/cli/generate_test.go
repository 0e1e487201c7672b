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
		{"generate --all --format json --seed 1", "84448bfa8618ab243da832b2f61e84e8eedb3601788a2afa426335bf7c356fa7"},
		{"generate --count 65 --seed 7", "c3175da8ffd611c2749e65d0e5c60e20fb9125c02d5c6420cb97565be0189d9b"},
		{"generate --count 30 --domain security --seed 42", "5fd2caacac7338a05625568da1688d14f3047383c427d984d385ab933cfa827b"},
		{"generate --count 65 --format md --answer-key --seed 3", "ef25c4e8ab3b5a9ce7f9b4906a042dfa597133d117829b8fbe1cd4c41a89e6c4"},
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
