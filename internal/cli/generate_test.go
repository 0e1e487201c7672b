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
		{"generate --all --format json --seed 1", "dbcdccf813facf08b9c86b2d8a4683d68a976562822e623641d34e144b003cfd"},
		{"generate --count 65 --seed 7", "b99dac3e9b2186e43842cde69f478f4fa28096d0d618faf2b99d2f0e06f74519"},
		{"generate --count 30 --domain security --seed 42", "63c3973de98d40d3e4416dce4f039ef14a95ddf022270856092971954792f297"},
		{"generate --count 65 --format md --answer-key --seed 3", "3292cad4a44c82df7c497c66f88b59303408882090eaca102ae0a9baca768073"},
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
