package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

func sampleExam() *exam.Exam {
	return &exam.Exam{Schema: 1, Seed: 9, Bank: "t", Questions: []exam.Question{
		{Number: 1, ID: "a", Domain: "security", Stem: "Q1", Options: []string{"a", "b", "c", "d"}, Answers: []int{2}, Choose: 1, Source: "x:1"},
		{Number: 2, ID: "b", Domain: "deployment", Stem: "Q2", Options: []string{"a", "b", "c", "d"}, Answers: []int{0}, Choose: 1, Source: "x:2"},
	}}
}

func newJournal(t *testing.T) (Dir, *Journal) {
	dir := Dir(t.TempDir())
	s := exam.NewSession(sampleExam(), exam.ModeMock, time.Hour, time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	j, err := dir.CreateJournal("20260102-030405-abcdef", s)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range []exam.Event{
		{Kind: exam.EventAnswer, Q: 0, Chosen: []int{2}, ElapsedMS: 1000},
		{Kind: exam.EventGoto, Q: 1, ElapsedMS: 1100},
		{Kind: exam.EventTime, ElapsedMS: 16000},
	} {
		if err := j.Append(ev); err != nil {
			t.Fatal(err)
		}
	}
	j.Close()
	return dir, j
}

func TestJournalResume(t *testing.T) {
	dir, _ := newJournal(t)
	list, errs := dir.Unfinished()
	if len(errs) != 0 || len(list) != 1 {
		t.Fatalf("got %v %v", list, errs)
	}
	s := list[0].Session
	if s.Current != 1 || !slices.Equal(s.Chosen[0], []int{2}) || s.Elapsed != 16*time.Second || s.Remaining() != 59*time.Minute+44*time.Second {
		t.Errorf("resumed %+v remaining %s", s, s.Remaining())
	}
}

func TestJournalTornLastLine(t *testing.T) {
	dir, j := newJournal(t)
	f, _ := os.OpenFile(j.Path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"kind":"answer","q":1,"cho`)
	f.Close()
	list, errs := dir.Unfinished()
	if len(errs) != 0 || len(list) != 1 || !list[0].TornTail {
		t.Fatalf("got %v %v", list, errs)
	}
	if list[0].Session.Chosen[1] != nil || list[0].Session.Chosen[0] == nil {
		t.Errorf("torn resume kept %v", list[0].Session.Chosen)
	}
	// Reopening cuts the torn tail so new events start on their own line.
	j2, err := OpenJournal(&list[0])
	if err != nil {
		t.Fatal(err)
	}
	j2.Append(exam.Event{Kind: exam.EventAnswer, Q: 1, Chosen: []int{0}, ElapsedMS: 20000})
	j2.Close()
	u, err := LoadJournal(j.Path)
	if err != nil || u.TornTail || !slices.Equal(u.Session.Chosen[1], []int{0}) {
		t.Errorf("after reopen: %+v %v", u, err)
	}
}

func TestJournalDamagedIsRefusedAndKept(t *testing.T) {
	dir, j := newJournal(t)
	raw, _ := os.ReadFile(j.Path)
	lines := strings.Split(string(raw), "\n")
	lines[2] = "garbage"
	os.WriteFile(j.Path, []byte(strings.Join(lines, "\n")), 0o644)
	list, errs := dir.Unfinished()
	if len(list) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrDamaged) || !strings.Contains(errs[0].Error(), ".jsonl:3:") {
		t.Fatalf("got %v %v", list, errs)
	}
	if _, err := os.Stat(j.Path); err != nil {
		t.Error("a damaged journal must be left in place")
	}
}

func sampleAttempt(id string) *exam.Attempt {
	s := exam.NewSession(sampleExam(), exam.ModePaper, 0, time.Now())
	s.Apply(exam.Event{Kind: exam.EventAnswer, Q: 0, Chosen: []int{2}})
	return &exam.Attempt{Schema: exam.AttemptSchema, ID: id, Mode: "paper", Started: time.Now(), Ended: time.Now(),
		Questions: []exam.AttemptQuestion{{Question: sampleExam().Questions[0], Chosen: []int{2}, Right: true}}}
}

func TestConcurrentSavesKeepBoth(t *testing.T) {
	dir := Dir(t.TempDir())
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// The same id on purpose: the second save must not overwrite.
			if _, err := dir.SaveAttempt(sampleAttempt("20260101-000000-aaaaaa")); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	files := dir.Attempts()
	if len(files) != 8 {
		t.Fatalf("got %d attempt files, want 8", len(files))
	}
	for _, f := range files {
		if f.Err != nil {
			t.Errorf("%s: %v", f.Path, f.Err)
		}
	}
}

func TestAttemptsSkipDamagedAndForeign(t *testing.T) {
	dir := Dir(t.TempDir())
	if _, err := dir.SaveAttempt(sampleAttempt("20260101-000000-bbbbbb")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir.attempts(), "broken.json"), []byte(`{"schema":1,"id":"x","questions":[`), 0o644)
	os.WriteFile(filepath.Join(dir.attempts(), "foreign.json"), []byte(`{"hello":"world"}`), 0o644)
	good, bad := 0, 0
	for _, f := range dir.Attempts() {
		if f.Err != nil {
			bad++
		} else {
			good++
		}
	}
	if good != 1 || bad != 2 {
		t.Errorf("good %d bad %d", good, bad)
	}
	if _, _, _, err := dir.FindAttempt(context.Background(), "20260101"); err != nil {
		t.Error(err)
	}
	if _, _, _, err := dir.FindAttempt(context.Background(), "nope"); err == nil {
		t.Error("unknown id found")
	}
}

func TestWriteAtomicLeavesNoTemp(t *testing.T) {
	d := t.TempDir()
	p := filepath.Join(d, "r.md")
	if err := WriteAtomic(p, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(p, []byte("two")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	entries, _ := os.ReadDir(d)
	if string(got) != "two" || len(entries) != 1 {
		t.Errorf("got %q, %d files", got, len(entries))
	}
}

func TestDataDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"AWSEXAM_HOME": "/a", "XDG_DATA_HOME": "/x", "HOME": "/h"}, "/a"},
		{map[string]string{"XDG_DATA_HOME": "/x", "HOME": "/h"}, "/x/awsexam"},
		{map[string]string{"HOME": "/h"}, "/h/.local/share/awsexam"},
	}
	for _, tt := range tests {
		if got, _ := DataDir(env(tt.env)); string(got) != tt.want {
			t.Errorf("got %s, want %s", got, tt.want)
		}
	}
}

// FuzzLoadJournal: a journal of any content loads or is refused, never
// panics, and a loaded one is consistent with its exam.
func FuzzLoadJournal(f *testing.F) {
	dir := Dir(f.TempDir())
	s := exam.NewSession(sampleExam(), exam.ModeMock, time.Hour, time.Unix(0, 0))
	j, err := dir.CreateJournal("seed", s)
	if err != nil {
		f.Fatal(err)
	}
	j.Append(exam.Event{Kind: exam.EventAnswer, Q: 0, Chosen: []int{2}, ElapsedMS: 10})
	j.Close()
	raw, _ := os.ReadFile(j.Path)
	f.Add(raw)
	f.Add(append(raw, `{"kind":"goto","q":1,"ela`...))
	f.Add([]byte("{}\n{}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		u, err := parseJournal("j.jsonl", data)
		if err != nil {
			return
		}
		s := u.Session
		if s.Current < 0 || s.Current >= len(s.Exam.Questions) {
			t.Fatalf("current question %d of %d", s.Current, len(s.Exam.Questions))
		}
		for i, c := range s.Chosen {
			for _, k := range c {
				if k < 0 || k >= len(s.Exam.Questions[i].Options) {
					t.Fatalf("question %d: option %d out of range", i, k)
				}
			}
		}
	})
}

// TestJournalSchemaChecked: a journal of another schema, or whose exam is
// of another schema, is refused at line 1 and kept.
func TestJournalSchemaChecked(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{`{"schema":1,"id"`, `{"schema":2,"id"`, "journal schema 2"},
		{`"exam":{"schema":1,`, `"exam":{"schema":3,`, "exam schema 3"},
	} {
		dir, j := newJournal(t)
		raw, err := os.ReadFile(j.Path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), tc.old) {
			t.Fatalf("no %s in the journal's header:\n%s", tc.old, raw)
		}
		if err := os.WriteFile(j.Path, []byte(strings.Replace(string(raw), tc.old, tc.new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		list, errs := dir.Unfinished()
		if len(list) != 0 || len(errs) != 1 || !errors.Is(errs[0], ErrDamaged) || !strings.Contains(errs[0].Error(), ".jsonl:1:") || !strings.Contains(errs[0].Error(), tc.want) {
			t.Errorf("%s: got %v %v", tc.want, list, errs)
		}
	}
}
