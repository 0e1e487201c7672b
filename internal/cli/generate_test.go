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
		{"generate --all --format json --seed 1", "7bb7fbc040c3bfcd0aee31ec4f78b78144149030ed2391617e504b79207ae2fe"},
		{"generate --count 65 --seed 7", "a93cffeffe1d16de2d956d68738f39b99f837f506e43d8d9e1c31be24cb0285f"},
		{"generate --count 30 --domain security --seed 42", "73b655ab03b6ff6beb4eee5e152db0b7878425a42eaed51e12bf65d62ebcd205"},
		{"generate --count 65 --format md --answer-key --seed 3", "f50164c6ea676a036c00d9a43f48594183649efeb30b6242623ad59ec0d90776"},
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
