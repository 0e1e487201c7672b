package store

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
)

// AttemptIDs lists the ids of the saved attempts that start with prefix,
// newest first (ids sort by time), from the file names alone: nothing is
// read, so it stays quick with years of attempts.
func (d Dir) AttemptIDs(prefix string) []string {
	paths, _ := filepath.Glob(filepath.Join(d.attempts(), "*.json"))
	var ids []string
	for _, p := range paths {
		if id := strings.TrimSuffix(filepath.Base(p), ".json"); strings.HasPrefix(id, prefix) {
			ids = append(ids, id)
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(ids)))
	return ids
}

// ReadAttemptID reads the attempt saved under id.
func (d Dir) ReadAttemptID(id string) (*exam.Attempt, error) {
	return ReadAttempt(filepath.Join(d.attempts(), id+".json"))
}
