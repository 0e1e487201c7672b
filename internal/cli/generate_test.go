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
		{"generate --all --format json --seed 1", "86dbb0520cd9817cd1f6f97c65c2073279af5a852c9ba433acb4112e5b9274ca"},
		{"generate --count 65 --seed 7", "815ae113b18c9fba2cccb2aca86247d626eddb5a5f66e75b84708e0da9c2676a"},
		{"generate --count 30 --domain security --seed 42", "5dbbb7ac16756daa444d1314e45eb3bad176e3a942c5d949f8ce5073f836ea95"},
		{"generate --count 65 --format md --answer-key --seed 3", "a91e7dbf359a38e4a70a4bfb50d49b25280c5ae43b71e402ee0fa0e90da3130d"},
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
