package store

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/exam"
)

// One exam, one journal, one holder: a second open is refused and names
// the process; once the first closes, it opens.
func TestJournalLockedWhileOpen(t *testing.T) {
	dir, _ := newJournal(t)
	list, _ := dir.Unfinished()
	first, err := OpenJournal(&list[0])
	if err != nil {
		t.Fatal(err)
	}
	second := list[0]
	_, err = OpenJournal(&second)
	var locked *LockedError
	if !errors.As(err, &locked) || locked.PID != os.Getpid() {
		t.Fatalf("second open: %v, want locked by process %d", err, os.Getpid())
	}
	// Worded in the user's language (a tmux check found it in English for
	// a Korean user).
	if ko := locked.In(catalog.For(catalog.Korean)); !strings.Contains(ko, "다른 awsexam") || !strings.Contains(ko, strconv.Itoa(os.Getpid())) {
		t.Errorf("in Korean: %q", ko)
	}
	first.Append(exam.Event{Kind: exam.EventAnswer, Q: 1, Chosen: []int{3}, ElapsedMS: 20000})
	first.Close()
	j, err := OpenJournal(&second)
	if err != nil {
		t.Fatalf("open after the holder closed: %v", err)
	}
	defer j.Close()
	// Read again under the lock: the answer appended meanwhile is there.
	if got := second.Session.Chosen[1]; len(got) != 1 || got[0] != 3 {
		t.Errorf("resumed without the answer appended after listing: %v", second.Session.Chosen)
	}
}

// A journal removed (submitted, discarded) between listing and opening is
// gone, not resumed.
func TestJournalGoneAfterListing(t *testing.T) {
	dir, j := newJournal(t)
	list, _ := dir.Unfinished()
	os.Remove(j.Path)
	if _, err := OpenJournal(&list[0]); !errors.Is(err, ErrGone) {
		t.Fatalf("got %v, want ErrGone", err)
	}
}

// A 0-byte journal (its header never written: a full disk) is removed,
// not reported damaged; one a process holds is left alone.
func TestEmptyJournalRemoved(t *testing.T) {
	dir, _ := newJournal(t)
	empty := filepath.Join(dir.sessions(), "20260101-000000-aaaaaa.jsonl")
	os.WriteFile(empty, nil, 0o644)
	held := filepath.Join(dir.sessions(), "20260101-000000-bbbbbb.jsonl")
	os.WriteFile(held, nil, 0o644)
	f, _ := os.OpenFile(held, os.O_RDWR, 0)
	defer f.Close()
	if err := lockFile(f); err != nil {
		t.Fatal(err)
	}
	list, errs := dir.Unfinished()
	if len(list) != 1 {
		t.Errorf("unfinished %v", list)
	}
	if _, err := os.Stat(empty); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("empty journal kept: %v", err)
	}
	if _, err := os.Stat(held); err != nil {
		t.Errorf("a held empty journal was removed: %v", err)
	}
	if len(errs) != 1 { // the held one is still unreadable: reported
		t.Errorf("errors %v", errs)
	}
}

// The attempt of a journal is saved once: saving it again (a resumed
// journal whose attempt was saved) keeps the first.
func TestSaveAttemptOnce(t *testing.T) {
	dir := Dir(t.TempDir())
	a := sampleAttempt("20260101-000000-cccccc")
	if _, already, err := dir.SaveAttemptOnce(a); err != nil || already {
		t.Fatalf("first save: %v %v", already, err)
	}
	if _, already, err := dir.SaveAttemptOnce(a); err != nil || !already {
		t.Fatalf("second save: already %v, err %v; want already", already, err)
	}
	if files, _ := filepath.Glob(filepath.Join(string(dir), "attempts", "*.json")); len(files) != 1 {
		t.Errorf("attempts %v", files)
	}
}

func TestInUse(t *testing.T) {
	dir, _ := newJournal(t)
	list, _ := dir.Unfinished()
	if _, busy := list[0].InUse(); busy {
		t.Fatal("in use before anyone opened it")
	}
	j, err := OpenJournal(&list[0])
	if err != nil {
		t.Fatal(err)
	}
	if pid, busy := list[0].InUse(); !busy || pid != os.Getpid() {
		t.Fatalf("InUse = %d %v, want %d true", pid, busy, os.Getpid())
	}
	j.Close()
	if _, busy := list[0].InUse(); busy {
		t.Fatal("in use after it was closed")
	}
}
