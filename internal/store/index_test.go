package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

// savedHome is a data directory with n attempts saved the ordinary way
// (each appended to the index).
func savedHome(t testing.TB, n int) Dir {
	t.Helper()
	dir := Dir(t.TempDir())
	for i := range n {
		a := sampleAttempt("20260101-00000" + string(rune('0'+i)) + "-aaaaaa")
		a.Ended = time.Date(2026, 1, 1, 0, 0, i, 0, time.UTC)
		if _, err := dir.SaveAttempt(a); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func summaries(t *testing.T, dir Dir) ([]exam.Summary, []error) {
	t.Helper()
	sums, warns, err := dir.Summaries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sums, warns
}

func TestIndexRoundTrip(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/timedout-mock.json")
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseAttempt("timedout-mock.json", raw)
	if err != nil {
		t.Fatal(err)
	}
	b := sampleAttempt("20260101-000000-bbbbbb")
	b.Ended = a.Ended.Add(time.Hour)
	want := []exam.Summary{b.Summarize("b.json"), a.Summarize("a.json")} // newest first
	enc, err := EncodeIndex([]exam.Summary{want[1], want[0]})
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeIndex("index.jsonl", enc)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		want[i].Ended = want[i].Ended.UTC()
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
	if sc := got[1].Score; sc.Wrong != 5 || sc.Skipped != 60 || sc.Correct != 0 {
		t.Errorf("timed-out mock: %d wrong, %d skipped, %d correct; want 5, 60, 0", sc.Wrong, sc.Skipped, sc.Correct)
	}
}

func TestIndexAppendedOnSave(t *testing.T) {
	dir := savedHome(t, 3)
	sums, warns := summaries(t, dir)
	if len(warns) != 0 {
		t.Errorf("warnings %v, want none: the saves kept the index", warns)
	}
	if len(sums) != 3 || sums[0].Ended.Second() != 2 {
		t.Fatalf("%d summaries, newest %v; want 3, the newest first", len(sums), sums)
	}
	raw, _ := os.ReadFile(dir.indexPath())
	if n := strings.Count(string(raw), "\n"); n != 4 {
		t.Errorf("index has %d lines, want a header and 3 entries:\n%s", n, raw)
	}
}

func TestConcurrentSavesKeepTheIndex(t *testing.T) {
	dir := Dir(t.TempDir())
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := dir.SaveAttempt(sampleAttempt("20260101-000000-cccccc")); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	raw, _ := os.ReadFile(dir.indexPath())
	lines, err := scanIndex("index", raw)
	if err != nil || len(lines) != 8 {
		t.Errorf("index: %d entries, %v; want 8 whole lines:\n%s", len(lines), err, raw)
	}
}

// edit replaces the first old in a file by new, or fails the test.
func edit(path, old, new string) {
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), old) {
		panic(fmt.Sprintf("%s has no %q:\n%s", path, old, raw))
	}
	os.WriteFile(path, []byte(strings.Replace(string(raw), old, new, 1)), 0o644)
}

// TestIndexRebuilt: an index deleted, cut short or garbled is rebuilt from
// the attempt files with one warning, and the next read has none.
func TestIndexRebuilt(t *testing.T) {
	for name, damage := range map[string]func(path string){
		"deleted":     func(p string) { os.Remove(p) },
		"torn":        func(p string) { raw, _ := os.ReadFile(p); os.WriteFile(p, raw[:len(raw)-20], 0o644) },
		"empty":       func(p string) { os.WriteFile(p, nil, 0o644) },
		"schema 0":    func(p string) { edit(p, `"schema":1`, `"schema":0`) },
		"bad result":  func(p string) { edit(p, "\tr\n", "\tx\n") },
		"bad counts":  func(p string) { edit(p, "\t1\t1\t0\t", "\t1\t7\t0\t") },
		"bad number":  func(p string) { edit(p, "\tsecurity\t0\t", "\tsecurity\tx\t") },
		"a field cut": func(p string) { edit(p, "\t1\t1\t0\t", "\t1\t1\t") },
		"garbage":     func(p string) { os.WriteFile(p, []byte("\x00\xff{not json\n"), 0o644) },
		"directory":   func(p string) { os.Remove(p); os.Mkdir(p, 0o755) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := savedHome(t, 3)
			damage(dir.indexPath())
			sums, warns := summaries(t, dir)
			if len(sums) != 3 {
				t.Errorf("%d summaries after the rebuild, want 3", len(sums))
			}
			if len(warns) != 1 || !strings.Contains(warns[0].Error(), " 3 attempt files") {
				t.Errorf("warnings %q, want one saying the index was rebuilt", warns)
			}
			if name == "directory" {
				return // it cannot be replaced: rebuilt every time, said every time
			}
			if _, warns := summaries(t, dir); len(warns) != 0 {
				t.Errorf("second read: warnings %q, want none", warns)
			}
		})
	}
}

// TestDecodeIndexSchema: the index's decoder refuses an index of a newer
// schema with a message saying to update awsexam, and calls any other
// schema but its own damage.
func TestDecodeIndexSchema(t *testing.T) {
	enc, err := EncodeIndex([]exam.Summary{sampleAttempt("20260101-000000-aaaaaa").Summarize("a.json")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(enc), `{"schema":1,`) {
		t.Fatalf("the index starts %.40q, want its schema 1", enc)
	}
	tests := []struct {
		schema string
		want   string
	}{
		{"2", "index.jsonl: history index schema 2 is from a newer awsexam (this one reads schema 1): update awsexam"},
		{"0", "index.jsonl:1: schema 0, want 1"},
	}
	for _, tt := range tests {
		raw := strings.Replace(string(enc), `"schema":1`, `"schema":`+tt.schema, 1)
		if _, err := DecodeIndex("index.jsonl", []byte(raw)); err == nil || err.Error() != tt.want {
			t.Errorf("schema %s: error %v, want %q", tt.schema, err, tt.want)
		}
	}
}

// TestIndexOfANewerAwsexam: an index written by a newer awsexam is never
// rewritten or appended to; the history is read from the attempt files
// instead, with a warning saying to update awsexam every time.
func TestIndexOfANewerAwsexam(t *testing.T) {
	dir := savedHome(t, 3)
	edit(dir.indexPath(), `"schema":1`, `"schema":2`)
	newer, _ := os.ReadFile(dir.indexPath())
	check := func(when string, want int) {
		t.Helper()
		sums, warns := summaries(t, dir)
		if len(sums) != want {
			t.Errorf("%s: %d summaries, want %d", when, len(sums), want)
		}
		if len(warns) != 1 || !strings.Contains(warns[0].Error(), "newer awsexam") || !strings.Contains(warns[0].Error(), "update awsexam") {
			t.Errorf("%s: warnings %q, want one saying to update awsexam", when, warns)
		}
		if raw, _ := os.ReadFile(dir.indexPath()); string(raw) != string(newer) {
			t.Errorf("%s: the newer index was rewritten:\n%s", when, raw)
		}
	}
	check("first read", 3)
	check("second read", 3)
	a := sampleAttempt("20260101-000009-bbbbbb")
	if _, err := dir.SaveAttempt(a); err != nil {
		t.Fatal(err)
	}
	check("after a save", 4)
	if _, _, err := dir.OpenHistory(context.Background()); err != nil {
		t.Fatal(err)
	}
	check("after OpenHistory", 4)
}

// TestIndexFollowsTheDirectory: an attempt file added behind the index's
// back is picked up, one removed is dropped, both without a warning.
func TestIndexFollowsTheDirectory(t *testing.T) {
	dir := savedHome(t, 2)
	raw, err := os.ReadFile("../../testdata/timedout-mock.json")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir.attempts(), "copied-in.json"), raw, 0o644)
	sums, warns := summaries(t, dir)
	if len(warns) != 0 || len(sums) != 3 {
		t.Fatalf("%d summaries, warnings %q; want 3, none", len(sums), warns)
	}
	found := false
	for _, s := range sums {
		if s.File == "copied-in.json" && s.Score.Skipped == 60 {
			found = true
		}
	}
	if !found {
		t.Errorf("the attempt copied in is not in the history: %+v", sums)
	}
	idx, _ := os.ReadFile(dir.indexPath())
	if !strings.Contains(string(idx), "\tcopied-in.json\t") {
		t.Errorf("the index was not brought up to date:\n%s", idx)
	}
	os.Remove(filepath.Join(dir.attempts(), sums[len(sums)-1].File))
	sums, warns = summaries(t, dir)
	if len(warns) != 0 || len(sums) != 2 {
		t.Errorf("after a removal: %d summaries, warnings %q; want 2, none", len(sums), warns)
	}
	h, _, err := dir.OpenHistory(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if got := filepath.Base(h.Newest()); got != "copied-in.json" {
		t.Errorf("newest %s, want copied-in.json (ended 2026-11-20)", got)
	}
}

func TestRemoveAttempt(t *testing.T) {
	dir := savedHome(t, 3)
	sums, _ := summaries(t, dir)
	warns, err := dir.RemoveAttempt(context.Background(), dir.AttemptPath(sums[1]))
	if err != nil || len(warns) != 0 {
		t.Fatalf("remove: %v, warnings %q", err, warns)
	}
	raw, _ := os.ReadFile(dir.indexPath())
	if strings.Contains(string(raw), sums[1].File) {
		t.Errorf("the index still names the removed attempt:\n%s", raw)
	}
	if after, _ := summaries(t, dir); len(after) != 2 {
		t.Errorf("%d attempts after removing one of 3", len(after))
	}
}

func FuzzDecodeIndex(f *testing.F) {
	raw, err := os.ReadFile("../../testdata/timedout-mock.json")
	if err != nil {
		f.Fatal(err)
	}
	a, err := ParseAttempt("a.json", raw)
	if err != nil {
		f.Fatal(err)
	}
	enc, err := EncodeIndex([]exam.Summary{a.Summarize("a.json"), sampleAttempt("x").Summarize("x.json")})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add(enc[:len(enc)-9])
	f.Add([]byte(`{"schema":1,"format":"awsexam history index"}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sums, err := DecodeIndex("index.jsonl", data)
		if err != nil {
			return
		}
		// What decodes encodes again to the same summaries, and the
		// counts add up.
		again, err := EncodeIndex(sums)
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		back, err := DecodeIndex("index.jsonl", again)
		if err != nil || !reflect.DeepEqual(back, sums) {
			t.Fatalf("round trip: %v", err)
		}
		for _, s := range sums {
			if sc := s.Score; sc.Correct+sc.Wrong+sc.Skipped != sc.Total || len(s.Cards) != sc.Total {
				t.Fatalf("counts %+v of %d cards", sc, len(s.Cards))
			}
		}
		leitnerCheck(t, sums)
	})
}

// leitnerCheck replays decoded summaries into boxes: never out of range.
func leitnerCheck(t *testing.T, sums []exam.Summary) {
	for id, r := range exam.LeitnerOf(sums) {
		if r.Box < exam.FirstBox || r.Box > exam.LastBox {
			t.Fatalf("card %s in box %d", id, r.Box)
		}
	}
}
