package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/exam"
)

// IndexSchema is the version of the history index, index.jsonl in the data
// directory: one summary per saved attempt, so history, `report last`,
// `drill --weak` and export-missed need not decode every attempt.
const IndexSchema = 1

// maxIndexBytes bounds the index: an attempt of 65 questions takes about
// 1.3 KB in it, so this is room for some 800,000 attempts.
const maxIndexBytes = 1 << 30

// indexHeader is the index's first line.
type indexHeader struct {
	Schema int    `json:"schema"`
	Format string `json:"format"`
}

const indexFormat = "awsexam history index"

// indexTime is how an entry's end time is written: fixed width, so the
// text sorts as the times do and the newest attempt is found without
// decoding any entry.
const indexTime = "2006-01-02T15:04:05.000000000Z"

// indexEntry is one attempt in the index, after its end time and file
// name: the figures a history row and the Leitner boxes need. Percentages
// and the scaled score are not kept: they are computed from the counts.
type indexEntry struct {
	ID      string        `json:"id"`
	Mode    string        `json:"mode"`
	Exam    string        `json:"exam"`
	Bank    string        `json:"bank"`
	Passing int           `json:"passing_score"`
	Min     int           `json:"score_min"`
	Max     int           `json:"score_max"`
	Domains []indexDomain `json:"domains"`
	// Cards are the card ids in question order; Results has one letter
	// per card: r right, w wrong (answered wrong), s skipped.
	Cards   []string `json:"cards"`
	Results string   `json:"results"`
}

type indexDomain struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Weight  int    `json:"weight"`
	Total   int    `json:"total"`
	Correct int    `json:"correct"`
	Skipped int    `json:"skipped"`
}

var statusLetter = map[string]byte{exam.StatusRight: 'r', exam.StatusWrong: 'w', exam.StatusSkipped: 's'}

// indexLine is one entry as it stands in the file: a line
// "ENDED<tab>FILE<tab>{json}". The first two fields are read for every
// entry; the JSON only when the figures are wanted.
type indexLine struct {
	ended string
	file  string
	body  []byte // the whole line with its newline, to write back as is
	json  []byte
	line  int
}

// encodeIndexLine writes one summary as an index line.
func encodeIndexLine(s *exam.Summary) ([]byte, error) {
	e := indexEntry{ID: s.ID, Mode: s.Mode, Exam: s.Exam, Bank: s.Bank, Passing: s.PassingScore, Min: s.ScoreMin, Max: s.ScoreMax,
		Domains: make([]indexDomain, 0, len(s.Score.Domains)), Cards: make([]string, len(s.Cards))}
	for _, d := range s.Score.Domains {
		e.Domains = append(e.Domains, indexDomain{ID: d.ID, Name: d.Name, Weight: d.Weight, Total: d.Total, Correct: d.Correct, Skipped: d.Skipped})
	}
	results := make([]byte, len(s.Cards))
	for i, c := range s.Cards {
		e.Cards[i] = c.ID
		l, ok := statusLetter[c.Status]
		if !ok {
			return nil, fmt.Errorf("card %s: status %q", c.ID, c.Status)
		}
		results[i] = l
	}
	e.Results = string(results)
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString(s.Ended.UTC().Format(indexTime))
	b.WriteByte('\t')
	b.WriteString(s.File)
	b.WriteByte('\t')
	b.Write(raw)
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func encodeIndexHeader() []byte {
	raw, _ := json.Marshal(indexHeader{Schema: IndexSchema, Format: indexFormat})
	return append(raw, '\n')
}

// EncodeIndex writes a whole index: the header, then one line per summary.
func EncodeIndex(sums []exam.Summary) ([]byte, error) {
	b := encodeIndexHeader()
	for i := range sums {
		line, err := encodeIndexLine(&sums[i])
		if err != nil {
			return nil, err
		}
		b = append(b, line...)
	}
	return b, nil
}

// scanIndex checks the header and the shape of every line (end time, file
// name, a JSON object after them) without decoding the JSON. A last line
// cut short (a crash while appending) is damage like any other.
func scanIndex(name string, raw []byte) ([]indexLine, error) {
	bad := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	first, rest, ok := bytes.Cut(raw, []byte{'\n'})
	var h indexHeader
	if !ok || json.Unmarshal(first, &h) != nil || h.Format != indexFormat {
		return nil, bad(1, "not an awsexam history index")
	}
	if h.Schema != IndexSchema {
		return nil, bad(1, "schema %d, want %d", h.Schema, IndexSchema)
	}
	var lines []indexLine
	for n := 2; len(rest) > 0; n++ {
		body := rest
		line, next, ok := bytes.Cut(rest, []byte{'\n'})
		if !ok {
			return nil, bad(n, "cut short (no end of line)")
		}
		body = body[:len(line)+1]
		rest = next
		ended, tail, ok1 := bytes.Cut(line, []byte{'\t'})
		file, js, ok2 := bytes.Cut(tail, []byte{'\t'})
		if !ok1 || !ok2 || len(js) == 0 || js[0] != '{' {
			return nil, bad(n, "not ENDED<tab>FILE<tab>{...}")
		}
		if _, err := time.Parse(indexTime, string(ended)); err != nil || len(ended) != len(indexTime) {
			return nil, bad(n, "end time %q", ended)
		}
		if !attemptFileName(string(file)) {
			return nil, bad(n, "attempt file name %q", file)
		}
		lines = append(lines, indexLine{ended: string(ended), file: string(file), body: body, json: js, line: n})
	}
	return lines, nil
}

// attemptFileName tells whether name can be an attempt file in the
// attempts directory: a base name ending in .json, not hidden (a
// temporary file being written).
func attemptFileName(name string) bool {
	return strings.HasSuffix(name, ".json") && len(name) > len(".json") && !strings.HasPrefix(name, ".") &&
		!strings.ContainsAny(name, `/\`+"\t\n\x00") && filepath.Base(name) == name
}

// decodeIndexLine decodes one entry's figures and checks them: every
// count in range and adding up, one result per card, no control
// characters in any text.
func decodeIndexLine(name string, l indexLine) (exam.Summary, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, l.line, fmt.Sprintf(format, args...))
	}
	var e indexEntry
	if err := json.Unmarshal(l.json, &e); err != nil {
		return exam.Summary{}, bad("%v", err)
	}
	ended, _ := time.Parse(indexTime, l.ended)
	s := exam.Summary{ID: e.ID, File: l.file, Mode: e.Mode, Exam: e.Exam, Bank: e.Bank, Ended: ended,
		PassingScore: e.Passing, ScoreMin: e.Min, ScoreMax: e.Max}
	if e.ID == "" || len(e.Cards) == 0 || len(e.Results) != len(e.Cards) {
		return s, bad("id %q, %d cards, %d results", e.ID, len(e.Cards), len(e.Results))
	}
	texts := append([]string{e.ID, e.Mode, e.Exam, e.Bank}, e.Cards...)
	for _, d := range e.Domains {
		texts = append(texts, d.ID, d.Name)
	}
	for _, t := range texts {
		if r, ctl := bank.ControlRune(t); ctl {
			return s, bad("control character %U", r)
		}
	}
	sc := &s.Score
	sc.Total = len(e.Cards)
	s.Cards = make([]exam.CardResult, len(e.Cards))
	for i, id := range e.Cards {
		var st string
		switch e.Results[i] {
		case 'r':
			st = exam.StatusRight
			sc.Correct++
		case 'w':
			st = exam.StatusWrong
			sc.Wrong++
		case 's':
			st = exam.StatusSkipped
			sc.Skipped++
		default:
			return s, bad("result %q of card %d (want r, w or s)", e.Results[i], i+1)
		}
		s.Cards[i] = exam.CardResult{ID: id, Status: st}
	}
	var total, correct, skipped int
	for _, d := range e.Domains {
		if d.Total < 0 || d.Correct < 0 || d.Skipped < 0 || d.Correct+d.Skipped > d.Total || d.Weight < 0 || d.Weight > 100 {
			return s, bad("domain %q: %d correct and %d skipped of %d", d.ID, d.Correct, d.Skipped, d.Total)
		}
		total, correct, skipped = total+d.Total, correct+d.Correct, skipped+d.Skipped
		ds := exam.DomainScore{ID: d.ID, Name: d.Name, Weight: d.Weight, Total: d.Total, Correct: d.Correct, Skipped: d.Skipped}
		if d.Total > 0 {
			ds.Percent = exam.Percent(d.Correct, d.Total)
		}
		sc.Domains = append(sc.Domains, ds)
	}
	if total != sc.Total || correct != sc.Correct || skipped != sc.Skipped {
		return s, bad("the domains count %d questions (%d correct, %d skipped), the cards %d (%d, %d)", total, correct, skipped, sc.Total, sc.Correct, sc.Skipped)
	}
	lo, hi := e.Min, e.Max
	if hi <= lo {
		lo, hi = 100, 1000
	}
	sc.Scaled = exam.ScaledScore(sc.Correct, sc.Total, lo, hi)
	sc.Passed = sc.Scaled >= e.Passing
	return s, nil
}

// DecodeIndex reads a whole index, newest attempt first: the one decoder
// of the format (named name in errors).
func DecodeIndex(name string, raw []byte) ([]exam.Summary, error) {
	lines, err := scanIndex(name, raw)
	if err != nil {
		return nil, err
	}
	sortLines(lines)
	out := make([]exam.Summary, 0, len(lines))
	for _, l := range lines {
		s, err := decodeIndexLine(name, l)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// sortLines puts the newest attempt first (ties: the later file name).
func sortLines(lines []indexLine) {
	sort.SliceStable(lines, func(i, j int) bool {
		if lines[i].ended != lines[j].ended {
			return lines[i].ended > lines[j].ended
		}
		return lines[i].file > lines[j].file
	})
}

func (d Dir) indexPath() string { return filepath.Join(string(d), "index.jsonl") }

// attemptNames lists the names of the attempt files, unsorted, without
// reading or even stating them.
func (d Dir) attemptNames() ([]string, error) {
	f, err := os.Open(d.attempts())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	out := names[:0]
	for _, n := range names {
		if attemptFileName(n) {
			out = append(out, n)
		}
	}
	return out, nil
}

// appendIndex adds a saved attempt to the index with one write on a file
// opened for appending, synced: a reader sees the line whole or not at
// all, and a crash mid-write leaves a torn last line, which makes the next
// reader rebuild the index. A missing index is created with this entry
// alone: attempts saved before it existed are picked up when it is read.
func (d Dir) appendIndex(a *exam.Attempt, path string) error {
	s := a.Summarize(filepath.Base(path))
	line, err := encodeIndexLine(&s)
	if err != nil {
		return err
	}
	err = WriteNew(d.indexPath(), append(encodeIndexHeader(), line...))
	if !errors.Is(err, os.ErrExist) {
		return err
	}
	f, err := os.OpenFile(d.indexPath(), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("history index: %w", err)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return fmt.Errorf("history index %s: %w", d.indexPath(), ErrNotRegular)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return fmt.Errorf("history index: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("history index: %w", err)
	}
	return f.Close()
}

// IndexProblem is a warning about the index itself (rebuilt, or not
// saved), as opposed to an attempt file that could not be read.
type IndexProblem struct{ Msg string }

func (p *IndexProblem) Error() string { return p.Msg }

// History is what the index says of the saved attempts, newest first.
type History struct {
	lines []indexLine
	dir   Dir
}

// Len is the number of attempts.
func (h *History) Len() int { return len(h.lines) }

// Newest is the path of the newest attempt file ("" when there is none).
func (h *History) Newest() string {
	if len(h.lines) == 0 {
		return ""
	}
	return filepath.Join(h.dir.attempts(), h.lines[0].file)
}

// AttemptPath is the path of the attempt file a summary names.
func (d Dir) AttemptPath(s exam.Summary) string { return filepath.Join(d.attempts(), s.File) }

// Files are the paths of the attempt files, newest first.
func (h *History) Files() []string {
	out := make([]string, len(h.lines))
	for i, l := range h.lines {
		out[i] = filepath.Join(h.dir.attempts(), l.file)
	}
	return out
}

// Summaries decodes every entry, newest first. An entry that cannot be
// decoded makes the index damaged: Dir.Summaries rebuilds it.
func (h *History) Summaries() ([]exam.Summary, error) {
	out := make([]exam.Summary, 0, len(h.lines))
	for _, l := range h.lines {
		s, err := decodeIndexLine(h.dir.indexPath(), l)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// OpenHistory reads the index and brings it up to date with the attempts
// directory. Warnings (an attempt file that cannot be read, an index
// rebuilt) come back one each for the caller to show; err is only a
// cancelled ctx or a directory that cannot be listed.
//
// Whether the index is up to date is decided by file names alone: the
// directory's *.json names against the index's. That is enough because an
// attempt file is never rewritten once published (it is linked into place
// under a name of its own and only ever removed), so the same name means
// the same content. A name missing from the index (an attempt saved by an
// older awsexam, copied in by hand, or whose append lost a race with a
// rebuild) is decoded and added; an entry whose file is gone is dropped.
// Listing names costs no stat per file, so this stays cheap with
// thousands of attempts.
func (d Dir) OpenHistory(ctx context.Context) (*History, []error, error) {
	h, warns, err := d.openHistory(ctx, false)
	return h, warns, err
}

// Summaries is OpenHistory with every entry decoded, rebuilding the index
// if one of them is damaged.
func (d Dir) Summaries(ctx context.Context) ([]exam.Summary, []error, error) {
	h, warns, err := d.openHistory(ctx, true)
	if err != nil {
		return nil, warns, err
	}
	sums, err := h.Summaries()
	if err == nil {
		err = ctx.Err()
	}
	return sums, warns, err
}

func (d Dir) openHistory(ctx context.Context, decode bool) (*History, []error, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	names, err := d.attemptNames()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot list the attempts: %w", err)
	}
	var warns []error
	raw, err := ReadFile(d.indexPath(), maxIndexBytes)
	var lines []indexLine
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if len(names) == 0 {
			return &History{dir: d}, nil, nil
		}
		return d.rebuildIndex(ctx, names, fmt.Sprintf("no history index %s", d.indexPath()))
	case err != nil:
		return d.rebuildIndex(ctx, names, fmt.Sprintf("history index %v", err))
	}
	if lines, err = scanIndex(d.indexPath(), raw); err != nil {
		return d.rebuildIndex(ctx, names, fmt.Sprintf("damaged history index %v", err))
	}
	if decode {
		for _, l := range lines {
			if _, err := decodeIndexLine(d.indexPath(), l); err != nil {
				return d.rebuildIndex(ctx, names, fmt.Sprintf("damaged history index %v", err))
			}
		}
	}
	present := make(map[string]bool, len(names))
	for _, n := range names {
		present[n] = true
	}
	indexed := make(map[string]bool, len(lines))
	kept := lines[:0]
	changed := false
	for _, l := range lines {
		if !present[l.file] || indexed[l.file] {
			changed = true // its file is gone, or a second line for it
			continue
		}
		indexed[l.file] = true
		kept = append(kept, l)
	}
	lines = kept
	for _, n := range names {
		if indexed[n] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, warns, err
		}
		l, err := d.summaryLine(n)
		if err != nil {
			warns = append(warns, err)
			continue
		}
		lines = append(lines, l)
		changed = true
	}
	if changed {
		if err := d.writeIndex(lines); err != nil {
			warns = append(warns, err)
		}
	}
	sortLines(lines)
	return &History{lines: lines, dir: d}, warns, nil
}

// summaryLine reads one attempt file and makes its index line.
func (d Dir) summaryLine(name string) (indexLine, error) {
	path := filepath.Join(d.attempts(), name)
	a, err := ReadAttempt(path)
	if err != nil {
		return indexLine{}, err
	}
	s := a.Summarize(name)
	body, err := encodeIndexLine(&s)
	if err != nil {
		return indexLine{}, fmt.Errorf("%s: %w", path, err)
	}
	ls, err := scanIndex("", append(encodeIndexHeader(), body...))
	if err != nil || len(ls) != 1 {
		return indexLine{}, fmt.Errorf("%s: cannot index it (%v)", path, err)
	}
	// What the index could not read back is not put in it.
	if _, err := decodeIndexLine(path, ls[0]); err != nil {
		return indexLine{}, fmt.Errorf("%s: cannot index it (%v)", path, err)
	}
	return ls[0], nil
}

// rebuildIndex makes the index afresh from every attempt file and says so
// in one warning (besides one per attempt file that cannot be read).
func (d Dir) rebuildIndex(ctx context.Context, names []string, why string) (*History, []error, error) {
	sort.Strings(names)
	var warns []error
	lines := make([]indexLine, 0, len(names))
	for _, n := range names {
		if err := ctx.Err(); err != nil {
			return nil, warns, err
		}
		l, err := d.summaryLine(n)
		if err != nil {
			warns = append(warns, err)
			continue
		}
		lines = append(lines, l)
	}
	msg := fmt.Sprintf("%s; rebuilt it from %d attempt file%s", why, len(lines), plural(len(lines)))
	if err := d.writeIndex(lines); err != nil {
		msg = fmt.Sprintf("%s; read %d attempt file%s but %v", why, len(lines), plural(len(lines)), err)
	}
	warns = append([]error{&IndexProblem{msg}}, warns...)
	sortLines(lines)
	return &History{lines: lines, dir: d}, warns, nil
}

// writeIndex replaces the index atomically with these lines, copied as
// they stand.
func (d Dir) writeIndex(lines []indexLine) error {
	b := encodeIndexHeader()
	for _, l := range lines {
		b = append(b, l.body...)
	}
	if err := WriteAtomic(d.indexPath(), b); err != nil {
		return &IndexProblem{fmt.Sprintf("cannot update the history index: %v", err)}
	}
	return nil
}

// RemoveAttempt deletes a saved attempt's file and its index entry. The
// file goes first: a crash between the two leaves an entry whose file is
// gone, which the next reader drops. The warnings are those of reading
// the index again.
func (d Dir) RemoveAttempt(ctx context.Context, path string) ([]error, error) {
	if err := os.Remove(path); err != nil {
		return nil, fmt.Errorf("cannot remove the attempt: %w", err)
	}
	syncDir(d.attempts())
	_, warns, err := d.openHistory(ctx, false)
	return warns, err
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
