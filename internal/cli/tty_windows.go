//go:build windows

package cli

import (
	"os"
)

// openTerminal opens the console's input, as survey and golang.org/x/term
// use it (CONIN$: the console even when standard input is redirected).
func openTerminal(portable bool) (*os.File, uintptr, error) {
	f, err := os.OpenFile("CONIN$", os.O_RDWR, 0)
	if err != nil {
		return nil, 0, err
	}
	return f, f.Fd(), nil
}

// Windows has no SIGWINCH: the screen is redrawn at the next clock tick.
func notifyResize(c chan<- os.Signal) {}

func stopResize(c chan<- os.Signal) {}
