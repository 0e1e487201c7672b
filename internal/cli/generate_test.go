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
		{"generate --all --format json --seed 1", "90ecf427d4a1ef56f250df22dfcb566a2ca30af7fac99f9cc0927c45066bd635"},
		{"generate --count 65 --seed 7", "3c2716e1de85bad9d656676e2a50feaa7566e0bbb72b7f23e07c879fe43ddd2d"},
		{"generate --count 30 --domain security --seed 42", "efebdf3ceb0411302ae711a9db71c3eb554feba3486870a7e6322fd704f22d22"},
		{"generate --count 65 --format md --answer-key --seed 3", "29855b728eabb7ac3f63667dd4648e8b717373c1a54a48ec37099048e7253e34"},
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
