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

// MatchAttempt picks the attempt arg names among sums, as report and
// history rm take it: the file of that name (with or without .json) first,
// so a copy of an attempt under another name is told from the original;
// then the exact id; then a unique prefix of the ids. When several files
// hold the same id the error names them, to be given instead.
func (d Dir) MatchAttempt(sums []exam.Summary, arg string) (exam.Summary, error) {
	var exact, prefix []exam.Summary
	for _, s := range sums {
		switch {
		case s.File == arg || s.File == arg+".json":
			return s, nil
		case s.ID == arg:
			exact = append(exact, s)
		case strings.HasPrefix(s.ID, arg):
			prefix = append(prefix, s)
		}
	}
	hits := exact
	if len(hits) == 0 {
		hits = prefix
	}
	switch len(hits) {
	case 0:
		return exam.Summary{}, errorf("error.history.no_attempt", arg, d.attempts())
	case 1:
		return hits[0], nil
	}
	files := make([]string, len(hits))
	for i, s := range hits {
		if s.ID != hits[0].ID {
			return exam.Summary{}, errorf("error.history.ambiguous", len(hits), arg)
		}
		files[i] = s.File
	}
	sort.Strings(files)
	return exam.Summary{}, errorf("error.history.same_id", len(hits), hits[0].ID, strings.Join(files, ", "))
}
