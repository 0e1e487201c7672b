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
		{"generate --all --format json --seed 1", "261453dbe1826dbf5d91d1a25b5934ba76cd5f111c73fc74c2d27dd63384b669"},
		{"generate --count 65 --seed 7", "caf0ae32cba32778ea9058697b2323ac3229cba2dad883cccb64f79e66b5cdb5"},
		{"generate --count 30 --domain security --seed 42", "e5cdbe34006b7ae77dbb00b01ceb13850c1940ee8fddf91d2dc0f2454c1afd81"},
		{"generate --count 65 --format md --answer-key --seed 3", "84c05be182efe223c162d8a3bf4da22274364aca917eede5dea6879dcdce412a"},
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
