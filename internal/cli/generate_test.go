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
		{"generate --all --format json --seed 1", "45304c62b5516b58408969a841a59cae382414d47653c25ea6ed7483cd8dc798"},
		{"generate --count 65 --seed 7", "0194077d949093b4f967e121f78f1bbe455f17d9203467646e2b405548b8bba0"},
		{"generate --count 30 --domain security --seed 42", "7f5c3d0a7461fbbcad0e6e97885648aefadd82644851a687089c8da51fa623bb"},
		{"generate --count 65 --format md --answer-key --seed 3", "b5784e04b226f2994e1bf5c1998b9a4402bd63c938d08c09f6ce3bc1e03ba423"},
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
