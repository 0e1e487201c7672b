package cli

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/display"
)

// bank stats fits 80 columns in both languages, with Hangul as two
// columns, even with a section name longer than a line (issue 12, item 4).
func TestBankStatsWidth(t *testing.T) {
	long := strings.Repeat("아주 긴 섹션 이름 ", 8)
	bankText := "### --" + long + "\nWhat runs code without servers? | Lambda\nWhat stores objects? | S3\n"
	for _, lang := range []string{"ko", "en"} {
		for _, args := range [][]string{{"bank", "stats"}, {"bank", "stats", "--bank", "-"}} {
			var out bytes.Buffer
			stdio := &IO{In: strings.NewReader(bankText), Out: &out, Err: io.Discard, Getenv: func(string) string { return "" }}
			if code := Run(context.Background(), append(args, "--lang", lang), stdio); code != ExitOK {
				t.Fatalf("%s %q: exit %d", lang, args, code)
			}
			for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				if w := display.Width(l); w > 80 {
					t.Errorf("%s %q: a line of %d columns: %q", lang, args, w, l)
				}
			}
			if lang == "ko" && !strings.Contains(out.String(), "보안") {
				t.Errorf("ko %q: no Korean domain name:\n%s", args, out.String())
			}
		}
	}
}
