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
		{"generate --all --format json --seed 1", "51b605e0f119d822fa909ae064eba724a0fd05a860e820b67a4eb795390cd809"},
		{"generate --count 65 --seed 7", "4917749309ade964935739d6e9bb936ca86188f185a89df55bf40927647545dd"},
		{"generate --count 30 --domain security --seed 42", "75a01397b495db7127164681670ecbc5fc2fa6c64f074a4cc41cea2ccb26570f"},
		{"generate --count 65 --format md --answer-key --seed 3", "cf5c6f06e364180b0b3c270e9db4d6fe26d98871f0e2de73385318a6356d4aaa"},
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
