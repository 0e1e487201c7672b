package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
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

// An entry is one line of tab-separated fields:
//
//	ENDED FILE ID MODE EXAM BANK PASSING MIN MAX N {DOMAIN NAME WEIGHT TOTAL CORRECT SKIPPED}×N CARDS RESULTS
//
// ENDED is the end time in indexTime, FILE the attempt file's base name,
// N the number of domains, each with its six fields; CARDS are the card
// ids in question order separated by spaces, RESULTS one letter per card:
// r right, w wrong (answered wrong), s skipped. In every text field a
// backslash, tab, line break or space is written \\, \t, \n or \s.
// Percentages and the scaled score are not kept: they are computed from
// the counts. Plain text rather than JSON: ten thousand entries decode in
// a fraction of the time, and history must stay quick with years of
// attempts.
const entryFixed = 12 // the fields besides the domains'

var (
	fieldEscaper   = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, " ", `\s`)
	fieldUnescaper = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n", `\s`, " ")
)

var statusLetter = map[string]byte{exam.StatusRight: 'r', exam.StatusWrong: 'w', exam.StatusSkipped: 's'}

// indexLine is one entry as it stands in the file. The end time and file
// name are read for every entry; the rest only when the figures are
// wanted.
type indexLine struct {
	ended string
	file  string
	body  []byte // the whole line with its newline, to write back as is
	line  int
	sum   *exam.Summary // decoded, once checked
}

// encodeIndexLine writes one summary as an index line.
func encodeIndexLine(s *exam.Summary) ([]byte, error) {
	var b strings.Builder
	field := func(t string) {
		b.WriteByte('\t')
		b.WriteString(fieldEscaper.Replace(t))
	}
	num := func(n int) { field(strconv.Itoa(n)) }
	b.WriteString(s.Ended.UTC().Format(indexTime))
	field(s.File)
	field(s.ID)
	field(s.Mode)
	field(s.Exam)
	field(s.Bank)
	num(s.PassingScore)
	num(s.ScoreMin)
	num(s.ScoreMax)
	num(len(s.Score.Domains))
	for _, d := range s.Score.Domains {
		field(d.ID)
		field(d.Name)
		num(d.Weight)
		num(d.Total)
		num(d.Correct)
		num(d.Skipped)
	}
	results := make([]byte, len(s.Cards))
	b.WriteByte('\t')
	for i, c := range s.Cards {
		if c.ID == "" {
			return nil, fmt.Errorf("card %d: no id", i+1)
		}
		l, ok := statusLetter[c.Status]
		if !ok {
			return nil, fmt.Errorf("card %s: status %q", c.ID, c.Status)
		}
		results[i] = l
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(fieldEscaper.Replace(c.ID))
	}
	field(string(results))
	b.WriteByte('\n')
	return []byte(b.String()), nil
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

// scanIndex checks the header and the start of every line (end time,
// file name) without decoding the rest. A last line cut short (a crash
// while appending) is damage like any other.
func scanIndex(name string, raw []byte) ([]indexLine, error) {
	bad := func(line int, format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...))
	}
	first, rest, ok := bytes.Cut(raw, []byte{'\n'})
	var h indexHeader
	if !ok || json.Unmarshal(first, &h) != nil || h.Format != indexFormat {
		return nil, bad(1, "not an awsexam history index")
	}
	if h.Schema > IndexSchema {
		return nil, newerIndex(name, h.Schema)
	}
	if h.Schema != IndexSchema {
		return nil, bad(1, "schema %d, want %d", h.Schema, IndexSchema)
	}
	var lines []indexLine
	for n := 2; len(rest) > 0; n++ {
		line, next, ok := bytes.Cut(rest, []byte{'\n'})
		if !ok {
			return nil, bad(n, "cut short (no end of line)")
		}
		body := rest[:len(line)+1]
		rest = next
		ended, tail, ok1 := bytes.Cut(line, []byte{'\t'})
		file, _, ok2 := bytes.Cut(tail, []byte{'\t'})
		if !ok1 || !ok2 {
			return nil, bad(n, "not ENDED<tab>FILE<tab>...")
		}
		if _, err := time.Parse(indexTime, string(ended)); err != nil || len(ended) != len(indexTime) {
			return nil, bad(n, "end time %q", ended)
		}
		name := fieldUnescaper.Replace(string(file))
		if !attemptFileName(name) {
			return nil, bad(n, "attempt file name %q", name)
		}
		lines = append(lines, indexLine{ended: string(ended), file: name, body: body, line: n})
	}
	return lines, nil
}

// newerIndex refuses the index of a newer awsexam: this one can neither
// read it nor may it overwrite it.
func newerIndex(name string, schema int) error {
	return &newerSchemaError{fmt.Sprintf("%s: history index schema %d is from a newer awsexam (this one reads schema %d): update awsexam", name, schema, IndexSchema)}
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
	f := strings.Split(strings.TrimSuffix(string(l.body), "\n"), "\t")
	if len(f) < entryFixed {
		return exam.Summary{}, bad("%d fields, want at least %d", len(f), entryFixed)
	}
	var numErr error
	num := func(t string, lo, hi int) int {
		n, err := strconv.Atoi(t)
		if err != nil || n < lo || n > hi {
			numErr = cmp.Or(numErr, fmt.Errorf("%q is not a number from %d to %d", t, lo, hi))
		}
		return n
	}
	text := func(t string) string {
		if strings.IndexByte(t, '\\') >= 0 {
			return fieldUnescaper.Replace(t)
		}
		return t
	}
	ended, _ := time.Parse(indexTime, l.ended)
	const big = 1 << 30
	s := exam.Summary{ID: text(f[2]), File: l.file, Mode: text(f[3]), Exam: text(f[4]), Bank: text(f[5]), Ended: ended,
		PassingScore: num(f[6], -big, big), ScoreMin: num(f[7], -big, big), ScoreMax: num(f[8], -big, big)}
	nd := num(f[9], 0, 1000)
	if numErr != nil {
		return s, bad("%v", numErr)
	}
	if len(f) != entryFixed+6*nd {
		return s, bad("%d fields for %d domains, want %d", len(f), nd, entryFixed+6*nd)
	}
	texts := []string{s.ID, s.Mode, s.Exam, s.Bank}
	sc := &s.Score
	for k := range nd {
		d := f[10+6*k : 16+6*k]
		ds := exam.DomainScore{ID: text(d[0]), Name: text(d[1]), Weight: num(d[2], 0, 100), Total: num(d[3], 0, big),
			Correct: num(d[4], 0, big), Skipped: num(d[5], 0, big)}
		if numErr != nil {
			return s, bad("domain %d: %v", k+1, numErr)
		}
		if ds.Correct+ds.Skipped > ds.Total {
			return s, bad("domain %q: %d correct and %d skipped of %d", ds.ID, ds.Correct, ds.Skipped, ds.Total)
		}
		if ds.Total > 0 {
			ds.Percent = exam.Percent(ds.Correct, ds.Total)
		}
		texts = append(texts, ds.ID, ds.Name)
		sc.Domains = append(sc.Domains, ds)
	}
	for _, t := range texts {
		if r, ctl := bank.ControlRune(t); ctl {
			return s, bad("control character %U", r)
		}
	}
	cards, results := f[len(f)-2], f[len(f)-1]
	ids := strings.Split(cards, " ")
	if s.ID == "" || cards == "" || len(results) != len(ids) {
		return s, bad("id %q, %d cards, %d results", s.ID, len(ids), len(results))
	}
	sc.Total = len(ids)
	s.Cards = make([]exam.CardResult, len(ids))
	for i, id := range ids {
		id = text(id)
		if id == "" {
			return s, bad("card %d has no id", i+1)
		}
		if r, ctl := bank.ControlRune(id); ctl {
			return s, bad("control character %U", r)
		}
		var st string
		switch results[i] {
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
			return s, bad("result %q of card %d (want r, w or s)", results[i], i+1)
		}
		s.Cards[i] = exam.CardResult{ID: id, Status: st}
	}
	var total, correct, skipped int
	for _, d := range sc.Domains {
		total, correct, skipped = total+d.Total, correct+d.Correct, skipped+d.Skipped
	}
	if total != sc.Total || correct != sc.Correct || skipped != sc.Skipped {
		return s, bad("the domains count %d questions (%d correct, %d skipped), the cards %d (%d, %d)", total, correct, skipped, sc.Total, sc.Correct, sc.Skipped)
	}
	sc.Scale(s.ScoreMin, s.ScoreMax, s.PassingScore)
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
	f, err := os.OpenFile(d.indexPath(), os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("history index: %w", err)
	}
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return fmt.Errorf("history index %s: %w", d.indexPath(), ErrNotRegular)
	}
	// A newer awsexam's index is left as it is: that awsexam adds the
	// attempt when it finds the file missing from its index.
	head := make([]byte, 256)
	n, _ := f.ReadAt(head, 0)
	first, _, _ := bytes.Cut(head[:n], []byte{'\n'})
	var h indexHeader
	if json.Unmarshal(first, &h) == nil && h.Format == indexFormat && h.Schema > IndexSchema {
		f.Close()
		return newerIndex(d.indexPath(), h.Schema)
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
		if l.sum != nil {
			out = append(out, *l.sum)
			continue
		}
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
		var newer *newerSchemaError
		if errors.As(err, &newer) {
			return d.readWithoutIndex(ctx, names, err)
		}
		return d.rebuildIndex(ctx, names, fmt.Sprintf("damaged history index %v", err))
	}
	if decode {
		if err := decodeLines(d.indexPath(), lines); err != nil {
			return d.rebuildIndex(ctx, names, fmt.Sprintf("damaged history index %v", err))
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
	var missing []string
	for _, n := range names {
		if !indexed[n] {
			missing = append(missing, n)
		}
	}
	added, addWarns, err := d.summaryLines(ctx, missing)
	warns = append(warns, addWarns...)
	if err != nil {
		return nil, warns, err
	}
	if len(added) > 0 {
		lines = append(lines, added...)
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

// decodeLines decodes every line's figures (in parallel: ten thousand
// attempts are some 13 MB of JSON) and keeps them in the lines.
func decodeLines(name string, lines []indexLine) error {
	workers := min(runtime.GOMAXPROCS(0), 1+len(lines)/500)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(lines); i += workers {
				s, err := decodeIndexLine(name, lines[i])
				if err != nil {
					errs[w] = err
					return
				}
				lines[i].sum = &s
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// summaryLines reads attempt files on every core and makes their index
// lines, in the order of names; a file that cannot be read is a warning.
func (d Dir) summaryLines(ctx context.Context, names []string) ([]indexLine, []error, error) {
	lines := make([]indexLine, len(names))
	errs := make([]error, len(names))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(names) || ctx.Err() != nil {
					return
				}
				lines[i], errs[i] = d.summaryLine(names[i])
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	var warns []error
	out := lines[:0]
	for i := range lines {
		if errs[i] != nil {
			warns = append(warns, errs[i])
			continue
		}
		out = append(out, lines[i])
	}
	return out, warns, nil
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
	sum, err := decodeIndexLine(path, ls[0])
	if err != nil {
		return indexLine{}, fmt.Errorf("%s: cannot index it (%v)", path, err)
	}
	ls[0].sum = &sum
	return ls[0], nil
}

// rebuildIndex makes the index afresh from every attempt file and says so
// in one warning (besides one per attempt file that cannot be read).
func (d Dir) rebuildIndex(ctx context.Context, names []string, why string) (*History, []error, error) {
	sort.Strings(names)
	lines, warns, err := d.summaryLines(ctx, names)
	if err != nil {
		return nil, warns, err
	}
	msg := fmt.Sprintf("%s; rebuilt it from %d attempt file%s", why, len(lines), plural(len(lines)))
	if err := d.writeIndex(lines); err != nil {
		msg = fmt.Sprintf("%s; read %d attempt file%s but %v", why, len(lines), plural(len(lines)), err)
	}
	warns = append([]error{&IndexProblem{msg}}, warns...)
	sortLines(lines)
	return &History{lines: lines, dir: d}, warns, nil
}

// readWithoutIndex reads every attempt file when the index is a newer
// awsexam's (why): the history as rebuildIndex makes it, but the index is
// not replaced, and the warning says so every time.
func (d Dir) readWithoutIndex(ctx context.Context, names []string, why error) (*History, []error, error) {
	sort.Strings(names)
	lines, warns, err := d.summaryLines(ctx, names)
	if err != nil {
		return nil, warns, err
	}
	msg := fmt.Sprintf("%v; read %d attempt file%s instead and left the index as it is", why, len(lines), plural(len(lines)))
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
