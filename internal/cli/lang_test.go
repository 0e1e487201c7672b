package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/catalog"
)

func TestLangFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"drill", "--lang", "ko"}, "ko"},
		{[]string{"--lang=en", "report"}, "en"},
		{[]string{"generate", "--", "--lang", "ko"}, ""},
		{[]string{"drill", "--lang"}, ""}, // cobra reports the missing value
		{[]string{"--lang", "ko", "drill", "--lang", "en"}, "en"},
		{nil, ""},
	} {
		if got := langFlag(tc.args); got != tc.want {
			t.Errorf("langFlag(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// The language is chosen before the command runs: --lang over
// AWSEXAM_LANG over the locale; an unknown one is bad usage.
func TestRunChoosesLanguage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		env  map[string]string
		want catalog.Lang
		code int
	}{
		{[]string{"version"}, map[string]string{"LANG": "ko_KR.UTF-8"}, catalog.Korean, ExitOK},
		{[]string{"version", "--lang", "en"}, map[string]string{"LANG": "ko_KR.UTF-8"}, catalog.English, ExitOK},
		{[]string{"version"}, map[string]string{"LANG": "C"}, catalog.English, ExitOK},
		{[]string{"version", "--lang", "fr"}, nil, "", ExitUsage},
		{[]string{"version"}, map[string]string{"AWSEXAM_LANG": "fr", "LANG": "ko_KR.UTF-8"}, catalog.English, ExitOK},
	} {
		var out, errb bytes.Buffer
		stdio := &IO{Out: &out, Err: &errb, In: strings.NewReader(""), Getenv: func(k string) string { return tc.env[k] }}
		code := Run(context.Background(), tc.args, stdio)
		if code != tc.code {
			t.Errorf("%q: exit %d, want %d (%s)", tc.args, code, tc.code, errb.String())
		}
		if code == ExitOK && stdio.P.Lang() != tc.want {
			t.Errorf("%q with %v: language %q, want %q", tc.args, tc.env, stdio.P.Lang(), tc.want)
		}
	}
}
