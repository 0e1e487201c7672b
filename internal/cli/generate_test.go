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
		{"generate --all --format json --seed 1", "76dffbe7d2f8246db9337462efbf563af4ceb4e669123963cb36118929937403"},
		{"generate --count 65 --seed 7", "bcec3e27abef6a3a3984812eb75a258c05a4490bc56b0fabcbc984f2a564d7c7"},
		{"generate --count 30 --domain security --seed 42", "2bfd89285ef36feba5b8d28e7f8fb4f8ebeba436add6dd5a396a22feaf23e18d"},
		{"generate --count 65 --format md --answer-key --seed 3", "3f493b801c440b744e7854f13c561d6a2420d8abda1b3daf06d3def59a4ea58d"},
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
