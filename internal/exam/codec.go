package exam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Encode writes e in the documented `generate --format json` shape
// (indented, HTML left as it is): the exam format's one encoder.
func Encode(w io.Writer, e *Exam) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(e)
}

// Decode reads an exam Encode wrote, wherever it is kept (an exam file,
// a journal's header): the exam format's one decoder. It refuses unknown
// fields, a schema other than Schema and any index out of range.
func Decode(raw []byte) (*Exam, error) {
	var e Exam
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return nil, &DecodeError{Stage: DecodeSyntax, Err: err}
	}
	if e.Schema != Schema {
		return nil, &DecodeError{Stage: DecodeSchema, Schema: e.Schema}
	}
	if err := e.Check(); err != nil {
		return nil, &DecodeError{Stage: DecodeCheck, Err: err}
	}
	return &e, nil
}

// What Decode found wrong.
const (
	DecodeSyntax = "syntax" // not JSON of an exam
	DecodeSchema = "schema" // another schema
	DecodeCheck  = "check"  // an index out of range, a question without options...
)

// DecodeError is Decode's error: the stage that failed, the schema found
// (DecodeSchema) or the cause.
type DecodeError struct {
	Stage  string
	Schema int
	Err    error
}

func (e *DecodeError) Error() string {
	if e.Stage == DecodeSchema {
		return fmt.Sprintf("exam schema %d (this awsexam reads %d)", e.Schema, Schema)
	}
	return e.Err.Error()
}

func (e *DecodeError) Unwrap() error { return e.Err }
