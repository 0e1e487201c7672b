package store

import (
	"bytes"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/exam"
)

// TestAttemptRoundTrip: an attempt encoded by EncodeAttempt decodes by
// ParseAttempt to the same attempt, and encodes again to the same bytes:
// the fixtures, and one made by finishing a session.
func TestAttemptRoundTrip(t *testing.T) {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	s := exam.NewSession(sampleExam(), exam.ModeDrill, 10*time.Minute, t0)
	if err := s.Apply(exam.Event{Kind: exam.EventAnswer, Q: 0, Chosen: []int{2}}); err != nil {
		t.Fatal(err)
	}
	finished := s.Finish(bp, "20261120-090000-abcdef", t0.Add(5*time.Minute), false)
	// The domains' Korean names are the blueprint's, never saved
	// (json:"-"): what the file holds is the attempt without them.
	finished.Domains = slices.Clone(finished.Domains)
	for i := range finished.Domains {
		finished.Domains[i].NameKo = ""
	}
	attempts := map[string]*exam.Attempt{"finished session": finished}
	for _, name := range []string{"attempt.json", "timedout-mock.json"} {
		raw, err := os.ReadFile("../../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ParseAttempt(name, raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		attempts[name] = a
	}
	for name, want := range attempts {
		raw, err := EncodeAttempt(want)
		if err != nil {
			t.Fatalf("%s: encode: %v", name, err)
		}
		if !bytes.Contains(raw, []byte(`"schema": 1,`)) || !bytes.HasSuffix(raw, []byte("}\n")) {
			t.Errorf("%s: encoded without its schema or final line break:\n%.200s", name, raw)
		}
		got, err := ParseAttempt(name, raw)
		if err != nil {
			t.Fatalf("%s: decode: %v", name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded\n %+v\nwant\n %+v", name, got, want)
		}
		again, err := EncodeAttempt(got)
		if err != nil || !bytes.Equal(again, raw) {
			t.Errorf("%s: encoded again (err %v), the bytes differ", name, err)
		}
	}
}

// TestParseAttemptSchema: an attempt of a newer schema is refused with a
// message saying to update awsexam; any other schema but this one's is
// not an attempt.
func TestParseAttemptSchema(t *testing.T) {
	good := string(goodAttempt(t))
	tests := []struct {
		name string
		raw  string
		want string
	}{
		{"newer", strings.Replace(good, `"schema": 1`, `"schema": 2`, 1), "a.json: attempt file schema 2 is from a newer awsexam (this one reads schema 1): update awsexam"},
		{"newer, reshaped", `{"schema": 3, "questions": "elsewhere"}`, "a.json: attempt file schema 3 is from a newer awsexam (this one reads schema 1): update awsexam"},
		{"older", strings.Replace(good, `"schema": 1`, `"schema": 0`, 1), "a.json: not an awsexam attempt (schema 0,"},
		{"no schema", strings.Replace(good, `"schema": 1,`, ``, 1), "a.json: not an awsexam attempt (schema 0,"},
	}
	for _, tt := range tests {
		_, err := ParseAttempt("a.json", []byte(tt.raw))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
