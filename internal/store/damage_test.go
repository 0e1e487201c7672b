package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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
	if err := report.AnkiMissed(io.Discard, report.Missed(a)); err != nil {
		t.Error(err)
	}
	if err := report.History(io.Discard, []*exam.Attempt{a}, report.Style{}); err != nil {
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

// TestReadFileRefusesFIFOsAndDevices: a FIFO is refused at once rather than
// waited on, a device rather than read without end, a file over the limit
// with its size before it is read.
func TestReadFileRefusesFIFOsAndDevices(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	f, _ := os.Create(big)
	f.Truncate(exam.MaxFileBytes + 1) // sparse: nothing is written
	f.Close()
	cases := map[string]string{
		fifo:                               "is a named pipe (FIFO): not a regular file",
		dir:                                "is a directory: not a regular file",
		big:                                "is 64 MiB (67108865 bytes), over 64 MiB",
		filepath.Join(dir, "missing.json"): "no such file",
	}
	if zero := mknod(t, dir, "zero", 1, 5); zero != "" {
		cases[zero] = "is a character device: not a regular file"
	}
	for path, want := range cases {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(path, exam.MaxFileBytes)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: got %v, want %q", path, err, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: still reading after 5s", path)
		}
	}
	if _, err := ReadAttempt(fifo); err == nil {
		t.Error("an attempt named FIFO was read")
	}
	os.MkdirAll(filepath.Join(dir, "sessions"), 0o755)
	syscall.Mkfifo(filepath.Join(dir, "sessions", "x.jsonl"), 0o644)
	if _, errs := Dir(dir).Unfinished(); len(errs) != 1 {
		t.Errorf("a FIFO journal: got %v, want one error", errs)
	}
}

// mknod makes a character device node in dir (never touching the machine's
// own /dev) and returns its path, or "" with a log line where making or
// opening device nodes is not allowed.
func mknod(t *testing.T, dir, name string, major, minor uint32) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, int(major<<8|minor)); err != nil {
		t.Logf("no device node test: mknod is not allowed here (%v)", err)
		return ""
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Logf("no device node test: %s cannot be opened (a nodev mount?): %v", path, err)
		return ""
	}
	f.Close()
	return path
}

func TestWriteFileKeepsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	// A symbolic link is written through; the link stays a link.
	target := filepath.Join(dir, "target.json")
	os.WriteFile(target, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.json")
	os.Symlink("target.json", link)
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Lstat(link); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the symbolic link was replaced by a file")
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target holds %q, want new", got)
	}
	// An existing file keeps its permissions.
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600 kept", fi.Mode().Perm())
	}
	// A dangling link creates its target.
	os.Symlink("made.json", filepath.Join(dir, "dangling.json"))
	if err := WriteFile(filepath.Join(dir, "dangling.json"), []byte("made")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "made.json")); string(got) != "made" {
		t.Errorf("dangling link target holds %q", got)
	}
	// A new file is 0644.
	fresh := filepath.Join(dir, "fresh.json")
	if err := WriteFile(fresh, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(fresh); fi.Mode().Perm() != 0o644 {
		t.Errorf("new file mode %v, want 0644", fi.Mode().Perm())
	}
	// Devices are written in place, never replaced; a full one is an error.
	if null := mknod(t, dir, "null", 1, 3); null != "" {
		if err := WriteFile(null, []byte("gone")); err != nil {
			t.Errorf("write to a null device: %v", err)
		}
		if fi, _ := os.Lstat(null); fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device node became %v", fi.Mode())
		}
	}
	if full := mknod(t, dir, "full", 1, 7); full != "" {
		err := WriteFile(full, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), "no space left") {
			t.Errorf("write to a full device: got %v, want no space left", err)
		}
		if fi, _ := os.Lstat(full); fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device node became %v", fi.Mode())
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
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
		a, err := parseAttempt("a.json", data)
		if err != nil {
			return
		}
		renderAll(t, a)
	})
}
