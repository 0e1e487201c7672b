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
		{"generate --all --format json --seed 1", "8951480ec8dce1910416244dad016834effe241be227df791f965c40634e1728"},
		{"generate --count 65 --seed 7", "06853bbd2b703e0eabd482c0a6f35af6af4d757a00789aa71df11222cdcdee51"},
		{"generate --count 30 --domain security --seed 42", "81fa278dad3c6cff7837466a0bab45f722423932abc4f779cd6f72de8ff96828"},
		{"generate --count 65 --format md --answer-key --seed 3", "e08aac9f9f532fc57d0a4655617879c680731e60a64e22aa7c49f7c67aee8e8d"},
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
