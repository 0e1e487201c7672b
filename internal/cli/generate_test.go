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
		{"generate --all --format json --seed 1", "7801a1f40558658137a9e96fd0edceb799ca0087f9997ac99fae63921f5733d5"},
		{"generate --count 65 --seed 7", "df44488d05ce9ff4415428dd7800c2fc5dd5b534af60ab7c3b340eba3f2e128f"},
		{"generate --count 30 --domain security --seed 42", "88593eb678c21e55cb0618a0d810f0cc8c6b0bb1477420dd8c9ff51a05515e3f"},
		{"generate --count 65 --format md --answer-key --seed 3", "efc67e78cfe5a3106a07261576b7c24fc2090588115e036ac20b404ab8f9a789"},
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
