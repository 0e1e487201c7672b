//go:build unix

package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// unixScriptCmds are the testscript commands that make special files and
// run awsexam under a deadline. Device nodes are made with mknod in the
// script's own directory: the machine's /dev is never touched.
var unixScriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	// mkfifo NAME makes a named pipe nobody writes to.
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 1 {
			ts.Fatalf("usage: mkfifo NAME")
		}
		ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
	},
	// mknod NAME zero|null|full makes that character device in the
	// script's directory (scripts skip with [!mknod] where that is not
	// allowed).
	"mknod": func(ts *testscript.TestScript, neg bool, args []string) {
		minor := map[string]int{"null": 3, "zero": 5, "full": 7}
		if len(args) != 2 || minor[args[1]] == 0 {
			ts.Fatalf("usage: mknod NAME zero|null|full")
		}
		ts.Check(mknod(ts.MkAbs(args[0]), minor[args[1]]))
	},
	// sparse NAME BYTES makes a file of that size without writing it.
	"sparse": func(ts *testscript.TestScript, neg bool, args []string) {
		if len(args) != 2 {
			ts.Fatalf("usage: sparse NAME BYTES")
		}
		n, err := strconv.ParseInt(args[1], 10, 64)
		ts.Check(err)
		f, err := os.Create(ts.MkAbs(args[0]))
		ts.Check(err)
		ts.Check(f.Truncate(n))
		ts.Check(f.Close())
	},
	// run [-timeout D] [-stdin FILE] [-stdout FILE] [-signal SIG -after D]
	// [-exit N] awsexam ARGS... runs awsexam as exec does, but fails if it
	// is still running after the timeout (5s; it is then killed), sends a
	// signal after a delay, and checks the exit code (default 0).
	"run": func(ts *testscript.TestScript, neg bool, args []string) {
		fs := flag.NewFlagSet("run", flag.ContinueOnError)
		timeout := fs.Duration("timeout", 5*time.Second, "")
		stdin := fs.String("stdin", "", "")
		stdout := fs.String("stdout", "", "")
		sig := fs.String("signal", "", "")
		after := fs.Duration("after", 0, "")
		want := fs.Int("exit", 0, "")
		ts.Check(fs.Parse(args))
		if fs.NArg() == 0 || neg {
			ts.Fatalf("usage: run [-timeout D] [-stdin FILE] [-stdout FILE] [-signal INT|TERM|HUP -after D] [-exit N] PROGRAM ARGS...")
		}
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, fs.Arg(0), fs.Args()[1:]...)
		cmd.Dir = ts.MkAbs(".")
		cmd.Env = os.Environ()
		for _, k := range []string{"PATH", "HOME", "TMPDIR", "WORK", "AWSEXAM_HOME", "NO_COLOR", "GORACE"} {
			cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
		}
		var errBuf, outBuf bytes.Buffer
		cmd.Stderr = &errBuf
		cmd.Stdout = &outBuf
		if *stdout != "" {
			f, err := os.OpenFile(ts.MkAbs(*stdout), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
			ts.Check(err)
			defer f.Close()
			cmd.Stdout = f
		}
		if *stdin != "" {
			f, err := os.Open(ts.MkAbs(*stdin))
			ts.Check(err)
			defer f.Close()
			cmd.Stdin = f
		}
		ts.Check(cmd.Start())
		if *sig != "" {
			s := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM, "HUP": syscall.SIGHUP}[*sig]
			time.Sleep(*after)
			ts.Check(cmd.Process.Signal(s))
		}
		err := cmd.Wait()
		ts.Stdout().Write(outBuf.Bytes())
		ts.Stderr().Write(errBuf.Bytes())
		if ctx.Err() != nil {
			ts.Fatalf("%s: still running after %s (killed)", strings.Join(fs.Args(), " "), *timeout)
		}
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else {
			ts.Check(err)
		}
		if code != *want {
			ts.Fatalf("exit %d, want %d", code, *want)
		}
	},
}

func mknod(path string, minor int) error {
	return syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|minor)
}

var mknodOK = sync.OnceValue(func() bool {
	dir, err := os.MkdirTemp("", "awsexam-mknod")
	if err != nil {
		return false
	}
	defer os.RemoveAll(dir)
	path := dir + "/null"
	if mknod(path, 3) != nil {
		return false
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0) // fails on a nodev mount
	if err != nil {
		return false
	}
	f.Close()
	return true
})

// scriptCondition adds [mknod]: device nodes can be made and opened here
// (CAP_MKNOD and a temporary directory not mounted nodev).
func scriptCondition(cond string) (bool, error) {
	if cond == "mknod" {
		return mknodOK(), nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
