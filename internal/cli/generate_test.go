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
		{"generate --all --format json --seed 1", "92b64780fc8ab9a5d7a5856baf22114c62ca0b321677e4d3d9dad2eeb09f8953"},
		{"generate --count 65 --seed 7", "df50ad19bb7301d0b036dc1dba7858ca854c850feff7ff0e8eafdc68ca887747"},
		{"generate --count 30 --domain security --seed 42", "8490e0475023919599854db1e6a009cc0ee7e975f328e07cdc1747fa3eb7d90d"},
		{"generate --count 65 --format md --answer-key --seed 3", "e5089297b61467798be019df44db4bc2797feec1fcb01513e90db26b30a31413"},
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
