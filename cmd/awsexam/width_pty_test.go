package main

import (
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/store/storetest"
)

// history, report and bank stats fit an 80-column terminal in both
// languages, Hangul counted as two columns: what a person sees in the
// terminal, not what a function returns.
func TestOutputFits80Columns(t *testing.T) {
	home := t.TempDir()
	if err := storetest.History(home, 12, 65, storetest.RealFiles); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ko_KR.UTF-8", "C"} {
		for _, args := range [][]string{{"history"}, {"report", "last"}, {"bank", "stats"}} {
			t.Run(lang+"/"+strings.Join(args, "_"), func(t *testing.T) {
				t.Parallel()
				s := startProgramEnv(t, home, 80, 24, []string{"LANG=" + lang, "LC_ALL=", "LC_MESSAGES=", "AWSEXAM_LANG="}, binary, args...)
				select {
				case err := <-s.done:
					if err != nil {
						t.Fatalf("%v: %v\n%s", args, err, s.text())
					}
				case <-time.After(20 * time.Second):
					t.Fatalf("%v did not end:\n%s", args, s.text())
				}
				time.Sleep(50 * time.Millisecond) // the last bytes from the pty reader
				out := s.text()
				lines := strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n")
				if len(lines) < 5 {
					t.Fatalf("%v printed too little:\n%s", args, out)
				}
				if lang != "C" && !strings.ContainsAny(out, "영역점수보안") {
					t.Errorf("%v under %s is not Korean:\n%s", args, lang, out)
				}
				for i, l := range lines {
					if w := display.Width(l); w > 80 {
						t.Errorf("%v line %d is %d columns wide: %q", args, i+1, w, l)
					}
				}
			})
		}
	}
}
