package store

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/exam"
)

// LockedError is a journal in use by another awsexam process.
type LockedError struct {
	ID  string
	PID int // 0 when unknown
}

func (e *LockedError) Error() string { return e.In(nil) }

// In words the error with p (nil: English): a Korean user read it in
// English before (a tmux check with a second terminal).
func (e *LockedError) In(p *catalog.Printer) string {
	if e.PID > 0 {
		return p.T("store.locked", e.ID, strconv.Itoa(e.PID)) // (a process id, no thousands separator)
	}
	return p.T("store.locked_unknown", e.ID)
}

// ErrGone is a journal removed by another process after it was listed:
// its exam was just submitted or discarded.
var ErrGone error = &Error{Key: "store.gone"}

// pidPath is the file beside a journal naming the process that holds it.
func pidPath(journal string) string { return strings.TrimSuffix(journal, ".jsonl") + ".pid" }

// holder is the process named beside a journal, or 0.
func holder(journal string) int {
	raw, err := os.ReadFile(pidPath(journal))
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(raw)))
	return pid
}

// claim locks an open journal for this process, for as long as it stays
// open, and names the process beside it.
func claim(f *os.File, id, path string) error {
	if err := lockFile(f); err != nil {
		if errors.Is(err, errWouldBlock) {
			return &LockedError{ID: id, PID: holder(path)}
		}
		// A file system without locks (some network ones): the exam
		// still runs, unguarded against a second terminal.
		return nil
	}
	// Best effort: the lock is what counts, the pid is for the message.
	WriteAtomic(pidPath(path), []byte(strconv.Itoa(os.Getpid())+"\n"))
	return nil
}

// OpenJournal reopens an unfinished session's journal to append to it,
// locked for this process until it is closed or removed; another process
// holding it gives a *LockedError. The journal is read again under the
// lock and u updated, so nothing appended since u was listed is missed. A
// torn tail is cut off first so the next event starts on a line of its own.
func OpenJournal(u *Unfinished) (*Journal, error) {
	f, err := os.OpenFile(u.Path, os.O_RDWR|os.O_APPEND, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrGone
	}
	if err != nil {
		return nil, err
	}
	if err := claim(f, u.ID, u.Path); err != nil {
		f.Close()
		return nil, err
	}
	j := &Journal{ID: u.ID, Path: u.Path, f: f}
	fi, err := f.Stat()
	if err != nil {
		j.Close()
		return nil, err
	}
	// Removed (submitted, discarded) between listing and locking?
	if now, err := os.Stat(u.Path); err != nil || !os.SameFile(fi, now) {
		j.Close()
		return nil, ErrGone
	}
	raw, err := io.ReadAll(io.NewSectionReader(f, 0, fi.Size()))
	if err != nil {
		j.Close()
		return nil, err
	}
	fresh, err := parseJournal(u.Path, raw)
	if err != nil {
		j.Close()
		return nil, err
	}
	if fresh.TornTail {
		if err := f.Truncate(int64(bytes.LastIndexByte(raw, '\n') + 1)); err != nil {
			j.Close()
			return nil, err
		}
	}
	*u = *fresh
	return j, nil
}

// removeEmpty deletes a 0-byte journal no process holds: one whose
// header could not be written (a full disk as the exam began). It has
// nothing to resume.
func removeEmpty(path string) bool {
	// Only a regular file can be a journal: a FIFO or a device left among
	// them is someone else's and is never opened or removed here.
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Size() != 0 || lockFile(f) != nil {
		return false
	}
	os.Remove(pidPath(path))
	return os.Remove(path) == nil
}

// SaveAttemptOnce saves the attempt of a journal's exam under the
// journal's id. An attempt already saved under that id (the process
// stopped between saving it and removing the journal) is kept and not
// saved twice; already says so.
func (d Dir) SaveAttemptOnce(a *exam.Attempt) (path string, already bool, err error) {
	if err := os.MkdirAll(d.attempts(), 0o755); err != nil {
		return "", false, errorf("store.save_dir", err)
	}
	raw, err := EncodeAttempt(a)
	if err != nil {
		return "", false, err
	}
	path = filepath.Join(d.attempts(), a.ID+".json")
	err = WriteNew(path, raw)
	if errors.Is(err, os.ErrExist) {
		return path, true, nil
	}
	if err == nil {
		// The index is a cache of the attempt files: should the append
		// fail, the next reader finds the name missing and adds it.
		_ = d.appendIndex(a, path)
	}
	return path, false, err
}

// InUse tells whether another process holds an unfinished exam's journal
// now, and which (0 when unknown).
func (u *Unfinished) InUse() (pid int, inUse bool) {
	f, err := os.OpenFile(u.Path, os.O_RDWR, 0)
	if err != nil {
		return 0, false
	}
	defer f.Close() // closing also drops the lock taken to test
	if err := lockFile(f); errors.Is(err, errWouldBlock) {
		return holder(u.Path), true
	}
	return 0, false
}
