package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// DisputeSchema is the version of the disputes file; DecodeDisputes
// refuses any other, EncodeDisputes writes it.
const DisputeSchema = 1

// DisputeKind is what the user thinks is wrong with a card.
type DisputeKind string

const (
	DisputeKeyWrong DisputeKind = "key_wrong" // the key is wrong
	DisputeTwoRight DisputeKind = "two_right" // two options are right
	DisputeUnclear  DisputeKind = "unclear"   // the question is unclear
)

// DisputeKinds lists the kinds in the order a screen offers them.
var DisputeKinds = []DisputeKind{DisputeKeyWrong, DisputeTwoRight, DisputeUnclear}

// Words says the kind for people.
func (k DisputeKind) Words() string {
	switch k {
	case DisputeKeyWrong:
		return "the key is wrong"
	case DisputeTwoRight:
		return "two options are right"
	case DisputeUnclear:
		return "the question is unclear"
	}
	return string(k)
}

func knownKind(k DisputeKind) bool {
	for _, have := range DisputeKinds {
		if k == have {
			return true
		}
	}
	return false
}

// Dispute is the user saying a card's key cannot be right: the card as it
// was asked, what they think is wrong, and where they said so.
type Dispute struct {
	Card     string      `json:"card"`
	Source   string      `json:"source"` // the card's FILE:LINE
	Bank     string      `json:"bank"`
	Question string      `json:"question"`
	Key      string      `json:"key"` // the key as asked
	Kind     DisputeKind `json:"kind"`
	Text     string      `json:"text,omitempty"`
	Attempt  string      `json:"attempt,omitempty"` // the attempt it was asked in
	Time     time.Time   `json:"time"`
}

// maxDisputeBytes bounds the disputes file: thousands of disputes are a
// few hundred KiB.
const maxDisputeBytes = 16 << 20

// disputesFile is the file's shape.
type disputesFile struct {
	Schema   int       `json:"schema"`
	Disputes []Dispute `json:"disputes"`
}

// EncodeDisputes writes disputes as the disputes file, schema first.
func EncodeDisputes(disputes []Dispute) ([]byte, error) {
	if disputes == nil {
		disputes = []Dispute{}
	}
	raw, err := json.MarshalIndent(disputesFile{Schema: DisputeSchema, Disputes: disputes}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(raw, '\n'), nil
}

// DecodeDisputes reads a disputes file's bytes (named path in errors) and
// checks every dispute in it: a card id, a known kind.
func DecodeDisputes(path string, raw []byte) ([]Dispute, error) {
	var f struct {
		Schema   *int      `json:"schema"`
		Disputes []Dispute `json:"disputes"`
	}
	// The schema first, leniently: a newer file may have fields this
	// awsexam does not know, and must be told apart from a damaged one.
	var head struct {
		Schema int `json:"schema"`
	}
	if json.Unmarshal(raw, &head) == nil && head.Schema > DisputeSchema {
		return nil, &newerSchemaError{fmt.Sprintf("%s: disputes file schema %d is from a newer awsexam (this one reads schema %d): update awsexam", path, head.Schema, DisputeSchema)}
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, errorf("store.disputes_file", path, err.Error())
	}
	if dec.More() {
		return nil, errorf("store.disputes_file", path, msgWord("store.more_after_end"))
	}
	switch {
	case f.Schema == nil:
		return nil, errorf("store.disputes_file", path, msgWord("store.no_schema"))
	case *f.Schema > DisputeSchema:
		return nil, &newerSchemaError{fmt.Sprintf("%s: disputes file schema %d is from a newer awsexam (this one reads schema %d): update awsexam", path, *f.Schema, DisputeSchema)}
	case *f.Schema != DisputeSchema:
		return nil, errorf("store.disputes_schema", path, strconv.Itoa(*f.Schema), strconv.Itoa(DisputeSchema))
	}
	for i, d := range f.Disputes {
		switch {
		case d.Card == "":
			return nil, errorf("store.dispute_no_card", path, strconv.Itoa(i+1))
		case !knownKind(d.Kind):
			return nil, errorf("store.dispute_kind", path, strconv.Itoa(i+1), d.Card, string(d.Kind))
		}
	}
	return f.Disputes, nil
}

// newerSchemaError is a file written by a newer awsexam: this one must
// neither read it as empty nor overwrite it.
type newerSchemaError struct{ msg string }

func (e *newerSchemaError) Error() string { return e.msg }

// DisputesPath is where the user's disputes are kept.
func (d Dir) DisputesPath() string { return filepath.Join(string(d), "disputes.json") }

// Disputes reads the user's disputes, oldest first. No file is no
// disputes. A damaged file comes back as no disputes and an error naming
// it, for the caller to warn about; it is left in place.
func (d Dir) Disputes() ([]Dispute, error) {
	raw, err := ReadFile(d.DisputesPath(), maxDisputeBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, errorf("store.disputes_left", err)
	}
	out, err := DecodeDisputes(d.DisputesPath(), raw)
	if err != nil {
		return nil, errorf("store.disputes_left", err)
	}
	return out, nil
}

// updateDisputes changes the disputes file under the data directory's
// disputes lock: read, change, write atomically, so two processes never
// lose each other's disputes. A damaged file is not overwritten: it is
// kept beside under a name of its own, which moved names.
//
// Only adding keeps a damaged file aside (the user's new dispute must be
// kept somewhere); removing from a file that cannot be read changes
// nothing. A file from a newer awsexam is never touched.
func (d Dir) updateDisputes(change func([]Dispute) []Dispute, setAside bool) (moved string, err error) {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return "", errorf("store.disputes_dir", err)
	}
	unlock, err := lockPath(d.DisputesPath() + ".lock")
	if err != nil {
		return "", err
	}
	defer unlock()
	path := d.DisputesPath()
	var list []Dispute
	raw, err := ReadFile(path, maxDisputeBytes)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = nil
	case err == nil:
		list, err = DecodeDisputes(path, raw)
	}
	if err != nil {
		var newer *newerSchemaError
		switch {
		case errors.Is(err, ErrNotRegular):
			return "", errorf("store.disputes_move", err)
		case errors.As(err, &newer):
			return "", errorf("store.disputes_unchanged", err)
		case !setAside:
			return "", errorf("store.disputes_unchanged_fix", err)
		}
		moved = fmt.Sprintf("%s.damaged-%s", path, time.Now().UTC().Format("20060102-150405"))
		if rerr := os.Rename(path, moved); rerr != nil {
			return "", errorf("store.disputes_stuck", err, rerr.Error())
		}
		list = nil
	}
	out, err := EncodeDisputes(change(list))
	if err != nil {
		return moved, err
	}
	return moved, WriteAtomic(path, out)
}

// AddDispute records a dispute. One from the same attempt about the same
// card replaces the earlier one (the user changed their mind). moved is
// set when a damaged disputes file had to be kept aside under that name.
func (d Dir) AddDispute(x Dispute) (moved string, err error) {
	if x.Card == "" || !knownKind(x.Kind) {
		return "", fmt.Errorf("a dispute needs a card and a kind (card %q, kind %q)", x.Card, x.Kind)
	}
	return d.updateDisputes(func(list []Dispute) []Dispute {
		out := list[:0:0]
		for _, have := range list {
			if have.Card != x.Card || have.Attempt != x.Attempt {
				out = append(out, have)
			}
		}
		return append(out, x)
	}, true)
}

// RemoveDisputes deletes every dispute of the card id; n is how many.
func (d Dir) RemoveDisputes(card string) (n int, moved string, err error) {
	moved, err = d.updateDisputes(func(list []Dispute) []Dispute {
		out := list[:0:0]
		for _, have := range list {
			if have.Card == card {
				n++
				continue
			}
			out = append(out, have)
		}
		return out
	}, false)
	return n, moved, err
}

// DisputedCards is the set of card ids the disputes name.
func DisputedCards(disputes []Dispute) map[string]bool {
	out := map[string]bool{}
	for _, x := range disputes {
		out[x.Card] = true
	}
	return out
}

// LatestPerCard keeps each card's latest dispute, in card order of first
// dispute: what an export of the disputes gives.
func LatestPerCard(disputes []Dispute) []Dispute {
	idx := map[string]int{}
	var out []Dispute
	for _, x := range disputes {
		if i, ok := idx[x.Card]; ok {
			if !x.Time.Before(out[i].Time) {
				out[i] = x
			}
			continue
		}
		idx[x.Card] = len(out)
		out = append(out, x)
	}
	return out
}

// DisputedQuestions says which questions of which attempts are disputed:
// attempt id → card ids.
func DisputedQuestions(disputes []Dispute) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, x := range disputes {
		if x.Attempt == "" {
			continue
		}
		if out[x.Attempt] == nil {
			out[x.Attempt] = map[string]bool{}
		}
		out[x.Attempt][x.Card] = true
	}
	return out
}

// lockWait is how long a process waits for another's hold on the
// disputes: a read, a change and a write take milliseconds.
const lockWait = 10 * time.Second

// lockPath takes an exclusive lock on the lock file at path, waiting for
// another process to let it go; the returned function releases it. On a
// file system without locks it goes on unguarded.
func lockPath(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, errorf("store.disputes", err)
	}
	deadline := time.Now().Add(lockWait)
	for {
		err := lockFile(f)
		if err == nil || !errors.Is(err, errWouldBlock) {
			return func() { f.Close() }, nil
		}
		if time.Now().After(deadline) {
			f.Close()
			return nil, errorf("store.disputes_locked", lockWait.String(), path)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
