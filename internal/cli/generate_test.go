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
		{"generate --all --format json --seed 1", "d118be88c40288a99ef68fd6848f36551d90e550c7d6dc8f74a4b8ab5a6bbf3d"},
		{"generate --count 65 --seed 7", "8a3bb9d84e787221637f8565ece619490575e20f3828f6bd4fd8082b254c7219"},
		{"generate --count 30 --domain security --seed 42", "33eaa640019ff90292166cf5803b59a5fdd18f83950521b76b94fc6dd82464ce"},
		{"generate --count 65 --format md --answer-key --seed 3", "3b3cffdddccd626f044b18d583d211302f9d28452a8bf79ed5c502e5f2a2184c"},
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
