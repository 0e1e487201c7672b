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
		{"generate --all --format json --seed 1", "90faa709a1c1271047a28a64847ee4ac513d822fa9d9da8303d0b6da085f5f0c"},
		{"generate --count 65 --seed 7", "3eef5522015434e6eb871917bef87a7a51a419667d927433d5f7d1b449a513f7"},
		{"generate --count 30 --domain security --seed 42", "5dbbb7ac16756daa444d1314e45eb3bad176e3a942c5d949f8ce5073f836ea95"},
		{"generate --count 65 --format md --answer-key --seed 3", "6c9dbd3b81304dcff1f8256994798e37361048f287d63d7cbd9e8fc3050e1139"},
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
