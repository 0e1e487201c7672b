package bank

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestParseNotesQuirks(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		section  string
		question string
		answer   string
		line     int
	}{
		{"plain", "### --API Gateway\nQ1 | A1\n", "API Gateway", "Q1", "A1", 2},
		{"backticks are emphasis", "### --S\n`유일한 사용자 구성` 방법 | `ASG`, `ELB`\n", "S", "유일한 사용자 구성 방법", "ASG, ELB", 2},
		{"br is a line break", "### --S\n첫째<br>둘째<BR/>셋째 | 답\n", "S", "첫째\n둘째\n셋째", "답", 2},
		{"trailing pipe after answer", "### --S\n게스트 허용 | 활성화 된 Cognito|\n", "S", "게스트 허용", "활성화 된 Cognito", 2},
		{"no space before pipe", "### --S\n해결방안은?| 정답\n", "S", "해결방안은?", "정답", 2},
		{"split at first pipe only", "### --S\nQ | A | B\n", "S", "Q", "A | B", 2},
		{"blank lines inside a section", "### --S\n\n\nQ | A\n", "S", "Q", "A", 4},
		{"heading with space after dashes", "### -- Kinesis Data Stream\nQ | A\n", "Kinesis Data Stream", "Q", "A", 2},
		{"korean heading", "### --성능개선\nQ | A\n", "성능개선", "Q", "A", 2},
		{"list heading", "### --CodePipeline, CodeCommit\nQ | A\n", "CodePipeline, CodeCommit", "Q", "A", 2},
		{"utf-8 BOM", "\uFEFF### --S\nQ | A\n", "S", "Q", "A", 2},
		{"CRLF", "### --S\r\nQ | A\r\n", "S", "Q", "A", 2},
		{"before first heading", "Q | A\n### --S\n", DefaultSection, "Q", "A", 1},
		{"NFD hangul becomes NFC", norm.NFD.String("### --성능\n질문 | 답변\n"), "성능", "질문", "답변", 2},
		{"runs of spaces folded", "### --S\nQ   with\tspaces |   A  \n", "S", "Q with spaces", "A", 2},
		{"no final newline", "### --S\nQ | A", "S", "Q", "A", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cards, probs := parseNotes(context.Background(), "f.txt", []byte(tt.in))
			if len(probs) != 0 {
				t.Fatalf("problems: %v", probs)
			}
			if len(cards) != 1 {
				t.Fatalf("got %d cards, want 1", len(cards))
			}
			c := cards[0]
			if c.Section != tt.section || c.Question != tt.question || c.Answer() != tt.answer || c.Source.Line != tt.line {
				t.Errorf("got %q / %q / %q at line %d, want %q / %q / %q at line %d",
					c.Section, c.Question, c.Answer(), c.Source.Line, tt.section, tt.question, tt.answer, tt.line)
			}
		})
	}
}

func TestParseNotesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want []string // each a problem's FILE:LINE: prefix and a part of its message
	}{
		{"line without pipe", []byte("### --S\nQ | A\nQ | A\nno pipe here\n"), []string{`f.txt:4: no "|"`}},
		{"empty question", []byte("### --S\n | A\n"), []string{"f.txt:2: empty question"}},
		{"empty answer", []byte("### --S\nQ | \n"), []string{"f.txt:2: empty answer"}},
		{"only a pipe", []byte("### --S\n|\n"), []string{"f.txt:2: empty question and answer"}},
		{"empty heading", []byte("###\nQ | A\n"), []string{"f.txt:1: empty section heading"}},
		{"invalid utf-8", []byte("### --S\nQ \xff\xfe | A\n"), []string{"f.txt:2: invalid UTF-8"}},
		{"utf-16 with BOM", append([]byte{0xFF, 0xFE}, []byte("Q\x00 \x00|\x00 \x00A\x00")...), []string{"f.txt:1: the file is UTF-16"}},
		{"utf-16 without BOM", []byte("Q\x00 \x00|\x00 \x00A\x00\n\x00"), []string{"f.txt:1: the file is UTF-16"}},
		{"binary", []byte("### --S\nQ | A\n\x7fELF\x00\x01\x02"), []string{"f.txt:3: binary data"}},
		{"every problem reported", []byte("a\nb\nc | \n"), []string{`f.txt:1: no "|"`, `f.txt:2: no "|"`, "f.txt:3: empty answer"}},
		{"3 MB line", append(append([]byte("### --S\n"), bytes.Repeat([]byte("가"), 1<<20)...), " | A\n"...), []string{"f.txt:2: line is 3145732 bytes long"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := parseNotes(context.Background(), "f.txt", tt.in)
			if len(probs) != len(tt.want) {
				t.Fatalf("got %d problems %v, want %d", len(probs), probs, len(tt.want))
			}
			for i, w := range tt.want {
				if got := probs[i].String(); !strings.HasPrefix(got, w) {
					t.Errorf("problem %d: got %q, want prefix %q", i, got, w)
				}
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"`a` b", "a b"},
		{"a<br>b", "a\nb"},
		{"a <br /> b", "a\nb"},
		{"  a  ", "a"},
		{norm.NFD.String("한국어"), "한국어"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"CodeCommit", "codecommit"},
		{"`ASG`, `ELB`", "ASG ELB"},
		{"Rolling with additional batch", "rolling-with-additional-batch!"},
		{norm.NFD.String("지수 백오프"), "지수백오프"},
	}
	for _, tt := range tests {
		if Fold(tt.a) != Fold(tt.b) {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q: want equal", tt.a, Fold(tt.a), tt.b, Fold(tt.b))
		}
	}
	if Fold("글로벌 보조 인덱스") == Fold("로컬 보조 인덱스") {
		t.Error("different answers fold equal")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("notes.txt", []byte("### --S\nQ | A\n"))
	f.Add("bank.yaml", []byte("sections:\n  - name: S\n    cards:\n      - question: Q\n        answer: A\n"))
	f.Add("anki.txt", []byte("#separator:tab\n#html:true\n#deck:D\nQ\tA<br>B\n"))
	f.Add("anki.txt", []byte("#separator:pipe\n#tags column:3\n\"Q|x\"|A|domain::security\n"))
	f.Add("anki.txt", []byte("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"+
		"g1\tBasic\tawsexam::S3 & Encryption\t\"#Q\"\t<ul><li>A</li><li>B</li></ul><hr>Why\tawsexam section::S3_&_Encryption domain::security\n"))
	f.Add("anki.txt", []byte("Q1\tA1\nQ2\tA<br>2\tsection::ECS domain::deployment\n"))
	f.Add("x.txt", []byte{0xFF, 0xFE, 0, 0})
	f.Add("x.yml", []byte("sections: [ {name: 1, cards: {}} ]\n: :\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		cards, probs := Parse(File{Name: name, Data: data})
		for _, c := range cards {
			if c.Question == "" || len(c.Answers) == 0 {
				t.Fatalf("card without question or answer: %+v", c)
			}
			if !utf8.ValidString(c.Question) || !utf8.ValidString(c.Answer()) {
				t.Fatalf("invalid UTF-8 in card %+v", c)
			}
			if c.Source.Line < 1 {
				t.Fatalf("card without a line: %+v", c)
			}
		}
		for _, p := range probs {
			if p.Text() == "" {
				t.Fatalf("problem without a message at %s", p.Source)
			}
		}
	})
}

// TestControlRune agrees with unicode.IsControl on every rune but the
// line break and the tab.
func TestControlRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		s := "a" + string(r) + "b"
		want := unicode.IsControl(r) && r != '\n' && r != '\t'
		got, bad := ControlRune(s)
		if bad != want || bad && got != r {
			t.Errorf("%U: got %U, %v; want %v", r, got, bad, want)
		}
		if _, badBytes := ControlRune([]byte(s)); badBytes != bad {
			t.Errorf("%U: string and bytes disagree", r)
		}
	}
}
