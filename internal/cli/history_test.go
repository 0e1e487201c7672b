package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

// timedOutHome is a data directory holding one mock that ran out of time
// after 5 questions answered wrong, 60 never answered.
func timedOutHome(t *testing.T) (string, []string) {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/timedout-mock.json")
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, "attempts"), 0o755)
	if err := os.WriteFile(filepath.Join(home, "attempts", "20261120-090000-712e0f.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return home, []string{"05a7f7", "159258", "767c48", "c8328f", "fac3a4"}
}

func TestWeakDrillLeavesSkippedOut(t *testing.T) {
	home, wrong := timedOutHome(t)
	var errOut bytes.Buffer
	stdio := &IO{In: strings.NewReader(""), Out: &bytes.Buffer{}, Err: &errOut, Getenv: func(k string) string { return map[string]string{"AWSEXAM_HOME": home}[k] }}
	adjust, err := weakDrill(context.Background(), stdio)
	if err != nil {
		t.Fatal(err)
	}
	spec := exam.Spec{Count: 10}
	adjust(&spec)
	got := slices.Sorted(slices.Values(spec.Prefer))
	if !slices.Equal(got, wrong) {
		t.Errorf("weak cards %v, want the 5 answered wrong %v", got, wrong)
	}
	if len(spec.Seen) != 5 {
		t.Errorf("%d cards seen, want 5 (the 60 skipped count as unseen)", len(spec.Seen))
	}
	// The drill itself: the 5 first, then cards never answered.
	b, _, err := loadBank(context.Background(), &bankFlags{}, stdio)
	if err != nil {
		t.Fatal(err)
	}
	spec.Seed = 1
	e, _, err := exam.Assemble(b, distractor.New(b), spec)
	if err != nil {
		t.Fatal(err)
	}
	drilled := map[string]bool{}
	for _, q := range e.Questions {
		drilled[q.ID] = true
	}
	for _, id := range wrong {
		if !drilled[id] {
			t.Errorf("card %s answered wrong is not in the weak drill", id)
		}
	}
}

func TestExportMissedLeavesSkippedOut(t *testing.T) {
	home, wrong := timedOutHome(t)
	code, out, stderr := run(t, map[string]string{"AWSEXAM_HOME": home}, "export-missed")
	if code != ExitOK || !strings.Contains(stderr, "5 missed cards") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// Read back as a bank: the 5 questions answered wrong, nothing else.
	bp, err := builtinBlueprint()
	if err != nil {
		t.Fatal(err)
	}
	b, err := bank.Load([]bank.File{{Name: "misses.txt", Data: []byte(out)}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	a, err := store.ReadAttempt("../../testdata/timedout-mock.json")
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	for _, q := range a.Questions[:len(wrong)] {
		want = append(want, bank.CleanText(q.Stem))
	}
	for _, c := range b.Cards {
		got = append(got, c.Question)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("exported questions:\n%q\nwant the 5 answered wrong:\n%q", got, want)
	}
}

// TestHistoryRmAsksOnATerminal: on a terminal rm asks, and only yes
// removes the attempt.
func TestHistoryRmAsksOnATerminal(t *testing.T) {
	for _, tt := range []struct {
		answer string
		gone   bool
	}{{"y\n", true}, {"yes\n", true}, {"n\n", false}, {"\n", false}, {"", false}} {
		home, _ := timedOutHome(t)
		var out, errOut bytes.Buffer
		stdio := &IO{In: strings.NewReader(tt.answer), Out: &out, Err: &errOut, InTTY: true, OutTTY: true,
			Getenv: func(k string) string { return map[string]string{"AWSEXAM_HOME": home}[k] }}
		code := Run(context.Background(), []string{"history", "rm", "20261120-090000-712e0f"}, stdio)
		_, err := os.Stat(filepath.Join(home, "attempts", "20261120-090000-712e0f.json"))
		if gone := os.IsNotExist(err); gone != tt.gone || !strings.Contains(errOut.String(), "Remove attempt 20261120-090000-712e0f mock") {
			t.Errorf("answer %q: exit %d, removed %v (want %v), stderr %q", tt.answer, code, gone, tt.gone, errOut.String())
		}
	}
}

// TestAnkiRoundTrip: the cards export-missed writes come back in with
// --bank as the same cards: question, answers (several for a multiple
// response), explanation, section and domain.
func TestAnkiRoundTrip(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"AWSEXAM_HOME": home}
	dir := t.TempDir()
	bankPath, err := filepath.Abs("../../testdata/banks/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	examPath := filepath.Join(dir, "exam.json")
	if code, _, stderr := run(t, env, "generate", "--all", "--seed", "3", "--format", "json", "--bank", bankPath, "-o", examPath); code != ExitOK {
		t.Fatal(stderr)
	}
	rawExam, err := os.ReadFile(examPath)
	if err != nil {
		t.Fatal(err)
	}
	e, err := parseExam(examPath, rawExam)
	if err != nil {
		t.Fatal(err)
	}
	// Every question answered wrong.
	bp, err := builtinBlueprint()
	if err != nil {
		t.Fatal(err)
	}
	s := exam.NewSession(e, exam.ModeDrill, 0, time.Now())
	for i, q := range e.Questions {
		wrong := 0
		for slices.Contains(q.Answers, wrong) {
			wrong++
		}
		s.Chosen[i] = []int{wrong}
	}
	if _, err := store.Dir(home).SaveAttempt(s.Finish(bp, "20261125-100000-abcdef", time.Now(), false)); err != nil {
		t.Fatal(err)
	}
	misses := filepath.Join(dir, "misses.txt")
	code, _, stderr := run(t, env, "export-missed", "-o", misses)
	if code != ExitOK {
		t.Fatal(stderr)
	}
	exported, err := os.ReadFile(misses)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"#separator:tab\n", "#html:true\n", "#guid column:1\n", "#notetype column:2\n", "#deck column:3\n", "#tags column:6\n"} {
		if !strings.Contains(string(exported), h) {
			t.Errorf("no header line %q in:\n%s", h, exported)
		}
	}
	if !strings.Contains(string(exported), "\tBasic\tawsexam::Lambda\t") || !strings.Contains(string(exported), " section::Lambda domain::development") {
		t.Errorf("no deck per section or tags:\n%s", exported)
	}
	rawBank, err := os.ReadFile(bankPath)
	if err != nil {
		t.Fatal(err)
	}
	orig, err := bank.Load([]bank.File{{Name: "example.yaml", Data: rawBank}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	back, err := bank.Load([]bank.File{{Name: "misses.txt", Data: exported}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	type card struct {
		Question, Section, Domain, Explanation string
		Answers                                []string
	}
	cardOf := func(c bank.Card) card {
		return card{c.Question, c.Section, c.Domain, c.Explanation, slices.Sorted(slices.Values(c.Answers))}
	}
	want := map[string]card{}
	for _, c := range orig.Cards {
		want[c.Question] = cardOf(c)
	}
	if len(back.Cards) != len(e.Questions) || len(back.Cards) < 5 {
		t.Fatalf("%d cards back from %d questions missed", len(back.Cards), len(e.Questions))
	}
	multi := false
	for _, c := range back.Cards {
		got := cardOf(c)
		if w, ok := want[c.Question]; !ok || !reflect.DeepEqual(got, w) {
			t.Errorf("card back:\n got %+v\nwant %+v", got, w)
		}
		multi = multi || len(c.Answers) > 1
	}
	if !multi {
		t.Error("no multiple-response card came back with its answers")
	}
	// Exported again, the guids are the same: Anki updates, not duplicates.
	code, again, _ := run(t, env, "export-missed")
	if code != ExitOK || again != string(exported) {
		t.Errorf("a second export differs:\n%s\nfirst:\n%s", again, exported)
	}
}
