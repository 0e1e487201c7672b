//go:build !windows

package cli

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/AlecAivazis/survey/v2/terminal"
)

// surveyReadsInput: survey's prompts read keys through the io.Reader they
// are given (the key queue) here, so they can be the default.
const surveyReadsInput = true

// setKeyMode puts the terminal in the mode the prompts read keys in (no
// echo, no line editing, Ctrl-C as a key), as survey sets it, and returns
// how to restore it.
func setKeyMode(t *ttyInput) (restore func() error, err error) {
	rr := terminal.NewRuneReader(terminal.Stdio{In: t, Out: os.Stdout})
	if err := rr.SetTermMode(); err != nil {
		return nil, err
	}
	return rr.RestoreTermMode, nil
}

func closeTerminal(f *os.File) { f.Close() }

// openTerminal opens the process's controlling terminal. Opened as usual,
// Go polls it where the platform can (then reads take deadlines); opened
// portable, it is a blocking descriptor, as on a platform that cannot.
func openTerminal(portable bool) (*os.File, uintptr, error) {
	return openTerminalAt("/dev/tty", portable)
}

func openTerminalAt(path string, portable bool) (*os.File, uintptr, error) {
	if portable {
		fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_CLOEXEC, 0)
		if err != nil {
			return nil, 0, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), uintptr(fd), nil
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, 0, err
	}
	// The descriptor is taken through SyscallConn: (*os.File).Fd would
	// switch the file to blocking mode and disable deadlines.
	var fd uintptr
	rc, err := f.SyscallConn()
	if err == nil {
		err = rc.Control(func(d uintptr) { fd = d })
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, fd, nil
}

func notifyResize(c chan<- os.Signal) { signal.Notify(c, syscall.SIGWINCH) }

func stopResize(c chan<- os.Signal) { signal.Stop(c) }
