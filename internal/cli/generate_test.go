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
		{"generate --all --format json --seed 1", "7e54e548d67a4f73a6bde6d68910383e5b8c1f12b0585656be4d1c84536ffc1d"},
		{"generate --count 65 --seed 7", "3c714a5d6c26341ee30fef2efbb12a7137284e8dd54aa0636b9189c4424b151e"},
		{"generate --count 30 --domain security --seed 42", "7f5c3d0a7461fbbcad0e6e97885648aefadd82644851a687089c8da51fa623bb"},
		{"generate --count 65 --format md --answer-key --seed 3", "5152b42ac87e2f56e1067bd8a30a136bb28c753606ab49e89a2d21b442c38456"},
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
