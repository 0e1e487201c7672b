package distractor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/bank/banktest"
	"github.com/awsexam/awsexam/internal/knowledge"
)

func loadBuiltin(t testing.TB) *bank.Bank { return banktest.Builtin(t) }

func TestEquivalent(t *testing.T) {
	b := loadBuiltin(t)
	concepts := b.Blueprint.Equivalents
	tests := []struct {
		a, b string
		same bool
	}{
		{"Lambda 함수 메모리 증가", "Lambda에 할당 된 메모리 늘리기", true},
		{"지수 백오프로 재시도 구현", "어플리케이션 로직에 지수 백오프 추가", true},
		{"지수 백오프 구현", "지수 백오프로 재시도 구현", true},
		{"CodeCommit", "codecommit", true},
		{"Immutable", "`Immutable`", true},
		{"Rolling with additional batch", "Roliing with additional batch", true},
		{"글로벌 보조 인덱스", "로컬 보조 인덱스", false},
		{"SQS 대기열을 FIFO로 변경", "2개의 SQS 대기열을 만들고 유료 회원을 먼저 폴링", false},
		{"Immutable", "Rolling", false},
	}
	for _, tt := range tests {
		if got := Equivalent(tt.a, tt.b, concepts); got != tt.same {
			t.Errorf("Equivalent(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// A comma that groups a number's digits splits no list; one after more
// than three digits, or before other than three, does.
func TestSplitListKeepsThousands(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"1,000,000", 1},
		{"128MB ~ 10,240MB", 1},
		{"a,123", 2},
		{"12345,678", 2},
		{"10,24", 2},
		{"S3, DynamoDB", 2},
	} {
		if got := splitList(tc.in); len(got) != tc.want {
			t.Errorf("splitList(%q) = %q, want %d items", tc.in, got, tc.want)
		}
	}
}

func TestParallelItems(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"tomcat, .NET", 2},
		{"`ASG`, `ELB`, `RDS`", 3},
		{"UpdateItem, GetItem, PutItem", 3},
		{"IntegrationLatency, Latency", 2},
		{"CodeCommit Repository 생성, 개발자가 커밋 허용, Elastic Beanstalk에 직접 배포", 0},
		{"Java, C#, Ruby, Python, JavaScript, PHP, and Objective C (iOS)", 0},
		{"6 읽기 용량 단위, 70 쓰기 용량 단위", 0},
		{"CodeCommit", 0},
		{"S3, EC2, SHA256", 3},  // digits inside names are no figures
		{"US East, us-east", 0}, // one name said twice (a fuzz input)
		// The figures of one answer vary as figures (eighteen cards over
		// the banks had been asked as "choose two" beside unrelated names).
		{"Standard 4 KB, Advanced 8 KB", 0},
		{"4 days default, 14 days max", 0},
		{"10GB, Amazon ECR", 0},
		{"128MB ~ 10,240MB", 0},
		// A number in a name is no measure.
		{"CloudFront, Route 53", 2},
		{"HTTP/2, gRPC", 2},
		{"Java 17, Python 3", 2},
		// A remark after a comma is no second answer (asks.yaml
		// remark_words; final53 had asked these as "choose two").
		{"Origin Access Control, replaces OAI", 0},
		{"SSE-S3 (AES-256), since Jan 2023", 0},
		{"Per shard, via partition key", 0},
		{"return batchItemFailures, ReportBatchItemFailures", 0},
		{"Canary, Linear, AllAtOnce", 3},
	}
	kb, err := knowledge.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		if got := ParallelItems(bank.CleanText(tt.in), kb); len(got) != tt.want {
			t.Errorf("ParallelItems(%q) = %q, want %d items", tt.in, got, tt.want)
		}
	}
}

func cardIndex(t *testing.T, b *bank.Bank, answer string) int {
	for i, c := range b.Cards {
		if c.Answer() == answer {
			return i
		}
	}
	t.Fatalf("no card answers %q", answer)
	return -1
}

func TestNeverASecondRightAnswer(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	for i := range b.Cards {
		for seed := range uint64(5) {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 1)), nil)
			if len(q.Options) < 4 {
				t.Fatalf("%s: %d options", b.Cards[i].Source, len(q.Options))
			}
			for k, o := range q.Options {
				if slices.Contains(q.Answers, k) {
					continue
				}
				if o == b.Cards[i].OriginalAnswer && b.Cards[i].Verdict == bank.VerdictWrong {
					continue // the notes' answer a person judged wrong (reviewedWrong)
				}
				for _, a := range q.Answers {
					variant := len(q.Sources[k].Variant) > 0
					if g.SameSolution(o, q.Options[a]) || !variant && Equivalent(o, q.Options[a], b.Blueprint.Equivalents) && !g.ContrastedNames(o, q.Options[a]) {
						t.Errorf("%s: wrong option %q is equivalent to the key %q", b.Cards[i].Source, o, q.Options[a])
					}
				}
			}
		}
	}
}

func TestNumericDistractorsKeepUnits(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	for _, key := range []string{"45", "200 읽기 용량 단위", "6 읽기 용량 단위, 70 쓰기 용량 단위", "10 쓰기 용량"} {
		i := cardIndex(t, b, key)
		ranks := map[int]int{}
		for seed := range uint64(40) {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 7)), nil)
			unit := strings.TrimLeft(key, "0123456789")
			for _, o := range q.Options {
				if !strings.HasSuffix(o, unit[max(0, len(unit)-6):]) {
					t.Errorf("%q: option %q lost the unit", key, o)
				}
			}
			ranks[q.Answers[0]]++
		}
		if len(ranks) < 3 {
			t.Errorf("%q: the key sat in only %d positions over 40 seeds", key, len(ranks))
		}
	}
	// 600 gauges a minute → 10 WCU: the per-minute mistake is offered.
	found := false
	for seed := range uint64(40) {
		q := g.Make(cardIndex(t, b, "10 쓰기 용량"), rand.New(rand.NewPCG(seed, 3)), nil)
		found = found || slices.Contains(q.Options, "600 쓰기 용량")
	}
	if !found {
		t.Error(`"10 쓰기 용량": the per-minute mistake "600 쓰기 용량" is never offered`)
	}
}

func TestMultipleResponse(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	i := cardIndex(t, b, "UpdateItem, GetItem, PutItem")
	q := g.Make(i, rand.New(rand.NewPCG(1, 1)), nil)
	if q.Choose != 3 || len(q.Answers) != 3 || len(q.Options) < 5 {
		t.Fatalf("got %+v, want choose 3 of 5 or more", q)
	}
	for _, a := range q.Answers {
		if !slices.Contains([]string{"UpdateItem", "GetItem", "PutItem"}, q.Options[a]) {
			t.Errorf("answer %q is not a key item", q.Options[a])
		}
	}
	steps := cardIndex(t, b, "CodeCommit Repository 생성, 개발자가 커밋 허용, Elastic Beanstalk에 직접 배포")
	if g.IsMultipleResponse(steps) {
		t.Error("comma-separated steps became multiple response")
	}
}

func TestDeterministic(t *testing.T) {
	b := loadBuiltin(t)
	g1, g2 := New(b), New(b)
	for i := range b.Cards {
		q1 := g1.Make(i, rand.New(rand.NewPCG(42, 42)), nil)
		q2 := g2.Make(i, rand.New(rand.NewPCG(42, 42)), nil)
		if !slices.Equal(q1.Options, q2.Options) || !slices.Equal(q1.Answers, q2.Answers) {
			t.Fatalf("card %d: same seed, different question", i)
		}
	}
}

func TestSmallSectionBorrows(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	if !g.Borrows("StepFunction") || g.Borrows("S3 & Encryption") {
		t.Error("StepFunction should borrow and S3 & Encryption should not")
	}
	i := cardIndex(t, b, "Step Functions")
	q := g.Make(i, rand.New(rand.NewPCG(1, 1)), nil)
	// Its section has one other card: the wrong options come from outside
	// it, borrowed answers or variants of the key.
	variants := 0
	for _, s := range q.Sources {
		if len(s.Variant) > 0 {
			variants++
		}
	}
	if len(q.Options) != 4 || q.Borrowed+variants < 2 {
		t.Errorf("StepFunction question: %+v", q)
	}
}

func TestInsideBrackets(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want bool
	}{
		{"환경 변수 (named profile 등)", len("환경 변수 ("), true},
		{"환경 변수 (named profile 등)", 0, false},
		{"a (b) c", len("a (b) "), false},
		{"[x] y", 1, true},
		{"{{resolve:secretsmanager:x}}", len("{{resolve:"), true},
		{"aws sts get-session-token --serial-number <MFA ARN> --token-code <코드>", len("aws sts get-session-token --serial-number <"), true},
		{"aws sts get-session-token --serial-number <MFA ARN> --token-code <코드>", len("aws sts get-session-token --serial-number <MFA ARN> --"), false},
		{"RCU < WCU 이므로 MFA 사용", len("RCU < WCU 이므로 "), false},
	} {
		if got := insideBrackets(tc.text, tc.at); got != tc.want {
			t.Errorf("insideBrackets(%q, %d) = %v, want %v", tc.text, tc.at, got, tc.want)
		}
	}
}

// Two concepts both right for a plain need (knowledge overlaps:) are not
// set against each other unless the stem names what tells them apart: a
// blind panel judged each of these "also right".
func TestOverlapsAreNotWrongOptions(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	for _, tc := range []struct{ answer, never string }{
		{"Redis용 ElastiCache를 배포하고 어플리케이션에 대한 데이터를 캐시", "memcache"},
		{"Redis용 ElastiCache를 배포하고 어플리케이션에 대한 데이터를 캐시", "멤캐시드"},
		{"연결 문자열을 Secrets Manager에 암호로 저장", "systems manager"},
		{"연결 문자열을 Secrets Manager에 암호로 저장", "parameter store"},
		{"유료 가입자가 다운로드 요청을 할 때 Pre-signed URL 생성", "cloudfront"},
	} {
		i := cardIndex(t, b, tc.answer)
		for seed := range uint64(20) {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 5)), nil)
			for k, o := range q.Options {
				if !slices.Contains(q.Answers, k) && strings.Contains(strings.ToLower(o), tc.never) {
					t.Errorf("seed %d: %q offered against %q (both right for %q)", seed, o, tc.answer, b.Cards[i].Question)
				}
			}
		}
	}
}

// A name that is part of a path or runs into brackets is not swapped: a
// blind judge found `appspec.yml/*.config` and `macro:...}}` broken.
func TestNoVariantInsidePathsOrBrackets(t *testing.T) {
	for _, tc := range []struct {
		text string
		hit  knowledge.Hit
		want bool
	}{
		{".ebextensions/*.config", knowledge.Hit{Start: 0, End: 13}, true},
		{"/etc/ecs/ecs.config", knowledge.Hit{Start: 5, End: 8}, true},
		{"Lambda 함수 메모리", knowledge.Hit{Start: 0, End: 6}, false},
	} {
		if got := inPath(tc.text, tc.hit); got != tc.want {
			t.Errorf("inPath(%q, %v) = %v, want %v", tc.text, tc.hit, got, tc.want)
		}
	}
	limit := "불가, 최대 실행 시간 15분 → Step Functions"
	at := strings.Index(limit, "15분")
	twoPlaces := []knowledge.Hit{{Concept: 3, Start: len("불가, "), End: at - 1}, {Concept: 3, Start: at, End: at + len("15분")}}
	if got := conceptPlaces(limit, twoPlaces, 3); len(got) != 1 || limit[got[0].Start:got[0].End] != "최대 실행 시간 15분" {
		t.Errorf("conceptPlaces: a name and its value side by side are one place, got %+v", got)
	}
	login := "aws ecr get-login-password → docker login --password-stdin"
	d := strings.Index(login, "docker login")
	if !namedTwice(login, []knowledge.Hit{{Concept: 4, Start: 0, End: 26}, {Concept: 4, Start: d, End: d + len("docker login")}}, 4, true) {
		t.Errorf("namedTwice: one concept named in two places outside brackets")
	}
	prefixes := "20개 이상의 접두사를 생성. 접두사로 파일을 배치"
	again := strings.LastIndex(prefixes, "접두사")
	twice := []knowledge.Hit{{Concept: 6, Start: strings.Index(prefixes, "접두사"), End: strings.Index(prefixes, "접두사") + len("접두사")}, {Concept: 6, Start: again, End: again + len("접두사")}}
	if namedTwice(prefixes, twice, 6, true) || !namedTwice(prefixes, twice, 6, false) {
		t.Errorf("namedTwice: the same words in two places change together only where the kind allows it")
	}
	gloss := "봉투 암호화(envelope encryption)"
	if namedTwice(gloss, []knowledge.Hit{{Concept: 5, Start: 0, End: len("봉투 암호화")}, {Concept: 5, Start: len("봉투 암호화("), End: len(gloss) - 1}}, 5, false) {
		t.Errorf("namedTwice: a gloss in brackets is no second place")
	}
	text := "동적 참조 {{resolve:secretsmanager:...}}"
	second := strings.Index(text, "{{")
	hits := []knowledge.Hit{{Start: 0, End: len("동적 참조"), Concept: 7}, {Start: second, End: second + len("{{resolve:secretsmanager"), Concept: 7}}
	if !namedAsSyntax(text, hits, 7) || namedAsSyntax(text, hits[:1], 7) {
		t.Errorf("namedAsSyntax: a concept also written as {{resolve:… must be seen as syntax, and only then")
	}
	end := strings.Index(text, "secretsmanager") + len("secretsmanager")
	if !insideBrackets(text, end) {
		t.Errorf("the end of a name inside {{…}} is not seen as inside brackets")
	}
}

func TestDropBrackets(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Amazon CodeGuru Profiler (Amazon CodeGuru Profiler)", "Amazon CodeGuru Profiler", "Amazon CodeGuru Profiler"},
		{"이미지 스캔 (image scanning) 활성화", "image scanning", "이미지 스캔 활성화"},
		{"봉투 암호화(envelope encryption)", "envelope encryption", "봉투 암호화"},
	} {
		at := strings.LastIndex(tc.text, tc.name)
		if got := dropBrackets(tc.text, knowledge.Hit{Start: at, End: at + len(tc.name)}); got != tc.want {
			t.Errorf("dropBrackets(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestOrAlternatives(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"세션을 ElastiCache 또는 DynamoDB에 외부 저장", []string{"세션을 ElastiCache", "DynamoDB에 외부 저장"}},
		{"Use SQS or SNS", []string{"Use SQS", "SNS"}},
		{"EventBridge Scheduler (cron 또는 rate 식)", nil}, // inside brackets: one alternative
		{"A 또는 B 혹은 C", []string{"A", "B", "C"}},
		{"또는", nil},
		{"SQS FIFO 대기열", nil},
	} {
		var got []string
		for _, sp := range orAlternatives(tc.text) {
			got = append(got, tc.text[sp[0]:sp[1]])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("orAlternatives(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A key of two alternatives whose places share siblings never gets one
// name in both (final9 found `권한 모드 또는 권한 모드`).
func TestAlternativesNeverRepeatAName(t *testing.T) {
	b := loadNotes(t, "## CodeBuild\nCodeBuild 빌드가 매번 같은 의존성을 다운로드해 느리다. 빌드 시간을 줄이려면? | S3 캐시 또는 로컬 캐시 사용\n## Lambda\nCPU를 늘리려면? | 메모리 늘리기\n")
	g := New(b)
	for seed := uint64(0); seed < 10; seed++ {
		q := g.Make(0, rand.New(rand.NewPCG(seed, 3)), nil)
		for k, o := range q.Options {
			if parts := strings.Split(strings.TrimSuffix(o, " 사용"), " 또는 "); len(parts) == 2 && parts[0] == parts[1] {
				t.Errorf("seed %d: option %d %q names one thing twice", seed, k, o)
			}
		}
	}
}

// A key's one variant beside two other cards' answers makes the only
// near-identical pair, and judges picked the key out of it (final66–69:
// 56% of such items answerable without AWS knowledge, 1% with two
// variants): one of those answers comes with a variant of its own, a
// second pair, where an answer names a thing the stem or the key names
// (final71: a pair off the topic was set aside by reading, and the key's
// pair stood out again). Never the key's solution; the answer it varies
// stands beside it.
func TestLoneVariantGetsADecoyPair(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	byID := map[string]int{}
	for j, c := range b.Cards {
		byID[c.ID] = j
	}
	decoys := 0
	for i := range b.Cards {
		q := g.Make(i, rand.New(rand.NewPCG(1, 1)), nil)
		for k, s := range q.Sources {
			if slices.Contains(q.Answers, k) || len(s.Variant) == 0 || s.Card == "" {
				continue
			}
			decoys++
			base := slices.IndexFunc(q.Sources, func(o OptionSource) bool { return o.Card == s.Card && len(o.Variant) == 0 && !o.Key })
			if base < 0 {
				t.Errorf("%s: %q, a variant of %s's answer, without that answer beside it", b.Cards[i].Source, q.Options[k], s.Source)
			}
			if g.SameSolution(q.Options[k], q.Options[q.Answers[0]]) {
				t.Errorf("%s: decoy %q names the key's solution", b.Cards[i].Source, q.Options[k])
			}
			inf := g.inf(i)
			named := append(slices.Clone(inf.question.specific), inf.answer.topic.specific...)
			if !slices.ContainsFunc(g.inf(byID[s.Card]).answer.topic.specific, func(c int) bool { return slices.Contains(named, c) }) {
				t.Errorf("%s: decoy of %q names nothing the stem or the key names", b.Cards[i].Source, q.Options[base])
			}
		}
	}
	if decoys < 4 {
		t.Errorf("%d decoy pairs on the built-in bank, want at least 4", decoys)
	}
}

// An author's own wrong option (or the one a learner noted picking) is
// never put aside for a decoy pair (an independent review: 6 built-in
// cards given one lost it).
func TestWrittenOptionSurvivesTheDecoy(t *testing.T) {
	b := loadBuiltin(t)
	const written = "Amazon Lightsail 인스턴스로 옮긴다"
	for i := range b.Cards {
		if len(b.Cards[i].Answers) == 1 {
			b.Cards[i].Distractors = []string{written}
		}
	}
	g := New(b)
	for i := range b.Cards {
		if len(b.Cards[i].Answers) != 1 || b.Cards[i].Answer() == written {
			continue
		}
		q := g.Make(i, rand.New(rand.NewPCG(1, 1)), nil)
		if q.Choose != 1 || g.inf(i).isNum {
			continue // a "choose N" item or a figure makes its options otherwise
		}
		if !slices.Contains(q.Options, written) {
			t.Errorf("%s: the author's wrong option left out: %q", b.Cards[i].Source, q.Options)
		}
	}
}

// Two built-in cards whose answers say the same thing in words no phrase
// group matches (`v2용 새로운 url 만들어서 배포`, `각 버전에 맞는 다른 URL을
// 배포`) are made one group by the review's `equivalent:`: neither is ever
// the other's wrong option (final66–75: judged the same answer six times).
func TestReviewEquivalentCards(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	group := map[string][]int{}
	for i, c := range b.Cards {
		if c.Equivalent != "" {
			group[c.Equivalent] = append(group[c.Equivalent], i)
		}
	}
	// (And the envelope-encryption card beside the GenerateDataKey ones, the
	// hot-partition fix beside the hash-key example: judged also right
	// three and five times, final75–87.)
	for name, n := range map[string]int{"api-version-url": 2, "envelope-data-key": 3, "partition-key-spread": 2} {
		if len(group[name]) != n {
			t.Fatalf("cards of the group %s: %v, want %d", name, group[name], n)
		}
	}
	for _, cards := range group {
		for _, i := range cards {
			for seed := range uint64(8) {
				q := g.Make(i, rand.New(rand.NewPCG(seed, 3)), nil)
				for _, j := range cards {
					if j != i && slices.Contains(q.Options, b.Cards[j].Answer()) {
						t.Errorf("%s seed %d: %q offered against %q", b.Cards[i].Source, seed, b.Cards[j].Answer(), b.Cards[i].Answer())
					}
				}
			}
		}
	}
}

// A card whose answer also answers another card's question (the review's
// `also_answers:`, judged so one way only) is never that card's wrong
// option; the other card's answer stays a wrong option for it: many
// prefixes answer "which S3 path takes thousands of PUTs a second" (judged
// also right five times, final65–88), a timestamp prefix does not speed up
// small uploads.
func TestReviewAlsoAnswersOneWay(t *testing.T) {
	b := loadBuiltin(t)
	g := New(b)
	byID := map[string]int{}
	for i, c := range b.Cards {
		byID[c.ID] = i
	}
	pairs := 0
	for j, c := range b.Cards {
		for _, id := range c.AlsoAnswers {
			i, ok := byID[id]
			if !ok {
				t.Fatalf("%s: also_answers names %s, which the built-in bank does not have", c.Source, id)
			}
			pairs++
			if !g.cardsEquivalent(i, j) {
				t.Errorf("%s may be offered as a wrong option for %s, whose question it answers", c.Source, b.Cards[i].Source)
			}
			if g.cardsEquivalent(j, i) && b.Cards[i].Equivalent == "" {
				t.Errorf("%s is kept from %s the other way round too", b.Cards[i].Source, c.Source)
			}
			for seed := range uint64(8) {
				if q := g.Make(i, rand.New(rand.NewPCG(seed, 5)), nil); slices.Contains(q.Options, c.Answer()) {
					t.Errorf("%s seed %d: %q offered against %q", b.Cards[i].Source, seed, c.Answer(), b.Cards[i].Answer())
				}
			}
		}
	}
	if pairs < 6 {
		t.Errorf("%d also_answers pairs in the built-in review, want the six judged ones", pairs)
	}
}

// Of two answers near the stem's topic, alike but for their exam domain,
// the one of the stem's domain is the likelier wrong option: an answer
// of another domain answers another kind of problem (final81–84).
func TestOwnDomainAnswersFirst(t *testing.T) {
	notes := "## Lambda\n" +
		"Lambda 함수 배포 패키지가 50MB를 넘음 | 배포 패키지를 S3에 업로드하고 참조\n" +
		"Lambda 함수 코드 변경을 적용 | 함수 코드를 새로 업로드하고 게시\n" +
		"Lambda 함수 코드 변경을 되돌림 | 함수 코드를 이전 파일로 업로드하고 게시\n"
	score := func(domains ...string) (float64, float64) {
		b := loadNotes(t, notes)
		for k, d := range domains {
			b.Cards[k].Domain = d
		}
		g := New(b)
		var s1, s2 float64
		for _, c := range g.candidates(0, rand.New(rand.NewPCG(1, 1))) {
			switch c.card {
			case 1:
				s1 = c.score
			case 2:
				s2 = c.score
			}
		}
		return s1, s2
	}
	same1, other2 := score("deployment", "deployment", "security")
	other1, same2 := score("deployment", "security", "deployment")
	if !(same1 < other1 && same2 < other2) {
		t.Errorf("scores (lower is likelier): card 1 %.2f in the stem's domain, %.2f in another; card 2 %.2f in it, %.2f in another", same1, other1, same2, other2)
	}
}

// Another card's answer to what a thing is for (`X의 역할은?`) is no answer
// to what to do, nor the other way: it scores as an answer of another
// form, after those of the asked form (judged plausible 7 times in 65,
// final80–87).
func TestAnswersOfTheAskedForm(t *testing.T) {
	score := func(other string) float64 {
		b := loadNotes(t, "## Lambda\n"+
			"Lambda 배포 패키지가 50MB를 넘어 배포가 실패하면 어떻게 해? | 배포 패키지를 S3에 올리고 S3 객체를 참조\n"+
			other+" | 여러 함수가 공유하는 라이브러리를 계층으로 분리해 배포\n"+
			"Lambda 함수 코드를 바꾸면 어떻게 배포해? | 함수 코드를 zip으로 묶어 업로드\n")
		for k := range b.Cards {
			b.Cards[k].Domain = "deployment"
		}
		if got := b.Knowledge.AsksDefinition(b.Cards[1].Question); got != strings.HasSuffix(other, "역할은?") {
			t.Fatalf("AsksDefinition(%q) = %v", b.Cards[1].Question, got)
		}
		for _, c := range New(b).candidates(0, rand.New(rand.NewPCG(1, 1))) {
			if c.card == 1 {
				return c.score
			}
		}
		t.Fatalf("card 1 (%q) is no candidate of card 0", other)
		return 0
	}
	// (The two questions differ in their words too, by a fraction of a
	// point: the form alone must move it by more.)
	if definition, action := score("Lambda 계층의 역할은?"), score("Lambda 공통 라이브러리는 어떻게 배포해?"); definition-action < 2 {
		t.Errorf("an answer to what a layer is for scores %.2f, an answer to how to deploy a library %.2f: want it after (higher by 2 or more)", definition, action)
	}
}
