package exam

import (
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
)

// Message is words for a person made here and worded where they are
// shown: a catalogue key and its arguments, as bank.Problem. An argument
// that is a Message or a list of them is worded in the same language (the
// list joined by "; ").
type Message struct {
	Key  string
	Args []any
}

func msg(key string, args ...any) Message { return Message{key, args} }

// String is the message in English.
func (m Message) String() string { return m.In(nil) }

// In words the message with p (nil: English).
func (m Message) In(p *catalog.Printer) string {
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch v := a.(type) {
		case Message:
			a = v.In(p)
		case []Message:
			parts := make([]string, len(v))
			for k, x := range v {
				parts[k] = x.In(p)
			}
			a = strings.Join(parts, "; ")
		}
		args[i] = a
	}
	return p.T(m.Key, args...)
}

// Error is an error worded by the catalogue; Unwrap gives the sentinel it
// is a case of (ErrUnweighted, ErrFewOptions), if any.
type Error struct {
	Message
	Is error
}

func (e *Error) Error() string { return e.In(nil) }

func (e *Error) Unwrap() error { return e.Is }
