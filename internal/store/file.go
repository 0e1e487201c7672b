package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// ErrNotRegular marks a path that is not a regular file, so it was not read.
var ErrNotRegular error = &Error{Key: "store.not_regular"}

// ReadFile reads a file the user named or the data directory holds. Only
// a regular file (or a symbolic link to one) is read, never a FIFO, a
// device or a directory, which could block forever or never end; and one
// larger than limit bytes is refused with its size before anything is
// read.
func ReadFile(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(path, fi, limit); err != nil {
		return nil, err
	}
	// O_NONBLOCK: should the path have become a FIFO since Stat, opening it
	// does not wait for a writer; the check below then refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regular(path, fi, limit); err != nil {
		return nil, err
	}
	return readAll(path, f, limit, fi.Size())
}

// ReadAllLimit reads r to its end, or refuses once more than limit bytes
// have come: standard input can be endless.
func ReadAllLimit(name string, r io.Reader, limit int64) ([]byte, error) {
	return readAll(name, r, limit, 0)
}

// readAll is ReadAllLimit with the size expected, so a big file is read
// into one buffer of its size rather than regrown to twice that.
func readAll(name string, r io.Reader, limit, size int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(min(size, limit)) + bytes.MinRead) // ReadFrom wants MinRead spare to see the end
	if _, err := buf.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, errorf("store.read", name, err)
	}
	if int64(buf.Len()) > limit {
		return nil, errorf("store.too_big", name, Size(limit))
	}
	return buf.Bytes(), nil
}

// regular refuses what is not a regular file of at most limit bytes.
func regular(path string, fi fs.FileInfo, limit int64) error {
	if !fi.Mode().IsRegular() {
		return errorf("store.is_kind", path, kind(fi.Mode()), ErrNotRegular)
	}
	if fi.Size() > limit {
		return errorf("store.too_big_size", path, Size(fi.Size()), strconv.FormatInt(fi.Size(), 10), Size(limit))
	}
	return nil
}

// kind names a file type for a message.
func kind(m fs.FileMode) msgWord {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "store.kind.fifo"
	case m&fs.ModeCharDevice != 0:
		return "store.kind.char"
	case m&fs.ModeDevice != 0:
		return "store.kind.block"
	case m&fs.ModeSocket != 0:
		return "store.kind.socket"
	case m.IsDir():
		return "store.kind.dir"
	}
	return "store.kind.special"
}

// Size is a byte count for people: 64 MiB, 1.5 GiB, 812 bytes.
func Size(n int64) string {
	switch {
	case n >= 1<<30:
		return trimZero(float64(n)/(1<<30)) + " GiB"
	case n >= 1<<20:
		return trimZero(float64(n)/(1<<20)) + " MiB"
	case n >= 1<<10:
		return trimZero(float64(n)/(1<<10)) + " KiB"
	}
	return fmt.Sprintf("%d bytes", n)
}

func trimZero(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}

// WriteFile writes what a command was asked to write to path (-o,
// --report) as the user would expect of a shell redirection, but safely:
//   - a regular file (or a new one) is replaced atomically, keeping an
//     existing file's permissions;
//   - a symbolic link is followed: its target is written, the link stays;
//   - anything else (a device such as /dev/null, /dev/stdout, a FIFO) is
//     opened and written in place, never replaced by a regular file.
//
// Every write error, a full disk included, is returned.
func WriteFile(path string, data []byte) error {
	fi, err := os.Stat(path)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return writeInPlace(path, data)
	case err == nil:
		target, err := filepath.EvalSymlinks(path)
		if err != nil {
			return errorf("store.write", path, err)
		}
		return writeAtomic(target, data, false, fi.Mode().Perm())
	case errors.Is(err, fs.ErrNotExist):
		target, err := linkTarget(path)
		if err != nil {
			return errorf("store.write", path, err)
		}
		return writeAtomic(target, data, false, 0o644)
	}
	return errorf("store.write", path, err)
}

// linkTarget follows symbolic links from path to the name a new file
// should take (a dangling link is written through, as a shell would).
func linkTarget(path string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", errors.New("too many levels of symbolic links")
}

// writeInPlace writes to what is not a regular file; its errors (from
// os) name the path already. O_NONBLOCK: a FIFO nobody reads is an error
// at once, not an open that waits for ever (and Ctrl-C cannot end).
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if errors.Is(err, syscall.ENXIO) {
		return errorf("store.fifo", path)
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
