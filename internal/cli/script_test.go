package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/awsexam/awsexam/internal/bank/banktest"
	"github.com/awsexam/awsexam/internal/exam"
)

// TestMain lets testscript run awsexam in-process as the "awsexam" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"awsexam": func() { os.Exit(Main()) },
	})
}

// TestScripts runs the end-to-end CLI scenarios in testdata/script.
// UPDATE_GOLDEN=1 rewrites the cmp files in the scripts.
func TestScripts(t *testing.T) {
	cmds := map[string]func(ts *testscript.TestScript, neg bool, args []string){
		// unescape SRC DST writes SRC with Go escapes (\x1b, \u009b)
		// turned into the characters, which a text archive should not hold.
		"unescape": func(ts *testscript.TestScript, neg bool, args []string) {
			if len(args) != 2 {
				ts.Fatalf("usage: unescape SRC DST")
			}
			s, err := strconv.Unquote(`"` + strings.ReplaceAll(ts.ReadFile(args[0]), "\n", "\\n") + `"`)
			ts.Check(err)
			ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(s), 0o644))
		},
	}
	// synthbank FILE N writes an N-card notes bank shaped like the
	// built-in one (too big to keep in a script).
	cmds["synthbank"] = func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: synthbank FILE N")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), banktest.SyntheticNotes(n), 0o644))
	}
	// repeat FILE N TEXT... writes the TEXTs (\n is a line break) N times.
	cmds["repeat"] = func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) < 3 {
			ts.Fatalf("usage: repeat FILE N TEXT...")
		}
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		text := strings.ReplaceAll(strings.Join(args[2:], ""), `\n`, "\n")
		ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(strings.Repeat(text, n)), 0o644))
	}
	// mode FILE PERM checks a file's permission bits (octal).
	cmds["mode"] = func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: mode FILE PERM")
		}
		fi, err := os.Lstat(ts.MkAbs(args[0]))
		ts.Check(err)
		if got := fmt.Sprintf("%o", fi.Mode().Perm()); (got == args[1]) == neg {
			ts.Fatalf("%s has mode %s (%v), want %s%s", args[0], got, fi.Mode(), map[bool]string{true: "not "}[neg], args[1])
		}
	}
	// filetype FILE symlink|regular|device checks what a path is.
	cmds["filetype"] = func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: filetype FILE symlink|regular|device")
		}
		fi, err := os.Lstat(ts.MkAbs(args[0]))
		ts.Check(err)
		got := map[bool]string{true: "regular"}[fi.Mode().IsRegular()]
		switch {
		case fi.Mode()&os.ModeSymlink != 0:
			got = "symlink"
		case fi.Mode()&os.ModeDevice != 0:
			got = "device"
		}
		if (got == args[1]) == neg {
			ts.Fatalf("%s is %q (%v), want %s", args[0], got, fi.Mode(), args[1])
		}
	}
	for name, cmd := range unixScriptCmds {
		cmds[name] = cmd
	}
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: os.Getenv("UPDATE_GOLDEN") != "",
		Condition:     scriptCondition,
		Cmds: mergeCmds(cmds, map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// utf16 SRC DST writes SRC as UTF-16LE with a byte-order mark,
			// which a text archive cannot hold.
			// sheet EXAM.json RIGHT OUT writes an answer sheet for EXAM with
			// the first RIGHT questions answered right and the rest wrong.
			"sheet": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: sheet EXAM.json RIGHT OUT")
				}
				var e exam.Exam
				ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &e))
				right, err := strconv.Atoi(args[1])
				ts.Check(err)
				var b strings.Builder
				for i, q := range e.Questions {
					pick := q.Answers
					if i >= right {
						pick = []int{(q.Answers[0] + 1) % len(q.Options)}
					}
					for _, k := range pick {
						b.WriteByte(byte('A' + k))
					}
					b.WriteByte('\n')
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[2]), []byte(b.String()), 0o644))
			},
			// domainsum REPORT.json TOTAL CORRECT checks that the domain
			// rows of a JSON report add up to the totals.
			"domainsum": func(ts *testscript.TestScript, neg bool, args []string) {
				var r struct {
					Domains []struct{ Total, Correct int }
				}
				ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &r))
				total, correct := 0, 0
				for _, d := range r.Domains {
					total += d.Total
					correct += d.Correct
				}
				if strconv.Itoa(total) != args[1] || strconv.Itoa(correct) != args[2] {
					ts.Fatalf("domain rows add up to %d/%d, want %s/%s", correct, total, args[2], args[1])
				}
			},
			// timedout EXAM.json WRONG ID saves, in the data directory
			// behind the index's back, a mock of EXAM that ran out of time
			// after WRONG questions answered wrong: the rest never answered.
			"timedout": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 3 {
					ts.Fatalf("usage: timedout EXAM.json WRONG ID")
				}
				var e exam.Exam
				ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &e))
				wrong, err := strconv.Atoi(args[1])
				ts.Check(err)
				bp, err := builtinBlueprint()
				ts.Check(err)
				started := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
				s := exam.NewSession(&e, exam.ModeMock, 130*time.Minute, started)
				for i := range wrong {
					s.Chosen[i] = []int{(e.Questions[i].Answers[0] + 1) % len(e.Questions[i].Options)}
				}
				s.Elapsed = s.Limit
				raw, err := json.MarshalIndent(s.Finish(bp, args[2], started.Add(s.Limit), true), "", "  ")
				ts.Check(err)
				dir := filepath.Join(ts.Getenv("AWSEXAM_HOME"), "attempts")
				ts.Check(os.MkdirAll(dir, 0o755))
				ts.Check(os.WriteFile(filepath.Join(dir, args[2]+".json"), raw, 0o644))
			},
			// count GLOB N checks how many files match GLOB.
			"count": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: count GLOB N")
				}
				files, err := filepath.Glob(ts.MkAbs(args[0]))
				ts.Check(err)
				if strconv.Itoa(len(files)) != args[1] {
					ts.Fatalf("%d files match %s, want %s: %v", len(files), args[0], args[1], files)
				}
			},
			"utf16": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: utf16 SRC DST")
				}
				out := []byte{0xFF, 0xFE}
				for _, u := range utf16.Encode([]rune(ts.ReadFile(args[0]))) {
					out = append(out, byte(u), byte(u>>8))
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), out, 0o644))
			},
		}),
		Setup: func(env *testscript.Env) error {
			env.Setenv("AWSEXAM_HOME", env.WorkDir+"/home")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

func mergeCmds(a, b map[string]func(ts *testscript.TestScript, neg bool, args []string)) map[string]func(ts *testscript.TestScript, neg bool, args []string) {
	for k, v := range b {
		a[k] = v
	}
	return a
}
