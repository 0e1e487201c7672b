package cli

import (
	"testing"

	"github.com/awsexam/awsexam/internal/catalog"
)

// cobra's usage errors read in Korean under a Korean interface, and
// exactly as cobra wrote them in English.
func TestCobraWords(t *testing.T) {
	ko := catalog.For(catalog.Korean)
	for _, tc := range []struct{ in, ko string }{
		{"unknown flag: --nope", "알 수 없는 플래그: --nope"},
		{"unknown shorthand flag: 'z' in -z", "알 수 없는 짧은 플래그 'z' (-z)"},
		{"flag needs an argument: --lang", "플래그에 값이 필요합니다: --lang"},
		{`invalid argument "x" for "--count" flag: strconv.ParseInt: parsing "x": invalid syntax`, `--count 플래그의 값 "x"이(가) 올바르지 않습니다: strconv.ParseInt: parsing "x": invalid syntax`},
		{"accepts at most 1 arg(s), received 3", "인자는 1개까지 받습니다(받은 인자 3개)"},
		{"accepts 1 arg(s), received 1000", "인자가 1개 필요합니다(받은 인자 1000개)"},
		{"requires at least 1 arg(s), only received 0", "인자가 1개 이상 필요합니다(받은 인자 0개)"},
		{`unknown command "nosuch" for "awsexam"`, `awsexam에 없는 명령: "nosuch"`},
		{"something else", "something else"},
	} {
		if got := cobraWords(ko, tc.in); got != tc.ko {
			t.Errorf("ko: %q → %q, want %q", tc.in, got, tc.ko)
		}
		if got := cobraWords(catalog.For(catalog.English), tc.in); got != tc.in {
			t.Errorf("en: %q → %q, want it unchanged", tc.in, got)
		}
	}
}
