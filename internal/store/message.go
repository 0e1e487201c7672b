package store

import (
	"github.com/awsexam/awsexam/internal/catalog"
)

// Error is an error of the data directory worded by the catalogue (a
// key and its arguments, as bank.Problem and exam.Error): Error() is
// English, In words it in the interface language. An argument that is an
// error is worded in turn, and the last one is what Unwrap returns, as %w
// would.
type Error struct {
	Key  string
	Args []any
}

// msgWord is a catalogue key given as an argument, worded with the error.
type msgWord string

func errorf(key string, args ...any) error { return &Error{Key: key, Args: args} }

func (e *Error) Error() string { return e.In(nil) }

// In words the error with p (nil: English).
func (e *Error) In(p *catalog.Printer) string {
	args := make([]any, len(e.Args))
	for i, a := range e.Args {
		if w, ok := a.(msgWord); ok {
			a = p.T(string(w))
		} else if err, ok := a.(error); ok {
			if w, ok := err.(interface{ In(*catalog.Printer) string }); ok {
				a = w.In(p)
			} else {
				a = err.Error()
			}
		}
		args[i] = a
	}
	return p.T(e.Key, args...)
}

func (e *Error) Unwrap() error {
	for i := len(e.Args) - 1; i >= 0; i-- {
		if err, ok := e.Args[i].(error); ok {
			return err
		}
	}
	return nil
}
