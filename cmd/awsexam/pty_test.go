//go:build linux

package main

// End-to-end tests of the interactive commands: the built binary runs in a
// pseudo-terminal, keys are typed into it and the screen is read back, as a
// person at a terminal would.

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
)

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "awsexam-pty")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "awsexam")
	if b := os.Getenv("AWSEXAM_TEST_BINARY"); b != "" {
		binary = b // another build, e.g. an older one to see a test fail
	} else if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building awsexam: %v\n%s", err, out)
		os.Exit(1)
	}
	// The pseudo-terminal tests mostly wait for a screen (or for a clock
	// to run out): run twelve at a time unless -parallel says otherwise.
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", "6")
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session is the binary running in a pseudo-terminal.
type session struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	tty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	done chan error
}

var ansi = regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|[78=>])`)

func start(t *testing.T, home string, cols, rows int, args ...string) *session {
	t.Helper()
	return startProgram(t, home, cols, rows, binary, args...)
}

// startProgram runs any program in a pseudo-terminal.
func startProgram(t *testing.T, home string, cols, rows int, program string, args ...string) *session {
	t.Helper()
	return startProgramEnv(t, home, cols, rows, nil, program, args...)
}

// startProgramEnv is startProgram with env added to the environment.
func startProgramEnv(t *testing.T, home string, cols, rows int, env []string, program string, args ...string) *session {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal on this machine: %v", err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(program, args...)
	cmd.Env = append(os.Environ(), "AWSEXAM_HOME="+home, "TERM=xterm-256color", "NO_COLOR=", "AWSEXAM_TTY="+inputPath(t), "AWSEXAM_PROMPT="+promptPath(t))
	cmd.Env = append(cmd.Env, env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, cmd: cmd, ptmx: ptmx, tty: tty, done: make(chan error, 1)}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { s.done <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		ptmx.Close()
		tty.Close()
	})
	return s
}

// text is everything printed so far, escape codes removed.
func (s *session) text() string { return s.textSince(0) }

// textSince is what was printed after mark, escape codes removed.
func (s *session) textSince(mark int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.ReplaceAllString(s.out.String()[mark:], "")
}

func (s *session) raw() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// expect waits until the output matches re.
func (s *session) expect(re string, within time.Duration) {
	s.t.Helper()
	s.expectAfter(0, re, within)
}

func (s *session) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Len()
}

// patience multiplies every wait for a screen or an exit: a busy machine
// (the race detector's binaries start several times slower, and other
// builds may share the cores) once took more than 5 s to show a first
// screen. A passing test waits no longer for it; only a failing one does.
const patience = 3

// expectAfter waits for re in the output printed after mark.
func (s *session) expectAfter(mark int, re string, within time.Duration) {
	s.t.Helper()
	rx := regexp.MustCompile(re)
	within *= patience
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if rx.MatchString(s.textSince(mark)) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("no %q on screen within %s; screen since mark:\n%s", re, within, s.textSince(mark))
}

func (s *session) send(keys string) {
	s.t.Helper()
	if _, err := s.ptmx.Write([]byte(keys)); err != nil {
		s.t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
}

func (s *session) wait(within time.Duration) int {
	s.t.Helper()
	select {
	case err := <-s.done:
		time.Sleep(50 * time.Millisecond) // let the reader drain
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatal(err)
		}
		return 0
	case <-time.After(within * patience):
		s.t.Fatalf("still running after %s; screen:\n%s", within*patience, s.text())
	}
	return -1
}

// fitsWidth checks that nothing printed was wider than the terminal:
// wide Hangul is measured as two columns.
func (s *session) fitsWidth(cols int) {
	s.t.Helper()
	for _, l := range regexp.MustCompile(`[\r\n]`).Split(s.text(), -1) {
		if w := display.Width(l); w > cols {
			s.t.Errorf("a line of %d columns on a %d-column terminal: %q", w, cols, l)
		}
	}
}

// saneTerminal checks the terminal is as a shell wants it: echo and line
// mode on, and the cursor shown after it was last hidden.
func (s *session) saneTerminal() {
	s.t.Helper()
	tio, err := unix.IoctlGetTermios(int(s.tty.Fd()), unix.TCGETS)
	if err != nil {
		s.t.Fatal(err)
	}
	if tio.Lflag&unix.ECHO == 0 || tio.Lflag&unix.ICANON == 0 {
		s.t.Errorf("terminal left without echo or line mode: lflag %#x", tio.Lflag)
	}
	raw := s.raw()
	if hide, show := bytes.LastIndex([]byte(raw), []byte("\x1b[?25l")), bytes.LastIndex([]byte(raw), []byte("\x1b[?25h")); hide > show {
		s.t.Error("cursor left hidden")
	}
}

// ptyTests run on three paths: survey's prompts with read deadlines, as
// on Linux; survey's on the portable input (AWSEXAM_TTY=portable), as
// where the terminal cannot take deadlines (macOS); and the exam's own
// prompt on the portable input (AWSEXAM_PROMPT=own), as in the Windows
// console, where survey cannot read the key queue — the same keys,
// screens and files on each.
var ptyTests = []struct {
	name string
	run  func(t *testing.T)
}{
	{"DrillAnsweredWithKeys", testDrillAnsweredWithKeys},
	{"DrillFeedbackExplainsEveryOption", testDrillFeedbackExplainsEveryOption},
	{"MockEndsByItselfWhenTimeRunsOut", testMockEndsByItselfWhenTimeRunsOut},
	{"MockKilledThenResumed", testMockKilledThenResumed},
	{"CtrlCSaveAndQuitExits130", testCtrlCSaveAndQuitExits130},
	{"SIGHUPKeepsAnswers", testSIGHUPKeepsAnswers},
	{"MockScreensFitEightyColumns", testMockScreensFitEightyColumns},
	{"TimeRunsOutWhilePaused", testTimeRunsOutWhilePaused},
	{"ReviewWalksAnAttempt", testReviewWalksAnAttempt},
	{"ReviewDRecordsADispute", testReviewDRecordsADispute},
	{"DrillFeedbackDRecordsADispute", testDrillFeedbackDRecordsADispute},
	{"KoreanDrill", testKoreanDrill},
	{"KoreanMock", testKoreanMock},
	{"KoreanReviewAndDispute", testKoreanReviewAndDispute},
	{"KoreanMockEndsByItself", testKoreanMockEndsByItself},
	{"LangEnOverKoreanLocale", testLangEnOverKoreanLocale},
}

// ptyPaths are the input path and prompt of each run of the suite.
var ptyPaths = []string{"deadline+survey", "portable+survey", "portable+own"}

func TestPTY(t *testing.T) {
	for _, path := range ptyPaths {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			for _, tt := range ptyTests {
				t.Run(tt.name, func(t *testing.T) {
					t.Parallel()
					tt.run(t)
				})
			}
		})
	}
}

// inputPath is the input path a test runs on (AWSEXAM_TTY), from its name
// under TestPTY.
func inputPath(t *testing.T) string {
	if strings.Contains(t.Name(), "/portable+") {
		return "portable"
	}
	return "deadline"
}

// promptPath is the prompt a test runs with (AWSEXAM_PROMPT): survey's
// (empty, the default off Windows) or the exam's own.
func promptPath(t *testing.T) string {
	if strings.Contains(t.Name(), "+own/") {
		return "own"
	}
	return ""
}

// usedPrompt checks the screens were drawn by the prompt the test's path
// names: survey saves the cursor (ESC 7) as it draws a list, the exam's
// own prompt never does.
func (s *session) usedPrompt() {
	s.t.Helper()
	saved := strings.Contains(s.raw(), "\x1b7")
	if own := promptPath(s.t) == "own"; own == saved {
		s.t.Errorf("path %s: survey's cursor saves on screen: %v", promptPath(s.t), saved)
	}
}

// ptyBank is a bank whose options are all written in it, so the screens
// these tests drive do not change with the distractor generator; with
// --seed 1 its "choose three" card comes third.
func ptyBank(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("../../testdata/banks/pty.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// examOf is the exam the journal in home holds: the keys a test types are
// read from it, never assumed.
func examOf(t *testing.T, home string) *exam.Exam {
	t.Helper()
	return journal(t, home).Session.Exam
}

// digit is the key that picks option k (0-based).
func digit(k int) string { return strconv.Itoa(k + 1) }

// wrongOption is an option of q that is not a key.
func wrongOption(q *exam.Question) int {
	for k := range q.Options {
		if !slices.Contains(q.Answers, k) {
			return k
		}
	}
	return -1
}

func testDrillAnsweredWithKeys(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "drill", "--bank", ptyBank(t), "--count", "3", "--seed", "1")
	s.expect(`Question 1/3`, 5*time.Second)
	s.expect(`1–4 answer`, time.Second)
	e := examOf(t, home)
	if e.Questions[0].Choose != 1 || e.Questions[1].Choose != 1 || e.Questions[2].Choose != 3 {
		t.Fatalf("seed 1 of the pty bank: want single, single, choose three; got %d, %d, %d",
			e.Questions[0].Choose, e.Questions[1].Choose, e.Questions[2].Choose)
	}
	m := s.mark()
	s.send(digit(e.Questions[0].Answers[0])) // the right answer
	s.expectAfter(m, `✔ Right\.`, 3*time.Second)
	s.expectAfter(m, `pty\.yaml:\d+`, time.Second)
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `Question 2/3`, 3*time.Second)
	m = s.mark()
	w := wrongOption(&e.Questions[1])
	s.send(strings.Repeat("\x1b[B", w) + "\r") // ↓ to a wrong option, Enter
	s.expectAfter(m, `✘ Wrong\.`, 3*time.Second)
	s.expectAfter(m, `You chose `+digit(w)+`\.`, time.Second)
	s.send("\r")
	s.expect(`Question 3/3`, 3*time.Second)
	s.expect(`\(Choose three\.\)`, time.Second)
	keys := e.Questions[2].Answers
	m = s.mark()
	s.send(digit(keys[0]))
	s.send(digit(keys[1]))
	s.send("\r") // two of three: refused
	s.expectAfter(m, `Choose three\. You have 2\.`, 3*time.Second)
	m = s.mark()
	s.send(digit(keys[2]))
	s.send("\r")
	s.expectAfter(m, `✔ Right\.`, 3*time.Second)
	s.send("\r")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.expect(`2/3 correct · drill`, time.Second)
	s.saneTerminal()
	s.usedPrompt()
	s.fitsWidth(80)
	if files, _ := filepath.Glob(filepath.Join(home, "attempts", "*.json")); len(files) != 1 {
		t.Errorf("saved attempts: %v", files)
	}
}

// A wrong pick's feedback says why it is wrong; e, typed in the same burst
// as the answer, shows every option marked and explained, e again (ㄷ under
// a Korean input method) the short screen, Enter goes on.
func testDrillFeedbackExplainsEveryOption(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "drill", "--bank", ptyBank(t), "--count", "3", "--seed", "1")
	s.expect(`Question 1/3`, 5*time.Second)
	s.expect(`e every option explained|1–4 answer`, time.Second)
	e := examOf(t, home)
	w := wrongOption(&e.Questions[0])
	m := s.mark()
	s.send(strings.Repeat("\x1b[B", w) + "\r" + "e") // ↓ to a wrong option, Enter, e: one burst
	s.expectAfter(m, `✘ Wrong\.`, 3*time.Second)
	s.expectAfter(m, digit(w)+`\. .*\(your answer\)`, 3*time.Second)
	s.expectAfter(m, digit(e.Questions[0].Answers[0])+`\. .*\(answer\)`, time.Second)
	s.expectAfter(m, `A wrong answer written by the bank's author`, time.Second)
	s.expectAfter(m, `e short view`, time.Second)
	m = s.mark()
	s.send("ㄷ")
	s.expectAfter(m, `You chose `+digit(w)+`\.`, 3*time.Second)
	s.expectAfter(m, `e every option explained`, time.Second)
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `Question 2/3`, 3*time.Second)
	s.fitsWidth(80)
}

func testMockEndsByItselfWhenTimeRunsOut(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "5", "--time", "3s", "--seed", "2")
	s.expect(`Question 1/5 · 0:00:0[23] left · 0 answered · 0 flagged`, 5*time.Second)
	s.expect(`Less than 1 minute left`, time.Second)
	began := time.Now()
	code := s.wait(6 * time.Second)
	if took := time.Since(began); took > 4500*time.Millisecond {
		t.Errorf("the exam took %s to end after 3 s", took)
	}
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.expect(`Time is up: the exam ended by itself`, time.Second)
	s.expect(`0/5 correct · mock`, time.Second)
	s.saneTerminal()
}

// seedWhere returns the first seed from 1 whose `generate` exam (with
// args) satisfies ok: tests on the built-in bank find the exam they need
// rather than assume what a seed gives.
func seedWhere(t *testing.T, ok func(*exam.Exam) bool, args ...string) string {
	t.Helper()
	for seed := 1; seed <= 200; seed++ {
		out, err := exec.Command(binary, append([]string{"generate", "--format", "json", "--seed", strconv.Itoa(seed)}, args...)...).Output()
		if err != nil {
			t.Fatalf("generate: %v", err)
		}
		var e exam.Exam
		if err := json.Unmarshal(out, &e); err != nil {
			t.Fatal(err)
		}
		if ok(&e) {
			return strconv.Itoa(seed)
		}
	}
	t.Fatalf("no seed up to 200 gives the exam this test needs")
	return ""
}

// singleSeeds caches, per question count, a seed whose built-in mock is
// all single-choice questions: the tests that type one digit per question
// need one, and the distractor generator decides which cards become
// "choose N" items.
var singleSeeds sync.Map

// singleSeed returns a seed for `mock --count n` (built-in bank) whose
// questions are all single choice.
func singleSeed(t *testing.T, n int) string {
	t.Helper()
	if s, ok := singleSeeds.Load(n); ok {
		return s.(string)
	}
	s := seedWhere(t, func(e *exam.Exam) bool {
		for _, q := range e.Questions {
			if q.Choose != 1 {
				return false
			}
		}
		return true
	}, "--count", strconv.Itoa(n))
	singleSeeds.Store(n, s)
	return s
}

func testMockKilledThenResumed(t *testing.T) {
	home := t.TempDir()
	seed := seedWhere(t, func(e *exam.Exam) bool { return e.Questions[0].Choose == 1 }, "--count", "4")
	s := start(t, home, 80, 24, "mock", "--count", "4", "--seed", seed)
	s.expect(`Question 1/4`, 5*time.Second)
	if q := examOf(t, home).Questions[0]; q.Choose != 1 {
		t.Fatalf("the mock's first question is a choose %d, not what generate gave for seed %s", q.Choose, seed)
	}
	m := s.mark()
	s.send("2")
	s.expectAfter(m, `Question 2/4 · \d:\d\d:\d\d left · 1 answered`, 3*time.Second)
	s.send("f") // flag question 2
	s.expect(`1 flagged`, 3*time.Second)
	s.cmd.Process.Signal(syscall.SIGKILL)
	s.wait(3 * time.Second)

	r := start(t, home, 200, 50, "resume")
	r.expect(`Question 2/4 · \d:\d\d:\d\d left · 1 answered · 1 flagged`, 5*time.Second)
	m = r.mark()
	r.send("p") // back to question 1: its answer is kept
	r.expectAfter(m, `Your answer: 2`, 3*time.Second)
	m = r.mark()
	r.send("r")
	r.expectAfter(m, `Review · 1 of 4 answered · 3 unanswered · 1 flagged`, 3*time.Second)
	r.send("\x1b[A\r") // ↑ to "Submit the exam", Enter
	r.expect(`Submit now\? 3 unanswered`, 3*time.Second)
	r.send("1")
	if code := r.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	r.expect(`/4 correct · mock`, time.Second)
	r.saneTerminal()
	if left, _ := filepath.Glob(filepath.Join(home, "sessions", "*.jsonl")); len(left) != 0 {
		t.Errorf("journal left after submit: %v", left)
	}
}

func testCtrlCSaveAndQuitExits130(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("1")
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	s.send("2") // save and quit
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	s.expect(`Saved 1 of 3 answers\. Continue with: awsexam resume`, time.Second)
	s.saneTerminal()
	if left, _ := filepath.Glob(filepath.Join(home, "sessions", "*.jsonl")); len(left) != 1 {
		t.Errorf("journal: %v", left)
	}
}

func testSIGHUPKeepsAnswers(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("3")
	s.expect(`1 answered`, 3*time.Second)
	s.cmd.Process.Signal(syscall.SIGHUP)
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	s.saneTerminal()
	r := start(t, home, 80, 24, "resume")
	r.expect(`1 answered`, 5*time.Second)
}

func testMockScreensFitEightyColumns(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "12", "--seed", singleSeed(t, 12))
	s.expect(`Question 1/12`, 5*time.Second)
	for i := 2; i <= 12; i++ {
		m := s.mark()
		s.send("n")
		s.expectAfter(m, fmt.Sprintf(`Question %d/12`, i), 3*time.Second)
	}
	s.send("r")
	s.expect(`Review · 0 of 12 answered`, 3*time.Second)
	s.send("\x03")
	s.expect(`Paused`, 3*time.Second)
	s.send("2")
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	s.fitsWidth(80)
	s.saneTerminal()
	s.usedPrompt()
}

func testTimeRunsOutWhilePaused(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--time", "3s", "--seed", "6")
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d, want 0 (the exam ended by itself)", code)
	}
	s.expect(`Time is up: the exam ended by itself`, time.Second)
	s.saneTerminal()
}
