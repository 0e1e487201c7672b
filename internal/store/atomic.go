// Package store keeps what the user has done: finished attempts as JSON
// files and the journal of an exam in progress, under the data directory,
// every file written atomically so a crash never leaves half a file.
package store

import (
	"os"
	"path/filepath"
)

// WriteAtomic writes data to path through a temporary file in the same
// directory, synced before it is renamed over path: readers see the old
// file or the new one, never part of either.
func WriteAtomic(path string, data []byte) error {
	return writeAtomic(path, data, false, 0o644)
}

// WriteNew is WriteAtomic for a file that must not exist yet: it fails
// with an error matching os.ErrExist rather than replace one, even when
// two processes race for the name (the final step is a hard link, which
// never overwrites).
func WriteNew(path string, data []byte) error {
	return writeAtomic(path, data, true, 0o644)
}

func writeAtomic(path string, data []byte, exclusive bool, perm os.FileMode) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return errorf("store.write", path, err)
	}
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return errorf("store.write", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return errorf("store.write", path, err)
	}
	if err := tmp.Close(); err != nil {
		return errorf("store.write", path, err)
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return errorf("store.write", path, err)
	}
	if exclusive {
		err = os.Link(tmp.Name(), path)
		os.Remove(tmp.Name())
	} else {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return errorf("store.write", path, err)
	}
	ok = true
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable; it is best effort (not every file system
// supports syncing a directory).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
