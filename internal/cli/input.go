package cli

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/store"
)

// stdinName is how messages name standard input, read for the file "-".
const stdinName = "standard input"

// readInput reads a file the user named on the command line (what says
// which: "bank", "exam", "answer sheet"): a regular file of at most limit
// bytes, or standard input for "-". A FIFO or a device is refused rather
// than waited on or read without end; standard input, which may be a
// terminal or a pipe that never ends, is given up when ctx is done.
func readInput(ctx context.Context, stdio *IO, what, path string, limit int64) (name string, data []byte, err error) {
	if path == "-" {
		type result struct {
			data []byte
			err  error
		}
		done := make(chan result, 1)
		go func() {
			data, err := store.ReadAllLimit(stdinName, stdio.In, limit)
			done <- result{data, err}
		}()
		select {
		case <-ctx.Done():
			return stdinName, nil, ctx.Err() // the read is left to the exit
		case r := <-done:
			if r.err != nil {
				return stdinName, nil, errorf("error.read", msgWord(what), r.err)
			}
			return stdinName, r.data, nil
		}
	}
	name = path
	if _, bad := bank.ControlRune(path); bad {
		// The name goes into every card's FILE:LINE, onto the screen and
		// into saved attempts: escape it.
		name = strings.Trim(strconv.QuoteToGraphic(path), `"`)
	}
	data, err = store.ReadFile(path, limit)
	if errors.Is(err, store.ErrNotRegular) {
		return name, nil, errorf("error.read.not_regular", msgWord(what), err)
	}
	if err != nil {
		return name, nil, errorf("error.read", msgWord(what), err)
	}
	return name, data, nil
}

// oneStdin refuses a command line that names standard input ("-") for
// more than one file: it can be read only once.
func oneStdin(paths ...string) error {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	if n > 1 {
		return usagef("error.stdin_twice", n)
	}
	return nil
}
