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
		{"generate --all --format json --seed 1", "c9c0ea9a00f47719983884fa7c56c25c14a5200cee12207d25831699586a4252"},
		{"generate --count 65 --seed 7", "0c16e4adcc81e5e3a567f1f8b36f64ef69fc4be9e22ff5c2dc4dfed97a76a04d"},
		{"generate --count 30 --domain security --seed 42", "3f9f17a5acbf05904610387f8fd5b10a2d9ab23e5cdbf7d2275c806d8b2e5ba3"},
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
