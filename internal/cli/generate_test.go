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
		{"generate --all --format json --seed 1", "a28ff21cb931de081f8dcd41b9521ca8485f16599acaf072ef74d1f0af041191"},
		{"generate --count 65 --seed 7", "016f374920607e5786daff15f808747a735c20578695c204d4bf5b3df99ef7d2"},
		{"generate --count 30 --domain security --seed 42", "b56d5b0c44d00c48ef7b69dac1dfce303009b98aa5bfac3150c2d51481d12161"},
		{"generate --count 65 --format md --answer-key --seed 3", "70911a8f8acfa6c6a02e0208cca5b94674e9c3093fef3b06ba51940fac3cb68e"},
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
