package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
)

// damage is one way a file's first question can be broken by hand or by
// a bad disk: each must be refused when read, naming the file.
type damage struct {
	name string
	edit func(q map[string]any)
}

var questionDamages = []damage{
	{"answer out of range", func(q map[string]any) { q["answers"] = []int{7} }},
	{"negative answer", func(q map[string]any) { q["answers"] = []int{-1} }},
	{"no answers", func(q map[string]any) { q["answers"] = []int{} }},
	{"answer twice", func(q map[string]any) { q["answers"] = []int{0, 0} }},
	{"empty options", func(q map[string]any) { q["options"] = []string{} }},
	{"no options key", func(q map[string]any) { delete(q, "options") }},
	{"one option", func(q map[string]any) { q["options"] = []string{"only"}; q["answers"] = []int{0} }},
	{"choose more than options", func(q map[string]any) { q["choose"] = 9 }},
	{"escape in stem", func(q map[string]any) { q["stem"] = "\x1b]0;pwned\x07 what?" }},
	{"C1 control in option", func(q map[string]any) { q["options"].([]any)[0] = "a\u009bb" }},
}

var attemptDamages = append([]damage{
	{"chosen out of range", func(q map[string]any) { q["chosen"] = []int{7} }},
	{"negative chosen", func(q map[string]any) { q["chosen"] = []int{-1} }},
	{"chosen twice", func(q map[string]any) { q["chosen"] = []int{1, 1} }},
	{"correct flipped", func(q map[string]any) { q["correct"] = !q["correct"].(bool) }},
	{"status disputed by hand", func(q map[string]any) { q["status"] = "disputed" }},
	{"unknown status", func(q map[string]any) { q["status"] = "bogus" }},
}, questionDamages...)

// editFirstQuestion decodes a JSON object, applies edit to the first of the
// questions found under path (a list of keys) and encodes it again.
func editFirstQuestion(t testing.TB, raw []byte, edit func(map[string]any), path ...string) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	obj := doc
	for _, k := range path {
		obj = obj[k].(map[string]any)
	}
	edit(obj["questions"].([]any)[0].(map[string]any))
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func goodAttempt(t testing.TB) []byte {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/attempt.json")
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// renderAll renders every report of an attempt; none may panic.
func renderAll(t testing.TB, a *exam.Attempt) {
	t.Helper()
	for _, f := range report.Formats {
		if err := report.Render(io.Discard, a, f, report.Options{Width: 80}); err != nil {
			t.Errorf("render %s: %v", f, err)
		}
	}
	var missed []report.MissedCard
	for _, q := range report.Missed(a) {
		missed = append(missed, report.MissedCard{AttemptQuestion: q, Bank: a.Bank})
	}
	if err := report.AnkiMissed(io.Discard, missed); err != nil {
		t.Error(err)
	}
	if err := report.History(io.Discard, []exam.Summary{a.Summarize("a.json")}, report.Style{}); err != nil {
		t.Error(err)
	}
}

func TestReadAttemptRefusesDamage(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, goodAttempt(t), 0o644)
	a, err := ReadAttempt(good)
	if err != nil {
		t.Fatalf("the fixture: %v", err)
	}
	renderAll(t, a)
	for _, d := range attemptDamages {
		t.Run(d.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(d.name, " ", "-")+".json")
			os.WriteFile(path, editFirstQuestion(t, goodAttempt(t), d.edit), 0o644)
			a, err := ReadAttempt(path)
			if err == nil {
				renderAll(t, a)
				t.Fatalf("read without an error")
			}
			if !strings.Contains(err.Error(), path+": not an awsexam attempt (question 1: ") {
				t.Errorf("got %q, want the file and question 1 named", err)
			}
		})
	}
}

// TestAttemptsSkipEachDamagedFileOnce: a data directory with every damage
// lists each bad file once, with its path, and keeps the good one.
func TestAttemptsSkipEachDamagedFileOnce(t *testing.T) {
	dir := Dir(t.TempDir())
	os.MkdirAll(dir.attempts(), 0o755)
	os.WriteFile(filepath.Join(dir.attempts(), "good.json"), goodAttempt(t), 0o644)
	for i, d := range attemptDamages {
		os.WriteFile(filepath.Join(dir.attempts(), string(rune('a'+i))+".json"), editFirstQuestion(t, goodAttempt(t), d.edit), 0o644)
	}
	good, bad := 0, 0
	for _, f := range dir.Attempts() {
		switch {
		case f.Err == nil:
			good++
			renderAll(t, f.Attempt)
		case !strings.Contains(f.Err.Error(), f.Path):
			t.Errorf("%q does not name %s", f.Err, f.Path)
			fallthrough
		default:
			bad++
		}
	}
	if good != 1 || bad != len(attemptDamages) {
		t.Errorf("good %d bad %d, want 1 and %d", good, bad, len(attemptDamages))
	}
}

func TestJournalHeaderDamageIsRefusedAtLine1(t *testing.T) {
	for _, d := range questionDamages {
		t.Run(d.name, func(t *testing.T) {
			dir, j := newJournal(t)
			raw, _ := os.ReadFile(j.Path)
			head, rest, _ := bytes.Cut(raw, []byte{'\n'})
			head = editFirstQuestion(t, head, d.edit, "exam")
			os.WriteFile(j.Path, append(append(head, '\n'), rest...), 0o644)
			list, errs := dir.Unfinished()
			if len(list) != 0 || len(errs) != 1 {
				t.Fatalf("got %d sessions and errors %v, want one error", len(list), errs)
			}
			if !errors.Is(errs[0], ErrDamaged) || !strings.Contains(errs[0].Error(), j.Path+":1: the header (the exam itself): question 1: ") {
				t.Errorf("got %q, want %s:1 and question 1", errs[0], j.Path)
			}
		})
	}
}

// FuzzReadAttempt: an attempt file of any content is read or refused,
// never panics, and every report of one that is read renders.
func FuzzReadAttempt(f *testing.F) {
	good := goodAttempt(f)
	f.Add(good)
	for _, d := range attemptDamages {
		f.Add(editFirstQuestion(f, good, d.edit))
	}
	f.Add([]byte(`{"schema":1,"id":"x","questions":[{"options":["a","b"],"answers":[1],"chosen":[0]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAttempt("a.json", data)
		if err != nil {
			return
		}
		renderAll(t, a)
	})
}

// endless is standard input that never ends (/dev/zero, yes).
type endless struct{}

func (endless) Read(p []byte) (int, error) { return len(p), nil }

func TestReadAllLimitStopsAnEndlessInput(t *testing.T) {
	_, err := ReadAllLimit("standard input", endless{}, 1<<20)
	if err == nil || !strings.Contains(err.Error(), "standard input is over 1 MiB") {
		t.Errorf("got %v, want over 1 MiB", err)
	}
	got, err := ReadAllLimit("standard input", strings.NewReader("A\nB\n"), 4)
	if err != nil || string(got) != "A\nB\n" {
		t.Errorf("got %q, %v; want the 4 bytes", got, err)
	}
}

// TestJournalEventDamageIsRefusedAtItsLine: an event whose indexes do not
// fit the exam is refused at its line (unless it is the torn last line).
func TestJournalEventDamageIsRefusedAtItsLine(t *testing.T) {
	for _, ev := range []string{
		`{"kind":"answer","q":0,"chosen":[7],"elapsed_ms":20000}`,
		`{"kind":"answer","q":0,"chosen":[-1],"elapsed_ms":20000}`,
		`{"kind":"answer","q":0,"chosen":[1,1],"elapsed_ms":20000}`,
		`{"kind":"flag","q":9,"on":true,"elapsed_ms":20000}`,
		`{"kind":"goto","q":-1,"elapsed_ms":20000}`,
	} {
		dir, j := newJournal(t)
		raw, _ := os.ReadFile(j.Path)
		os.WriteFile(j.Path, append(raw, ev+"\n"+`{"kind":"time","elapsed_ms":30000}`+"\n"...), 0o644)
		_, errs := dir.Unfinished()
		if len(errs) != 1 || !strings.Contains(errs[0].Error(), j.Path+":5: ") {
			t.Errorf("%s: got %v, want an error at %s:5", ev, errs, j.Path)
		}
	}
}
