// Package cli is awsexam's command line: cobra commands, flags, prompts,
// colour and the process's standard streams. It is the only package that
// touches them; everything it does with cards, exams and reports it asks
// of the packages below.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/mattn/go-isatty"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
)

// Exit codes, documented in `awsexam --help`.
const (
	ExitOK          = 0
	ExitError       = 1
	ExitUsage       = 2
	ExitInterrupted = 130
)

// IO is what a command reads and writes. Tests give it buffers.
type IO struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	InTTY  bool
	OutTTY bool
	// Getenv reads the environment (tests pass their own).
	Getenv func(string) string
	// P words every message in the interface language (Run sets it from
	// --lang, AWSEXAM_LANG or the locale; nil words in English).
	P *catalog.Printer
	// Color says whether output is coloured (setColor decides it once a
	// command, from --no-color, NO_COLOR, TERM and OutTTY); the commands
	// read it here, not from the colour libraries' globals.
	Color bool
	// disputes are the user's disputes, read once a command (see
	// userDisputes).
	disputes *disputesRead
}

// msgError is an error shown to a person: a catalogue key and its
// arguments, worded in the interface language when exitCode reports it.
// Error() is the English text (for wrapping, logs and tests); an argument
// that is an error is worded in turn and is what Unwrap returns, as %w
// would.
type msgError struct {
	key   string
	args  []any
	usage bool // bad usage: exit 2
}

func (e *msgError) Error() string { return e.In(nil) }

// In words the error with p (nil: English).
func (e *msgError) In(p *catalog.Printer) string {
	args := make([]any, len(e.args))
	for i, a := range e.args {
		switch v := a.(type) {
		case error:
			a = wordError(v, p)
		case msgWord:
			a = p.T(string(v))
		}
		args[i] = a
	}
	return p.T(e.key, args...)
}

// Unwrap returns the last argument that is an error.
func (e *msgError) Unwrap() error {
	for i := len(e.args) - 1; i >= 0; i-- {
		if err, ok := e.args[i].(error); ok {
			return err
		}
	}
	return nil
}

// msgWord is a catalogue key given as an argument: worded with the message
// (the file a read failed on: input.bank).
type msgWord string

// worded is an error made of the catalogue's words (msgError,
// bank.ProblemsError, exam.Error), worded in any language.
type worded interface {
	error
	In(p *catalog.Printer) string
}

// wordError words err with p: the catalogue's words where err is one of
// ours, its own text otherwise.
func wordError(err error, p *catalog.Printer) string {
	if w, ok := err.(worded); ok {
		return w.In(p)
	}
	return err.Error()
}

// usagef is bad usage (exit 2), worded by the catalogue's key.
func usagef(key string, args ...any) error {
	return &msgError{key: key, args: args, usage: true}
}

// errorf is an error (exit 1), worded by the catalogue's key.
func errorf(key string, args ...any) error {
	return &msgError{key: key, args: args}
}

// errInterrupted ends a command that was stopped by the user after saving
// its progress: exit 130.
var errInterrupted = errors.New("interrupted")

// errSilent is an error already reported to the user.
type errSilent struct{ code int }

func (e *errSilent) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Main runs awsexam with the process's arguments and streams.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
	stdio := &IO{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY:  isatty.IsTerminal(os.Stdin.Fd()),
		OutTTY: isatty.IsTerminal(os.Stdout.Fd()),
		Getenv: os.Getenv,
	}
	return Run(ctx, os.Args[1:], stdio)
}

// Run executes one command line and returns its exit code.
func Run(ctx context.Context, args []string, stdio *IO) int {
	// The language is known before the command tree is built, so that
	// its help texts are in it too.
	flag := langFlag(args)
	lang, err := catalog.Detect(flag, getenv(stdio))
	if err != nil {
		if flag != "" {
			// Bad usage, worded in the environment's language where it
			// names one.
			envLang, eerr := catalog.Detect("", getenv(stdio))
			if eerr != nil {
				envLang = catalog.English
			}
			fmt.Fprintf(stdio.Err, "awsexam: --lang: %s\n", catalog.For(envLang).T("error.lang", flag))
			return ExitUsage
		}
		// A bad AWSEXAM_LANG must not stop every command (completion
		// scripts sourced at login included): English, and say why.
		lang = catalog.English
		fmt.Fprintf(stdio.Err, "awsexam: %s\n", catalog.For(lang).T("warn.lang_env", getenv(stdio)("AWSEXAM_LANG")))
	}
	stdio.P = catalog.For(lang)
	stdio, out := checkOutput(stdio)
	root := newRootCommand(stdio)
	root.SetArgs(args)
	err = root.ExecuteContext(ctx)
	if werr := out.Err(); werr != nil && (err == nil || errors.Is(err, werr)) {
		// Output that did not arrive is an error, even when every write
		// in the command went unchecked.
		err = errorf("error.output", werr)
	}
	return exitCode(err, stdio.Err, stdio.P)
}

// langFlag finds --lang VALUE or --lang=VALUE among args (before "--"),
// ahead of cobra's parsing; the flag is also declared, so cobra accepts it.
func langFlag(args []string) string {
	last := "" // the last one counts, as cobra takes it
	for i, a := range args {
		switch {
		case a == "--":
			return last
		case a == "--lang" && i+1 < len(args):
			last = args[i+1]
		case strings.HasPrefix(a, "--lang="):
			last = strings.TrimPrefix(a, "--lang=")
		}
	}
	return last
}

func getenv(stdio *IO) func(string) string {
	if stdio.Getenv == nil {
		return func(string) string { return "" }
	}
	return stdio.Getenv
}

// checkedWriter remembers the first write error, so a command whose output
// went nowhere (a full disk, a closed pipe) cannot end with exit 0.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// Err is the first write error, if any.
func (c *checkedWriter) Err() error {
	if c == nil {
		return nil
	}
	return c.err
}

// checkOutput routes standard output through a checkedWriter. A terminal
// stays the *os.File the exam's prompts need: what cannot be written to
// it ends the exam through the terminal itself.
func checkOutput(stdio *IO) (*IO, *checkedWriter) {
	if stdio.OutTTY {
		return stdio, nil
	}
	c := &checkedWriter{w: stdio.Out}
	checked := *stdio
	checked.Out = c
	return &checked, c
}

func exitCode(err error, stderr io.Writer, p *catalog.Printer) int {
	var silent *errSilent
	var msg *msgError
	var problems *bank.ProblemsError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &silent):
		return silent.code
	case errors.Is(err, errInterrupted):
		return ExitInterrupted
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(stderr, "awsexam: %s\n", p.T("error.interrupted"))
		return ExitInterrupted
	case errors.As(err, &problems):
		fmt.Fprintln(stderr, problems.In(p))
		return ExitError
	case errors.As(err, &msg) && msg.usage:
		fmt.Fprintf(stderr, "awsexam: %s\n", msg.In(p))
		return ExitUsage
	}
	if w, ok := err.(worded); ok {
		fmt.Fprintf(stderr, "awsexam: %s\n", w.In(p))
		if cobraUsage(err) {
			return ExitUsage
		}
		return ExitError
	}
	if cobraUsage(err) {
		fmt.Fprintf(stderr, "awsexam: %s\n", cobraWords(p, err.Error()))
		return ExitUsage
	}
	fmt.Fprintf(stderr, "awsexam: %s\n", err)
	return ExitError
}

// cobraUsage tells cobra's own argument errors (unknown command, missing
// required flag, wrong number of arguments), which are bad usage.
func cobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "required flag", "accepts ", "if any flags in the group", "invalid argument", "unknown flag", "unknown shorthand"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}
