package exam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/distractor"
)

// Encode writes e in the documented `generate --format json` shape
// (indented by two spaces, HTML left as it is, a newline at the end): the
// exam format's one encoder. It writes, byte for byte, what encoding/json
// writes for an Exam with those settings (TestEncodeAsEncodingJSON), by
// hand: a 65-question exam is most of what `generate` prints, and
// reflection and re-indenting took a tenth of its time.
func Encode(w io.Writer, e *Exam) error {
	size := 2048 * (len(e.Questions) + 1)
	j := jsonWriter{}
	if buf, ok := w.(*bytes.Buffer); ok {
		// Written in place: the exam is not copied from one buffer to
		// the next.
		buf.Grow(size)
		j.b = buf.AvailableBuffer()
	} else {
		j.b = make([]byte, 0, size)
	}
	j.open('{')
	j.key("schema")
	j.b = strconv.AppendInt(j.b, int64(e.Schema), 10)
	j.key("seed")
	j.b = strconv.AppendUint(j.b, e.Seed, 10)
	j.key("bank")
	j.str(e.Bank)
	j.key("questions")
	if e.Questions == nil {
		j.b = append(j.b, "null"...)
	} else {
		j.open('[')
		for k := range e.Questions {
			j.item()
			j.question(&e.Questions[k])
		}
		j.close(']')
	}
	if len(e.LeftOut) > 0 {
		j.key("left_out")
		j.open('[')
		for _, l := range e.LeftOut {
			j.item()
			j.open('{')
			j.key("card")
			j.str(l.Card)
			j.key("source")
			j.str(l.Source)
			j.key("reason")
			j.str(l.Reason)
			j.close('}')
		}
		j.close(']')
	}
	j.close('}')
	j.b = append(j.b, '\n')
	_, err := w.Write(j.b)
	return err
}

func (j *jsonWriter) question(q *Question) {
	j.open('{')
	j.key("number")
	j.b = strconv.AppendInt(j.b, int64(q.Number), 10)
	for _, f := range [...]struct{ name, value string }{{"id", q.ID}, {"section", q.Section}, {"domain", q.Domain}, {"stem", q.Stem}} {
		j.key(f.name)
		j.str(f.value)
	}
	j.key("options")
	j.strs(q.Options)
	j.key("answers")
	if q.Answers == nil {
		j.b = append(j.b, "null"...)
	} else {
		j.open('[')
		for _, a := range q.Answers {
			j.item()
			j.b = strconv.AppendInt(j.b, int64(a), 10)
		}
		j.close(']')
	}
	j.key("choose")
	j.b = strconv.AppendInt(j.b, int64(q.Choose), 10)
	j.key("source")
	j.str(q.Source)
	j.key("explanation")
	j.str(q.Explanation)
	if q.OriginalAnswer != "" {
		j.key("original_answer")
		j.str(q.OriginalAnswer)
	}
	if len(q.OptionSources) > 0 {
		j.key("option_sources")
		j.open('[')
		for k := range q.OptionSources {
			j.item()
			j.optionSource(&q.OptionSources[k])
		}
		j.close(']')
	}
	j.close('}')
}

func (j *jsonWriter) optionSource(s *distractor.OptionSource) {
	j.open('{')
	if s.Key {
		j.key("key")
		j.b = append(j.b, "true"...)
	}
	for _, f := range [...]struct{ name, value string }{{"card", s.Card}, {"source", s.Source}, {"question", s.Question}, {"pool", s.Pool}} {
		if f.value != "" {
			j.key(f.name)
			j.str(f.value)
		}
	}
	if len(s.Variant) > 0 {
		j.key("variant")
		j.strs(s.Variant)
	}
	if len(s.Replaces) > 0 {
		j.key("replaces")
		j.strs(s.Replaces)
	}
	for _, f := range [...]struct{ name, value string }{{"note", s.Note}, {"mistake", s.Mistake}, {"written", s.Written}, {"review", s.Review}} {
		if f.value != "" {
			j.key(f.name)
			j.str(f.value)
		}
	}
	j.close('}')
}

// jsonWriter writes indented JSON as encoding/json's Encoder does with
// SetIndent("", "  "): each member and element on a line of its own, an
// empty object or array as {} or [].
type jsonWriter struct {
	b     []byte
	depth int
	empty bool // nothing written yet in the innermost object or array
}

func (j *jsonWriter) open(c byte) {
	j.b = append(j.b, c)
	j.depth++
	j.empty = true
}

func (j *jsonWriter) close(c byte) {
	j.depth--
	if !j.empty {
		j.newline()
	}
	j.b = append(j.b, c)
	j.empty = false
}

func (j *jsonWriter) newline() {
	j.b = append(j.b, '\n')
	for range j.depth {
		j.b = append(j.b, ' ', ' ')
	}
}

// item begins a member or an element.
func (j *jsonWriter) item() {
	if !j.empty {
		j.b = append(j.b, ',')
	}
	j.empty = false
	j.newline()
}

func (j *jsonWriter) key(name string) {
	j.item()
	j.str(name)
	j.b = append(j.b, ':', ' ')
}

func (j *jsonWriter) strs(ss []string) {
	if ss == nil {
		j.b = append(j.b, "null"...)
		return
	}
	j.open('[')
	for _, s := range ss {
		j.item()
		j.str(s)
	}
	j.close(']')
}

// str writes s as a JSON string the way encoding/json does without HTML
// escaping: quotes, backslashes and control characters escaped, invalid
// UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func (j *jsonWriter) str(s string) {
	class := byteClasses()
	const hex = "0123456789abcdef"
	b := append(j.b, '"')
	start := 0
	for i := 0; i < len(s); {
		switch class[s[i]] {
		case classPlain:
			i++
			continue
		case classEscape:
			b = append(b, s[start:i]...)
			b = appendEscape(b, s[i])
			i++
			start = i
			continue
		case classLead3:
			// A three-byte sequence that cannot be invalid (Korean text
			// is all of them) is copied as it is.
			if i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 && (s[i] != 0xED || s[i+1] <= 0x9F) {
				i += 3
				continue
			}
		}
		// The rest is decoded: U+2028 and U+2029 (E2 80 A8, E2 80 A9) are
		// escaped, an invalid byte becomes \ufffd.
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			start = i + size
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			start = i + size
		}
		i += size
	}
	b = append(b, s[start:]...)
	j.b = append(b, '"')
}

// How str treats each byte: copied (ASCII that needs no escape), escaped
// (quotes, backslashes, control characters), the lead of a three-byte
// sequence other than E0 (no overlong form) and E2 (U+2028 and U+2029),
// or decoded.
const (
	classDecode = iota
	classPlain
	classEscape
	classLead3
)

// byteClasses is made on the first exam written, not at start-up.
var byteClasses = sync.OnceValue(func() (t *[256]uint8) {
	t = new([256]uint8)
	for c := range 0x80 {
		t[c] = classPlain
		if c < 0x20 || c == '"' || c == '\\' {
			t[c] = classEscape
		}
	}
	for c := 0xE1; c <= 0xEF; c++ {
		if c != 0xE2 {
			t[c] = classLead3
		}
	}
	return t
})

// appendEscape appends ASCII c (a quote, a backslash or a control
// character) escaped as encoding/json escapes it.
func appendEscape(b []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '\\', '"':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
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
