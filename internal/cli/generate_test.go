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
		{"generate --all --format json --seed 1", "4b98c8cf49af133bb2cbadd2723f8af5eb90ce13a9573174c538d815c5d023b5"},
		{"generate --count 65 --seed 7", "1fa4def4b87d461f04bd3dfb61e6184002f0acbad6daedb5d59300889a402129"},
		{"generate --count 30 --domain security --seed 42", "eeebb64e6cb891d5a99eedaf9419675b6c114e1576a9bb3b8c79889410b844fb"},
		{"generate --count 65 --format md --answer-key --seed 3", "f6f68ff3d10b7bbac43cce391f247c40dab4d8bc07a18ff7d828b885ab680076"},
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
