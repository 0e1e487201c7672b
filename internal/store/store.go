package store

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

// Dir is the data directory: attempts/ holds finished attempts, sessions/
// the journals of exams in progress.
type Dir string

// DataDir picks the data directory: $AWSEXAM_HOME, else
// $XDG_DATA_HOME/awsexam, else ~/.local/share/awsexam.
func DataDir(getenv func(string) string) (Dir, error) {
	if d := getenv("AWSEXAM_HOME"); d != "" {
		return Dir(d), nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return Dir(filepath.Join(d, "awsexam")), nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", errorf("store.no_dir", err)
		}
	}
	return Dir(filepath.Join(home, ".local", "share", "awsexam")), nil
}

func (d Dir) sessions() string { return filepath.Join(string(d), "sessions") }
func (d Dir) attempts() string { return filepath.Join(string(d), "attempts") }

// NewID makes an id that sorts by time and does not collide: the start
// time and random bits.
func NewID(t time.Time) string {
	var b [3]byte
	rand.Read(b[:])
	return t.UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b[:])
}

// header is a journal's first line: the exam itself and how it is sat.
type header struct {
	Schema  int       `json:"schema"`
	ID      string    `json:"id"`
	Mode    string    `json:"mode"`
	LimitMS int64     `json:"limit_ms"`
	Started time.Time `json:"started"`
	// Exam is the exam as `generate --format json` writes it, read back
	// with exam.Decode (the exam format's one decoder).
	Exam json.RawMessage `json:"exam"`
}

// JournalSchema is the version of a journal's header and events; a
// journal of another is refused on read.
const JournalSchema = 1

// Journal is the append-only log of one exam in progress: a header line,
// then one JSON event a line, each synced to disk before Append returns.
type Journal struct {
	ID   string
	Path string
	f    *os.File
}

// CreateJournal starts the journal of a new session.
func (d Dir) CreateJournal(id string, s *exam.Session) (*Journal, error) {
	if err := os.MkdirAll(d.sessions(), 0o755); err != nil {
		return nil, errorf("store.journal_dir", err)
	}
	path := filepath.Join(d.sessions(), id+".jsonl")
	var examJSON bytes.Buffer
	if err := exam.Encode(&examJSON, s.Exam); err != nil {
		return nil, err
	}
	// Marshal puts the exam on the header's one line (compacted).
	line, err := json.Marshal(header{Schema: JournalSchema, ID: id, Mode: s.Mode, LimitMS: s.Limit.Milliseconds(), Started: s.Started, Exam: examJSON.Bytes()})
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|os.O_APPEND, 0o644)
	if err != nil {
		return nil, errorf("store.journal", err)
	}
	j := &Journal{ID: id, Path: path, f: f}
	if err := claim(f, id, path); err != nil {
		j.Remove()
		return nil, err
	}
	if err := j.writeLine(line); err != nil {
		// A full disk: leave no empty journal that resume would call damaged.
		j.Remove()
		return nil, err
	}
	syncDir(d.sessions())
	return j, nil
}

func (j *Journal) writeLine(line []byte) error {
	if _, err := j.f.Write(append(line, '\n')); err != nil {
		return fmt.Errorf("journal %s: %w", j.Path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("journal %s: %w", j.Path, err)
	}
	return nil
}

// Append writes one event and syncs it.
func (j *Journal) Append(ev exam.Event) error {
	line, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	return j.writeLine(line)
}

// Close closes the journal file, which releases its lock.
func (j *Journal) Close() error {
	os.Remove(pidPath(j.Path))
	return j.f.Close()
}

// Remove deletes the journal (the attempt is saved or discarded), then
// releases its lock: a process waiting for it finds it gone.
func (j *Journal) Remove() error {
	err := os.Remove(j.Path)
	os.Remove(pidPath(j.Path))
	j.f.Close()
	return err
}

// Unfinished is an exam in progress found in the data directory.
type Unfinished struct {
	ID      string
	Path    string
	Session *exam.Session
	// TornTail is set when the last line was cut short (a crash mid-write)
	// and was left out.
	TornTail bool
}

// ErrDamaged marks a journal that cannot be resumed.
var ErrDamaged = errors.New("damaged journal")

// Unfinished lists the exams in progress, newest first. Journals that
// cannot be read are returned as errors, one each, and left in place.
func (d Dir) Unfinished() ([]Unfinished, []error) {
	paths, _ := filepath.Glob(filepath.Join(d.sessions(), "*.jsonl"))
	sort.Sort(sort.Reverse(sort.StringSlice(paths)))
	var out []Unfinished
	var errs []error
	for _, p := range paths {
		if removeEmpty(p) {
			continue
		}
		u, err := LoadJournal(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, *u)
	}
	return out, errs
}

// LoadJournal rebuilds a session from its journal. A torn last line (no
// newline at the end) is left out; any other damage is refused with the
// line that is wrong.
func LoadJournal(path string) (*Unfinished, error) {
	raw, err := ReadFile(path, exam.MaxFileBytes)
	if err != nil {
		return nil, fmt.Errorf("%w %v; it is left in place (delete it to start afresh)", ErrDamaged, err)
	}
	return parseJournal(path, raw)
}

// parseJournal rebuilds a session from a journal's bytes.
func parseJournal(path string, raw []byte) (*Unfinished, error) {
	damaged := func(line int, format string, args ...any) error {
		return fmt.Errorf("%w %s:%d: %s; it is left in place (delete it to start afresh)", ErrDamaged, path, line, fmt.Sprintf(format, args...))
	}
	torn := len(raw) > 0 && raw[len(raw)-1] != '\n'
	lines := bytes.Split(bytes.TrimSuffix(raw, []byte{'\n'}), []byte{'\n'})
	var h header
	if len(raw) == 0 || json.Unmarshal(lines[0], &h) != nil || h.Exam == nil {
		return nil, damaged(1, "the header (the exam itself) cannot be read")
	}
	if h.Schema != JournalSchema {
		return nil, damaged(1, "journal schema %d (this awsexam reads %d)", h.Schema, JournalSchema)
	}
	e, err := exam.Decode(h.Exam)
	if err != nil {
		return nil, damaged(1, "the header (the exam itself): %v", err)
	}
	s := exam.NewSession(e, h.Mode, time.Duration(h.LimitMS)*time.Millisecond, h.Started)
	u := &Unfinished{ID: h.ID, Path: path, Session: s}
	for n, line := range lines[1:] {
		last := n == len(lines)-2
		var ev exam.Event
		if err := json.Unmarshal(line, &ev); err != nil {
			if last && torn {
				u.TornTail = true
				break
			}
			return nil, damaged(n+2, "not an event (%v)", err)
		}
		if err := s.Apply(ev); err != nil {
			if last && torn {
				u.TornTail = true
				break
			}
			return nil, damaged(n+2, "%v", err)
		}
	}
	return u, nil
}

// SaveAttempt writes a finished attempt atomically under a name of its own
// and returns the path.
func (d Dir) SaveAttempt(a *exam.Attempt) (string, error) {
	if err := os.MkdirAll(d.attempts(), 0o755); err != nil {
		return "", errorf("store.save_dir", err)
	}
	raw, err := EncodeAttempt(a)
	if err != nil {
		return "", err
	}
	for {
		path := filepath.Join(d.attempts(), a.ID+".json")
		err := WriteNew(path, raw)
		if err == nil {
			// The index is a cache of the attempt files: should the
			// append fail, the next reader finds the name missing from
			// it and adds the attempt then.
			_ = d.appendIndex(a, path)
		}
		if !errors.Is(err, os.ErrExist) {
			return path, err
		}
		// Another attempt took the name: take a new id.
		a.ID = NewID(a.Started)
		if raw, err = EncodeAttempt(a); err != nil {
			return "", err
		}
	}
}

// AttemptFile is a saved attempt, or the reason it could not be read.
type AttemptFile struct {
	Path    string
	Attempt *exam.Attempt
	Err     error
}

// Attempts lists saved attempts, newest first. Damaged or foreign files
// come back with Err set so callers can warn and go on.
func (d Dir) Attempts() []AttemptFile {
	out, _ := d.AttemptsContext(context.Background())
	return out
}

// AttemptsContext is Attempts that gives up with ctx's error once ctx is
// done: years of attempts take a while to read.
func (d Dir) AttemptsContext(ctx context.Context) ([]AttemptFile, error) {
	paths, _ := filepath.Glob(filepath.Join(d.attempts(), "*.json"))
	sort.Sort(sort.Reverse(sort.StringSlice(paths)))
	var out []AttemptFile
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := ReadAttempt(p)
		out = append(out, AttemptFile{Path: p, Attempt: a, Err: err})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Attempt == nil || out[j].Attempt == nil {
			return false
		}
		return out[i].Attempt.Ended.After(out[j].Attempt.Ended)
	})
	return out, nil
}

// ReadAttempt reads one attempt file and checks it is one.
func ReadAttempt(path string) (*exam.Attempt, error) {
	raw, err := ReadFile(path, exam.MaxFileBytes)
	if err != nil {
		return nil, err
	}
	return ParseAttempt(path, raw)
}

// EncodeAttempt makes an attempt file's bytes: the one encoder of the
// format, which writes its schema (exam.AttemptSchema), indented JSON
// ending in a line break. ParseAttempt is its decoder.
func EncodeAttempt(a *exam.Attempt) ([]byte, error) {
	c := *a
	c.Schema = exam.AttemptSchema
	raw, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(raw, '\n'), nil
}

// ParseAttempt decodes an attempt file's bytes (named name in errors) and
// checks every index in it, so no report can go out of range on a damaged
// file. A file of a newer schema is refused with a message saying to
// update awsexam, not called damaged.
func ParseAttempt(path string, raw []byte) (*exam.Attempt, error) {
	// The schema first, leniently: a newer file may be shaped otherwise.
	var head struct {
		Schema int `json:"schema"`
	}
	if json.Unmarshal(raw, &head) == nil && head.Schema > exam.AttemptSchema {
		return nil, &newerSchemaError{fmt.Sprintf("%s: attempt file schema %d is from a newer awsexam (this one reads schema %d): update awsexam", path, head.Schema, exam.AttemptSchema)}
	}
	var a exam.Attempt
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("%s: not an awsexam attempt (%v)", path, err)
	}
	if err := a.Check(); err != nil {
		return nil, fmt.Errorf("%s: not an awsexam attempt (%v)", path, err)
	}
	return &a, nil
}

// FindAttempt finds an attempt by file name, id or a unique prefix of it
// (see MatchAttempt) through the history index; warnings are the index's (see OpenHistory).
func (d Dir) FindAttempt(ctx context.Context, id string) (*exam.Attempt, string, []error, error) {
	sums, warns, err := d.Summaries(ctx)
	if err != nil {
		return nil, "", warns, err
	}
	s, err := d.MatchAttempt(sums, id)
	if err != nil {
		return nil, "", warns, err
	}
	path := filepath.Join(d.attempts(), s.File)
	a, err := ReadAttempt(path)
	return a, path, warns, err
}
