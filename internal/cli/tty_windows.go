//go:build windows

package cli

import (
	"os"
	"sync"
	"time"

	"golang.org/x/sys/windows"
	"golang.org/x/term"
)

// surveyReadsInput: survey's Windows reader takes key events straight
// from the console handle (ReadConsoleInput), past the io.Reader it is
// given, so it cannot read the key queue that the exam's shortcuts, clock
// and signals rely on. The exam uses its own list prompt there (runList),
// fed by the queue as everywhere else.
const surveyReadsInput = false

// openTerminal is the console's input: standard input, which the exam
// runs only when it is the console (canPrompt). Its reads take no
// deadlines: the reader blocks in them, as on the portable path.
func openTerminal(portable bool) (*os.File, uintptr, error) {
	if !term.IsTerminal(int(os.Stdin.Fd())) {
		return nil, 0, errorf("error.console.stdin")
	}
	return os.Stdin, os.Stdin.Fd(), nil
}

// setKeyMode puts the console in raw mode (no echo, no line editing,
// Ctrl-C as a key) with virtual-terminal input, so that arrows arrive as
// the escape sequences the key parser reads, and turns on VT processing
// for the screens written to standard output. It returns how to restore
// both.
func setKeyMode(t *ttyInput) (restore func() error, err error) {
	fd := int(t.fd)
	old, err := term.MakeRaw(fd)
	if err != nil {
		return nil, err
	}
	in := windows.Handle(t.fd)
	var mode uint32
	if err = windows.GetConsoleMode(in, &mode); err == nil {
		err = windows.SetConsoleMode(in, mode|windows.ENABLE_VIRTUAL_TERMINAL_INPUT)
	}
	if err != nil {
		term.Restore(fd, old)
		return nil, errorf("error.console.keys", err)
	}
	out := windows.Handle(os.Stdout.Fd())
	var outMode uint32
	if err = windows.GetConsoleMode(out, &outMode); err == nil {
		err = windows.SetConsoleMode(out, outMode|windows.ENABLE_PROCESSED_OUTPUT|windows.ENABLE_VIRTUAL_TERMINAL_PROCESSING)
	}
	if err != nil {
		term.Restore(fd, old)
		return nil, errorf("error.console.draw", err)
	}
	return func() error {
		windows.SetConsoleMode(out, outMode)
		return term.Restore(fd, old)
	}, nil
}

// closeTerminal leaves the console's input open: closing a handle that
// the reader is blocked on would wait for that read, that is for a key.
// The process exits after the exam; what the reader reads after Close is
// dropped.
func closeTerminal(f *os.File) {}

// The Windows console sends no SIGWINCH: the console's window is looked
// at four times a second instead.
var resizeStops sync.Map // chan<- os.Signal → chan struct{}

func notifyResize(c chan<- os.Signal) {
	stop := make(chan struct{})
	resizeStops.Store(c, stop)
	fd := int(os.Stdout.Fd())
	go pollResize(c, func() (int, int, error) { return term.GetSize(fd) }, 250*time.Millisecond, stop)
}

func stopResize(c chan<- os.Signal) {
	if stop, ok := resizeStops.LoadAndDelete(c); ok {
		close(stop.(chan struct{}))
	}
}
