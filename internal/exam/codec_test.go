package exam

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestCodecRoundTrip: what Encode writes Decode reads back the same, and
// Decode refuses another schema, unknown fields and bad indexes.
func TestCodecRoundTrip(t *testing.T) {
	b, gen := builtin(t)
	e, _, err := Assemble(b, gen, Spec{Count: 20, Seed: 7, Bank: "built-in"})
	if err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := Encode(&first, e); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(first.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := Encode(&second, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatal("an exam read back encodes differently")
	}
	for _, tc := range []struct{ name, raw, stage string }{
		{"schema", strings.Replace(first.String(), `"schema": 1`, `"schema": 2`, 1), DecodeSchema},
		{"no schema", strings.Replace(first.String(), `"schema": 1,`, ``, 1), DecodeSchema},
		{"unknown field", strings.Replace(first.String(), `"schema": 1,`, `"schema": 1, "extra": true,`, 1), DecodeSyntax},
		{"not JSON", "{", DecodeSyntax},
		{"bad index", strings.Replace(first.String(), `"answers": [`, `"answers": [99,`, 1), DecodeCheck},
	} {
		_, err := Decode([]byte(tc.raw))
		var de *DecodeError
		if !errors.As(err, &de) || de.Stage != tc.stage {
			t.Errorf("%s: error %v, want stage %s", tc.name, err, tc.stage)
		}
	}
}
