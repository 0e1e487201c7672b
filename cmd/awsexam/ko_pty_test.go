//go:build linux

package main

// The Korean interface at 80×24: LANG=ko_KR.UTF-8 in the program's
// environment, keys in bursts, letter keys typed as a Korean input method
// sends them (jamo), every line within 80 columns (Hangul two) and no East
// Asian ambiguous-width character in the screens' own layout.

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/width"

	"github.com/awsexam/awsexam/internal/exam"
)

// koreanEnv is a Korean locale, with nothing set above LANG to override it.
var koreanEnv = []string{"LANG=ko_KR.UTF-8", "LC_ALL=", "LC_MESSAGES=", "AWSEXAM_LANG="}

// noAmbiguous checks that the screens drawn since mark use no East Asian
// ambiguous-width character (two columns on a terminal set to "ambiguous
// = wide", common in Korean setups): the Korean layout is drawn in ASCII.
func (s *session) noAmbiguous(mark int, lines *regexp.Regexp) {
	s.t.Helper()
	seen := map[rune]bool{}
	var text strings.Builder
	for _, l := range regexp.MustCompile(`[\r\n]`).Split(s.textSince(mark), -1) {
		if lines == nil || lines.MatchString(l) {
			text.WriteString(l)
		}
	}
	for _, r := range text.String() {
		if width.LookupRune(r).Kind() == width.EastAsianAmbiguous && !seen[r] {
			seen[r] = true
			s.t.Errorf("the Korean screens use %q (U+%04X), an ambiguous-width character", r, r)
		}
	}
}

// A Korean drill: the header, the keys with their jamo, the feedback and
// e (typed as ㄷ) for every option explained, the pause menu, a "choose
// three" refused with two, the end notes.
func testKoreanDrill(t *testing.T) {
	home := t.TempDir()
	s := startProgramEnv(t, home, 80, 24, koreanEnv, binary, "drill", "--bank", ptyBank(t), "--count", "3", "--seed", "1")
	s.expect(`문제 1/3`, 5*time.Second)
	s.expect(`1-4 답 \| f\(ㄹ\) 표시 \| Ctrl-C 일시 정지`, time.Second)
	s.expect(`답 선택:`, time.Second)
	e := examOf(t, home)
	if e.Questions[2].Choose != 3 {
		t.Fatalf("seed 1 of the pty bank: want a choose three third, got choose %d", e.Questions[2].Choose)
	}
	m := s.mark()
	s.send(digit(e.Questions[0].Answers[0]) + "ㄷ") // the right answer, then e as a Korean IME sends it
	s.expectAfter(m, `O 정답입니다\.`, 3*time.Second)
	s.expectAfter(m, digit(e.Questions[0].Answers[0])+`\. .*\(정답, 내 답\)`, 3*time.Second)
	s.expectAfter(m, `e\(ㄷ\) 짧게 보기 \| d\(ㅇ\) 이의 제기`, time.Second)
	m = s.mark()
	s.send("e")
	s.expectAfter(m, `e\(ㄷ\) 모든 보기 설명`, 3*time.Second)
	s.expectAfter(m, `계속:`, time.Second)
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `문제 2/3`, 3*time.Second)
	m = s.mark()
	s.send("\x03")
	s.expectAfter(m, `일시 정지했습니다\. 어떻게 하시겠습니까\?`, 3*time.Second)
	s.expectAfter(m, `시험 계속하기`, time.Second)
	s.expectAfter(m, `지금까지의 답은 저장되어 있습니다`, time.Second)
	m = s.mark()
	s.send("1") // continue
	s.expectAfter(m, `문제 2/3`, 3*time.Second)
	w := wrongOption(&e.Questions[1])
	m = s.mark()
	s.send(digit(w))
	s.expectAfter(m, `X 오답입니다\.`, 3*time.Second)
	s.expectAfter(m, `내가 고른 답 `+digit(w)+`\.`, time.Second)
	s.expectAfter(m, `정답 `+digit(e.Questions[1].Answers[0])+`\.`, time.Second)
	m = s.mark()
	s.send("\r")
	s.expectAfter(m, `문제 3/3`, 3*time.Second)
	s.expectAfter(m, `\(세 개를 고르십시오\.\)`, time.Second)
	s.expectAfter(m, `1-\d/Space 선택, Enter 확인 \| f\(ㄹ\) 표시 \| Ctrl-C 일시 정지`, time.Second)
	keys := e.Questions[2].Answers
	m = s.mark()
	s.send(digit(keys[0]) + digit(keys[1]) + "\r") // two of three: refused
	s.expectAfter(m, `세 개를 고르십시오\. 지금 2개를 골랐습니다\.`, 3*time.Second)
	m = s.mark()
	s.send(digit(keys[2]) + "\r")
	s.expectAfter(m, `O 정답입니다\.`, 3*time.Second)
	s.expectAfter(m, `결과 보기`, time.Second)
	s.noAmbiguous(0, nil)
	m = s.mark()
	s.send("\r")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	// The summary (worded by report) and the note after it, in Korean.
	s.expectAfter(m, `점수 \d+/1000`, time.Second)
	s.expectAfter(m, `2/3 정답 \| `, time.Second)
	s.expectAfter(m, `저장했습니다\(응시 ID \d{8}-`, time.Second)
	s.fitsWidth(80)
	s.saneTerminal()
	s.usedPrompt()
}

// A Korean mock of the built-in bank opening on a "choose two": the
// header with the clock, the keys (too wide for one line, broken between
// hints, not cut), f and r typed as jamo, the pause menu, the review
// before submitting and its confirmation.
func testKoreanMock(t *testing.T) {
	home := t.TempDir()
	seed := seedWhere(t, func(e *exam.Exam) bool { return e.Questions[0].Choose == 2 }, "--count", "4")
	s := startProgramEnv(t, home, 80, 24, koreanEnv, binary, "mock", "--count", "4", "--seed", seed)
	s.expect(`문제 1/4 \| 남은 시간 \d:\d\d:\d\d \| 0문항 답함 \| 0문항 표시`, 5*time.Second)
	q := examOf(t, home).Questions[0]
	if q.Choose != 2 {
		t.Fatalf("the mock's first question is a choose %d, not what generate gave for seed %s", q.Choose, seed)
	}
	s.expect(`\(두 개를 고르십시오\.\)`, time.Second)
	s.expect(`1-\d/Space 선택, Enter 확인 \| f\(ㄹ\) 표시 \| <- p\(ㅔ\) 이전 \| -> n\(ㅜ\) 다음\s+r\(ㄱ\) 검토 \| Ctrl-C 일시 정지`, time.Second)
	s.expect(`답 선택\(복수\):`, time.Second)
	m := s.mark()
	s.send(digit(q.Answers[0]) + digit(q.Answers[1]) + "\r")
	s.expectAfter(m, `문제 2/4 \| 남은 시간 \d:\d\d:\d\d \| 1문항 답함`, 3*time.Second)
	m = s.mark()
	s.send("ㄹ") // f: flag question 2
	s.expectAfter(m, `1문항 표시`, 3*time.Second)
	s.expectAfter(m, `-- ⚑ 검토 표시 ---`, time.Second)
	m = s.mark()
	s.send("\x03")
	s.expectAfter(m, `일시 정지했습니다\. 어떻게 하시겠습니까\?`, 3*time.Second)
	s.expectAfter(m, `저장하고 끝내기 \(나중에 awsexam resume으로 이어서\)`, time.Second)
	m = s.mark()
	s.send("1")
	s.expectAfter(m, `문제 2/4`, 3*time.Second)
	m = s.mark()
	s.send("ㄱ") // r: the review before submitting
	s.expectAfter(m, `검토 \| 4문항 중 1문항 답함 \| 미답 3 \| 표시 1`, 3*time.Second)
	s.expectAfter(m, `약 \d+분 남음`, time.Second)
	s.expectAfter(m, `시험 제출`, time.Second)
	s.expectAfter(m, `2번 문제로 돌아가기`, time.Second)
	s.expectAfter(m, ` 2  - 안 함 ⚑ `, time.Second)
	m = s.mark()
	s.send("\x1b[A\r") // ↑ to "시험 제출", Enter
	s.expectAfter(m, `지금 제출하시겠습니까\? 미답 3문항\(오답으로 처리\), 표시 1문항\.`, 3*time.Second)
	s.expectAfter(m, `예, 제출하고 점수 보기`, time.Second)
	// The bank's notes are the user's: only the layout's lines are checked.
	s.noAmbiguous(0, regexp.MustCompile(`^(문제 \d|검토 \||약 \d|방향키|\(두 개|1-\d|f\(ㄹ|<- p|r\(ㄱ|지금 제출|\? |-{3})|^ *\d+ +(O 답함|- 안 함)| \| Ctrl-C`))
	m = s.mark()
	s.send("1")
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.expectAfter(m, `점수 \d+/1000`, time.Second)
	s.expectAfter(m, `/4 정답 \| `, time.Second)
	s.expectAfter(m, `저장했습니다\(응시 ID \d{8}-`, time.Second)
	s.fitsWidth(80)
	s.saneTerminal()
}

// --lang en keeps today's English screens on a Korean system.
func testLangEnOverKoreanLocale(t *testing.T) {
	home := t.TempDir()
	s := startProgramEnv(t, home, 80, 24, koreanEnv, binary, "drill", "--lang", "en", "--bank", ptyBank(t), "--count", "3", "--seed", "1")
	s.expect(`Question 1/3`, 5*time.Second)
	s.expect(`1–4 answer · f flag · Ctrl-C pause`, time.Second)
	s.send("\x03")
	s.expect(`Paused\. What now\?`, 3*time.Second)
	s.send("2")
	if code := s.wait(5 * time.Second); code != 130 {
		t.Fatalf("exit %d, want 130", code)
	}
	s.expect(`Saved 0 of 3 answers\. Continue with: awsexam resume`, time.Second)
	for _, ko := range []string{"문제 1/3", "일시 정지", "답 선택", "저장했습니다"} {
		if strings.Contains(s.text(), ko) {
			t.Errorf("--lang en shows %q, Korean", ko)
		}
	}
}

// The review command in Korean: the head, the tags, the keys with their
// jamo, the list of questions, and a dispute asked and confirmed in Korean.
func testKoreanReviewAndDispute(t *testing.T) {
	home := t.TempDir()
	gradedAttempt(t, home)
	s := startProgramEnv(t, home, 80, 24, koreanEnv, binary, "review")
	s.expect(`문제 1/3 \| 정답`, 5*time.Second)
	s.expect(`<- p\(ㅔ\) 이전 \| -> n\(ㅜ\) 다음 \| 방향키 스크롤 \| r\(ㄱ\) 목록 \| d\(ㅇ\) 이의 제기\s+q\(ㅂ\) 끝내기`, time.Second)
	m := s.mark()
	s.send("ㅜ") // n
	s.expectAfter(m, `문제 2/3 \| 오답`, 3*time.Second)
	s.expectAfter(m, `<- 내 답`, time.Second)
	s.expectAfter(m, `<- 정답`, time.Second)
	m = s.mark()
	s.send("ㅇ") // d
	s.expectAfter(m, `이 카드의 정답에 이의 제기`, 3*time.Second)
	s.expectAfter(m, `무엇이 잘못되었습니까\?`, time.Second)
	s.expectAfter(m, `정답인 보기가 두 개입니다`, time.Second)
	m = s.mark()
	s.send("1")
	s.expectAfter(m, `정답이 틀렸습니다\.`, 3*time.Second)
	s.expectAfter(m, `덧붙일 말이 있습니까\? \(선택: Enter로 기록, Ctrl-C로 취소\)`, time.Second)
	m = s.mark()
	s.send("키가 틀림\r")
	s.expectAfter(m, `기록했습니다\(정답이 틀림\)\.`, 5*time.Second)
	s.expectAfter(m, `문제 2/3 \| 이의 제기: 점수에서 제외`, time.Second)
	m = s.mark()
	s.send("ㅜ")
	s.expectAfter(m, `문제 3/3 \| 답하지 않음`, 3*time.Second)
	s.expectAfter(m, `답하지 않음: 오답으로 처리됩니다\.`, time.Second)
	m = s.mark()
	s.send("ㅜ")
	s.expectAfter(m, `마지막 문제입니다\. q는 끝내기, p는 이전 문제입니다\.`, 3*time.Second)
	m = s.mark()
	s.send("ㄱ") // r: the list
	s.expectAfter(m, `응시 \S+ 검토 \| 3문항`, 3*time.Second)
	s.expectAfter(m, `이동:`, time.Second)
	s.expectAfter(m, ` 2 이의 제기 `, time.Second)
	m = s.mark()
	s.send("\x1b[A\x1b[A\r")
	s.expectAfter(m, `문제 1/3 \| 정답`, 3*time.Second)
	s.noAmbiguous(0, nil)
	s.send("ㅂ") // q
	if code := s.wait(5 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.fitsWidth(80)
	s.saneTerminal()
}

// The time notices and the end by itself, in Korean.
func testKoreanMockEndsByItself(t *testing.T) {
	home := t.TempDir()
	s := startProgramEnv(t, home, 80, 24, koreanEnv, binary, "mock", "--count", "5", "--time", "3s", "--seed", "2")
	s.expect(`문제 1/5 \| 남은 시간 0:00:0[23] \| 0문항 답함 \| 0문항 표시`, 5*time.Second)
	s.expect(`남은 시간이 1분 미만입니다\. 시간이 다 되면 시험이 자동으로 끝납니다\.`, time.Second)
	if code := s.wait(6 * time.Second); code != 0 {
		t.Fatalf("exit %d", code)
	}
	s.expect(`시간이 다 되어 시험이 자동으로 끝났습니다\. 답하지 않은 문제는 오답입니다\.`, time.Second)
	s.expect(`0/5 정답 \| `, time.Second)
	s.fitsWidth(80)
	s.saneTerminal()
}
