package exam

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/bank"
)

func TestParseSheet(t *testing.T) {
	e := threeQuestions()
	tests := []struct {
		name, sheet string
		want        [][]int
	}{
		{"letters", "B\nAD\nc\n", [][]int{{1}, {0, 3}, {2}}},
		{"digits", "2\n1,4\n3", [][]int{{1}, {0, 3}, {2}}},
		{"unanswered", "-\n\nC\n", [][]int{nil, nil, {2}}},
		{"numbered", "3: C\n1. b\n", [][]int{{1}, nil, {2}}},
		{"numbered then in order", "2) A D\nC\n", [][]int{nil, {0, 3}, {2}}},
		{"fewer lines", "B\n", [][]int{{1}, nil, nil}},
		{"comments and CRLF", "# my sheet\r\nB\r\nAD\r\nC\r\n", [][]int{{1}, {0, 3}, {2}}},
		{"empty", "", [][]int{nil, nil, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs, _ := ParseSheet("s.txt", []byte(tt.sheet), e)
			if len(errs) > 0 {
				t.Fatalf("errors: %v", errs)
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]int]) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseSheetErrors(t *testing.T) {
	e := threeQuestions()
	tests := []struct{ sheet, want string }{
		{"B\nX\nC\n", `s.txt:2: question 2: "X": this question has options A–E (1–5)`},
		{"B\nAD\nC\nD\n", "s.txt:4: answer for question 4, but the exam has 3 questions"},
		{"9: A\n", "s.txt:1: question 9: the exam has questions 1 to 3"},
		{"B\n1: C\n", "s.txt:2: question 1 is answered twice (also on line 1)"},
		{"AA\n", `s.txt:1: question 1: "AA" names option A twice`},
		{"B?\n", `s.txt:1: question 1: "B?" is not an answer`},
		{"\xff\n", "s.txt:1: not UTF-8 text"},
		{"B\n0: A\n", "s.txt:2: question 0: the exam has questions 1 to 3"},
		{"B\n99999999999999999999: A\n", `s.txt:2: question 2: "99999999999999999999: A": this question has options A–E`},
		{"B\x00\n", `s.txt:1: question 1: "B\x00" is not an answer`},
		{"\x1b[2J\n", `s.txt:1: question 1: "\x1b[2J" is not an answer`},
		{"A\x00\n\x00B\x00\n\x00", `s.txt:1: question 1: "A\x00" is not an answer`}, // UTF-16 without a BOM
		{"B\rC\rD\r", `s.txt:1: question 1: "B\rC\rD" is not an answer`},            // old Mac line ends
		{"-1: A\n", `s.txt:1: question 1: "-1: A" is not an answer`},
	}
	for _, tt := range tests {
		_, errs, _ := ParseSheet("s.txt", []byte(tt.sheet), e)
		if len(errs) == 0 || !strings.HasPrefix(errs[0].Error(), tt.want) {
			t.Errorf("sheet %q: got %v, want %q", tt.sheet, errs, tt.want)
		}
		for _, err := range errs {
			if r, bad := bank.ControlRune(err.Error()); bad {
				t.Errorf("sheet %q: control character %U in the message %q", tt.sheet, r, err)
			}
		}
	}
}

// TestParseSheetHuge: a million lines against three questions make twenty
// errors and a count; a 1 MB line is quoted to 60 characters.
func TestParseSheetHuge(t *testing.T) {
	e := threeQuestions()
	sheet := strings.Repeat("A\n", 1_000_000)
	_, errs, total := ParseSheet("s.txt", []byte(sheet), e)
	if len(errs) != MaxSheetErrors || total != 1_000_000-3 {
		t.Errorf("got %d errors shown, %d in all; want %d and %d", len(errs), total, MaxSheetErrors, 1_000_000-3)
	}
	long := strings.Repeat("Z", 1<<20)
	_, errs, _ = ParseSheet("s.txt", []byte("B\n"+long+"\n"), e)
	if len(errs) != 1 || len(errs[0].Error()) > 200 || !strings.Contains(errs[0].Error(), `"`+strings.Repeat("Z", 60)+`"…`) {
		t.Errorf("a 1 MB line gives %d errors, the first %d bytes long", len(errs), len(errs[0].Error()))
	}
}

func FuzzParseSheet(f *testing.F) {
	f.Add("B\nAD\nC\n")
	f.Add("12: b\n-\n\n3) 1,4")
	f.Add("\xef\xbb\xbf#\r\n99999999999999999999: A")
	e := threeQuestions()
	f.Fuzz(func(t *testing.T, sheet string) {
		got, errs, total := ParseSheet("f.txt", []byte(sheet), e)
		if len(errs) > MaxSheetErrors || total < len(errs) {
			t.Fatalf("%d errors shown of %d", len(errs), total)
		}
		if len(errs) > 0 {
			for _, err := range errs {
				if !strings.HasPrefix(err.Error(), "f.txt:") {
					t.Fatalf("error without FILE:LINE: %v", err)
				}
			}
			return
		}
		if len(got) != len(e.Questions) {
			t.Fatalf("got %d answers for %d questions", len(got), len(e.Questions))
		}
		for i, c := range got {
			for _, k := range c {
				if k < 0 || k >= len(e.Questions[i].Options) {
					t.Fatalf("question %d: option %d out of range: %s", i+1, k, fmt.Sprint(got))
				}
			}
		}
	})
}
