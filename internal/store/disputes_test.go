package store

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func sampleDispute(card string, kind DisputeKind) Dispute {
	return Dispute{Card: card, Source: "notes.txt:3", Bank: "built-in", Question: "질문", Key: "답", Kind: kind,
		Attempt: "20260102-030405-abcdef", Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func TestDisputesRoundTrip(t *testing.T) {
	dir := Dir(t.TempDir())
	if got, err := dir.Disputes(); err != nil || len(got) != 0 {
		t.Fatalf("no file: got %v, %v; want none", got, err)
	}
	a := sampleDispute("aaa111", DisputeKeyWrong)
	a.Text = "API 캐싱은 스테이지 설정"
	if _, err := dir.AddDispute(a); err != nil {
		t.Fatal(err)
	}
	if _, err := dir.AddDispute(sampleDispute("bbb222", DisputeUnclear)); err != nil {
		t.Fatal(err)
	}
	// The same card in the same attempt: the user changed their mind.
	if _, err := dir.AddDispute(sampleDispute("aaa111", DisputeTwoRight)); err != nil {
		t.Fatal(err)
	}
	got, err := dir.Disputes()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Card != "bbb222" || got[1].Card != "aaa111" || got[1].Kind != DisputeTwoRight {
		t.Fatalf("got %+v, want bbb222 then aaa111 (two_right)", got)
	}
	n, _, err := dir.RemoveDisputes("aaa111")
	if err != nil || n != 1 {
		t.Fatalf("remove: %d, %v; want 1", n, err)
	}
	if got, _ := dir.Disputes(); len(got) != 1 || got[0].Card != "bbb222" {
		t.Fatalf("after remove: %+v", got)
	}
}

func TestDisputesDecodeRefuses(t *testing.T) {
	for _, tc := range []struct{ name, raw, want string }{
		{"not JSON", "hello", "not an awsexam disputes file"},
		{"no schema", `{"disputes":[]}`, "no schema"},
		{"future schema", `{"schema":2,"disputes":[]}`, "schema 2"},
		{"no card", `{"schema":1,"disputes":[{"kind":"unclear"}]}`, "dispute 1 has no card id"},
		{"bad kind", `{"schema":1,"disputes":[{"card":"x","kind":"meh"}]}`, `unknown kind "meh"`},
		{"unknown field", `{"schema":1,"disputes":[],"extra":1}`, "unknown field"},
		{"trailing", `{"schema":1,"disputes":[]} {}`, "more after the end"},
	} {
		_, err := DecodeDisputes("d.json", []byte(tc.raw))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "d.json: ") {
			t.Errorf("%s: got %v, want d.json: …%s", tc.name, err, tc.want)
		}
	}
}

// A damaged disputes file is reported, applied as none, and never
// overwritten: a new dispute keeps it aside under a name of its own.
func TestDisputesDamagedFileIsKept(t *testing.T) {
	dir := Dir(t.TempDir())
	damaged := []byte(`{"schema":1,"disputes":[{"card":"x","kind":`)
	if err := os.WriteFile(dir.DisputesPath(), damaged, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := dir.Disputes()
	if err == nil || len(got) != 0 || !strings.Contains(err.Error(), dir.DisputesPath()) {
		t.Fatalf("got %v, %v; want no disputes and an error naming the file", got, err)
	}
	if raw, _ := os.ReadFile(dir.DisputesPath()); string(raw) != string(damaged) {
		t.Fatalf("reading changed the damaged file")
	}
	moved, err := dir.AddDispute(sampleDispute("aaa111", DisputeKeyWrong))
	if err != nil || moved == "" {
		t.Fatalf("add: moved %q, %v; want the damaged file moved aside", moved, err)
	}
	if raw, err := os.ReadFile(moved); err != nil || string(raw) != string(damaged) {
		t.Fatalf("the damaged file was not kept as %s: %q, %v", moved, raw, err)
	}
	if got, err := dir.Disputes(); err != nil || len(got) != 1 {
		t.Fatalf("after add: %v, %v; want the new dispute", got, err)
	}
}

// A file awsexam cannot use is never rewritten by a removal, and a file
// from a newer awsexam is never rewritten at all.
func TestDisputesNotOverwritten(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		add       bool
	}{
		{"damaged, remove", `{"schema":1,"disputes":[{"card":"x",`, false},
		{"newer, remove", `{"schema":2,"disputes":[{"card":"x","kind":"key_wrong","more":1}]}`, false},
		{"newer, add", `{"schema":2,"disputes":[{"card":"x","kind":"key_wrong","more":1}]}`, true},
	} {
		dir := Dir(t.TempDir())
		if err := os.WriteFile(dir.DisputesPath(), []byte(tc.raw), 0o644); err != nil {
			t.Fatal(err)
		}
		var err error
		if tc.add {
			_, err = dir.AddDispute(sampleDispute("aaa111", DisputeKeyWrong))
		} else {
			_, _, err = dir.RemoveDisputes("x")
		}
		if err == nil || !strings.Contains(err.Error(), "nothing was changed") {
			t.Errorf("%s: error %v, want one saying nothing was changed", tc.name, err)
		}
		if raw, _ := os.ReadFile(dir.DisputesPath()); string(raw) != tc.raw {
			t.Errorf("%s: the file was rewritten: %q", tc.name, raw)
		}
		if m, _ := filepath.Glob(dir.DisputesPath() + ".damaged-*"); len(m) > 0 {
			t.Errorf("%s: the file was moved aside: %v", tc.name, m)
		}
	}
}

// Two processes adding at once lose nothing: the lock serialises the
// read-change-write (goroutines with a lock file each take the flock as
// separate processes would).
func TestDisputesConcurrentAdds(t *testing.T) {
	dir := Dir(t.TempDir())
	const n = 40
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := dir.AddDispute(sampleDispute(strings.Repeat(string(rune('a'+i%26)), 3)+string(rune('0'+i/26)), DisputeUnclear))
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	got, err := dir.Disputes()
	if err != nil || len(got) != n {
		t.Fatalf("got %d disputes, %v; want %d", len(got), err, n)
	}
	if left, _ := filepath.Glob(filepath.Join(string(dir), ".disputes.json.*.tmp")); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestLatestPerCard(t *testing.T) {
	a := sampleDispute("aaa", DisputeKeyWrong)
	b := sampleDispute("bbb", DisputeUnclear)
	a2 := sampleDispute("aaa", DisputeTwoRight)
	a2.Attempt, a2.Time = "other", a.Time.Add(time.Hour)
	got := LatestPerCard([]Dispute{a, b, a2})
	if len(got) != 2 || got[0].Card != "aaa" || got[0].Kind != DisputeTwoRight || got[1].Card != "bbb" {
		t.Errorf("got %+v, want aaa (two_right), bbb", got)
	}
	q := DisputedQuestions([]Dispute{a, b, a2})
	if !q["20260102-030405-abcdef"]["aaa"] || !q["other"]["aaa"] || q["other"]["bbb"] {
		t.Errorf("disputed questions %v", q)
	}
}

// FuzzDecodeDisputes: a disputes file of any content is read or refused,
// never panics, and one that is read encodes and reads back the same.
func FuzzDecodeDisputes(f *testing.F) {
	good, _ := EncodeDisputes([]Dispute{sampleDispute("aaa111", DisputeKeyWrong)})
	f.Add(good)
	f.Add([]byte(`{"schema":1,"disputes":[]}`))
	f.Add([]byte(`{"schema":1,"disputes":[{"card":"x","kind":"unclear","time":"bad"}]}`))
	f.Add([]byte(`{"schema":1,"disputes":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := DecodeDisputes("d.json", data)
		if err != nil {
			return
		}
		raw, err := EncodeDisputes(list)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeDisputes("d.json", raw)
		if err != nil || len(again) != len(list) {
			t.Fatalf("read back %d, %v; want %d", len(again), err, len(list))
		}
	})
}
