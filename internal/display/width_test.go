package display

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"한국어", 6},
		{"Lambda 함수", 11},
		{"e\u0301", 1}, // combining accent
		{"ｱ", 1},       // halfwidth katakana
		{"ＡＢ", 4},      // fullwidth latin
		{"…", 1},
		{"\x1b[32;1m정답\x1b[0m", 4}, // colour takes no columns
	}
	for _, tt := range tests {
		if got := Width(tt.in); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		in   string
		cols int
		want []string
	}{
		{"aaa bbb ccc", 7, []string{"aaa bbb", "ccc"}},
		{"지수 백오프로 재시도 구현", 10, []string{"지수", "백오프로", "재시도", "구현"}},
		{"지수 백오프로 재시도 구현", 13, []string{"지수 백오프로", "재시도 구현"}},
		{"가나다라마바", 5, []string{"가나", "다라", "마바"}},
		{"line1\nline2", 20, []string{"line1", "line2"}},
		{"", 10, []string{""}},
	}
	for _, tt := range tests {
		got := Wrap(tt.in, tt.cols)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.cols, got, tt.want)
		}
		for _, l := range got {
			if Width(l) > tt.cols {
				t.Errorf("Wrap(%q, %d): line %q is %d columns", tt.in, tt.cols, l, Width(l))
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in   string
		cols int
		want string
	}{
		{"short", 10, "short"},
		{"Lambda 함수 메모리 증가", 10, "Lambda 함…"},
		{"가나다", 4, "가…"},
		{"가나다", 5, "가나…"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		got := Truncate(tt.in, tt.cols)
		if got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.cols, got, tt.want)
		}
		if !utf8.ValidString(got) || Width(got) > max(tt.cols, 0) {
			t.Errorf("Truncate(%q, %d) = %q: %d columns", tt.in, tt.cols, got, Width(got))
		}
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("지수 백오프로 재시도 구현", 7)
	f.Add("a\nb  c", 1)
	f.Fuzz(func(t *testing.T, s string, cols int) {
		if !utf8.ValidString(s) || cols < 2 || cols > 500 {
			return
		}
		for _, l := range Wrap(s, cols) {
			if Width(l) > cols && utf8.RuneCountInString(l) > 1 {
				t.Fatalf("line %q is %d columns, want at most %d", l, Width(l), cols)
			}
		}
	})
}
