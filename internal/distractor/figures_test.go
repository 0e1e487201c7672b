package distractor

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/knowledge"
)

func figureGenerator(t testing.TB) *Generator {
	kb, err := knowledge.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return &Generator{kb: kb}
}

// A key that states a figure gets other figures of its unit; a key with a
// figure in a procedure, a name or a sum gets none.
func TestFiguresOf(t *testing.T) {
	g := figureGenerator(t)
	for _, tc := range []struct {
		key    string
		values []int // the figures found, nil: not a figure key
		units  []string
	}{
		{"4KB", []int{4}, []string{"KB"}},
		{"10 GB", []int{10}, []string{"GB"}},
		{"리전당 1,000 (Service Quotas로 증가 요청)", []int{1000}, []string{""}},
		{"표준 4KB, 고급 8KB", []int{4, 8}, []string{"KB", "KB"}},
		{"900초 (15분)", []int{900, 15}, []string{"초", "분"}},
		{"7~30일 (기본 30일)", []int{7, 30, 30}, []string{"", "일", "일"}},
		{"1MB/초 또는 1,000 레코드/초", []int{1, 1000}, []string{"MB", "레코드"}},
		{"PUT/COPY/POST/DELETE 3,500, GET/HEAD 5,500", []int{3500, 5500}, []string{"", ""}}, // names joined by slashes: what each applies to
		{"30 WCU (1KB 단위 올림 3 × 10)", nil, nil},                                             // the aside works it out
		{"여러 프리픽스로 키 분산 (프리픽스당 PUT 3,500/s, GET 5,500/s) + 재시도", nil, nil},                  // a procedure
		{"S3 이벤트 알림", nil, nil},                                                             // a name
		{"Transform: AWS::Serverless-2016-10-31", nil, nil},                                 // a date in a name
		{"Python 3.12 런타임", nil, nil},                                                       // a version
		{"EC2", nil, nil},
		{"일반 대비 2배", []int{2}, []string{"배"}}, // a factor: its own ladder, without 1
	} {
		figs := g.figuresOf(tc.key, g.kb.Tag(tc.key).Hits)
		var values []int
		var units []string
		for _, f := range figs {
			values = append(values, f.value)
			units = append(units, f.unit)
		}
		if !slices.Equal(values, tc.values) || !slices.Equal(units, tc.units) {
			t.Errorf("figuresOf(%q) = %v %q, want %v %q", tc.key, values, units, tc.values, tc.units)
		}
	}
}

// Every design changes the key, keeps its figures in order, and with two
// figures includes the change of both (else the key shares a figure with
// every other option); an aside of the same amount changes with it.
func TestFigureVariants(t *testing.T) {
	g := figureGenerator(t)
	for _, tc := range []struct {
		key       string
		wantBoth  bool
		mustMatch string // every variant has this shape (a regexp-free check: the text around the figures)
	}{
		{"4KB", false, "KB"},
		{"표준 4KB, 고급 8KB", true, "표준 "},
		{"7~30일 (기본 30일)", true, "일 (기본 "},
		{"900초 (15분)", false, "초 ("},
		// Figures of different measures keep no order between them; 1MB/s
		// cannot move without passing 2MB/s, so the others vary.
		{"쓰기 1MB/s 또는 1,000 레코드/s, 읽기 2MB/s", true, "레코드/s, 읽기 "},
		{"기본 512MB, 최대 10,240MB", true, "MB, 최대 "},
	} {
		for seed := uint64(0); seed < 20; seed++ {
			rng := rand.New(rand.NewPCG(seed, 1))
			figs := g.figuresOf(tc.key, g.kb.Tag(tc.key).Hits)
			designs := figureDesigns(figs, rng)
			if len(designs) < 3 {
				t.Fatalf("%q: %d designs, want 3 or more", tc.key, len(designs))
			}
			both := false
			seen := map[string]bool{tc.key: true}
			for _, d := range designs {
				v, ok := renderFigures(tc.key, figs, d)
				if !ok {
					continue
				}
				if seen[v] {
					t.Errorf("%q: design %v gives %q twice or the key again", tc.key, d, v)
				}
				seen[v] = true
				if !strings.Contains(v, tc.mustMatch) {
					t.Errorf("%q → %q: lost %q", tc.key, v, tc.mustMatch)
				}
				both = both || len(d) == 2
			}
			if both != tc.wantBoth {
				t.Errorf("%q seed %d: a design changing both figures = %v, want %v", tc.key, seed, both, tc.wantBoth)
			}
		}
	}
	// A factor never varies to 1: `일반 쓰기의 1배` says no difference.
	factor := "일반 대비 2배"
	for seed := uint64(0); seed < 20; seed++ {
		figs := g.figuresOf(factor, g.kb.Tag(factor).Hits)
		for _, d := range figureDesigns(figs, rand.New(rand.NewPCG(seed, 1))) {
			if v, ok := renderFigures(factor, figs, d); ok && strings.Contains(v, " 1배") {
				t.Errorf("%q seed %d → %q", factor, seed, v)
			}
		}
	}
	figs := g.figuresOf("900초 (15분)", nil)
	if v, _ := renderFigures("900초 (15분)", figs, figureChange{900: 600}); v != "600초 (10분)" {
		t.Errorf("900초 (15분) at 600 = %q, want 600초 (10분)", v)
	}
	figs = g.figuresOf("7~30일 (기본 30일)", nil)
	if v, _ := renderFigures("7~30일 (기본 30일)", figs, figureChange{30: 14}); v != "7~14일 (기본 14일)" {
		t.Errorf("7~30일 (기본 30일) at 14 = %q, want 7~14일 (기본 14일)", v)
	}
	// Two figures changed: the aside follows the figure it restates,
	// and a figure written with commas gives the others commas.
	key := "기본 512MB, 최대 10,240MB (10GB)"
	figs = g.figuresOf(key, nil)
	if v, _ := renderFigures(key, figs, figureChange{512: 1024, 10240: 4096}); v != "기본 1,024MB, 최대 4,096MB (4GB)" {
		t.Errorf("%s at 1024, 4096 = %q, want 기본 1,024MB, 최대 4,096MB (4GB)", key, v)
	}
	// A figure in brackets in the same unit is another figure, not the
	// same amount: it stays.
	figs2 := g.figuresOf("최대 900초 (기본 3초)", nil)
	if v, _ := renderFigures("최대 900초 (기본 3초)", figs2, figureChange{900: 600}); v != "최대 600초 (기본 3초)" {
		t.Errorf("최대 900초 (기본 3초) at 600 = %q, want the default kept", v)
	}
	if _, ok := renderFigures(key, figs, figureChange{10240: 3008}); ok {
		t.Errorf("%s at 3008: rendered, want no variant (the aside would not be whole)", key)
	}
	figs = g.figuresOf("리전당 1,000", nil)
	if v, _ := renderFigures("리전당 1,000", figs, figureChange{1000: 10000}); v != "리전당 10,000" {
		t.Errorf("리전당 1,000 at 10000 = %q, want 리전당 10,000", v)
	}
}

// Over many seeds, the key of a one-figure question is the smallest, the
// largest or in between about as often as chance says.
func TestFigureKeyRank(t *testing.T) {
	g := figureGenerator(t)
	figs := g.figuresOf("64KB", nil)
	ranks := make([]int, 4)
	for seed := uint64(0); seed < 400; seed++ {
		d := figureDesigns(figs, rand.New(rand.NewPCG(seed, 2)))[:3]
		below := 0
		for _, ch := range d {
			if ch[64] < 64 {
				below++
			}
		}
		ranks[below]++
	}
	for r, n := range ranks {
		if n < 60 || n > 140 {
			t.Errorf("key with %d wrong figures below it: %d of 400, want about 100 (%v)", r, n, ranks)
		}
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"4KB", "리전당 1,000 (증가 요청)", "7~30일 (기본 30일)", "900초 (15분)", "1,2,3", "9999999999999999999999KB", "(((1)))", "1,000,000 요청", "샘플링 규칙; 기본값은 요청의 5%입니다", "메모리 설정을 올렸다, CPU는 메모리에 비례한다", "최대 10GB", "TLS 1.2", "1,", "9.", "cron(0 12 * * ? *)"} {
		f.Add(s, uint64(1))
	}
	g := figureGenerator(f)
	f.Fuzz(func(t *testing.T, key string, seed uint64) {
		if shown, cut := trimAsides(key, g.saysNot, g.reasonRemark("")); cut && (len(shown) >= len(key) || !utf8.ValidString(shown) && utf8.ValidString(key)) {
			t.Errorf("trimAsides(%q) = %q: not shorter, or a character cut in half", key, shown)
		}
		// bareFigure and figureNumbers read any text (a bare figure is
		// one with at least one number of no name's).
		if numbers, _ := figureNumbers(key, true); bareFigure(key) && numbers == 0 {
			t.Errorf("bareFigure(%q) with no number", key)
		}
		figs := g.figuresOf(key, g.kb.Tag(key).Hits)
		for _, d := range figureDesigns(figs, rand.New(rand.NewPCG(seed, 3))) {
			v, ok := renderFigures(key, figs, d)
			if ok && v == key {
				t.Errorf("%q: design %v leaves the key as it was", key, d)
			}
		}
	})
}

// A note's asides are cut from the answer a question offers; a gloss in
// English or a figure in another unit stays.
func TestTrimAsides(t *testing.T) {
	g := figureGenerator(t)
	for _, tc := range []struct{ in, want string }{
		{"SSE-S3 (2023년 1월부터 기본)", "SSE-S3"},
		{"10 WCU (트랜잭션은 2배)", "10 WCU"},
		{"프로비저닝된 동시성 (Provisioned Concurrency)", "프로비저닝된 동시성 (Provisioned Concurrency)"},
		{"900초 (15분)", "900초 (15분)"},
		{"S3 이벤트 알림 (s3:ObjectCreated:*) → Lambda", "S3 이벤트 알림 → Lambda"},
		{"글로벌 보조 인덱스(GSI) 추가 (LSI는 테이블 생성 시에만)", "글로벌 보조 인덱스(GSI) 추가"},
		{"(전부 괄호)", "(전부 괄호)"},             // nothing would be left
		{"열린 괄호 (닫히지 않음", "열린 괄호 (닫히지 않음"}, // unbalanced: as written
		{"중첩 (바깥 (안쪽) 끝) 뒤", "중첩 뒤"},
		{"괄호 없음", "괄호 없음"},
		{"태스크 역할 (taskRoleArn) — 실행 역할 아님", "태스크 역할 (taskRoleArn)"},
		{"주석 — 메타데이터는 인덱싱 안 됨 (검색용)", "주석"},
		{"Parallel Scan (Segment, TotalSegments)", "Parallel Scan"}, // English after English: detail, not a gloss
		{"Cognito User Pool authorizer (COGNITO_USER_POOLS)", "Cognito User Pool authorizer"},
		{"Versioning 활성화 (+ MFA Delete)", "Versioning 활성화"}, // an addition
		{"Lambda 레이어 (Layers, 계층)", "Lambda 레이어"},
		{"STS(Security Token Service) 작업", "STS(Security Token Service) 작업"},                                 // an acronym spelled out
		{"S3 단일 PUT 허용 크기 (5GB) 초과", "S3 단일 PUT 허용 크기 (5GB) 초과"},                                             // a figure stays
		{"TTL 활성화 - 삭제에 WCU 소비 없음", "TTL 활성화"},                                                               // a reviewer's reason
		{"GSI - LSI는 테이블 생성 시에만 만들 수 있음", "GSI"},                                                             // a Latin name alone
		{"예 - S3는 strong read-after-write consistency 제공", "예 - S3는 strong read-after-write consistency 제공"}, // a bare yes keeps its reason
		{"install - pre_build - build", "install - pre_build - build"},                                       // steps, not a remark
		{"SQS FIFO queue (.fifo) - MessageGroupId = customer ID", "SQS FIFO queue"},
		{"ElastiCache for Redis OSS (Sorted Set), Memcached 아님", "ElastiCache for Redis OSS (Sorted Set)"}, // the trap warned of
		{"태스크 역할(taskRoleArn), 태스크 실행 역할·인스턴스 역할 아님", "태스크 역할(taskRoleArn)"},
		{"ElastiCache (or DDB), not sticky sessions", "ElastiCache"},
		{"Express 워크플로, Standard(최대 1년, 정확히 한 번) 아님", "Express 워크플로"},
		{"Lambda 응답이 proxy 형식(statusCode, headers, 문자열 body)이 아님", "Lambda 응답이 proxy 형식이 아님"}, // the answer itself says not
	} {
		if got, _ := trimAsides(tc.in, g.saysNot, nil); got != tc.want {
			t.Errorf("trimAsides(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// A figure the question writes as a word (`three queues`) is given, as one
// in digits is: it is not varied.
func TestFigureGivenAsAWord(t *testing.T) {
	b := loadNotes(t, "## SNS\nOne order event must be delivered to three independent queues. What? | SNS 토픽 + SQS 구독 3개\n")
	for _, v := range variantTexts(b) {
		if !strings.HasSuffix(v, "3개") {
			t.Errorf("variant %q changes the three the question gives", v)
		}
	}
}

// The same digits in the question are the key's figure only in the same
// measure: `샤드 1개` does not give `초당 1MB` (final17 found no variant,
// and other cards' figures off-topic), while `3개` still gives `3개` (a
// question that asks how many is another matter:
// TestAskedAmountVariesTheGivenFigure).
func TestFigureGivenInAnotherMeasure(t *testing.T) {
	b := loadNotes(t, "## Kinesis\nKinesis Data Streams 샤드 1개의 쓰기 한도는? | 초당 1MB 또는 1,000 레코드\n")
	got := variantTexts(b)
	if len(got) < 3 {
		t.Errorf("초당 1MB 또는 1,000 레코드: variants %q, want other figures", got)
	}
	b = loadNotes(t, "## SNS\n주문 이벤트 하나를 독립된 큐 3개에 보내려면? | SNS 토픽 + SQS 구독 3개\n")
	for _, v := range variantTexts(b) {
		if !strings.HasSuffix(v, "3개") {
			t.Errorf("variant %q changes the 3개 the question gives", v)
		}
	}
	// The same amount in another unit is given too (final36: `600초`,
	// `3600초`, `90초` for "15분만", a give-away); and `900초` inside the
	// sentence is no limit whose name could stand there.
	b = loadNotes(t, "## S3\n비공개 버킷의 영수증 PDF를 브라우저에서 15분만 다운로드하게 하려면? | GetObject 미리 서명된 URL(presigned URL), 만료 900초\n")
	for _, v := range variantTexts(b) {
		if !strings.HasSuffix(v, "만료 900초") {
			t.Errorf("variant %q changes the 15분 the question gives", v)
		}
	}
	// A bare number is the count the stem gives (final31: `Reserved
	// Concurrency = 3 / 50 / 100` for "10개 넘게", a give-away).
	b = loadNotes(t, "## Lambda\n외부 DB를 보호하려고 Lambda가 동시에 10개 넘게 실행되지 않게 하려면? | Reserved Concurrency = 10\n")
	for _, v := range variantTexts(b) {
		if !strings.HasSuffix(v, "= 10") {
			t.Errorf("variant %q changes the 10 the question gives", v)
		}
	}
}

// A figure the stem gives stays while the key's one other figure varies
// (`900초(15분), 기본값은 3초` for a stem naming 3초: nineteen banks had no
// variant); beside several others (a worked calculation) none varies.
func TestGivenFigureStaysOthersVary(t *testing.T) {
	b := loadNotes(t, "## Lambda\nLambda 함수 최대 타임아웃은? 기본값 3초와 헷갈림 | 900초(15분), 기본값은 3초\n")
	got := variantTexts(b)
	if len(got) < 2 {
		t.Fatalf("variants %q, want other maximums", got)
	}
	for _, v := range got {
		if !strings.HasSuffix(v, "기본값은 3초") || strings.HasPrefix(v, "900초") {
			t.Errorf("variant %q: want the maximum varied, the given 3초 kept", v)
		}
	}
	// Only a duration varies so: a size beside a given count makes a
	// capacity that ties the key (final68).
	b = loadNotes(t, "## DynamoDB\n5개 쓰기 용량 단위가 있는 테이블. 읽기 처리량 높은 옵션은? | 4KB 크기 항목을 읽는 5개 읽기 용량 단위의 최종 일관된 읽기\n")
	for _, v := range variantTexts(b) {
		if !strings.HasPrefix(v, "4KB") {
			t.Errorf("variant %q changes the item size beside the given 5", v)
		}
	}
	b = loadNotes(t, "## DynamoDB\n6KB 항목을 초당 10개 강력한 일관성으로 읽으려면 RCU는? | 20 RCU, 6KB는 8KB로 올림해 2 RCU씩\n")
	for _, v := range variantTexts(b) {
		if strings.Contains(v, "RCU") && !strings.Contains(v, "8KB로 올림해 2 RCU씩") {
			t.Errorf("variant %q changes one step of a worked calculation", v)
		}
	}
}

// `최대 900초, 즉 15분`: the second figure restates the first and changes
// with it, as in brackets (`최대 300초, 즉 15분` contradicts itself).
func TestRestatedFigureChangesAlong(t *testing.T) {
	got := variantTexts(loadNotes(t, "## Lambda\nLambda 함수 최대 타임아웃? | 최대 900초, 즉 15분까지 설정할 수 있다.\n"))
	if len(got) < 2 {
		t.Fatalf("variants %q, want other maximums", got)
	}
	for _, v := range got {
		var s, m int
		if _, err := fmt.Sscanf(v, "최대 %d초, 즉 %d분", &s, &m); err != nil || s != 60*m {
			t.Errorf("variant %q: want the minutes to restate the seconds", v)
		}
	}
}

// A question that asks for an HTTP status code gets no figures in place of
// its key's code: final18 judged `3500 (Endpoint request timed out)` for
// `504 (…)` broken.
func TestStatusCodeIsNoFigure(t *testing.T) {
	b := loadNotes(t, "## API Gateway\n백엔드 Lambda 처리에 40초가 걸린다. 클라이언트가 받는 HTTP 상태 코드는? | 504 (Endpoint request timed out)\n")
	for _, v := range variantTexts(b) {
		if !regexp.MustCompile(`^[1-5][0-9][0-9]\b`).MatchString(v) {
			t.Errorf("variant %q of a status code is not a status code", v)
		}
	}
}

// A question naming a figure the knowledge knows (`X-Ray 기본 샘플링 규칙?`)
// asks for one: a sentence stating its figures varies them (final33–34
// found no variant, and other cards' answers a give-away).
func TestFigureConceptAsked(t *testing.T) {
	b := loadNotes(t, "## X-Ray\nX-Ray 기본 샘플링 규칙? | 초당 첫 요청 1건 + 그 이후 요청의 5%\n")
	if got := variantTexts(b); len(got) < 3 {
		t.Errorf("variants %q, want other figures", got)
	}
}

// A figure restated in another unit that no rung of its own ladder keeps
// whole (`365일 (1년)`) takes the aside's rungs, scaled back (`730일
// (2년)`): final33 found no variant.
func TestFigureRestatedInYears(t *testing.T) {
	got := variantTexts(loadNotes(t, "## KMS\n고객 관리형 KMS 키의 자동 교체를 켜면 기본 교체 주기는? | 365일 (1년)\n"))
	if !slices.Contains(got, "730일 (2년)") {
		t.Errorf("variants %q, want 730일 (2년) among them", got)
	}
}

// A success status gets the other 2xx a call returns (Lambda: 200 for a
// synchronous call, 202 asynchronous, 204 DryRun): final31 found none.
func TestSuccessStatusVaries(t *testing.T) {
	b := loadNotes(t, "## Lambda\nLambda를 비동기 호출했을 때 돌아오는 HTTP status code는? | 202 Accepted\n")
	if got := variantTexts(b); !slices.Contains(got, "200 OK") || !slices.Contains(got, "204 No Content") {
		t.Errorf("202 Accepted: variants %q, want 200 OK and 204 No Content", got)
	}
}

// A question that asks for a figure (`기본값과 최대값?`) makes a sentence
// stating its figures a figure key; without one, a sentence with a figure
// in it is a procedure that keeps it.
func TestFiguresInASentenceAsked(t *testing.T) {
	asked := 0
	got := variantTexts(loadNotes(t, "## SQS\nSQS 메시지 보존 기간 기본값과 최대값? | 기본 보존 기간은 4일이며 최대 14일까지 늘릴 수 있습니다.\n"))
	for _, v := range got {
		if strings.HasPrefix(v, "기본 보존 기간은 ") && strings.HasSuffix(v, "까지 늘릴 수 있습니다.") {
			asked++
		}
	}
	if asked < 3 {
		t.Errorf("variants %q: want three or more of the retention sentence with other figures", got)
	}
	for _, v := range variantTexts(loadNotes(t, "## S3\n같은 프리픽스에 요청이 몰려 503 Slow Down이 난다. 해결은? | 여러 프리픽스에 키를 나눠 쓰고 지수 백오프로 재시도하면 프리픽스당 3,500건까지 처리됩니다.\n")) {
		if !strings.Contains(v, "3,500") {
			t.Errorf("variant %q: a procedure's figure varied", v)
		}
	}
}

// The amounts a stem or key states: whole with their thousands, past a
// zero decimal part, each once (review of 9b497da: `1,000 KB` read as 0).
func TestStatedAmounts(t *testing.T) {
	g := figureGenerator(t)
	for _, tc := range []struct {
		text string
		want []statedAmount
	}{
		{"Task timed out after 3.00 seconds", []statedAmount{{3, "seconds"}}},
		{"항목 1,000 KB를 초당 3개", []statedAmount{{1000, "KB"}}},
		{"2.5초", nil},
		{"60초의 6배인 360초", []statedAmount{{60, "초"}, {360, "초"}}},
	} {
		if got := g.statedAmounts(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("statedAmounts(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if g.repeatsStemAmount("1,000 KB 항목을 초당 3개 쓴다", "3,000 KB") || g.repeatsStemAmount("1분마다 실행", "60초의 6배인 360초") {
		t.Error("repeatsStemAmount: a figure worked out from the stem's taken for the stem's own")
	}
	if !g.repeatsStemAmount("40초 걸리는데 29초에서 잘려요", "통합 타임아웃 기본값이 29초예요") {
		t.Error("repeatsStemAmount: the stem's 29초 not found in the key")
	}
}
