//go:build linux

package main

// Tests that attack the exam as people do: keys in bursts, a second
// terminal, signals at random moments, a resized or tiny terminal.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

func init() {
	ptyTests = append(ptyTests, []struct {
		name string
		run  func(t *testing.T)
	}{
		{"FastTypist", testFastTypist},
		{"MockDigitEnterIsOneAnswer", testMockDigitEnterIsOneAnswer},
		{"Chaos", testChaos},
		{"SecondResumeRefused", testSecondResumeRefused},
		{"SubmitRacingResume", testSubmitRacingResume},
		{"ResumeSkipsExamOpenElsewhere", testResumeSkipsExamOpenElsewhere},
		{"SubmittedJournalNotSavedTwice", testSubmittedJournalNotSavedTwice},
		{"DiscardAsksAgain", testDiscardAsksAgain},
		{"CtrlCTwiceExits130", testCtrlCTwiceExits130},
		{"ClosedTerminalKeepsClock", testClosedTerminalKeepsClock},
		{"SIGHUPKeepsClock", testSIGHUPKeepsClock},
		{"ResizeRedrawsAtOnce", testResizeRedrawsAtOnce},
		{"ResizeOnReviewRedrawsOnly", testResizeOnReviewRedrawsOnly},
		{"FullDiskLeavesNoJournal", testFullDiskLeavesNoJournal},
		{"MultipleResponseCursorFollowsToggle", testMultipleResponseCursorFollowsToggle},
		{"ShortTerminalKeepsHeader", testShortTerminalKeepsHeader},
		{"ReviewFilterOpensQuestion", testReviewFilterOpensQuestion},
	}...)
}

// journal is the one journal in home, replayed: it must always replay.
func journal(t *testing.T, home string) *store.Unfinished {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(home, "sessions", "*.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals: %v, want one", paths)
	}
	u, err := store.LoadJournal(paths[0])
	if err != nil {
		t.Fatalf("the journal does not replay: %v", err)
	}
	return u
}

// events are a journal's events, in order.
func events(t *testing.T, home string) []exam.Event {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(home, "sessions", "*.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals: %v, want one", paths)
	}
	raw, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	var evs []exam.Event
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		var ev exam.Event
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("journal line %q: %v", line, err)
		}
		evs = append(evs, ev)
	}
	return evs
}

func attempts(t *testing.T, home string) []*exam.Attempt {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(home, "attempts", "*.json"))
	var out []*exam.Attempt
	for _, p := range paths {
		a, err := store.ReadAttempt(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func journals(home string) []string {
	paths, _ := filepath.Glob(filepath.Join(home, "sessions", "*.jsonl"))
	return paths
}

// savedOnce checks that home holds exactly one attempt and no journal:
// an exam submitted once, whatever raced it.
func savedOnce(t *testing.T, home, when string) {
	t.Helper()
	if as := attempts(t, home); len(as) != 1 {
		t.Fatalf("%s: %d attempts saved, want 1", when, len(as))
	}
	if j := journals(home); len(j) != 0 {
		t.Fatalf("%s: journal left: %v", when, j)
	}
}

// paste is 200 characters of a paste in bracketed-paste markers, none of
// them a key the exam acts on.
var paste = "\x1b[200~" + strings.Repeat("abcdeghijklmoqstuvwxyz가나다라마바사아자차카타", 6)[:200] + "\x1b[201~"

// typed is what a fast typist did to one question: the answer given and
// how often f was pressed.
type typed struct {
	answer []int
	flags  int
}

// burst makes the keys for one question screen, sent as one write, and
// says what they do. Single answers use digits or arrows; multiple ones
// digits, a toggle undone, Space on the cursor's row; f f f f, a paste and
// a byte that is not UTF-8 come along at random.
func burst(rng *rand.Rand, q *exam.Question) (string, typed) {
	var b strings.Builder
	var did typed
	if rng.IntN(3) == 0 {
		b.WriteString("ffff")
		did.flags = 4
	}
	if rng.IntN(4) == 0 {
		b.WriteString(paste)
	}
	if rng.IntN(4) == 0 {
		b.WriteString("\xff")
	}
	n := len(q.Options)
	if q.Choose == 1 {
		if rng.IntN(2) == 0 {
			d := rng.IntN(n)
			fmt.Fprintf(&b, "%d", d+1)
			did.answer = []int{d}
		} else {
			k := rng.IntN(n)
			b.WriteString(strings.Repeat("\x1b[B", k) + "\r")
			did.answer = []int{k}
		}
		return b.String(), did
	}
	pick := rng.Perm(n)[:q.Choose]
	slices.Sort(pick)
	last := pick[len(pick)-1]
	for _, k := range pick[:len(pick)-1] {
		fmt.Fprintf(&b, "%d", k+1)
	}
	if extra := rng.Perm(n)[0]; !slices.Contains(pick, extra) {
		fmt.Fprintf(&b, "%d%d", extra+1, extra+1) // on and off again
	}
	// The last one by Space on the row the cursor was moved to.
	fmt.Fprintf(&b, "%d%d", last+1, last+1) // cursor there, toggle off
	b.WriteString(" \r")
	did.answer = pick
	return b.String(), did
}

// testFastTypist answers whole exams with every screen's keys in one
// write. A race that loses one burst in three fails it almost surely:
// each run sends about ten bursts.
func testFastTypist(t *testing.T) {
	runs := 12
	if !testing.Short() {
		runs = 60
	}
	began, bursts := time.Now(), 0
	defer func() {
		t.Logf("fast typist: %d runs, %d bursts in %s", runs, bursts, time.Since(began).Round(time.Millisecond))
	}()
	for run := range runs {
		seed := uint64(1000*run + 17)
		rng := rand.New(rand.NewPCG(seed, 8))
		if run%3 == 2 {
			bursts += fastDrill(t, seed, rng)
			continue
		}
		home := t.TempDir()
		s := start(t, home, 100, 40, "mock", "--count", "7", "--time", "10m", "--seed", strconv.FormatUint(seed, 10))
		s.expect(`Question 1/7`, 5*time.Second)
		qs := journal(t, home).Session.Exam.Questions
		want := make([]typed, len(qs))
		var answers []exam.Event
		digitBefore := false
		for i := 0; i < len(qs); i++ {
			m := s.mark()
			keys, did := burst(rng, &qs[i])
			if digitBefore && qs[i].Choose == 1 && strings.HasSuffix(keys, "\r") && !strings.Contains(keys, "\x1b[B") && !strings.Contains(keys, "f") {
				// An Enter alone right after a digit is that digit's
				// confirmation (testMockDigitEnterIsOneAnswer): the
				// first option is typed as its digit instead.
				keys = strings.TrimSuffix(keys, "\r") + "1"
			}
			digitBefore = qs[i].Choose == 1 && keys != "" && keys[len(keys)-1] >= '1' && keys[len(keys)-1] <= '9'
			next := i + 1
			// Down Enter Down Enter: two single answers in one burst.
			if qs[i].Choose == 1 && i+1 < len(qs) && qs[i+1].Choose == 1 && rng.IntN(3) == 0 {
				keys, did = "\x1b[B\r\x1b[B\r", typed{answer: []int{1}}
				want[i+1] = typed{answer: []int{1}}
				next++
			}
			want[i].answer, want[i].flags = did.answer, want[i].flags+did.flags
			answers = append(answers, exam.Event{Kind: exam.EventAnswer, Q: i, Chosen: did.answer})
			if next != i+1 {
				answers = append(answers, exam.Event{Kind: exam.EventAnswer, Q: i + 1, Chosen: []int{1}})
				digitBefore = false
			}
			if _, err := s.ptmx.Write([]byte(keys)); err != nil {
				t.Fatal(err)
			}
			bursts++
			if next < len(qs) {
				s.expectAfter(m, fmt.Sprintf(`Question %d/7`, next+1), 5*time.Second)
			} else {
				s.expectAfter(m, `Review · 7 of 7 answered`, 5*time.Second)
			}
			i = next - 1
		}
		// The journal holds exactly the answers typed, in order, and the
		// flags (four presses: each journaled, none left on).
		var got []exam.Event
		flags := 0
		for _, ev := range events(t, home) {
			switch ev.Kind {
			case exam.EventAnswer:
				got = append(got, exam.Event{Kind: ev.Kind, Q: ev.Q, Chosen: ev.Chosen})
			case exam.EventFlag:
				flags++
			}
		}
		wantFlags := 0
		for _, w := range want {
			wantFlags += w.flags
		}
		if fmt.Sprint(got) != fmt.Sprint(answers) || flags != wantFlags {
			t.Fatalf("seed %d: journal answers %v, %d flag events; want %v, %d", seed, got, flags, answers, wantFlags)
		}
		// Submit with keys typed ahead across three prompts: ↑ Enter
		// on the review, 1 on the confirmation.
		s.send("\x1b[A\r1")
		bursts++
		if code := s.wait(5 * time.Second); code != 0 {
			t.Fatalf("seed %d: exit %d, want 0; screen:\n%s", seed, code, s.text())
		}
		as := attempts(t, home)
		if len(as) != 1 {
			t.Fatalf("seed %d: %d attempts saved", seed, len(as))
		}
		for i, q := range as[0].Questions {
			if fmt.Sprint(q.Chosen) != fmt.Sprint(want[i].answer) || q.Flagged {
				t.Errorf("seed %d question %d: chosen %v flagged %v, want %v unflagged", seed, i+1, q.Chosen, q.Flagged, want[i].answer)
			}
		}
		s.saneTerminal()
	}
}

// fastDrill answers a drill in bursts: the answer and the Enter that
// leaves its verdict in one write, sometimes with a second Enter (a
// bounce, `4⏎⏎`) that must answer nothing on the question it lands on.
func fastDrill(t *testing.T, seed uint64, rng *rand.Rand) (bursts int) {
	home := t.TempDir()
	s := start(t, home, 100, 40, "drill", "--count", "4", "--seed", strconv.FormatUint(seed, 10))
	s.expect(`Question 1/4`, 5*time.Second)
	qs := journal(t, home).Session.Exam.Questions
	want := make([][]int, len(qs))
	for i := range qs {
		m := s.mark()
		keys, did := burst(rng, &qs[i])
		if i > 0 && qs[i].Choose == 1 && strings.HasSuffix(keys, "\r") && !strings.Contains(keys, "\x1b[B") && !strings.Contains(keys, "f") {
			// An Enter alone, this soon after the one that left the
			// verdict, is that one's bounce (TestEnterAfterFeedback):
			// the first option is typed as its digit instead.
			keys = strings.TrimSuffix(keys, "\r") + "1"
		}
		want[i] = did.answer
		keys += "\r" // leave the verdict
		if i+1 < len(qs) && rng.IntN(2) == 0 {
			keys += "\r\r" // bounced: the next question stays unanswered
		}
		if _, err := s.ptmx.Write([]byte(keys)); err != nil {
			t.Fatal(err)
		}
		bursts++
		if i+1 < len(qs) {
			s.expectAfter(m, fmt.Sprintf(`Question %d/4`, i+2), 5*time.Second)
		}
	}
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("drill seed %d: exit %d, want 0; screen:\n%s", seed, code, s.text())
	}
	as := attempts(t, home)
	if len(as) != 1 {
		t.Fatalf("drill seed %d: %d attempts", seed, len(as))
	}
	for i, q := range as[0].Questions {
		if fmt.Sprint(q.Chosen) != fmt.Sprint(want[i]) {
			t.Errorf("drill seed %d question %d: chosen %v, want %v", seed, i+1, q.Chosen, want[i])
		}
	}
	return bursts
}

var answeredRx = regexp.MustCompile(`left · (\d+) answered`)

// testChaos sits mocks and drills, types random keys (digits, arrows, f/p/n/r, Enter, Space,
// Ctrl-C and menu choices), resizes the terminal and sends SIGTERM,
// SIGHUP or SIGKILL at random moments, then resumes. After each stop the
// journal replays, and every answer the screen showed as recorded is in
// it.
func testChaos(t *testing.T) {
	rounds, budget := 16, 6*time.Second
	if !testing.Short() {
		rounds, budget = 300, 150*time.Second
	}
	keys := []string{"1", "2", "3", "4", "5", "\x1b[A", "\x1b[B", "\x1b[C", "\x1b[D", "f", "p", "n", "r", "\r", " ", "\x1b[200~x\x1b[201~", "\xff"}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
	seed := rng.Uint64()
	t.Logf("chaos seed %d (rerun it: AWSEXAM_CHAOS_SEED)", seed)
	if s := os.Getenv("AWSEXAM_CHAOS_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	rng = rand.New(rand.NewPCG(seed, 3))
	home := t.TempDir()
	began := time.Now()
	shown := 0    // answers the screen last showed as recorded
	finished := 0 // exams that ended with exit 0: one attempt each
	round := 0
	defer func() { t.Logf("chaos: %d rounds in %s", round, time.Since(began).Round(time.Millisecond)) }()
	for ; round < rounds && time.Since(began) < budget; round++ {
		args := []string{"resume"}
		if len(journals(home)) == 1 && journal(t, home).Session.Submitted {
			// Stopped between the submit and saving: resume saves it.
			s := start(t, home, 80, 24, args...)
			if code := s.wait(5 * time.Second); code != 0 {
				t.Fatalf("round %d: resuming a submitted exam: exit %d; screen:\n%s", round, code, s.text())
			}
			finished++
			if n := len(attempts(t, home)); n != finished {
				t.Fatalf("round %d: %d attempts saved for %d finished exams", round, n, finished)
			}
			continue
		}
		if len(journals(home)) == 0 {
			shown = 0
			args = []string{"mock", "--count", "5", "--time", "20m", "--seed", strconv.Itoa(rng.IntN(1000))}
			if rng.IntN(4) == 0 {
				args[0] = "drill"
			}
		}
		saved := len(attempts(t, home))
		s := start(t, home, 60+rng.IntN(60), 16+rng.IntN(20), args...)
		s.expect(`Question \d+/5|Review ·`, 5*time.Second)
		discarded, stopped := false, false
		for step := 0; step < 4+rng.IntN(12) && !stopped; step++ {
			var b strings.Builder
			for range 1 + rng.IntN(5) {
				b.WriteString(keys[rng.IntN(len(keys))])
			}
			switch rng.IntN(12) {
			case 0:
				pty.Setsize(s.ptmx, &pty.Winsize{Cols: uint16(50 + rng.IntN(80)), Rows: uint16(16 + rng.IntN(20))})
			case 1:
				// Ctrl-C and a choice: continue, save and quit, or
				// discard and then (maybe) confirm.
				b.WriteString("\x03")
				switch rng.IntN(4) {
				case 0:
					b.WriteString("1")
				case 1:
					b.WriteString("2")
					stopped = true
				case 2:
					b.WriteString("3\r1") // asked again: No; then continue
				case 3:
					b.WriteString("3\x1b[B\r")
					discarded, stopped = true, true
				}
			}
			s.ptmx.Write([]byte(b.String()))
			time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
			if m := answeredRx.FindAllStringSubmatch(s.text(), -1); len(m) > 0 {
				n, _ := strconv.Atoi(m[len(m)-1][1])
				shown = max(shown, n)
			}
			select {
			case err := <-s.done:
				s.done <- err
				stopped = true
			default:
			}
		}
		if !stopped {
			sig := []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGKILL}[rng.IntN(3)]
			s.cmd.Process.Signal(sig)
		}
		code := s.wait(5 * time.Second)
		switch code {
		case 0, 130, -1:
		default:
			t.Fatalf("round %d (%v): exit %d; screen:\n%s", round, args, code, s.text())
		}
		discarded = discarded || strings.Contains(s.text(), "Discarded: nothing of this attempt was kept")
		// The exam ended, was saved and its journal removed just before
		// the signal landed: finished, whatever the exit code (and no
		// journal left to replay).
		ended := code == 0 || len(journals(home)) == 0 && len(attempts(t, home)) == saved+1
		if ended {
			finished++
		}
		// Killed between saving the attempt and removing the journal: the
		// attempt may be there already (resume will not save it again).
		pending := 0
		if js := journals(home); len(js) == 1 {
			if u, err := store.LoadJournal(js[0]); err == nil && u.Session.Submitted {
				pending = 1
			}
		}
		if n := len(attempts(t, home)); n != finished && n != finished+pending {
			t.Fatalf("round %d: %d attempts saved for %d finished exams", round, n, finished)
		}
		if ended || discarded && code == 130 && len(journals(home)) == 0 {
			if len(journals(home)) != 0 {
				t.Fatalf("round %d: journal left after the exam ended: %v", round, journals(home))
			}
			continue
		}
		u := journal(t, home)
		if u.Session.Submitted {
			continue
		}
		if got := u.Session.Answered(); got < shown {
			t.Fatalf("round %d: the screen showed %d answered, the journal has %d", round, shown, got)
		}
	}
}

// testSecondResumeRefused: a resume in a second terminal while the first
// runs is refused, naming the process, and changes nothing.
func testSecondResumeRefused(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("2")
	s.expect(`1 answered`, 3*time.Second)
	r := start(t, home, 80, 24, "resume")
	if code := r.wait(5 * time.Second); code != 1 {
		t.Fatalf("second resume: exit %d, want 1; screen:\n%s", code, r.text())
	}
	r.expect(fmt.Sprintf(`open in another awsexam \(process %d\)`, s.cmd.Process.Pid), time.Second)
	m := s.mark()
	s.send("1")
	s.expectAfter(m, `Question 3/3`, 3*time.Second)
	s.send("1")
	s.expect(`Review · 3 of 3 answered`, 3*time.Second)
	s.send("\x1b[A\r1")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if as := attempts(t, home); len(as) != 1 {
		t.Fatalf("%d attempts", len(as))
	}
}

// testResumeSkipsExamOpenElsewhere: of two unfinished exams, one open in
// another terminal, resume takes the other without asking.
func testResumeSkipsExamOpenElsewhere(t *testing.T) {
	home := t.TempDir()
	a := start(t, home, 80, 24, "mock", "--count", "4", "--seed", singleSeed(t, 4))
	a.expect(`Question 1/4`, 5*time.Second)
	a.send("1")
	a.send("\x03")
	a.expect(`Paused`, 3*time.Second)
	a.send("2")
	if code := a.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d", code)
	}
	b := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	b.expect(`Question 1/3`, 5*time.Second)
	r := start(t, home, 80, 24, "resume")
	r.expect(`Question 2/4 · \d:\d\d:\d\d left · 1 answered`, 5*time.Second)
}

// testSubmitRacingResume: a submit and a resume at once save one attempt.
func testSubmitRacingResume(t *testing.T) {
	for k := range 3 {
		home := t.TempDir()
		s := start(t, home, 80, 24, "mock", "--count", "2", "--seed", singleSeed(t, 2))
		s.expect(`Question 1/2`, 5*time.Second)
		s.send("1")
		s.send("1")
		s.expect(`Review · 2 of 2 answered`, 3*time.Second)
		s.send("\x1b[A\r")
		s.expect(`Submit now\?`, 3*time.Second)
		r := start(t, home, 80, 24, "resume")
		time.Sleep(time.Duration(k*20) * time.Millisecond)
		s.ptmx.Write([]byte("1"))
		if code := s.wait(5 * time.Second); code != 0 {
			t.Fatalf("exit %d", code)
		}
		if code := r.wait(5 * time.Second); code != 1 {
			t.Fatalf("racing resume: exit %d, want 1; screen:\n%s", code, r.text())
		}
		savedOnce(t, home, "submit racing resume")
	}
}

// testSubmittedJournalNotSavedTwice: a journal that holds submit and whose
// attempt was saved (the process stopped before removing it) is resumed
// without saving the attempt again under a new id.
func testSubmittedJournalNotSavedTwice(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "2", "--seed", singleSeed(t, 2))
	s.expect(`Question 1/2`, 5*time.Second)
	s.send("1")
	s.send("1")
	s.expect(`Review · 2 of 2 answered`, 3*time.Second)
	path := journals(home)[0]
	kept, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s.send("\x1b[A\r")
	s.expect(`Submit now\?`, 3*time.Second)
	s.send("1")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	// Put the journal back as it was after the submit was journaled.
	if err := os.WriteFile(path, append(kept, []byte(`{"kind":"submit","q":0,"elapsed_ms":999999}`+"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	r := start(t, home, 80, 24, "resume")
	if code := r.wait(5 * time.Second); code != 0 {
		t.Fatalf("resume: exit %d; screen:\n%s", code, r.text())
	}
	savedOnce(t, home, "resuming a saved submit")
}

// testDiscardAsksAgain: after Ctrl-C, Discard asks again with No as the
// default; digits do not answer it.
func testDiscardAsksAgain(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("1")
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	m := s.mark()
	s.send("3")
	s.expectAfter(m, `Discard this attempt\?`, 3*time.Second)
	s.send("2123") // digits: nothing
	s.send("\r")   // the default: No
	s.expectAfter(m, `Paused\. What now\?`, 3*time.Second)
	if len(journals(home)) != 1 {
		t.Fatal("the journal went after Discard, No")
	}
	m = s.mark()
	s.send("3")
	s.expectAfter(m, `Discard this attempt\?`, 3*time.Second)
	s.send("\x1b[B\r")
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	s.expect(`Discarded`, time.Second)
	if len(journals(home)) != 0 {
		t.Fatal("journal kept after a confirmed discard")
	}
}

// testCtrlCTwiceExits130: Ctrl-C in the pause menu saves and quits.
func testCtrlCTwiceExits130(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("1")
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	s.send("\x03")
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130; screen:\n%s", code, s.text())
	}
	s.expect(`Saved 1 of 3 answers`, time.Second)
	s.saneTerminal()
}

// testClosedTerminalKeepsClock: a terminal closed under the exam (read
// fails, SIGHUP) still journals the time used.
func testClosedTerminalKeepsClock(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("1")
	time.Sleep(2 * time.Second)
	s.tty.Close()
	s.ptmx.Close()
	s.wait(5 * time.Second)
	evs := events(t, home)
	if last := evs[len(evs)-1]; last.Kind != exam.EventTime || last.ElapsedMS < 2000 {
		t.Fatalf("last journal event %+v; want the time used, 2 s or more", last)
	}
}

// testSIGHUPKeepsClock: SIGHUP journals the time used up to it. (A guard:
// SIGHUP alone already did; the time was lost when the terminal closed,
// which testClosedTerminalKeepsClock covers.)
func testSIGHUPKeepsClock(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("1")
	time.Sleep(2 * time.Second)
	s.cmd.Process.Signal(syscall.SIGHUP)
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	evs := events(t, home)
	if last := evs[len(evs)-1]; last.Kind != exam.EventTime || last.ElapsedMS < 2000 {
		t.Fatalf("last journal event %+v; want the time used, 2 s or more", last)
	}
}

// testResizeRedrawsAtOnce: an untimed drill (no clock to tick) redraws as
// soon as the terminal changes size.
func testResizeRedrawsAtOnce(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "drill", "--count", "3", "--seed", "5")
	s.expect(`Question 1/3`, 5*time.Second)
	time.Sleep(200 * time.Millisecond)
	m := s.mark()
	pty.Setsize(s.ptmx, &pty.Winsize{Cols: 60, Rows: 20})
	// An untimed drill has no clock to redraw it: without the resize
	// it would never be drawn again.
	s.expectAfter(m, `Question 1/3`, 3*time.Second)
}

// testResizeOnReviewRedrawsOnly: a resize on the review screen redraws it
// and chooses nothing.
func testResizeOnReviewRedrawsOnly(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	s.send("r")
	s.expect(`Review · 0 of 3 answered`, 3*time.Second)
	m := s.mark()
	pty.Setsize(s.ptmx, &pty.Winsize{Cols: 70, Rows: 20})
	s.expectAfter(m, `Review · 0 of 3 answered`, 3*time.Second)
	time.Sleep(200 * time.Millisecond)
	if strings.Contains(s.textSince(m), "Submit now?") || strings.Contains(s.textSince(m), "Question") {
		t.Fatalf("a resize chose an entry of the review:\n%s", s.textSince(m))
	}
}

// testFullDiskLeavesNoJournal: an exam that cannot write its journal's
// first line (a full disk; here a file size limit of 0) leaves no empty
// journal, and resume does not call one damaged.
func testFullDiskLeavesNoJournal(t *testing.T) {
	home := t.TempDir()
	s := startProgram(t, home, 80, 24, "sh", "-c", `ulimit -f 0; exec "$0" mock --count 3`, binary)
	if code := s.wait(5 * time.Second); code != 1 {
		t.Fatalf("exit %d, want 1; screen:\n%s", code, s.text())
	}
	if j := journals(home); len(j) != 0 {
		t.Fatalf("journal left by a failed start: %v", j)
	}
	// An empty journal left by an older version goes too.
	os.WriteFile(filepath.Join(home, "sessions", "20260101-000000-aaaaaa.jsonl"), nil, 0o644)
	r := start(t, home, 80, 24, "resume")
	if code := r.wait(5 * time.Second); code != 1 {
		t.Fatalf("resume: exit %d", code)
	}
	r.expect(`no unfinished exam to resume`, time.Second)
	if strings.Contains(r.text(), "damaged") {
		t.Fatalf("an empty journal reported damaged:\n%s", r.text())
	}
}

// tmuxScreen runs awsexam in a tmux window of the given size, waits for
// its first screen, sends keys with send-keys (each argument one call's
// worth), and returns the screen once it matches want (or after 5 s).
func tmuxScreen(t *testing.T, home string, cols, rows int, args string, want *regexp.Regexp, keys ...[]string) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("no tmux on this machine (.ci/run installs it): the screen cannot be read back")
	}
	sock := filepath.Join(t.TempDir(), "tmux")
	tm := func(a ...string) string {
		out, err := exec.Command("tmux", append([]string{"-S", sock}, a...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", a, err, out)
		}
		return string(out)
	}
	tm("new-session", "-d", "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows),
		fmt.Sprintf("AWSEXAM_HOME=%s AWSEXAM_TTY=%s AWSEXAM_PROMPT=%s TERM=xterm-256color %s %s; sleep 30", home, inputPath(t), promptPath(t), binary, args))
	t.Cleanup(func() { exec.Command("tmux", "-S", sock, "kill-server").Run() })
	screenFor := func(rx *regexp.Regexp) string {
		var screen string
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if screen = tm("capture-pane", "-p", "-t", "0"); rx.MatchString(screen) {
				break
			}
		}
		return screen
	}
	screenFor(regexp.MustCompile(`\? Your answer`))
	for _, k := range keys {
		tm(append([]string{"send-keys", "-t", "0"}, k...)...)
		time.Sleep(100 * time.Millisecond)
	}
	return screenFor(want)
}

// testMultipleResponseCursorFollowsToggle: the cursor (>) is drawn on the
// row that Space toggled.
func testMultipleResponseCursorFollowsToggle(t *testing.T) {
	// With --seed 1 the pty bank's third question is a "choose three"; any
	// answer to the first two will do (a digit answers, Enter goes on).
	want := regexp.MustCompile(`(?m)^> \[x\]\s+3 `)
	screen := tmuxScreen(t, t.TempDir(), 80, 24, "drill --bank "+ptyBank(t)+" --count 3 --seed 1", want,
		[]string{"1"}, []string{"Enter"}, []string{"Down", "Enter"}, []string{"Enter"}, []string{"Down", "Down", "Space"})
	if !want.MatchString(screen) {
		t.Fatalf("the cursor is not on the toggled row 3:\n%s", screen)
	}
}

// testShortTerminalKeepsHeader: at 50x16 the header with the clock stays
// on the screen's first line; the question is cut instead.
func testShortTerminalKeepsHeader(t *testing.T) {
	for _, seed := range []string{"1", "2", "3"} {
		want := regexp.MustCompile(`^Question 1/3 · 0:\d\d:\d\d left`)
		screen := tmuxScreen(t, t.TempDir(), 50, 16, "mock --count 3 --time 10m --seed "+seed, want)
		if first := strings.SplitN(screen, "\n", 2)[0]; !want.MatchString(first) {
			t.Fatalf("seed %s: first line %q, want the header with the clock; screen:\n%s", seed, first, screen)
		}
	}
}

// testReviewFilterOpensQuestion: typing on the review screen filters its
// entries (Hangul and symbols too), Backspace edits the filter, and Enter
// opens the one entry left, on every prompt.
func testReviewFilterOpensQuestion(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "5", "--seed", singleSeed(t, 5))
	s.expect(`Question 1/5`, 5*time.Second)
	s.send("r")
	s.expect(`Review · 0 of 5 answered`, 3*time.Second)
	m := s.mark()
	s.send("3  ✗x\x7f") // question 3's entry: "  3  ✗ open …"
	s.expectAfter(m, `Go to: 3  ✗`, 3*time.Second)
	s.send("\r")
	s.expectAfter(m, `Question 3/5`, 3*time.Second)
}

// testMockDigitEnterIsOneAnswer: `2⏎`, a digit and its Enter typed as one
// answer, answers one question in a mock. Before, the Enter answered the
// next question with the option under the cursor, an answer never given;
// after the pause menu's `1` it answered the question on screen, and after
// the last question's answer it sent the review back to that question. An
// Enter pressed later (a person who read the question) still answers.
func testMockDigitEnterIsOneAnswer(t *testing.T) {
	home := t.TempDir()
	s := start(t, home, 80, 24, "mock", "--count", "3", "--seed", singleSeed(t, 3))
	s.expect(`Question 1/3`, 5*time.Second)
	m := s.mark()
	s.send("2\r")
	s.expectAfter(m, `Question 2/3 · \d:\d\d:\d\d left · 1 answered`, 3*time.Second)
	time.Sleep(time.Second)
	if got := s.textSince(m); strings.Contains(got, "2 answered") || strings.Contains(got, "Question 3/3") {
		t.Fatalf("the Enter of `2⏎` answered question 2 too; screen since:\n%s", got)
	}
	m = s.mark()
	s.send("\r") // a second later: the option under the cursor
	s.expectAfter(m, `Question 3/3 · \d:\d\d:\d\d left · 2 answered`, 3*time.Second)
	// `1⏎` in the pause menu continues; its Enter answers nothing.
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	m = s.mark()
	s.send("1\r")
	s.expectAfter(m, `Question 3/3 · \d:\d\d:\d\d left · 2 answered`, 3*time.Second)
	time.Sleep(time.Second)
	if got := s.textSince(m); strings.Contains(got, "3 answered") {
		t.Fatalf("the Enter of the pause menu's `1⏎` answered question 3; screen since:\n%s", got)
	}
	// `4⏎` on the last question: the review stays, not sent back to it.
	m = s.mark()
	s.send("4\r")
	s.expectAfter(m, `Review · 3 of 3 answered`, 3*time.Second)
	time.Sleep(time.Second)
	if got := s.textSince(m); strings.Contains(got, "Question 3/3") {
		t.Fatalf("the Enter of `4⏎` on the last question left the review; screen since:\n%s", got)
	}
	var got []string
	for _, ev := range events(t, home) {
		if ev.Kind == exam.EventAnswer {
			got = append(got, fmt.Sprint(ev.Q, ev.Chosen))
		}
	}
	if want := []string{"0 [1]", "1 [0]", "2 [3]"}; !slices.Equal(got, want) {
		t.Errorf("journal answers %q, want %q", got, want)
	}
	s.send("\x03")
	s.send("2") // save and quit
	s.wait(5 * time.Second)
	s.saneTerminal()
}
