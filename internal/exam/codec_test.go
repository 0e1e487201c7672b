package exam

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/distractor"
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

// encodingJSON is what Encode must write: encoding/json's Encoder with
// the documented settings.
func encodingJSON(t testing.TB, e *Exam) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sameAsEncodingJSON(t testing.TB, name string, e *Exam) {
	t.Helper()
	var got bytes.Buffer
	if err := Encode(&got, e); err != nil {
		t.Fatal(err)
	}
	if want := encodingJSON(t, e); !bytes.Equal(got.Bytes(), want) {
		n := 0
		for n < min(got.Len(), len(want)) && got.Bytes()[n] == want[n] {
			n++
		}
		t.Fatalf("%s: Encode differs from encoding/json at byte %d:\n%q\nwant\n%q", name, n,
			got.Bytes()[max(0, n-80):min(got.Len(), n+80)], want[max(0, n-80):min(len(want), n+80)])
	}
}

// Encode writes what encoding/json writes, for exams of the built-in bank
// and for every field empty, missing or full of what JSON must escape.
func TestEncodeAsEncodingJSON(t *testing.T) {
	b, gen := builtin(t)
	for _, seed := range []uint64{1, 2, 3} {
		e, _, err := Assemble(b, gen, Spec{Count: 65, Seed: seed, Bank: "built-in"})
		if err != nil {
			t.Fatal(err)
		}
		sameAsEncodingJSON(t, fmt.Sprintf("seed %d", seed), e)
	}
	odd := "따옴표 \" 역슬래시 \\ <html> & \x00\x01\x1f\b\f\n\r\t\x7f \u2028\u2029 깨진 \xff\xfe 끝"
	valid := "말줄임… 화살표→ 구분\u2028문단\u2029 따옴표\" 역슬래시\\ 제어\x01\x1f 끝\u2028"
	sameAsEncodingJSON(t, "valid UTF-8 with escapes", &Exam{Bank: valid, Questions: []Question{{Stem: valid, Options: []string{valid, "\u2028", "\xe2\x80", "a\xe2",
		"\xed\xa0\x80 surrogate", "\xe0\x80\x80 overlong", "\xed\x9f\xbf \xef\xbf\xbf \xe1\x80\x80 edges", "\xe2\x80\xa8\xe2\x80\xa9", "\xf0\x9f\x98\x80 \xc3\xa9 \xc0\xaf"}}}})
	sameAsEncodingJSON(t, "empty", &Exam{})
	sameAsEncodingJSON(t, "no questions", &Exam{Schema: Schema, Questions: []Question{}, LeftOut: []LeftOut{}})
	sameAsEncodingJSON(t, "odd strings", &Exam{Schema: Schema, Seed: 1<<64 - 1, Bank: odd,
		Questions: []Question{
			{Number: -1, ID: odd, Section: odd, Domain: odd, Stem: odd, Options: []string{odd, "", "b"}, Answers: []int{0, 2},
				Choose: 2, Source: odd, Explanation: odd, OriginalAnswer: odd,
				OptionSources: []distractor.OptionSource{{Key: true, Card: odd, Source: odd}, {}, {Question: odd, Pool: "domain"},
					{Variant: []string{odd, ""}, Replaces: []string{"x"}, Note: odd}, {Mistake: odd}, {Written: odd}, {Variant: []string{}}}},
			{Options: []string{}, Answers: []int{}},
			{},
		},
		LeftOut: []LeftOut{{Card: odd, Source: odd, Reason: LeftOutReview}, {}}})
}

// FuzzEncode: Encode writes what encoding/json writes, whatever the text.
func FuzzEncode(f *testing.F) {
	f.Add("SQS 대기열", "\"\\\n\x00", []byte{0xff, 'a'})
	f.Add("\u2028", "<&>", []byte("ok"))
	f.Fuzz(func(t *testing.T, stem, option string, raw []byte) {
		sameAsEncodingJSON(t, "fuzz", &Exam{Bank: string(raw), Questions: []Question{{Stem: stem, Options: []string{option, string(raw)}, Answers: []int{len(raw)},
			OptionSources: []distractor.OptionSource{{Note: stem, Variant: []string{option}}}}}, LeftOut: []LeftOut{{Reason: option}}})
	})
}
