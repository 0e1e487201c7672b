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
		{"generate --all --format json --seed 1", "872f8f1d02e7dc5c624501564b322da73ef69d20bf706b1c1816fac857283e9a"},
		{"generate --count 65 --seed 7", "d9c5de858cb31916dc0585f88838205698951ab3ad072d0ffc38e6931f4e5504"},
		{"generate --count 30 --domain security --seed 42", "88593eb678c21e55cb0618a0d810f0cc8c6b0bb1477420dd8c9ff51a05515e3f"},
		{"generate --count 65 --format md --answer-key --seed 3", "351c96d8f2d1c11d3c657feeac5c9db16c18e36b90b51e7dfc7dd99a9cd857f6"},
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
