package distractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/knowledge"
)

func blueprint(t testing.TB) *bank.Blueprint {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	return bp
}

// checkQuestion fails t for a question a person could not answer: no key,
// an index out of range, an empty or repeated option.
func checkQuestion(t *testing.T, where string, q Question) {
	t.Helper()
	if len(q.Answers) == 0 || len(q.Sources) != len(q.Options) {
		t.Fatalf("%s: %d answers, %d sources for %d options", where, len(q.Answers), len(q.Sources), len(q.Options))
	}
	seen := map[string]bool{}
	for _, o := range q.Options {
		f := fold(o)
		if strings.TrimSpace(o) == "" || seen[f] {
			t.Errorf("%s: empty or repeated option %q in %q", where, o, q.Options)
		}
		seen[f] = true
	}
	for _, a := range q.Answers {
		if a < 0 || a >= len(q.Options) || !q.Sources[a].Key {
			t.Errorf("%s: answer %d is not a key of %q", where, a, q.Options)
		}
	}
}

// checkNoBareList fails t for another card's answer that is only a list
// of names (`TopicArn, Subject, Message`) offered against a key that is
// not one (a procedure in clauses is none): final19 and final22 judged
// every one offered so broken.
func checkNoBareList(t *testing.T, where string, q Question) {
	t.Helper()
	for _, a := range q.Answers {
		if bareNames(q.Options[a]) || shapeOf(q.Options[a]) == ShapeNumber {
			return // a list of names, or a figure: other figures are its wrong options
		}
	}
	for k, o := range q.Options {
		if s := q.Sources[k]; s.Card != "" && !s.Key && bareNames(o) {
			t.Errorf("%s: the list %q offered against %q", where, o, q.Options[q.Answers[0]])
		}
	}
}

// Every card of every bank in testdata (notes written by other people,
// in other styles) becomes a question without a panic: a crash here is a
// crash in someone's mock exam. Nor is another card's bare list of names
// offered where the key is not a list.
func TestEveryBankEveryCard(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/banks/*.txt")
	if len(files) < 5 {
		t.Fatalf("found %d banks in testdata/banks", len(files))
	}
	bp := blueprint(t)
	seeds := 3
	if testing.Short() {
		seeds = 1
	}
	for _, name := range files {
		notes, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := bank.Load([]bank.File{{Name: filepath.Base(name), Data: notes}}, bp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		g := New(b)
		for s := range seeds {
			rng := rand.New(rand.NewPCG(uint64(s), 9))
			for i := range b.Cards {
				q := g.Make(i, rng, nil)
				checkQuestion(t, b.Cards[i].Source.String(), q)
				checkNoBareList(t, b.Cards[i].Source.String(), q)
			}
		}
	}
}

// FuzzMake: any notes a user brings make questions, or are refused by the
// loader; never a panic or a question without its key.
func FuzzMake(f *testing.F) {
	f.Add("### --S3\n썸네일? | S3 이벤트 알림 (s3:ObjectCreated:*) → Lambda\n공유 라이브러리? | Lambda 레이어 (Layers)\n최대 실행? | 900초 (15분)\n값 크기? | 표준 4KB, 고급 8KB\n", uint64(1))
	f.Add("# Lambda\n콜드 스타트? | 프로비저닝된 동시성 (Provisioned Concurrency) — 비용 발생\n동시성 한도? | 리전당 1,000 (증가 요청)\n캐시? | 지연 로딩 (Lazy loading) + TTL\n", uint64(2))
	files, _ := filepath.Glob("../../testdata/banks/*.txt")
	for _, name := range files {
		if notes, err := os.ReadFile(name); err == nil {
			f.Add(string(notes), uint64(3))
		}
	}
	bp := blueprint(f)
	f.Fuzz(func(t *testing.T, notes string, seed uint64) {
		b, err := bank.Load([]bank.File{{Name: "fuzz.txt", Data: []byte(notes)}}, bp)
		if err != nil || len(b.Cards) < 2 || len(b.Cards) > 400 {
			return
		}
		g := New(b)
		rng := rand.New(rand.NewPCG(seed, 4))
		for i := range b.Cards {
			checkQuestion(t, b.Cards[i].Source.String(), g.Make(i, rng, nil))
		}
	})
}

func loadNotes(t *testing.T, notes string) *bank.Bank {
	t.Helper()
	b, err := bank.Load([]bank.File{{Name: "notes.txt", Data: []byte(notes)}}, blueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A swapped name does not keep the old name's English gloss: `Lambda 별칭
// (Layers)` would name two things.
func TestGlossFollowsItsName(t *testing.T) {
	b := loadNotes(t, `## Lambda
여러 함수가 같은 라이브러리를 공유하려면? | Lambda 레이어 (Layers)
콜드 스타트를 없애려면? | 프로비저닝된 동시성 (Provisioned Concurrency)
CPU 성능을 높이려면? | 메모리 늘리기
실패한 비동기 이벤트를 보내려면? | Lambda Destinations
`)
	g := New(b)
	variants := 0
	for seed := uint64(0); seed < 20; seed++ {
		q := g.Make(0, rand.New(rand.NewPCG(seed, 5)), nil)
		for k, o := range q.Options {
			if len(q.Sources[k].Variant) == 0 {
				continue
			}
			variants++
			if strings.Contains(o, "(Layers)") {
				t.Fatalf("seed %d: variant %q keeps the key's gloss", seed, o)
			}
		}
	}
	if variants == 0 {
		t.Fatal("no variant of `Lambda 레이어 (Layers)` in 20 seeds: the test shows nothing")
	}
}

// A concept with one contrasted sibling (`Express Workflow` / `Standard
// Workflow`) offers it, whatever pair it makes with the key; before, the
// set search took three same-kind siblings (ResultPath, Catcher…) instead.
func TestContrastedSiblingGoesIn(t *testing.T) {
	notes, err := os.ReadFile("../../testdata/banks/ninth-notes.txt")
	if err != nil {
		t.Fatal(err)
	}
	b := loadNotes(t, string(notes))
	i := slices.IndexFunc(b.Cards, func(c bank.Card) bool { return strings.HasPrefix(c.Answers[0], "Express Workflow") })
	if i < 0 {
		t.Fatal("the ninth bank has no card answered `Express Workflow`")
	}
	g := New(b)
	for seed := uint64(0); seed < 10; seed++ {
		q := g.Make(i, rand.New(rand.NewPCG(seed, 6)), nil)
		if !slices.ContainsFunc(q.Options, func(o string) bool { return strings.Contains(strings.ToLower(o), "standard") }) {
			t.Errorf("seed %d: %q lacks the Standard workflow", seed, q.Options)
		}
	}
}

// Variants as the tenth bank's panel read them: a key that offers two
// alternatives changes in both (else the option keeps a right one); a
// service's name before a concept of it goes when another service's
// concept comes in (not `CloudFormation service control policies`); and
// no option is offered twice, nor one concept in two wordings (`ECR image
// scanning`, `이미지 스캔 (image scanning)`), however small the bank.
func TestVariantsReadAsWritten(t *testing.T) {
	b := loadNotes(t, `## Sessions
Auto Scaling 웹 서버의 사용자 세션을 stateless하게 관리하려면? | 세션을 ElastiCache 또는 DynamoDB에 외부 저장
## CloudFormation
하나의 템플릿을 여러 계정과 리전에 배포하려면? | CloudFormation StackSets
스택 출력값을 다른 스택에서 쓰려면? | Outputs Export와 Fn::ImportValue
## ECR
이미지 태그를 덮어쓰지 못하게 하려면? | ECR image tag immutability
푸시할 때 취약점을 검사하려면? | 이미지 스캔 (image scanning)
`)
	g := New(b)
	variants := map[int]int{}
	for seed := uint64(0); seed < 20; seed++ {
		for i := range b.Cards {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 7)), nil)
			seen := map[string]bool{}
			for k, o := range q.Options {
				if seen[bank.Fold(o)] {
					t.Errorf("seed %d: %q offered twice in %q", seed, o, q.Options)
				}
				seen[bank.Fold(o)] = true
				src := q.Sources[k]
				if len(src.Variant) == 0 {
					continue
				}
				variants[i]++
				switch {
				case i == 0 && (len(src.Variant) != 2 || strings.Contains(o, "ElastiCache") || strings.Contains(o, "DynamoDB")):
					t.Errorf("seed %d: %q (%v for %v) keeps one of the key's alternatives", seed, o, src.Variant, src.Replaces)
				case i == 1 && strings.HasPrefix(o, "CloudFormation ") && !ofService(g.kb, src.Variant[0], "cloudformation"):
					t.Errorf("seed %d: %q puts another service's concept after `CloudFormation`", seed, o)
				}
			}
		}
	}
	for _, i := range []int{0, 1} {
		if variants[i] == 0 {
			t.Errorf("card %d (%s): no variant in 20 seeds, the test shows nothing", i, b.Cards[i].Answers[0])
		}
	}
}

// ofService reports whether the first concept name tags is of service svc.
func ofService(kb *knowledge.Base, name, svc string) bool {
	hits := kb.Tag(name).Hits
	s, ok := kb.Lookup(svc)
	return ok && len(hits) > 0 && kb.Concepts[hits[0].Concept].Service == s
}

// A key with two swappable concepts gets the whole 2×2 design and nothing
// else: each of its values then stands in exactly one wrong option, so
// "the option that shares most with the others" finds nothing (judges
// read `OAC + 버킷 정책…` among three `OAC + …` as a give-away).
func TestTwoByTwoAlone(t *testing.T) {
	b := loadNotes(t, `## SQS & S3
빈 응답을 줄이고 대기열을 KMS 키로 암호화하려면? | 긴 폴링과 SSE-KMS 사용
## Lambda
콜드 스타트를 줄이려면? | 프로비저닝된 동시성
CPU를 늘리려면? | 메모리 늘리기
`)
	g := New(b)
	i := slices.IndexFunc(b.Cards, func(c bank.Card) bool { return strings.Contains(c.Answers[0], "SSE-KMS") })
	crossed := 0
	for seed := uint64(0); seed < 20; seed++ {
		q := g.Make(i, rand.New(rand.NewPCG(seed, 8)), nil)
		var wrong []string
		for k, o := range q.Options {
			if !slices.Contains(q.Answers, k) && len(q.Sources[k].Variant) > 0 {
				wrong = append(wrong, o)
			}
		}
		if len(wrong) < 3 {
			continue
		}
		crossed++
		for _, part := range []string{"긴 폴링", "SSE-KMS"} {
			n := 0
			for _, o := range wrong {
				if strings.Contains(strings.ReplaceAll(o, "DSSE-KMS", ""), part) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("seed %d: %d wrong options keep the key's %q, want 1 (a 2×2 design): %q", seed, n, part, q.Options)
			}
		}
	}
	if crossed == 0 {
		t.Fatal("no question of three variants for a two-concept key: the test shows nothing")
	}
}

// A key that is one concept named in several words, which no single swap
// can change consistently, is varied whole: another member of its
// contrast set in its place (`Transform: AWS::Serverless-2016-10-31` →
// `Resources`, …). Before, such keys stood among other cards' answers.
func TestWholeKeyVariants(t *testing.T) {
	b := loadNotes(t, `## CloudFormation
SAM 템플릿임을 선언하는 섹션은? | Transform: AWS::Serverless-2016-10-31
리전별 AMI ID를 고르는 섹션은? | Mappings
스택 출력값을 내보내려면? | Outputs
## Lambda
CPU 성능을 높이려면? | 메모리 늘리기
`)
	g := New(b)
	i := slices.IndexFunc(b.Cards, func(c bank.Card) bool { return strings.HasPrefix(c.Answers[0], "Transform") })
	for seed := uint64(0); seed < 10; seed++ {
		q := g.Make(i, rand.New(rand.NewPCG(seed, 9)), nil)
		variants := 0
		for k := range q.Options {
			if len(q.Sources[k].Variant) > 0 {
				variants++
				if q.Sources[k].Replaces[0] != b.Cards[i].Answers[0] {
					t.Errorf("seed %d: variant %q replaces %q, want the whole key", seed, q.Options[k], q.Sources[k].Replaces)
				}
			}
		}
		if variants == 0 {
			t.Errorf("seed %d: %q has no variant", seed, q.Options)
		}
	}
}

// The wrong answer a learner noted picking is offered, worded as a
// variant of the key where one names it (`AssumeRole` among the STS
// actions, `SSE-KMS` among the encryption choices), and nothing else says
// the same beside it (`작업 실행 역할` beside `실행 역할`).
func TestLearnerPickOffered(t *testing.T) {
	b := loadNotes(t, `## 모의고사 2 - 보안
IAM 사용자가 MFA로 인증한 뒤 임시 자격 증명 받는 STS API? (AssumeRole로 찍음) | GetSessionToken
키는 회사가 직접 보관하고 AWS에 저장 안 함, 암호화 연산은 S3가 수행 (SSE-KMS랑 헷갈림) | SSE-C
ECS 태스크의 앱 코드가 DynamoDB에 써야 함. 어느 역할? (실행 역할로 찍음) | 태스크 역할 (taskRoleArn)
실시간 채팅, 서버가 클라이언트에게 push (REST로 폴링한다고 찍음) | API Gateway WebSocket API
`)
	g := New(b)
	for i, want := range []string{"AssumeRole", "SSE-KMS", "", "REST로 폴링한다"} {
		c := &b.Cards[i]
		if strings.ContainsAny(c.Question, "()") {
			t.Errorf("%s: the note is still in the question %q", c.Source, c.Question)
		}
		for seed := range uint64(5) {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 1)), nil)
			checkQuestion(t, c.Source.String(), q)
			if want != "" && !slices.Contains(q.Options, want) {
				t.Errorf("%s seed %d: options %q lack the learner's pick %q", c.Source, seed, q.Options, want)
			}
			execution := 0
			for _, o := range q.Options {
				if strings.Contains(o, "실행 역할") {
					execution++
				}
			}
			if execution > 1 {
				t.Errorf("%s seed %d: %q say 실행 역할 twice", c.Source, seed, q.Options)
			}
		}
	}
}

// A key stating an amount the stem states too is recalled, not worked out:
// it gets other figures of its unit or other names, never the sum's
// mistakes (final118: `통합 타임아웃 기본값이 58초예요` as a capacity
// mistake beside the stem's 29초, a give-away).
func TestStatedAmountIsNoSum(t *testing.T) {
	b := loadNotes(t, `## API Gateway
질문이요! API 게이트웨이 뒤 람다가 40초 걸리는데 29초에서 잘려요 | 통합 타임아웃 기본값이 29초예요
## Lambda
[장애] "Task timed out after 3.00 seconds" 로그 다수 | 기본 제한 시간 3초임
## DynamoDB
항목 크기 6KB, 초당 10개 강력한 일관성 읽기에 필요한 RCU? | 20
`)
	g := New(b)
	for seed := range uint64(5) {
		for i := range 3 {
			q := g.Make(i, rand.New(rand.NewPCG(seed, 1)), nil)
			mistakes := 0
			for _, s := range q.Sources {
				if s.Mistake != "" {
					mistakes++
				}
			}
			if want := map[bool]int{true: len(q.Options) - 1, false: 0}[i == 2]; mistakes != want {
				t.Errorf("seed %d: %q: %d calculation mistakes, want %d", seed, q.Options, mistakes, want)
			}
		}
	}
}

// A figure key takes no figure the learner noted picking: `15분` beside
// `900초` is the same value, and the sum's mistakes stay (they are the
// better wrong options).
func TestLearnerPickOfAFigure(t *testing.T) {
	b := loadNotes(t, `## Lambda
Lambda 함수 최대 실행 시간? (15분이랑 헷갈림) | 900초
## DynamoDB
항목 크기 6KB, 초당 10개 강력한 일관성 읽기에 필요한 RCU? (10으로 찍음) | 20
`)
	g := New(b)
	for seed := range uint64(5) {
		q := g.Make(0, rand.New(rand.NewPCG(seed, 1)), nil)
		if slices.Contains(q.Options, "15분") {
			t.Errorf("seed %d: %q offers 15분 beside 900초", seed, q.Options)
		}
		q = g.Make(1, rand.New(rand.NewPCG(seed, 1)), nil)
		mistakes := 0
		for _, s := range q.Sources {
			if s.Mistake != "" {
				mistakes++
			}
		}
		if mistakes != len(q.Options)-1 {
			t.Errorf("seed %d: %q: %d calculation mistakes, want every wrong option one", seed, q.Options, mistakes)
		}
	}
}
