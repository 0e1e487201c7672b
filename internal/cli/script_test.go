package cli

import (
	"os"
	"testing"
	"unicode/utf16"

	"github.com/rogpeppe/go-internal/testscript"
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
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: os.Getenv("UPDATE_GOLDEN") != "",
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			// utf16 SRC DST writes SRC as UTF-16LE with a byte-order mark,
			// which a text archive cannot hold.
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
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("AWSEXAM_HOME", env.WorkDir+"/home")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
