//go:build windows

package cli

import (
	"errors"
	"os"
)

// errNoConsoleInput: survey's Windows reader takes key events straight
// from the console handle (ReadConsoleInput), past any io.Reader, so the
// one-reader key queue that the exam's shortcuts, clock and signals rely
// on cannot feed it there. Refuse plainly rather than run an exam whose
// clock cannot end a waiting prompt.
var errNoConsoleInput = errors.New(`the interactive exam does not run in the Windows console yet.
Use it under WSL, or practise on paper:
  awsexam generate --format json -o exam.json      (and --format md for a printable copy)
  awsexam grade --exam exam.json --answers sheet.txt`)

func openTerminal(portable bool) (*os.File, uintptr, error) {
	return nil, 0, errNoConsoleInput
}

// Windows has no SIGWINCH.
func notifyResize(c chan<- os.Signal) {}

func stopResize(c chan<- os.Signal) {}
