//go:build unix

package store

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

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
	// A FIFO among the journals is never waited on nor resumed, nor
	// removed: refused with a warning.
	os.MkdirAll(filepath.Join(dir, "sessions"), 0o755)
	journal := filepath.Join(dir, "sessions", "x.jsonl")
	syscall.Mkfifo(journal, 0o644)
	type result struct {
		list []Unfinished
		errs []error
	}
	done := make(chan result, 1)
	go func() {
		list, errs := Dir(dir).Unfinished()
		done <- result{list, errs}
	}()
	select {
	case r := <-done:
		_, statErr := os.Lstat(journal)
		if len(r.list) != 0 || len(r.errs) != 1 || statErr != nil {
			t.Errorf("a FIFO journal: got %d sessions, errors %v, the FIFO's stat %v; want one error and the FIFO left alone", len(r.list), r.errs, statErr)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a FIFO journal: still looking for unfinished exams after 5s")
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

// TestWriteFileToAFIFO: a FIFO no program reads is an error at once; one
// being read gets the data.
func TestWriteFileToAFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- WriteFile(fifo, []byte("x")) }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "no program is reading") {
			t.Errorf("got %v, want an error naming the FIFO nobody reads", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("still opening a FIFO nobody reads after 5s")
	}
	r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := WriteFile(fifo, []byte("exam")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 16)
	n, _ := r.Read(buf)
	if string(buf[:n]) != "exam" {
		t.Errorf("the reader got %q", buf[:n])
	}
	if fi, _ := os.Lstat(fifo); fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO became %v", fi.Mode())
	}
}
