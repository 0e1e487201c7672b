package bank

import (
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
)

func builtinBlueprint(t testing.TB) *Blueprint {
	t.Helper()
	bp, err := ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	return bp
}

func TestEmbeddedBank(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{data.NotesFile, data.Notes}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Cards) != 398 {
		t.Errorf("got %d cards, want 398", len(b.Cards))
	}
	if len(b.Sections) != 21 {
		t.Errorf("got %d sections, want 21", len(b.Sections))
	}
	quota := bp.Quota(65)
	want := []int{21, 17, 15, 12}
	counts := b.DomainCounts()
	for i, d := range bp.Domains {
		if quota[i] != want[i] {
			t.Errorf("quota for %s = %d, want %d", d.ID, quota[i], want[i])
		}
		if counts[i] < quota[i] {
			t.Errorf("domain %s has %d cards, fewer than the %d a 65-question exam takes", d.ID, counts[i], quota[i])
		}
	}
	ids := map[string]bool{}
	for _, c := range b.Cards {
		if ids[c.ID] {
			t.Errorf("duplicate id %s", c.ID)
		}
		ids[c.ID] = true
		if c.DomainBy == DomainByDefault {
			t.Errorf("%s: domain by default; the blueprint should know every built-in section", c.Source)
		}
		if strings.Contains(c.Question+c.Answer(), "`") {
			t.Errorf("%s: raw backtick kept", c.Source)
		}
	}
}

func TestDomainRules(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{data.NotesFile, data.Notes}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	byQuestion := func(prefix string) Card {
		for _, c := range b.Cards {
			if strings.HasPrefix(c.Question, prefix) {
				return c
			}
		}
		t.Fatalf("no card starts with %q", prefix)
		return Card{}
	}
	tests := []struct{ question, domain string }{
		{"S3 서버측 암호화를 위헤", "security"},                         // KMS/encryption in S3 & Encryption
		{"100 GB를 KMS 암호화하는", "security"},                      // KMS
		{"Lambda 함수 테스트 해도 CloudWatch Log", "troubleshooting"}, // logs missing: diagnosis
		{"Java 기반 Lambda 함수. 성능 병목", "troubleshooting"},        // X-Ray section anyway
		{"SAM을 사용해서 Lambda 어플 구축", "deployment"},
		{"배포 오류일 때 Lambda 이전 버전으로 롤백", "troubleshooting"}, // "오류" wins
		{"SQS 지연 대기열이 수행하는 것", "development"},
	}
	for _, tt := range tests {
		if c := byQuestion(tt.question); c.Domain != tt.domain {
			t.Errorf("%s %q: got domain %s, want %s", c.Source, tt.question, c.Domain, tt.domain)
		}
	}
}

func TestIDStableUnderReordering(t *testing.T) {
	bp := builtinBlueprint(t)
	a, err := Load([]File{{"a.txt", []byte("### --S\nQ1 | A1\nQ2 | A2\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load([]File{{"b.txt", []byte("### --S\nQ2 | A2\n\nQ1 | A1 changed\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	if a.Cards[0].ID != b.Cards[1].ID || a.Cards[1].ID != b.Cards[0].ID {
		t.Errorf("ids changed with order: %s %s vs %s %s", a.Cards[0].ID, a.Cards[1].ID, b.Cards[1].ID, b.Cards[0].ID)
	}
	if len(a.Cards[0].ID) != 6 {
		t.Errorf("id %q: want 6 hex digits", a.Cards[0].ID)
	}
}

func TestDuplicateIDsDistinct(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{"d.txt", []byte("### --S\nQ | A\nQ | B\nQ | C\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range b.Cards {
		if seen[c.ID] {
			t.Fatalf("id %s given twice", c.ID)
		}
		seen[c.ID] = true
	}
}

func TestLoadYAMLAndAnki(t *testing.T) {
	bp := builtinBlueprint(t)
	files := []File{}
	for _, p := range []string{"../../testdata/banks/example.yaml", "../../testdata/banks/anki.txt"} {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{p, raw})
	}
	b, err := Load(files, bp)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Cards) != 10 {
		t.Fatalf("got %d cards, want 10", len(b.Cards))
	}
	multi := b.Cards[2]
	if len(multi.Answers) != 2 || len(multi.Distractors) != 2 || multi.Domain != "development" {
		t.Errorf("multiple-response card: %+v", multi)
	}
	if b.Cards[0].Equivalent != "lambda-memory" || b.Cards[0].Explanation == "" {
		t.Errorf("yaml card lost fields: %+v", b.Cards[0])
	}
	anki := b.Cards[6]
	if anki.Section != "DynamoDB" || anki.Answer() != "최종 일관성 읽기를 사용한 쿼리" || anki.Source.Line != 5 {
		t.Errorf("anki card: %+v", anki)
	}
	if b.Cards[7].Domain != "development" || b.Cards[7].DomainBy != DomainByCard {
		t.Errorf("anki domain tag ignored: %+v", b.Cards[7])
	}
}

func TestYAMLErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"unknown card key", "sections:\n  - name: S\n    cards:\n      - question: Q\n        answr: A\n", []string{`b.yaml:5: unknown key "answr"`, "b.yaml:4: card without an answer"}},
		{"unknown top key", "section:\n  - name: S\n", []string{`b.yaml:1: unknown key "section"`}},
		{"both answer and answers", "sections:\n  - name: S\n    cards:\n      - question: Q\n        answer: A\n        answers: [A, B]\n", []string{"b.yaml:4: card has both"}},
		{"syntax error", "sections:\n\t- name: S\n", []string{"b.yaml:2: YAML: found character that cannot start any token"}},
		{"not a mapping", "- a\n- b\n", []string{"b.yaml:1: a YAML bank is a mapping"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := parseYAML("b.yaml", []byte(tt.in))
			if len(probs) != len(tt.want) {
				t.Fatalf("got %v, want %d problems", probs, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(probs[i].String(), w) {
					t.Errorf("got %q, want prefix %q", probs[i], w)
				}
			}
		})
	}
}

func TestLoadReportsUnknownDomainAndEmptyFile(t *testing.T) {
	bp := builtinBlueprint(t)
	_, err := Load([]File{
		{"e.txt", []byte("\n\n")},
		{"d.yaml", []byte("sections:\n  - name: S\n    cards:\n      - {question: Q, answer: A, domain: networking}\n")},
	}, bp)
	var pe *ProblemsError
	if !errors.As(err, &pe) || len(pe.Problems) != 2 {
		t.Fatalf("got %v, want 2 problems", err)
	}
	if !strings.HasPrefix(pe.Problems[0].String(), "e.txt: no cards found") {
		t.Errorf("got %q", pe.Problems[0])
	}
	if !strings.HasPrefix(pe.Problems[1].String(), `d.yaml:4: unknown domain "networking"`) {
		t.Errorf("got %q", pe.Problems[1])
	}
}

func TestProblemsErrorCapsAtTwenty(t *testing.T) {
	var probs []Problem
	for i := 1; i <= 25; i++ {
		probs = append(probs, Problem{Source: Source{"f", i}, Msg: "bad"})
	}
	msg := (&ProblemsError{Problems: probs}).Error()
	if !strings.Contains(msg, "f:20: bad") || strings.Contains(msg, "f:21: bad") || !strings.Contains(msg, "and 5 more problems") {
		t.Errorf("got %s", msg)
	}
}

func TestUnknownSectionWarns(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{"u.txt", []byte("### --Networking\n무엇을 먼저 확인합니까? | 두 곳을 연결한다\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	w := b.Lint()
	if b.Cards[0].Domain != bp.DefaultDomain || len(w) != 3 || !strings.Contains(w[0].Text(), "not in the blueprint") {
		t.Errorf("card %+v warnings %v", b.Cards[0], w)
	}
}

// Sections the blueprint does not list take their cards' domains from the
// services and concepts the cards (or the section's name) name.
func TestUnknownSectionDomainFromKnowledge(t *testing.T) {
	bp := builtinBlueprint(t)
	notes := "## SQS & SNS\n메시지를 여러 구독자에게 보내려면? | 팬아웃\n" +
		"## S3 & KMS\n대용량 파일을 암호화하는 API는? | GenerateDataKey\n" +
		"## CloudWatch & X-Ray\n요청이 느린 구간을 찾으려면? | X-Ray 서비스 맵\n" +
		"## Networking\nVPC 피어링이란? | 두 VPC 연결\n"
	b, err := Load([]File{{"k.txt", []byte(notes)}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"development", "security", "troubleshooting", "security"}
	if b.Cards[0].DomainBy != DomainByKnowledge || b.Cards[3].DomainBy != DomainByKnowledge {
		t.Errorf("cards matched by no rule: by %d and %d, want by knowledge", b.Cards[0].DomainBy, b.Cards[3].DomainBy)
	}
	for i, c := range b.Cards {
		if c.Domain != want[i] || c.DomainBy == DomainByDefault {
			t.Errorf("%s %q: domain %s by %d, want %s (not by default)", c.Section, c.Question, c.Domain, c.DomainBy, want[i])
		}
	}
	for _, p := range b.Lint() {
		if strings.Contains(p.Text(), "not in the blueprint") {
			t.Errorf("fallback warning: %s", p)
		}
	}
}

// Keyword rules match on word boundaries and not inside Korean compounds:
// `로그` (logs) is not in `로그인` (sign-in).
func TestRulesRespectBoundaries(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{"c.txt", []byte("### --Cognito\n사용자가 로그인 후 토큰을 받는 곳은? | 사용자 풀\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	if b.Cards[0].Domain != "security" {
		t.Errorf("Cognito sign-in card filed under %s (by %d), want security", b.Cards[0].Domain, b.Cards[0].DomainBy)
	}
}

// FuzzParseBlueprint: any blueprint is accepted or refused with an error,
// never a panic; an accepted one assigns every card a known domain.
func FuzzParseBlueprint(f *testing.F) {
	f.Add(data.Blueprint)
	f.Add([]byte("domains: [{id: a, name: A, weight: 100}]\nquestions: 1\nminutes: 1\nscore_max: 2\ndefault_domain: a\nrules: [{domain: a, keywords: [x, '']}]\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		bp, err := ParseBlueprint("bp.yaml", raw)
		if err != nil {
			return
		}
		b, err := Load([]File{{"n.txt", []byte("### --S\nQ x | A\n")}}, bp)
		if err != nil {
			return
		}
		if _, ok := bp.Domain(b.Cards[0].Domain); !ok {
			t.Fatalf("card given unknown domain %q", b.Cards[0].Domain)
		}
		_ = bp.Quota(65)
	})
}

// TestControlCharactersAreErrors: C0 and C1 control characters (but the
// tab) in any bank format are errors at their line, so none reaches a
// terminal or a report.
func TestControlCharactersAreErrors(t *testing.T) {
	tests := []struct {
		name, file, text string
		line             int
	}{
		{"notes title escape", "n.txt", "### --Lambda\nQ1 | A1\nQ2 \x1b]0;pwned\x07 | A2\n", 3},
		{"notes clear screen", "n.txt", "### --Lambda\nQ1 | \x1b[2J A1\n", 2},
		{"notes C1 CSI", "n.txt", "Q1 | A\u009b2J\n", 1},
		{"notes DEL", "n.txt", "Q1\x7f | A\n", 1},
		{"notes heading", "n.txt", "### --Lam\x1bbda\nQ | A\n", 1},
		{"anki field", "a.txt", "#separator:tab\n#deck:D\nQ\tA\x1b[2J\n", 3},
		{"anki deck", "a.txt", "#separator:tab\n#deck:D\x07\nQ\tA\n", 2},
		{"yaml question", "b.yaml", "sections:\n  - name: Lambda\n    cards:\n      - question: \"Q \\e[2J\"\n        answer: A\n", 4},
		{"yaml distractor", "b.yaml", "sections:\n  - name: Lambda\n    cards:\n      - question: Q\n        answer: A\n        distractors: [\"x\\u009b\"]\n", 6},
		{"yaml section", "b.yaml", "sections:\n  - name: \"L\\x07\"\n    cards:\n      - question: Q\n        answer: A\n", 2},
	}
	for _, tt := range tests {
		_, err := Load([]File{{tt.file, []byte(tt.text)}}, builtinBlueprint(t))
		want := tt.file + ":" + strconv.Itoa(tt.line) + ": "
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "control character U+") {
			t.Errorf("%s: got %v, want a control character error at %s", tt.name, err, want)
		}
	}
	// A tab is text: folded to a space.
	b, err := Load([]File{{"t.txt", []byte("Q\tone | A\ttwo\n")}}, builtinBlueprint(t))
	if err != nil || b.Cards[0].Question != "Q one" || b.Cards[0].Answer() != "A two" {
		t.Errorf("tabs: got %v, %v", b, err)
	}
}

// TestYAMLDuplicateKeys: a key given twice in one mapping is an error at
// its second line, not a silently dropped list.
func TestYAMLDuplicateKeys(t *testing.T) {
	text := `sections:
  - name: Lambda
    cards:
      - question: Q1
        answer: A1
    cards:
      - question: Q2
        answer: A2
        answer: A3
  - name: S3
    name: S4
    cards:
      - question: Q3
        answer: A3
`
	_, err := Load([]File{{"dup.yaml", []byte(text)}}, builtinBlueprint(t))
	for _, want := range []string{
		`dup.yaml:6: duplicate key "cards" (first at line 3)`,
		`dup.yaml:9: duplicate key "answer" (first at line 8)`,
		`dup.yaml:11: duplicate key "name" (first at line 10)`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %q", err, want)
		}
	}
}

// TestNotesHeadingWithColonIsNotAnki: only Anki's own header keys make a
// file an Anki export.
func TestNotesHeadingWithColonIsNotAnki(t *testing.T) {
	for _, text := range []string{"#lambda: memory tips\nQ | A\n", "# deployment: blue/green\nQ | A\n"} {
		f := File{"n.txt", []byte(text)}
		if got := DetectFormat(f); got != FormatNotes {
			t.Errorf("%q: detected %s, want notes", text, got)
		}
	}
	b, err := Load([]File{{"n.txt", []byte("#lambda: memory tips\nQ | A\n")}}, builtinBlueprint(t))
	if err != nil || b.Cards[0].Section != "lambda: memory tips" {
		t.Errorf("got %v, %v; want a card in section \"lambda: memory tips\"", b, err)
	}
	for _, h := range []string{"#separator:tab", "#html:true", "#deck:AWS", "#tags column:3", "#notetype column:1", "#guid column:1"} {
		if got := DetectFormat(File{"a.txt", []byte(h + "\nQ\tA\n")}); got != FormatAnki {
			t.Errorf("%q: detected %s, want anki", h, got)
		}
	}
}

// TestLintWarnsOfUnaskableCards: a card with no other answer to offer as
// a wrong one (a one-card bank) is warned about.
func TestLintWarnsOfUnaskableCards(t *testing.T) {
	b, err := Load([]File{{"one.txt", []byte("### --Lambda\nQ | A\n")}}, builtinBlueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, p := range b.Lint() {
		found = found || p.Source.Line == 2 && strings.Contains(p.Text(), "cannot be asked")
	}
	if !found {
		t.Errorf("no warning for the only card: %v", b.Lint())
	}
	b, _ = Load([]File{{"two.txt", []byte("### --Lambda\nQ1 | A1\nQ2 | A2\n")}}, builtinBlueprint(t))
	for _, p := range b.Lint() {
		if strings.Contains(p.Text(), "cannot be asked") {
			t.Errorf("two cards with different answers: %v", p)
		}
	}
}

func TestBlueprintRefusesKeywordTooShort(t *testing.T) {
	raw := strings.Replace(string(data.Blueprint), "keywords: [X-Ray, 병목", "keywords: [X, 병목", 1)
	if raw == string(data.Blueprint) {
		t.Fatal("the built-in blueprint no longer has the rule this test edits")
	}
	_, err := ParseBlueprint("bp.yaml", []byte(raw))
	if err == nil || !strings.Contains(err.Error(), `keyword "X" is too short to be found`) {
		t.Errorf("err = %v, want a too-short keyword refused", err)
	}
}

// A learner's note of a wrong pick after a question (`(Rolling이랑
// 헷갈림)`) is taken off the question and the pick becomes one of the
// card's own wrong options; the card keeps the id it had when the note
// was read as part of the question, so a history keeps its cards.
func TestLearnerNote(t *testing.T) {
	bp := builtinBlueprint(t)
	b, err := Load([]File{{"n.txt", []byte("## Elastic Beanstalk\n배포 중에도 전체 용량 유지, 추가 비용 최소 (Rolling이랑 헷갈림) | Rolling with additional batch\n" +
		"어느 역할? (헷갈림) | 태스크 역할\n" +
		"정책? (Rolling with additional batch로 찍음) | Rolling with additional batch\n" +
		"SSE-C의 요구 사항 (두 가지) | HTTPS, 키 헤더\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range []struct {
		question string
		wrong    []string
	}{
		{"배포 중에도 전체 용량 유지, 추가 비용 최소", []string{"Rolling"}},
		{"어느 역할?", nil},
		{"정책?", nil}, // the pick is the key: no wrong option
		{"SSE-C의 요구 사항 (두 가지)", nil},
	} {
		c := b.Cards[k]
		if c.Question != want.question || !slices.Equal(c.Distractors, want.wrong) {
			t.Errorf("%s: got %q, wrong %q; want %q, wrong %q", c.Source, c.Question, c.Distractors, want.question, want.wrong)
		}
	}
	asRead := []Card{{Section: "Elastic Beanstalk", Question: "배포 중에도 전체 용량 유지, 추가 비용 최소 (Rolling이랑 헷갈림)"}}
	assignIDs(asRead)
	if b.Cards[0].ID != asRead[0].ID {
		t.Errorf("id %s, want %s (the id of the question as written)", b.Cards[0].ID, asRead[0].ID)
	}
	if b.Cards[0].LearnerPick != "Rolling" {
		t.Errorf("LearnerPick %q, want Rolling", b.Cards[0].LearnerPick)
	}
	// The domain is the question's, not the pick's: `KMS 키 정책` is
	// security, the card is about deploying.
	noted, err := Load([]File{{"d.txt", []byte("## 모의고사 2\n새 버전을 일부 인스턴스씩 배포하는 방식? (KMS 키 정책으로 찍음) | CodeDeploy 롤링 배포\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Load([]File{{"d.txt", []byte("## 모의고사 2\n새 버전을 일부 인스턴스씩 배포하는 방식? | CodeDeploy 롤링 배포\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	if noted.Cards[0].Domain != plain.Cards[0].Domain {
		t.Errorf("domain %s with the note, %s without", noted.Cards[0].Domain, plain.Cards[0].Domain)
	}
	// A YAML author's question and options stay as written.
	y, err := Load([]File{{"y.yaml", []byte("sections:\n  - name: Elastic Beanstalk\n    cards:\n      - question: 새 인스턴스로 교체 (Rolling으로 찍음)\n        answer: Immutable\n        distractors: [Rolling 배포]\n")}}, bp)
	if err != nil {
		t.Fatal(err)
	}
	if c := y.Cards[0]; c.Question != "새 인스턴스로 교체 (Rolling으로 찍음)" || !slices.Equal(c.Distractors, []string{"Rolling 배포"}) || c.LearnerPick != "" {
		t.Errorf("YAML card changed: %q, %q, pick %q", c.Question, c.Distractors, c.LearnerPick)
	}
}
