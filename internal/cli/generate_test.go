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
		{"generate --all --format json --seed 1", "50d51a52fe14db3c678d60e8c6056a6118b251912effc66f53e52abd751c7df1"},
		{"generate --count 65 --seed 7", "0e357337a1e14629c0f89e7a5fb15b9913568e065084eddd2d70c022a49ccd8d"},
		{"generate --count 30 --domain security --seed 42", "1d96e7bdc650f114a52b271fc0bf1ceb30d754c131fdca1f0cb5de34a28458a8"},
		{"generate --count 65 --format md --answer-key --seed 3", "07f4cacfbcacf923ca3170a6081e022ef522b05d109d9d24c645d257f59adcd4"},
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
