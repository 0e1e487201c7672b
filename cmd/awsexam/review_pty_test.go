//go:build linux

package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/awsexam/awsexam/internal/exam"
)

// gradedAttempt saves, in home, a paper attempt of the pty bank's three
// questions: the first answered right, the second wrong, the third left
// blank. It returns the exam.
func gradedAttempt(t *testing.T, home string) *exam.Exam {
	t.Helper()
	dir := t.TempDir()
	examPath := filepath.Join(dir, "exam.json")
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command(binary, args...)
		cmd.Env = append(os.Environ(), "AWSEXAM_HOME="+home, "NO_COLOR=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("awsexam %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run("generate", "--bank", ptyBank(t), "--count", "3", "--seed", "1", "-o", examPath)
	raw, err := os.ReadFile(examPath)
	if err != nil {
		t.Fatal(err)
	}
	var e exam.Exam
	if err := json.Unmarshal(raw, &e); err != nil {
		t.Fatal(err)
	}
	var sheet strings.Builder
	for _, k := range e.Questions[0].Answers {
		sheet.WriteString(digit(k))
	}
	sheet.WriteString("\n" + digit(wrongOption(&e.Questions[1])) + "\n-\n")
	sheetPath := filepath.Join(dir, "sheet.txt")
	if err := os.WriteFile(sheetPath, []byte(sheet.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	run("grade", "--exam", examPath, "--answers", sheetPath)
	return &e
}

func testReviewWalksAnAttempt(t *testing.T) {
	home := t.TempDir()
	gradedAttempt(t, home)
	s := start(t, home, 80, 24, "review")
	s.expect(`Question 1/3 · right`, 5*time.Second)
	s.expect(`← p prev · → n next`, time.Second)
	m := s.mark()
	s.send("n")
	s.expectAfter(m, `Question 2/3 · wrong`, 3*time.Second)
	s.expectAfter(m, `← your answer`, time.Second)
	s.expectAfter(m, `← key`, time.Second)
	m = s.mark()
	s.send("\x1b[C") // →
	s.expectAfter(m, `Question 3/3 · not answered`, 3*time.Second)
	m = s.mark()
	s.send("n") // past the last: stays, says so
	s.expectAfter(m, `This is the last question`, 3*time.Second)
	m = s.mark()
	s.send("ㅔ") // p under a Korean input method
	s.expectAfter(m, `Question 2/3 · wrong`, 3*time.Second)
	m = s.mark()
	s.send("pnn") // a burst: back, then on twice
	s.expectAfter(m, `Question 3/3`, 3*time.Second)
	m = s.mark()
	s.send("r") // the list of questions: pick the first
	s.expectAfter(m, `Go to:`, 3*time.Second)
	m = s.mark()
	s.send("\x1b[A\x1b[A\r")
	s.expectAfter(m, `Question 1/3 · right`, 3*time.Second)
	s.send("q")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.fitsWidth(80)
	s.saneTerminal()

	// --wrong walks the misses only: the wrong one and the blank one.
	w := start(t, home, 80, 24, "review", "last", "--wrong")
	w.expect(`Question 2/3 · 1 of 2 shown · wrong`, 5*time.Second)
	m = w.mark()
	w.send("n")
	w.expectAfter(m, `Question 3/3 · 2 of 2 shown · not answered`, 3*time.Second)
	w.send("\x03")
	if code := w.wait(5 * time.Second); code != 130 {
		t.Fatalf("Ctrl-C: exit %d, want 130", code)
	}
	w.saneTerminal()
}

func testReviewDRecordsADispute(t *testing.T) {
	home := t.TempDir()
	e := gradedAttempt(t, home)
	s := start(t, home, 80, 24, "review", "--wrong")
	s.expect(`Question 2/3 · 1 of 2 shown · wrong`, 5*time.Second)
	m := s.mark()
	s.send("d4") // d, then Cancel: nothing recorded
	s.expectAfter(m, `Not disputed\.`, 5*time.Second)
	m = s.mark()
	s.send("d1\x03") // d, a kind, then Ctrl-C at the note: nothing recorded
	s.expectAfter(m, `Not disputed\.`, 5*time.Second)
	if _, err := os.Stat(filepath.Join(home, "disputes.json")); err == nil {
		t.Fatal("a cancelled dispute was recorded")
	}
	m = s.mark()
	// d, the first kind (the key is wrong), a note, Enter: in one burst.
	s.send("d1키가 틀림\r")
	s.expectAfter(m, `Recorded: the key is wrong`, 5*time.Second)
	s.expectAfter(m, `Question 2/3 · 1 of 2 shown · disputed`, 3*time.Second)
	m = s.mark()
	s.send("nㅇ3\r") // next, d under a Korean input method, unclear, no note
	s.expectAfter(m, `Recorded: the question is unclear`, 5*time.Second)
	s.send("q")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.saneTerminal()
	s.fitsWidth(80)
	raw, err := os.ReadFile(filepath.Join(home, "disputes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Schema   int
		Disputes []struct{ Card, Kind, Text, Attempt, Source string }
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	if f.Schema != 1 || len(f.Disputes) != 2 {
		t.Fatalf("disputes file: %s", raw)
	}
	d := f.Disputes[0]
	if d.Card != e.Questions[1].ID || d.Kind != "key_wrong" || d.Text != "키가 틀림" || d.Attempt == "" || d.Source != e.Questions[1].Source {
		t.Errorf("first dispute %+v, want card %s, key_wrong, 키가 틀림", d, e.Questions[1].ID)
	}
	if d := f.Disputes[1]; d.Card != e.Questions[2].ID || d.Kind != "unclear" || d.Text != "" {
		t.Errorf("second dispute %+v, want card %s, unclear, no text", d, e.Questions[2].ID)
	}
	// The report leaves both out of the score: 1 of 1 right.
	cmd := exec.Command(binary, "report", "--format", "json")
	cmd.Env = append(os.Environ(), "AWSEXAM_HOME="+home)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var r struct {
		Total, Correct, Disputed int
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatal(err)
	}
	if r.Total != 1 || r.Correct != 1 || r.Disputed != 2 {
		t.Errorf("report: %d/%d, %d disputed; want 1/1, 2 disputed", r.Correct, r.Total, r.Disputed)
	}
}

// d on a drill's feedback records a dispute of that question, which the
// drill's own summary already leaves out of the score.
func testDrillFeedbackDRecordsADispute(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "drill", "--bank", ptyBank(t), "--count", "3", "--seed", "1")
	s.expect(`Question 1/3`, 5*time.Second)
	e := examOf(t, home)
	m := s.mark()
	// A wrong answer, then d, "two options are right" and a note, in one burst.
	s.send(digit(wrongOption(&e.Questions[0])) + "d2둘 다 맞음\r")
	s.expectAfter(m, `✘ Wrong\.`, 3*time.Second)
	s.expectAfter(m, `Recorded: two options are right`, 5*time.Second)
	s.expectAfter(m, `d dispute`, time.Second)
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `Question 2/3`, 3*time.Second)
	m = s.mark()
	s.send(digit(e.Questions[1].Answers[0]))
	s.expectAfter(m, `✔ Right\.`, 3*time.Second)
	s.send("\r")
	s.expect(`Question 3/3`, 3*time.Second)
	for _, k := range e.Questions[2].Answers {
		s.send(digit(k))
	}
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `✔ Right\.`, 3*time.Second)
	s.send("\r")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.expect(`2/2 correct · drill`, time.Second)
	s.expect(`1 question disputed, left out of the score`, time.Second)
	s.saneTerminal()
	s.fitsWidth(80)
	attempts, _ := filepath.Glob(filepath.Join(home, "attempts", "*.json"))
	if len(attempts) != 1 {
		t.Fatalf("attempts: %v", attempts)
	}
	raw, err := os.ReadFile(filepath.Join(home, "disputes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Disputes []struct{ Card, Kind, Text, Attempt string }
	}
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	id := strings.TrimSuffix(filepath.Base(attempts[0]), ".json")
	if len(f.Disputes) != 1 || f.Disputes[0].Card != e.Questions[0].ID || f.Disputes[0].Kind != "two_right" || f.Disputes[0].Text != "둘 다 맞음" || f.Disputes[0].Attempt != id {
		t.Errorf("disputes %+v, want card %s, two_right, 둘 다 맞음, attempt %s", f.Disputes, e.Questions[0].ID, id)
	}
}
