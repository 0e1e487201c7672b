package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

const testServices = `
services:
  - {id: sam, name: AWS SAM, domain: deployment, aliases: [SAM]}
  - {id: cognito, name: Amazon Cognito, domain: security, aliases: [Cognito]}
  - {id: sqs, name: Amazon SQS, domain: development, aliases: [SQS]}
  - {id: cloudwatchlogs, name: CloudWatch Logs, domain: troubleshooting, aliases: [CloudWatch Logs, 로그]}
  - {id: dynamodb, name: Amazon DynamoDB, domain: development, aliases: [DynamoDB]}
concepts:
  - {id: cognito-saml, service: cognito, kind: feature, aliases: [SAML]}
  - {id: sqs-long-polling, service: sqs, kind: setting, aliases: [긴 폴링, long polling], note: 기다렸다 응답}
  - {id: sqs-short-polling, service: sqs, kind: setting, aliases: [짧은 폴링, short polling], note: 바로 응답}
  - {id: dynamodb-dax, service: dynamodb, kind: service, aliases: [DynamoDB Accelerator, DAX]}
  - {id: cognito-sync, service: cognito, kind: feature, aliases: [Cognito Sync]}
  - {id: cognito-data-sync, service: cognito, kind: feature, aliases: [Cognito로 데이터 동기화]}
contrasts:
  - {id: polling, members: [sqs-long-polling, sqs-short-polling]}
equivalents:
  - [cognito-sync, cognito-data-sync]
overlaps:
  - {id: polls, members: [sqs-long-polling, sqs-short-polling], unless: [빈 응답, Empty Receive]}
compounds: [로그인]
bare_names:
  sqs-long-polling: [Long]
  sqs-short-polling: [Short]
`

func testBase(t *testing.T) *Base {
	t.Helper()
	b, err := Parse([]File{{"test.yaml", []byte(testServices)}})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestTag(t *testing.T) {
	b := testBase(t)
	for _, tc := range []struct {
		text string
		want []string // concept ids, in order
	}{
		{"SAML 자격 증명 공급자", []string{"cognito-saml"}},
		{"SAM 템플릿으로 배포", []string{"sam"}},
		{"sam build 후 SAML", []string{"sam", "cognito-saml"}},
		{"Cognito 로그인 화면", []string{"cognito"}},
		{"실패한 로그를 확인", []string{"cloudwatchlogs"}},
		{"SQS 긴폴링을 켠다", []string{"sqs", "sqs-long-polling"}},
		{"ReceiveMessage long  polling", []string{"sqs-long-polling"}},
		{"DynamoDB Accelerator 사용", []string{"dynamodb-dax"}},
		{"DynamoDB에 DAX", []string{"dynamodb", "dynamodb-dax"}},
		{"DAXX 없음", nil},
		// A middle dot lists two things (`버킷·키`): no alias of one is
		// found across it; either side of it is.
		{"SQS 긴·폴링", []string{"sqs"}},
		{"긴 폴링·짧은 폴링", []string{"sqs-long-polling", "sqs-short-polling"}},
		{"", nil},
	} {
		var got []string
		for _, c := range b.Tag(tc.text).Concepts() {
			got = append(got, b.Concepts[c].ID)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Tag(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestEquivalentsAndSiblings(t *testing.T) {
	b := testBase(t)
	s, _ := b.Lookup("cognito-sync")
	d, _ := b.Lookup("cognito-data-sync")
	if b.Concepts[s].Class != b.Concepts[d].Class {
		t.Errorf("equivalent concepts in classes %d and %d", b.Concepts[s].Class, b.Concepts[d].Class)
	}
	long, _ := b.Lookup("sqs-long-polling")
	short, _ := b.Lookup("sqs-short-polling")
	if got := b.Siblings(long); len(got) != 1 || got[0] != short {
		t.Errorf("Siblings(long polling) = %v, want [%d]", got, short)
	}
	text := "SQS 긴 폴링을 켠다"
	h := b.Tag(text).Hits[1]
	if got, want := b.Replace(text, h, short), "SQS 짧은 폴링을 켠다"; got != want {
		t.Errorf("Replace = %q, want %q", got, want)
	}
	sqsShort := "SQS 긴 폴링"
	if got, want := b.Replace(sqsShort, b.Tag(sqsShort).Hits[1], short), "SQS 짧은 폴링"; got != want {
		t.Errorf("Replace = %q, want %q", got, want)
	}
	if got, want := b.Replace("use long polling", b.Tag("use long polling").Hits[0], short), "use short polling"; got != want {
		t.Errorf("Replace = %q, want %q", got, want)
	}
}

// The built-in overlaps judged also right in final40–42 hold where the
// question names nothing that tells the two apart, and not where it does.
func TestBuiltinOverlapsJudgedAlsoRight(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int { return conceptNamed(t, b, s) }
	for _, tc := range []struct {
		a, s, question string
		want           bool
	}{
		// An independent review of this session's overlaps: `& ` cues
		// need every part, short Latin parts are words, and a question
		// that asks which DB names one generically to ask it.
		{"sqs-message-group-id", "sqs-deduplication-id", "주문 순서를 지키고 중복 없이 처리해야 한다면?", true},
		{"sqs-message-group-id", "sqs-deduplication-id", "In order to avoid processing duplicate messages, what should be set on the FIFO queue?", false},
		{"sqs-message-group-id", "sqs-deduplication-id", "중복 처리되지 않게 하려면? 순서는 상관없다", false},
		{"rds", "dynamodb", "Beanstalk 환경을 지워도 DB는 유지?", true},
		{"rds", "dynamodb", "Which AWS service should store customer feedback submitted from a mobile app?", false},
		{"rds", "dynamodb", "IoT 장치 수백만 대가 초당 수십만 건을 쓰는 DB는?", false},
		{"dynamodb-streams", "dynamodb-ttl", "풀 데이터 제거 후 S3에 저장", true},
		{"dynamodb-streams", "dynamodb-ttl", "DynamoDB 세션 항목을 30일 보관한 뒤 자동으로 삭제하려면?", false},
		{"rds-read-replica", "elasticache-strategy-lazy-loading", "RDS 읽기 부하가 너무 크다면?", true},
		{"rds-read-replica", "elasticache-strategy-lazy-loading", "리더보드 읽기가 많은 RDS, 순위 조회를 빠르게?", false},
		// final110: Retry is a field of Task, Parallel and Map states.
		{"stepfunctions-task-state", "stepfunctions-map-state", "Step Functions에서 특정 에러만 지수 백오프로 재시도하려면?", true},
		{"stepfunctions-task-state", "stepfunctions-map-state", "배열의 각 항목마다 같은 단계를 반복하고 실패하면 재시도하려면?", false},
		{"kms-data-key", "kms-symmetric-key", "1GB 파일을 KMS로 암호화하려면?", true},
		{"kms-data-key", "kms-symmetric-key", "비대칭 KMS 키로 서명하려면?", false},
		{"apigateway-throttling", "apigateway-usage-plan", "API Gateway가 429를 반환한다. 의미는?", true},
		{"apigateway-throttling", "apigateway-usage-plan", "API 키별 할당량을 넘으면?", false},
		{"s3-sse-kms", "kms-direct-encryption", "키 사용 내역을 감사해야 하는 데이터의 암호화는?", true},
		{"s3-sse-kms", "kms-direct-encryption", "S3 객체의 키 사용을 감사하려면?", false},
		{"dynamodb-partition-key", "kinesis-partition-key", "같은 유저 이벤트는 순서대로 처리돼야 한다", true},
		{"dynamodb-partition-key", "kinesis-partition-key", "Kinesis 샤드에서 순서를 지키려면?", false},
		{"cognito-var-identity-id", "iam-var-userid", "유저마다 자기 prefix에만 접근하게", true},
		{"cognito-var-identity-id", "iam-var-userid", "Cognito 자격 증명 풀 사용자마다 자기 prefix에만", false},
		{"iam-trust-policy", "iam-resource-based-policy", "Lambda 실행 역할을 Lambda가 맡지 못한다", true},
		{"iam-trust-policy", "iam-resource-based-policy", "다른 계정이 S3 버킷에 접근하려면?", false},
		// A review of this session's overlaps: Rolling with additional
		// batch keeps the instances too; `SDK` in a throttling question
		// names no remedy.
		{"beanstalk-rolling", "beanstalk-rolling-additional-batch", "배포 중 기존 인스턴스의 로그를 잃지 않으려면?", true},
		{"beanstalk-rolling", "beanstalk-rolling-additional-batch", "배포 중에도 전체 용량을 유지하려면?", false},
		{"general-exponential-backoff", "general-quota-increase", "AWS SDK로 KMS를 호출하다 ThrottlingException이 난다. 조치는?", true},
		{"general-exponential-backoff", "general-quota-increase", "평상시 부하가 KMS 한도를 넘는다. 조치는?", false},
		// final60's second right answers.
		{"s3-acl", "s3-block-public-access", "S3 데이터 액세스 제한 기능", true},
		{"s3-acl", "s3-block-public-access", "객체별로 다른 계정에 읽기를 허용하려면?", false},
		{"elasticache-redis", "dynamodb-dax", "읽기 전용 레코드가 대용량 트래픽", true},
		{"elasticache-redis", "dynamodb-dax", "DynamoDB 읽기 지연을 마이크로초로 줄이려면?", false},
		{"sqs-fifo", "sns-fifo-topic", "결제 이벤트 순서 보장 + 중복 제거 필요하면?", true},
		{"sqs-fifo", "sns-fifo-topic", "여러 구독자에게 순서대로 팬아웃하려면?", false},
		{"ec2", "fargate", "고객은 새로운 Restful API를 요청함. 가능한 구성 요소는?", true},
		{"ec2", "fargate", "서버를 관리하지 않고 컨테이너를 돌리려면?", false},
		{"ec2", "fargate", "Which option requires the least operational overhead?", false},
		{"kinesis-kcl", "kinesis-kpl", "Which library should a developer use to send records to a Kinesis data stream?", false},
		{"beanstalk-rolling", "beanstalk-rolling-additional-batch", "배포 중 성능 저하가 없어야 한다", false},
		{"s3-acl", "s3-block-public-access", "읽기 권한을 특정 IAM 역할에 부여하려면?", false},
		{"kinesis-kcl", "kinesis-kpl", "매시간 대용량 데이터 수집. 메세지는 실시간으로 전달되어야 함", true},
		{"kinesis-kcl", "kinesis-kpl", "샤드를 여러 워커가 나눠 읽고 체크포인트하려면?", false},
		// An overlap with when: holds only for such questions.
		{"cloudformation", "beanstalk", "AWS에서 추가 비용 없이 포함되는 서비스", true},
		{"cloudformation", "beanstalk", "코드만 업로드하면 용량 프로비저닝과 배포를 처리하는 서비스", false},
		{"ecs-awsvpc-mode", "ecs-host-mode", "같은 task 안 컨테이너끼리 통신", true},
		{"ecs-awsvpc-mode", "ecs-host-mode", "Fargate task마다 자체 ENI와 보안 그룹이 필요하다", false},
		{"sts-getsessiontoken", "sts-assumerole", "MFA 필요한 API를 CLI로 호출", true},
		{"sts-getsessiontoken", "sts-assumerole", "다른 계정의 역할을 맡아 호출하려면?", false},
		{"beanstalk-immutable", "beanstalk-traffic-splitting", "새 인스턴스에 배포, 실패 시 빠른 롤백, 용량 유지", true},
		{"lambda-memory-tuning", "lambda-snapstart", "Lambda의 콜드 스타트로 8초 이상 소요. 개선방법은?", true},
		{"lambda-memory-tuning", "lambda-snapstart", "CPU 집약적인 Lambda가 느리다. 개선방법은?", false},
		{"codecommit-git-credentials", "codecommit-credential-helper", "CodeCommit Repository에 대한 HTTPS 복제 URL 사전 구성 방법은?", true},
		{"codecommit-git-credentials", "codecommit-credential-helper", "역할로 임시 자격 증명을 받아 HTTPS로 클론하려면?", false},
		// final66's second right answers.
		{"lambda-memory-tuning", "lambda-provisioned-concurrency", "Lambda의 콜드 스타트로 8초 이상 소요. 개선방법은?", true},
		{"lambda-memory-tuning", "lambda-provisioned-concurrency", "결제 API 콜드 스타트 지연 제거 방법 (지연 민감 구간)", false},
		{"lambda-memory-tuning", "lambda-provisioned-concurrency", "CPU 바운드 Lambda가 느리다", false},
		{"eventbridge-custom-bus", "eventbridge-default-bus", "서비스 간 느슨한 결합 이벤트 라우팅", true},
		{"eventbridge-custom-bus", "eventbridge-default-bus", "EC2 상태 변경 이벤트에 반응하려면?", false},
		{"ecs", "batch", "서버 관리 없는 컨테이너 실행", true},
		{"ecs", "batch", "야간 배치 작업을 컨테이너로 실행하려면?", false},
		{"xray-trace", "xray-subsegment", "주문 API 응답 지연 시 병목 구간 확인 수단", true},
		{"xray-trace", "xray-subsegment", "SQL 호출 구간을 따로 기록하려면?", false},
		// final67's.
		{"cdk-app", "cdk-construct", "CDK 코드로 생성될 CloudFormation 템플릿을 배포 전에 검토하려면?", true},
		{"cdk-app", "cdk-construct", "여러 스택에서 재사용할 구성 요소를 만들려면?", false},
		{"sqs", "stepfunctions", "백엔드 처리가 2분 걸려 504를 받는다. 비동기로 처리하려면?", true},
		{"sqs", "stepfunctions", "주문 처리 단계를 순서대로 조율하려면?", false},
		{"xray-segment", "xray-trace", "인스턴스 프로파일 역할에 필요한 권한은?", true},
		{"s3-mfa-delete", "s3-object-lock", "실수로 인한 삭제나 덮어쓰기로부터 보호해야 합니다", true},
		{"s3-mfa-delete", "s3-object-lock", "규정상 7년 동안 변경할 수 없게 보관하려면?", false},
		// final68's.
		{"s3-glacier-flexible-retrieval", "s3-glacier-deep-archive", "S3 호스팅 웹사이트. 모든 요청을 추적하고 로깅 및 보관. 비용 효율적 솔루션", true},
		{"s3-glacier-flexible-retrieval", "s3-glacier-deep-archive", "보관 데이터를 12시간 안에 복원해야 한다", false},
		{"cloudwatchlogs", "cloudwatch-agent", "EC2에서 실행되는 어플. 중앙 집권 로그", true},
		{"cloudwatchlogs", "cloudwatch-agent", "EC2의 메모리 지표를 수집하려면?", false},
		{"rds", "aurora", "Beanstalk 환경과 DB의 수명 주기를 분리하려면?", true},
		{"rds", "aurora", "리전 간 1초 미만 복제가 필요한 글로벌 데이터베이스는?", false},
	} {
		if got := b.Overlapping(id(tc.a), id(tc.s), tc.question); got != tc.want {
			t.Errorf("Overlapping(%s, %s, %q) = %v, want %v", tc.a, tc.s, tc.question, got, tc.want)
		}
	}
}

func TestOverlapping(t *testing.T) {
	b := testBase(t)
	long, _ := b.Lookup("sqs-long-polling")
	short, _ := b.Lookup("sqs-short-polling")
	dax, _ := b.Lookup("dynamodb-dax")
	for _, tc := range []struct {
		a, s     int
		question string
		want     bool
	}{
		{long, short, "SQS 메시지를 받는 방법", true},                  // nothing tells them apart: both right
		{short, long, "SQS 메시지를 받는 방법", true},                  // either way round
		{long, short, "빈 응답을 줄이려면", false},                     // the stem names the need
		{long, short, "too many EMPTY RECEIVES metric", false}, // case-insensitive, any script
		{long, dax, "SQS 메시지를 받는 방법", false},                   // not in an overlap set
	} {
		if got := b.Overlapping(tc.a, tc.s, tc.question); got != tc.want {
			t.Errorf("Overlapping(%s, %s, %q) = %v, want %v", b.Concepts[tc.a].ID, b.Concepts[tc.s].ID, tc.question, got, tc.want)
		}
	}
	// A short Latin cue names a need only as a word of its own: `SAM` is
	// not in `same`, though folded text has no word boundaries.
	builtin, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	sync, _ := builtin.Lookup("sam-cli-sync")
	watch, _ := builtin.Lookup("cdk-cli-watch")
	for _, tc := range []struct {
		question string
		want     bool
	}{
		{"Push code changes to the same dev account in seconds without a full deploy.", true},
		{"Push SAM app code changes to the cloud in seconds.", false},
		{"SAM으로 만든 앱의 코드 변경을 몇 초 만에 반영하려면?", false},
	} {
		if got := builtin.Overlapping(sync, watch, tc.question); got != tc.want {
			t.Errorf("Overlapping(sam sync, cdk watch, %q) = %v, want %v", tc.question, got, tc.want)
		}
	}
	// A secret, or a template's parameter, names no store: either
	// dynamic reference keeps it out of the template.
	sm, _ := builtin.Lookup("cloudformation-resolve-secretsmanager")
	secure, _ := builtin.Lookup("cloudformation-resolve-ssm-secure")
	for _, tc := range []struct {
		question string
		want     bool
	}{
		{"template에 secret 평문 없이 참조?", true},
		{"템플릿 파라미터에 DB 비밀번호를 적지 않고 참조하려면?", true},
		{"Secrets Manager의 DB 비밀번호를 템플릿에서 참조하려면?", false},
		{"Parameter Store SecureString 값을 템플릿에서 참조하려면?", false},
		{"Systems Manager 파라미터 값을 템플릿에서 참조하려면?", false},
	} {
		if got := builtin.Overlapping(sm, secure, tc.question); got != tc.want {
			t.Errorf("Overlapping(resolve:secretsmanager, resolve:ssm-secure, %q) = %v, want %v", tc.question, got, tc.want)
		}
	}
	// Who deleted a resource: the management events are recorded and the
	// event history shows them — both right, unless the question asks for
	// the kind of event or where to look.
	history := conceptNamed(t, builtin, "cloudtrail-event-history")
	management := conceptNamed(t, builtin, "cloudtrail-management-events")
	for _, tc := range []struct {
		question string
		want     bool
	}{
		{"누가 어떤 API로 리소스를 삭제했는지 확인하려면?", true},
		{"보안 그룹을 누가 바꿨는지 기록하는 CloudTrail 이벤트 유형은?", false},
	} {
		if got := builtin.Overlapping(history, management, tc.question); got != tc.want {
			t.Errorf("Overlapping(event history, management events, %q) = %v, want %v", tc.question, got, tc.want)
		}
	}
	// An overlap set makes no siblings: the contrast set still does.
	if got := b.Siblings(long); len(got) != 1 || got[0] != short {
		t.Errorf("Siblings(long polling) = %v, want only the contrast set's [%d]", got, short)
	}
}

// A pair the exam never sets against each other (apart.yaml) is no
// sibling, nor kin, either way round, though a contrast set holds both:
// `SCP` for `CloudFormation StackSets` was judged off-topic 19 times in 22.
func TestApartAreNoSiblings(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	stacksets, _ := b.Lookup("cloudformation-stacksets")
	scp, _ := b.Lookup("organizations-scp")
	tmp, _ := b.Lookup("lambda-tmp")
	timeout, _ := b.Lookup("lambda-timeout")
	secure, _ := b.Lookup("ssm-securestring")
	iamAuth, _ := b.Lookup("rds-iam-auth")
	global, _ := b.Lookup("dynamodb-global-tables")
	sync, _ := b.Lookup("cognito-sync")
	functions, _ := b.Lookup("cloudfront-functions")
	failover, _ := b.Lookup("cloudfront-origin-failover")
	for _, tc := range []struct{ c, never int }{{stacksets, scp}, {scp, stacksets}, {tmp, timeout}, {timeout, tmp},
		// Judged off-topic as variants over final1–85 (apart.yaml).
		{secure, iamAuth}, {global, sync}, {functions, failover}} {
		if slices.Contains(b.Siblings(tc.c), tc.never) || slices.Contains(b.Kin(tc.c), tc.never) {
			t.Errorf("%s is set against %s", b.Concepts[tc.never].ID, b.Concepts[tc.c].ID)
		}
	}
	// One way only: SecureString is a fair wrong option for RDS IAM
	// authentication (judged plausible 13 times in 18), not the other way.
	if !slices.Contains(b.Siblings(iamAuth), secure) {
		t.Errorf("ssm-securestring is no longer set against rds-iam-auth: the one-way pair holds both ways")
	}
	if len(b.Siblings(stacksets)) == 0 {
		t.Errorf("StackSets has no sibling left")
	}
}

// An overlaps pair is told apart by a question naming a need of one of
// them, and only then.
func TestToldApart(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	redis, _ := b.Lookup("elasticache-redis")
	memcached, _ := b.Lookup("elasticache-memcached")
	dax, _ := b.Lookup("dynamodb-dax")
	fifo, _ := b.Lookup("sqs-fifo")
	for _, tc := range []struct {
		a, s     int
		question string
		want     bool
	}{
		{redis, memcached, "정렬 집합과 복제가 필요한 캐시 엔진은?", true},
		{redis, memcached, "DB 앞에 둘 캐시는?", false},
		{redis, fifo, "정렬 집합과 복제가 필요한 캐시 엔진은?", false}, // no overlaps set
		{redis, dax, "DynamoDB 앞에 둘 캐시는?", true},
	} {
		if got := b.ToldApart(tc.a, tc.s, tc.question); got != tc.want {
			t.Errorf("ToldApart(%s, %s, %q) = %v, want %v", b.Concepts[tc.a].ID, b.Concepts[tc.s].ID, tc.question, got, tc.want)
		}
	}
}

// The same amount in two units of a family, by unit_amounts.
func TestSameAmount(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a    int
		ua   string
		v    int
		uv   string
		want bool
	}{
		{15, "분", 900, "초", true},
		{10, "GB", 10240, "MB", true},
		{15, "분", 15, "분", false}, // one unit: the digits rule's
		{15, "분", 600, "초", false},
		{1, "년", 365, "일", false}, // no amount for 년: months and years vary
	} {
		if got := b.SameAmount(tc.a, tc.ua, tc.v, tc.uv); got != tc.want {
			t.Errorf("SameAmount(%d%s, %d%s) = %v, want %v", tc.a, tc.ua, tc.v, tc.uv, got, tc.want)
		}
	}
}

func TestParseProblems(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"concepts:\n  - {id: x-y, service: nope, kind: feature, aliases: [XY]}\n", `bad.yaml:2: concept x-y: unknown service "nope"`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\nconcepts:\n  - {id: a-b, service: a, kind: thing, aliases: [B]}\n", `bad.yaml:4: concept a-b: unknown kind "thing"`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\ncontrasts:\n  - {id: c, members: [a, zz]}\n", `bad.yaml:4: contrast c: unknown concept "zz"`},
		{"services:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", `bad.yaml:3: id "a" is defined twice`},
		{"bogus: 1\n", `bad.yaml:1:`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\noverlaps:\n  - {id: o, members: [a, zz], unless: [x]}\n", `bad.yaml:4: overlap o: unknown concept "zz"`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\n  - {id: b, name: B, aliases: [B1]}\noverlaps:\n  - {id: o, members: [a, b]}\n", `bad.yaml:5: overlap o has no unless:`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\n  - {id: b, name: B, aliases: [B1]}\noverlaps:\n  - {id: o, members: [a, b], when: [순서&중복]}\n", `bad.yaml:5: overlap o: when: cue "순서&중복" has an empty part`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\n  - {id: b, name: B, aliases: [B1]}\noverlaps:\n  - {id: o, members: [a, b], when: [\"순서 & \"]}\n", `bad.yaml:5: overlap o: when: cue "순서 & " has an empty part`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\n  - {id: b, name: B, aliases: [B1]}\ncontrasts:\n  - {id: s, members: [a, b]}\noverlaps:\n  - {id: s, members: [a, b], unless: [x]}\n",
			`bad.yaml:7: overlap s: the id is taken by the set at bad.yaml:5`},
		{"services:\n  - {id: a, name: Amazon A, aliases: [ㅋ]}\n", `bad.yaml:2: a: alias "ㅋ" is too short to be found`},
		{"bare_names:\n  zz: [Catch]\n", `bad.yaml:1: bare_names: unknown concept "zz"`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\n  - {id: b, name: B, aliases: [B1]}\napart:\n  - [a, b, both-ways]\n", `bad.yaml:5: apart: write two different concepts, [a, b], or [a, b, one-way]`},
		{"remark_words: [since, \" \"]\n", `bad.yaml:1: an empty word in a list`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\nconcepts:\n  - {id: a-b, service: a, kind: setting, aliases: [B1], part_of: zz}\n", `bad.yaml:4: concept a-b: part_of names an unknown concept "zz"`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\nconcepts:\n  - {id: a-b, service: a, kind: setting, aliases: [B1], part_of: a-b}\n", `bad.yaml:4: concept a-b: part_of names the concept itself`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\nconcepts:\n  - {id: a-b, service: a, kind: setting, aliases: [B1], part_of: a-c}\n  - {id: a-c, service: a, kind: setting, aliases: [C1], part_of: a-b}\n", `bad.yaml:4: concept a-b: part_of names a-c, itself a part of a-b; name the outermost thing`},
		{"negations:\n  after: [아님, \"\"]\n", `bad.yaml:1: negations: an empty word`},
		{"endings: [을, \" \"]\n", `bad.yaml:1: an empty word in a list`},
		{"number_words:\n  \"\": 3\n", `bad.yaml:1: number_words: an empty word`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\nbare_names:\n  a: [\" \"]\n", `bad.yaml:1: bare_names a: an empty name`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\napart:\n  - [a, zz]\n", `bad.yaml:4: apart: unknown concept in ["a" "zz"]`},
		{"services:\n  - {id: a, name: A, aliases: [A1]}\napart:\n  - [a]\n", `bad.yaml:4: apart: write two different concepts`},
		{"binary_choices:\n  markers: [\" 중?\"]\n  both: {ko: \"모두\", en: \"Both {a} and {b}\"}\n  neither: {ko: 아님, en: Neither}\n", `bad.yaml:1: binary_choices: write both.ko with {a} and {b}`},
		{"binary_choices:\n  markers: [\" 중?\"]\n  both: {ko: \"{a}, {b} 모두\", en: \"Both {a} and {b}\"}\n  neither: {ko: 아님, en: Neither}\n  objects: [[\"를 \", \" \"]]\n", `bad.yaml:1: binary_choices: an empty object particle or connective`},
	} {
		_, err := Parse([]File{{"bad.yaml", []byte(tc.yaml)}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%q) error = %v, want %q", tc.yaml, err, tc.want)
		}
	}
}

// WholeOf says which concept a part belongs to, from part_of.
func TestWholeOf(t *testing.T) {
	b, err := Parse([]File{{"parts.yaml", []byte("services:\n  - {id: a, name: Amazon A, aliases: [A1]}\nconcepts:\n  - {id: a-p, service: a, kind: feature, aliases: [P1]}\n  - {id: a-c, service: a, kind: setting, aliases: [C1], part_of: a-p}\n")}})
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int { return slices.IndexFunc(b.Concepts, func(c Concept) bool { return c.ID == s }) }
	if w, ok := b.WholeOf(id("a-c")); !ok || w != id("a-p") {
		t.Errorf("WholeOf(a-c) = %d, %v; want %d, true", w, ok, id("a-p"))
	}
	if _, ok := b.WholeOf(id("a-p")); ok {
		t.Error("WholeOf(a-p): a concept with no part_of is a part of something")
	}
}

// A thing and its part are never each other's sibling, and a part's kin
// are the other parts of its thing only.
func TestPartsSiblingsAndKin(t *testing.T) {
	b, err := Parse([]File{{"parts.yaml", []byte(`services:
  - {id: a, name: Amazon A, aliases: [A1]}
concepts:
  - {id: a-thing, service: a, kind: setting, aliases: [Thing1]}
  - {id: a-other, service: a, kind: setting, aliases: [Other1]}
  - {id: a-in, service: a, kind: setting, aliases: [In1], part_of: a-thing}
  - {id: a-out, service: a, kind: setting, aliases: [Out1], part_of: a-thing}
contrasts:
  - {id: s, members: [a-thing, a-other, a-in, a-out]}
`)}})
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int { return slices.IndexFunc(b.Concepts, func(c Concept) bool { return c.ID == s }) }
	names := func(cs []int) []string {
		var out []string
		for _, c := range cs {
			out = append(out, b.Concepts[c].ID)
		}
		return out
	}
	if got := names(b.Siblings(id("a-in"))); !slices.Equal(got, []string{"a-other", "a-out"}) {
		t.Errorf("Siblings(a-in) = %v, want [a-other a-out]: never its thing", got)
	}
	if got := names(b.Siblings(id("a-thing"))); !slices.Equal(got, []string{"a-other"}) {
		t.Errorf("Siblings(a-thing) = %v, want [a-other]: never its parts", got)
	}
	if got := names(b.Kin(id("a-in"))); !slices.Equal(got, []string{"a-out"}) {
		t.Errorf("Kin(a-in) = %v, want [a-out]: the other parts of its thing", got)
	}
	if got := names(b.Kin(id("a-other"))); !slices.Equal(got, []string{"a-thing"}) {
		t.Errorf("Kin(a-other) = %v, want [a-thing]: no part", got)
	}
}

func FuzzTag(f *testing.F) {
	b, err := Parse([]File{{"test.yaml", []byte(testServices)}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add("SQS 긴폴링을 켠다 SAML")
	f.Add("\xff로그인")
	f.Fuzz(func(t *testing.T, s string) {
		tags := b.Tag(s)
		last := 0
		for _, h := range tags.Hits {
			if h.Start < last || h.End > len(s) || h.Start >= h.End {
				t.Fatalf("hit %+v out of order or range in %q", h, s)
			}
			last = h.End
		}
	})
}

func TestAgreeParticle(t *testing.T) {
	for _, tc := range []struct{ word, rest, want string }{
		{"보존 기간", "가 증가한", "이 증가한"},
		{"지연 대기열", "를 사용", "을 사용"},
		{"짧은 폴링", "을 켠다", "을 켠다"},
		{"큐", "이 있다", "가 있다"},
		{"파일", "으로 저장", "로 저장"},
		{"버킷", "로 저장", "으로 저장"},
		{"기간", "가능성", "가능성"},
		{"SQS", "가 있다", "가 있다"},
		{"SQS", "이 있다", "가 있다"},
		{"IAM", "를 쓴다", "을 쓴다"},
		{"DynamoDB Accelerator", "을 활성화", "를 활성화"},
		{"global tables", "을 활성화", "를 활성화"},
		{"DynamoDB Stream", "를 활성화", "을 활성화"},
		{"Lambda", "을 호출", "를 호출"},
		{"CloudTrail", "를 켠다", "을 켠다"},
		{"sam build", "을 쓴다", "를 쓴다"},
		{"CloudFront", "을 쓴다", "를 쓴다"},
		{"Redshift", "을 쓴다", "를 쓴다"},
		{"SSM Agent", "을 쓴다", "를 쓴다"},
		{"AppConfig", "을 쓴다", "를 쓴다"},
		{"CodePipeline", "를 쓴다", "을 쓴다"},
		{"custom domain name", "를 쓴다", "을 쓴다"},
		{"S3 Lifecycle", "와 함께", "과 함께"},
		{"CloudFormation Stack", "를 쓴다", "을 쓴다"},
		{"S3 bucket", "를 만든다", "을 만든다"},
		{"S3", "으로 옮긴다", "로 옮긴다"},
		{"최대 100", "가 된다", "이 된다"},
		{"X-Ray (SDK)", "을 쓴다", "를 쓴다"},
		{"기간", "", ""},
	} {
		if got := AgreeParticle(tc.word, tc.rest); got != tc.want {
			t.Errorf("AgreeParticle(%q, %q) = %q, want %q", tc.word, tc.rest, got, tc.want)
		}
	}
}

// A sibling's name that starts with the word before the replaced one does
// not repeat it.
func TestReplaceDoesNotRepeatAWord(t *testing.T) {
	b, err := Parse([]File{{"t.yaml", []byte(`
services:
  - {id: ecs, name: Amazon ECS, domain: deployment, aliases: [ECS]}
concepts:
  - {id: ecs-task-definition, service: ecs, kind: resource, aliases: [작업 정의, task definition]}
  - {id: ecs-service, service: ecs, kind: resource, aliases: [ECS 서비스, ECS service]}
`)}})
	if err != nil {
		t.Fatal(err)
	}
	svc, _ := b.Lookup("ecs-service")
	text := "ECS 작업 정의에서"
	tags := b.Tag(text)
	if got, want := b.Replace(text, tags.Hits[1], svc), "ECS 서비스에서"; got != want {
		t.Errorf("Replace = %q, want %q", got, want)
	}
}

// FuzzParse: any knowledge file is accepted or refused with FILE:LINE
// problems, never a panic; an accepted one tags any text.
func FuzzParse(f *testing.F) {
	f.Add([]byte(testServices))
	f.Add([]byte("services:\n  - {id: a, name: A}\ncontrasts:\n  - {id: c, members: [a, a]}\n"))
	f.Add([]byte("more_aliases: {x: [y]}\nasks:\n  - {kind: api, phrases: [API는]}\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		b, err := Parse([]File{{"f.yaml", raw}})
		if err != nil {
			if !strings.Contains(err.Error(), "f.yaml:") {
				t.Fatalf("a problem without FILE:LINE: %v", err)
			}
			return
		}
		b.Tag("SQS 긴 폴링을 SAML 로그인")
		b.Asked("어떤 API는?")
	})
}

func TestDropRepeatedPrefix(t *testing.T) {
	for _, tc := range []struct{ before, name, want string }{
		{"ECS ", "ECS 서비스", "서비스"},
		{"CodeDeployDefault.", "CodeDeployDefault.AllAtOnce", "AllAtOnce"},
		{"", "CodeDeployDefault.AllAtOnce", "CodeDeployDefault.AllAtOnce"},
		{"Amazon ", "SQS", "SQS"},
		{"새 ", "ECS 서비스", "ECS 서비스"},
	} {
		if got := dropRepeatedPrefix(tc.before, tc.name); got != tc.want {
			t.Errorf("dropRepeatedPrefix(%q, %q) = %q, want %q", tc.before, tc.name, got, tc.want)
		}
	}
}

// foldRune's fast paths fold every rune as unicode.ToLower does.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := foldRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
}

func TestDropRepeatedSuffix(t *testing.T) {
	for _, tc := range []struct{ name, after, want string }{
		{"Kinesis 생산자 라이브러리", " 라이브러리를 사용", "Kinesis 생산자"},
		{"Kinesis Producer Library", " library", "Kinesis Producer"},
		{"Kinesis 생산자 라이브러리", "를 사용", "Kinesis 생산자 라이브러리"},
		{"라이브러리", " 라이브러리", "라이브러리"}, // one word: nothing would be left
	} {
		if got := dropRepeatedSuffix(tc.name, tc.after); got != tc.want {
			t.Errorf("dropRepeatedSuffix(%q, %q) = %q, want %q", tc.name, tc.after, got, tc.want)
		}
	}
}

func TestKeepServicePrefix(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	lifecycle, _ := kb.Lookup("ecr-lifecycle-policy")
	scanning, _ := kb.Lookup("ecr-image-scanning")
	profiler, ok := kb.Lookup("codeguru-profiler")
	if !ok {
		t.Fatal("no codeguru-profiler concept")
	}
	if got := kb.keepServicePrefix("ECR lifecycle policy", lifecycle, scanning, "image scanning"); got != "ECR image scanning" {
		t.Errorf("same service: got %q, want `ECR image scanning`", got)
	}
	if got := kb.keepServicePrefix("ECR lifecycle policy", lifecycle, profiler, "Amazon CodeGuru Profiler"); got != "Amazon CodeGuru Profiler" {
		t.Errorf("another service: got %q, want it without ECR", got)
	}
}

// A bare name is a concept only as a whole text, and only where the
// question names the concept's service; a sibling put in its place is
// written bare too.
func TestBareHit(t *testing.T) {
	b := testBase(t)
	sqs, _ := b.Lookup("sqs")
	long, _ := b.Lookup("sqs-long-polling")
	short, _ := b.Lookup("sqs-short-polling")
	cognito, _ := b.Lookup("cognito")
	for _, tc := range []struct {
		text     string
		services []int
		want     bool
	}{
		{"Long", []int{sqs}, true},
		{"  long ", []int{cognito, sqs}, true},
		{"Long", []int{cognito}, false}, // not a question about SQS
		{"Long", nil, false},
		{"Long polling", []int{sqs}, false}, // not the whole text (an alias matches that)
		{"Longer", []int{sqs}, false},
		{"긴 방식 (Long)", []int{sqs}, true}, // a Korean name glossed with the bare one: the whole
		{"긴 방식 (Long)", []int{cognito}, false},
		{"Whatever (Long)", []int{sqs}, false}, // no Korean name before the gloss
		{"긴 방식（Long）", []int{sqs}, true},
		{"SQS 긴 방식 (Long)", []int{sqs}, false}, // more than a Korean name before it (a review)
		{"짧은 것 대신 긴 방식 (Long)", []int{sqs}, false},
	} {
		h, ok := b.BareHit(tc.text, tc.services)
		if ok != tc.want || ok && (h.Concept != long || h.Alias != BareAlias || strings.TrimSpace(tc.text) != tc.text[h.Start:h.End]) {
			t.Errorf("BareHit(%q, %v) = %+v %v, want %v", tc.text, tc.services, h, ok, tc.want)
		}
	}
	h, _ := b.BareHit("Long", []int{sqs})
	if got := b.Replace("Long", h, short); got != "Short" {
		t.Errorf("Replace(bare Long, short polling) = %q, want Short", got)
	}
	if got := b.NameFor(short, Hit{Concept: long, Start: 0, End: 12}, "long polling"); got != "short polling" {
		t.Errorf("NameFor(an alias hit) = %q, want the alias written alike", got)
	}
	if tags := b.Tag("Long"); len(tags.Hits) != 0 {
		t.Errorf("Tag(Long) = %+v: a bare name is not an alias", tags.Hits)
	}
}

// A bare name is found with a gloss after it, which the hit spans (a
// sibling in its place takes the gloss's place too), and after an English
// action (`Enable Long`), which the hit leaves for the sibling to keep.
func TestBareHitGlossAndAction(t *testing.T) {
	b := testBase(t)
	b.BareActions = []string{"활성화", "Enable"}
	sqs, _ := b.Lookup("sqs")
	long, _ := b.Lookup("sqs-long-polling")
	short, _ := b.Lookup("sqs-short-polling")
	for _, tc := range []struct{ text, named, replaced string }{
		{"Long (ReceiveMessageWaitTimeSeconds)", "Long (ReceiveMessageWaitTimeSeconds)", "Short"},
		{"Long(긴 폴링)", "Long(긴 폴링)", "Short"},
		{"Enable Long", "Long", "Enable Short"},
		{"Long 활성화", "Long", "Short 활성화"},
	} {
		h, ok := b.BareHit(tc.text, []int{sqs})
		if !ok || h.Concept != long || tc.text[h.Start:h.End] != tc.named {
			t.Errorf("BareHit(%q) = %+v %v, want %q named", tc.text, h, ok, tc.named)
			continue
		}
		if got := b.Replace(tc.text, h, short); got != tc.replaced {
			t.Errorf("Replace(%q, short) = %q, want %q", tc.text, got, tc.replaced)
		}
	}
	if h, ok := b.BareHit("Enabled Long", []int{sqs}); ok {
		t.Errorf("BareHit(Enabled Long) = %+v: a longer word is no action", h)
	}
}

// A sibling takes a bare name with an action only where the name it
// replaces has one: `Object Lock` for `버전 관리(Versioning)`, not `Object
// Lock 활성화` (the key would be the one option without it).
func TestBareSiblingActsLikeTheKey(t *testing.T) {
	b, err := Parse([]File{{"s3.yaml", []byte(`
services:
  - {id: s3, name: Amazon S3, aliases: [S3]}
concepts:
  - {id: s3-versioning, service: s3, kind: feature, aliases: [S3 Versioning]}
  - {id: s3-object-lock, service: s3, kind: feature, aliases: [S3 Object Lock]}
contrasts:
  - {id: protection, members: [s3-versioning, s3-object-lock]}
bare_actions: [활성화]
bare_names:
  s3-versioning: [버전 관리, Versioning]
  s3-object-lock: [Object Lock 활성화, Object Lock]
`)}})
	if err != nil {
		t.Fatal(err)
	}
	s3, _ := b.Lookup("s3")
	lock, _ := b.Lookup("s3-object-lock")
	for _, tc := range []struct{ text, want string }{
		{"버전 관리(Versioning)", "Object Lock"},
		{"Versioning 활성화", "Object Lock 활성화"},
	} {
		h, ok := b.BareHit(tc.text, []int{s3})
		if !ok {
			t.Fatalf("BareHit(%q) found nothing", tc.text)
		}
		if got := b.Replace(tc.text, h, lock); got != tc.want {
			t.Errorf("Replace(%q, object lock) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestNegated(t *testing.T) {
	b := testBase(t)
	b.Negations = Negations{After: []string{"아님", "아니라"}, Before: []string{"not "}, Particles: []string{"이", "가"}}
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"긴 폴링이 아님", "긴 폴링", true},
		{"긴 폴링 아님", "긴 폴링", true},
		{"긴 폴링가 아니라 짧은 폴링", "긴 폴링", true},
		{"긴 폴링가 아니라 짧은 폴링", "짧은 폴링", false},
		{"use short polling, NOT long polling", "long polling", true},
		{"use short polling, NOT long polling", "short polling", false},
		{"긴 폴링 이후 아님", "긴 폴링", false}, // a word between: not said of it
	} {
		at := strings.Index(tc.text, tc.name)
		if got := b.Negated(tc.text, Hit{Start: at, End: at + len(tc.name)}); got != tc.want {
			t.Errorf("Negated(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// Yes and no belong to no one service: their bare names match in any
// question, and the other one is written in the same script.
func TestBarePolarAnswers(t *testing.T) {
	b, err := Parse([]File{{"polar.yaml", []byte(`
services:
  - {id: general, name: AWS general, aliases: [AWS 리전], umbrella: true}
  - {id: sqs, name: Amazon SQS, aliases: [SQS]}
concepts:
  - {id: general-yes, service: general, kind: action, aliases: [Yes (예)]}
  - {id: general-no, service: general, kind: action, aliases: [No (아니오)]}
contrasts:
  - {id: yes-no, members: [general-yes, general-no]}
bare_names:
  general-yes: [예, Yes]
  general-no: [아니오, No]
`)}})
	if err != nil {
		t.Fatal(err)
	}
	sqs, _ := b.Lookup("sqs")
	yes, _ := b.Lookup("general-yes")
	for _, tc := range []struct{ text, want string }{{"아니오", "예"}, {"No", "Yes"}} {
		h, ok := b.BareHit(tc.text, []int{sqs})
		if !ok {
			t.Fatalf("BareHit(%q) found nothing", tc.text)
		}
		if got := b.Replace(tc.text, h, yes); got != tc.want {
			t.Errorf("Replace(%q, yes) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A key that is one word naming a concept by an alias gets its sibling's
// bare name too: `TRIM_HORIZON` → `LATEST`, not `LATEST iterator`.
func TestOneWordKeyTakesBareSibling(t *testing.T) {
	b, err := Parse([]File{{"it.yaml", []byte(`
services:
  - {id: kinesis, name: Amazon Kinesis, aliases: [Kinesis]}
concepts:
  - {id: kinesis-trim-horizon, service: kinesis, kind: setting, aliases: [TRIM_HORIZON]}
  - {id: kinesis-latest, service: kinesis, kind: setting, aliases: [LATEST iterator]}
bare_names:
  kinesis-latest: [LATEST]
`)}})
	if err != nil {
		t.Fatal(err)
	}
	latest, _ := b.Lookup("kinesis-latest")
	tags := b.Tag("TRIM_HORIZON")
	if len(tags.Hits) != 1 {
		t.Fatalf("Tag(TRIM_HORIZON) = %+v", tags.Hits)
	}
	if got := b.Replace("TRIM_HORIZON", tags.Hits[0], latest); got != "LATEST" {
		t.Errorf("Replace(TRIM_HORIZON, latest) = %q, want LATEST", got)
	}
	tags = b.Tag("TRIM_HORIZON 사용")
	if got := b.Replace("TRIM_HORIZON 사용", tags.Hits[0], latest); got != "LATEST iterator 사용" {
		t.Errorf("in a sentence: %q, want its alias", got)
	}
}

func TestNameLikeAndBareIn(t *testing.T) {
	b, err := Parse([]File{{"n.yaml", []byte(`
services:
  - {id: sfn, name: AWS Step Functions, aliases: [Step Functions]}
concepts:
  - {id: sfn-limit, service: sfn, kind: figure, aliases: [최대 1년, 최대 실행 기간, one year]}
  - {id: sfn-task, service: sfn, kind: feature, aliases: [Task 상태]}
bare_names:
  sfn-task: [Task]
`)}})
	if err != nil {
		t.Fatal(err)
	}
	limit, _ := b.Lookup("sfn-limit")
	task, _ := b.Lookup("sfn-task")
	if got := b.NameLike(limit, "통합 타임아웃"); got != "최대 실행 기간" {
		t.Errorf("NameLike(a name) = %q, want the name without a figure", got)
	}
	if got := b.NameLike(limit, "29초"); got != "최대 1년" {
		t.Errorf("NameLike(a figure) = %q, want the first alias", got)
	}
	for text, want := range map[string]bool{"Lambda Task가 실패하면": true, "Tasks are": false, "MyTask 실패": false, "Task": true} {
		if got := b.BareIn(text, task); got != want {
			t.Errorf("BareIn(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestWordIn(t *testing.T) {
	b := testBase(t)
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Lambda proxy integration에서 502", "Lambda", true},
		{"lambda proxy", "Lambda", true},
		{"MyLambda proxy", "Lambda", false},
		{"Lambdas", "Lambda", false},
		{"람다 함수를", "람다 함수", true},
		{"S3 버킷", "S3", false}, // under three letters: too short to tell
	} {
		if got := b.WordIn(tc.text, tc.name); got != tc.want {
			t.Errorf("WordIn(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

func TestNumbersIn(t *testing.T) {
	b, err := Parse([]File{{"n.yaml", []byte("number_words:\n  three: 3\n  세 개: 3\n  two: 2\n")}})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string][]int{
		"delivered to three independent queues": {3},
		"Three queues and two topics":           {2, 3},
		"threefold":                             nil,
		"세 개의 대기열":                              {3},
		"세션이 많을 때":                              nil,
	} {
		if got := b.NumbersIn(text); !slices.Equal(got, want) {
			t.Errorf("NumbersIn(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAsksDefinition(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]bool{
		"Visibility timeout은 무엇?":                                         true,
		"What is an IAM permissions boundary?":                            true,
		"Stage variable은 무엇?":                                             true,
		"가시성 제한 시간을 어떻게 설정하려면?":                                           false,
		"What is the best way to handle messages in a dead-letter queue?": false,
		"DLQ에 들어간 메시지에 대해 해야 하는 일은?":                                      false,
		"Which API reads up to 100 items?":                                false,
		// A concept's features or when to use it, in a review sheet
		// (final62: no variant, its wrong options other cards' definitions).
		"SSE-C의 특징은?":               true,
		"Multipart upload를 쓰는 경우는?": true,
		"Lazy loading 전략의 단점 두 가지?": false,
		"Lazy loading의 특징이 아닌 것은?":  false,
		// A description asked for (final103: `SWF의 설명` beside other
		// cards' answers); not an explanation, a manual or a property
		// the question reasons from (an independent review).
		"SWF의 설명":                     true,
		"SQS 설명":                      true,
		"Firehose 전송 특성":              true,
		"Standard queue delivery 특성?": true,
		"KMS 키 정책과 IAM 정책의 관계를 설명해 주시겠어요?":      false,
		"API 설명서(OpenAPI)를 API Gateway로 가져오려면?": false,
		"Kinesis 샤드의 특성상 순서는 어디까지 보장?":          false,
		"워크로드 특성에 맞는 배포 도구는?":                   false,
		"함수 설명을 바꾸면 새 버전이 필요한가?":                false,
		"DynamoDB를 사용하는 경우 가장 비용 효율적인 읽기 방식은?":  false,
	} {
		if got := b.AsksDefinition(q); got != want {
			t.Errorf("AsksDefinition(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestInsideWord(t *testing.T) {
	b := testBase(t)
	b.Endings = []string{"을", "를", "하"}
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"메모리 설정을 늘린다", "메모리 설정을 늘", true},
		{"긴 폴링을 켠다", "긴 폴링", false},
		{"긴 폴링하고", "긴 폴링", false},
		{"긴 폴링 사용", "긴 폴링", false},
		{"SQS를", "SQS", false},
	} {
		at := strings.Index(tc.text, tc.name)
		if got := b.InsideWord(tc.text, Hit{Start: at, End: at + len(tc.name)}); got != tc.want {
			t.Errorf("InsideWord(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// A question asks how concepts differ by any comparison word of the data,
// case-insensitive, and no other question does.
func TestAsksComparison(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]bool{
		"LSI와 GSI의 차이?":                                      true,
		"What is the difference between SSE-S3 and SSE-KMS?": true,
		"SQS vs SNS": true,
		// How a junior asks it (final91, the hundred-and-twenty-second
		// bank): every such question had a third thing swapped in,
		// judged off-topic.
		"SQS 가시성 시간 초과랑 지연 대기열은 뭐가 달라요?": true,
		"권한 경계는 그냥 정책이랑 어떻게 달라요?":        true,
		"EventBridge랑 SNS는 언제 각각 써요?":    true,
		"LSI를 만들려면?":                     false,
		"Which service stores sessions?": false,
	} {
		if got := b.AsksComparison(q); got != want {
			t.Errorf("AsksComparison(%q) = %v, want %v", q, got, want)
		}
	}
}

// The noun a question closes with names what kind of thing it asks for;
// a verb, a general noun or a Latin word the forms do not hold names
// none.
func TestAskedNoun(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"클라이언트가 API Gateway 캐시를 건너뛰려고 보내는 요청 헤더는?": "헤더",
		"복제·백업이 필요한 세션 저장소에 적합한 ElastiCache 엔진은?":  "엔진",
		"어떤 캐싱 전략인가?":                        "전략",
		"여러 계정·리전에 같은 스택을 한 번에 배포":           "배포", // the need, tersely: a word to say as well
		"빌드 시간을 줄이려면?":                       "",
		"가장 간단한 방법은?":                        "",
		"Which header does the client send?": "",
		// An English kind noun the forms know, and a particle written
		// apart or as 은요 (해요체): `…hook 은요?`, `…타입은요?`.
		"EC2 배포 마지막에 헬스 체크 스크립트 돌리는 lifecycle hook":     "hook",
		"Lambda 배포에서 트래픽 전환 전에 테스트 돌리는 hook 은요?":        "hook",
		"최대 1년 실행, exactly-once 인 workflow 타입은요?":       "타입",
		"Which STS API should the developer use?":       "",
		"How should the team fix it?":                   "",
		"Lambda 로그 어디로":                                 "",
		"새 기능에서 email로 사용자를 조회해야 한다. 어떤 인덱스를 추가해야 하는가?": "인덱스",
		"ElastiCache를 사용한다. 어떤 엔진을 선택해야 하는가?":           "엔진",
		"어떤 설정을 변경해야 하는가?":                              "",
		// A Latin kind noun after a preposition is a place, not the kind
		// asked for (a review: `template` for a question about a key in one).
		"Which S3 bucket policy?":                             "policy",
		"What must be declared in a CloudFormation template?": "",
		"Which key goes into the AppSpec file of the hook?":   "",
		"Which type of DynamoDB index?":                       "index",
	} {
		if got := b.AskedNoun(q); got != want {
			t.Errorf("AskedNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

// The kind noun the words after a name begin with (`ValidateService 훅`),
// with its particle; none where the name runs on or a general word follows.
func TestKindNounAfter(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for rest, want := range map[string]string{
		" 훅":              "훅",
		" 훅은 무엇입니까?":      "훅",
		" hook runs last": "hook",
		" 정책을 수정":         "정책",
		" 설정":             "",
		"훅":               "", // glued to the name: part of it
		"":                "",
		" 사용":             "",
	} {
		if got := b.KindNounAfter(rest); got != want {
			t.Errorf("KindNounAfter(%q) = %q, want %q", rest, got, want)
		}
	}
}

// No name of a concept is another of its names with a particle after it
// (`스테이지 변수로`): matched, it swallows the particle, and a sibling put
// in its place loses it (`사용자 지정 도메인 Lambda 별칭 이름을 넘깁니다`,
// judged ungrammatical and a give-away, final30). The matcher finds the
// name before a particle without it (endings).
func TestNoNameSwallowsAParticle(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	particles := []string{"이", "가", "은", "는", "을", "를", "에", "에서", "의", "로", "으로", "와", "과", "들"}
	for _, c := range b.Concepts {
		for _, a := range c.Aliases {
			for _, o := range c.Aliases {
				if rest, ok := strings.CutPrefix(a, o); ok && o != a && slices.Contains(particles, rest) {
					t.Errorf("%s: the name %q is %q with the particle %q: list it without", c.ID, a, o, rest)
				}
			}
		}
	}
}

// A concept says a kind noun in any of its forms: a question asks for a
// `hook` and the knowledge notes CodeDeploy's lifecycle events as 후크.
func TestSaysNounForms(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id, word string
		want     bool
	}{
		{"codedeploy-hook-validateservice", "hook", true},
		{"codedeploy-hook-validateservice", "후크", true},
		{"codedeploy-minimum-healthy-hosts", "hook", false},
		{"ecs-awsvpc-mode", "mode", true},
		{"ecs-service-connect", "mode", false},
	} {
		c := conceptNamed(t, b, tc.id)
		if got := b.Says(c, tc.word); got != tc.want {
			t.Errorf("Says(%s, %q) = %v, want %v", tc.id, tc.word, got, tc.want)
		}
	}
}

// A header named without a value is no setting of the API Gateway cache
// (a review: `Cache-Control 헤더` tagged as `max-age=0` made CloudFront's
// own Cache-Control and Expires headers wrong options for a question
// CloudFront answers with either).
func TestHeaderWithoutValueNamesNoCacheSetting(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"오리진에서 Cache-Control 헤더나 Expires 헤더로 TTL을 정한다": "",
		"Cache-Control: max-age=0 헤더를 보낸다":             "apigateway-cache-max-age-zero",
		"Expires: 0 헤더": "http-expires-zero",
	} {
		var got []string
		for _, h := range b.Tag(text).Hits {
			if id := b.Concepts[h.Concept].ID; strings.HasPrefix(id, "http-") || id == "apigateway-cache-max-age-zero" {
				got = append(got, id)
			}
		}
		if want == "" && len(got) > 0 || want != "" && !slices.Contains(got, want) {
			t.Errorf("Tag(%q) names %q, want %q", text, got, want)
		}
	}
}

func TestAsksCause(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]bool{
		"KMS 암호화를 활성화하고 성능이 느려짐. 원인은?":                true,
		"CLI로 ALB에 Lambda 함수 등록. 호출 실패. 이유는?":         true,
		"Why does the function time out?":             true,
		"What is the most likely cause of the error?": true,
		"Lambda 콜드 스타트를 줄이려면?":                        false,
		"Which service should the developer use?":     false,
		// A way or a purpose, though a cause is named (a review).
		"Lambda로 작성된 분산 어플리케이션 성능 문제 근본 원인을 식별하는 방법": false,
		"성능 지연 이유는 모든 페이지에서 DB 프로필 조회가 발생. 해결방법은?":   false,
		"DB 연결을 핸들러 밖에서 만드는 이유는?":                    false,
		"영상 왜곡이 생기는 Lambda 함수":                       false,
	} {
		if got := b.AsksCause(q); got != want {
			t.Errorf("AsksCause(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{
		"긴 폴링을 사용합니다.":                              true,
		"롱 폴링을 쓰세요":                                 true,
		"긴 폴링 활성화":                                  false,
		"Lambda 대신 람다":                              false,
		"최소 권한이 중요":                                 false,
		"Use long polling.":                         false,
		"aws ecr get-login-password → docker login": false,
		// 해요체 by rule, not only the listed endings (review of 7c92cf0).
		"실패한 메시지만 다시 걸러요": true,
		"오류가 나요":          true,
		"단시간 처리에 싸요":      true,
		"개선이 필요":          false,
		"아니요":             false,
	} {
		if got := b.EndsSentence(text); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

// The generator reads a service's concept index as its class (topic
// services against classes): each service must be the root of its class.
func TestServicesRootTheirClass(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for c, con := range b.Concepts {
		if con.Kind == KindService && con.Service == c && con.Class != c {
			t.Errorf("service %s is in the class of %s", con.ID, b.Concepts[con.Class].ID)
		}
	}
}

func TestOutranked(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for rest, want := range map[string]bool{"보다 우선": true, "보다 우선순위가 높다": true, "에 저장": false, "": false} {
		if got := b.Outranked(rest); got != want {
			t.Errorf("Outranked(%q) = %v, want %v", rest, got, want)
		}
	}
}

func TestChangesAmount(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rest string
		want bool
	}{
		{"을 올림", true},
		{"를 늘린다", true},
		{" 늘리기", true},
		{" 설정을 올림", true},
		{" 할당량을 늘린다", true},
		{" 증가", true},
		{"를 줄여야 합니다", true},
		{"에 비례해 할당", false},
		{" 설정으로 아키텍처를 바꾸고 늘린다", false}, // the change is three words on: another clause's
		{"", false},
	} {
		if got := b.ChangesAmount(tc.rest); got != tc.want {
			t.Errorf("ChangesAmount(%q) = %v, want %v", tc.rest, got, tc.want)
		}
	}
	mem, _ := b.Lookup("lambda-memory-tuning")
	arm, _ := b.Lookup("lambda-arm64")
	if !b.IsAmount(mem) || b.IsAmount(arm) {
		t.Errorf("IsAmount: memory %v, arm64 %v; want true, false", b.IsAmount(mem), b.IsAmount(arm))
	}
}

// A name ending inside a word is cut back to whole words, past a particle
// (`메모리 설정을` → `메모리 설정`) or to a bare name (`메모리를` → `메모리`).
func TestWholeWordsPastParticle(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"메모리 설정을 올림", "메모리 설정"},
		{"메모리를 늘리면 CPU도 비례해서 할당됨", "메모리"},
	} {
		hits := b.Tag(tc.text).Hits
		if len(hits) == 0 || !b.InsideWord(tc.text, hits[0]) {
			t.Fatalf("%q: hits %v, want a name ending inside a word first", tc.text, hits)
		}
		w, ok := b.WholeWords(tc.text, hits[0])
		if !ok || tc.text[w.Start:w.End] != tc.want {
			t.Errorf("WholeWords(%q) = %q, %v; want %q", tc.text, tc.text[w.Start:w.End], ok, tc.want)
		}
	}
}

// A permissions boundary, an S3 access point, an encryption context and
// dynamodb:LeadingKeys are no one set: judged blind, half their variants
// were off-topic (a boundary against an encryption context). LeadingKeys is
// set against the other condition keys.
func TestConditionKeysAgainstConditionKeys(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int { return conceptNamed(t, b, s) }
	leading, boundary, context, points := id("dynamodb-fine-grained-access"), id("iam-permissions-boundary"), id("kms-encryption-context"), id("s3-access-points")
	for _, c := range []int{leading, boundary, context, points} {
		for _, other := range []int{leading, boundary, context, points} {
			if c != other && slices.Contains(b.Siblings(c), other) {
				t.Errorf("%s is set against %s", b.Concepts[other].ID, b.Concepts[c].ID)
			}
		}
	}
	if !slices.Contains(b.Siblings(leading), id("iam-mfa-present")) {
		t.Errorf("dynamodb:LeadingKeys is not set against aws:MultiFactorAuthPresent: siblings %v", b.Siblings(leading))
	}
}

// Words a bank writes for other things name no concept alone (over the
// banks, each was another thing most of the times it was read so): a CLI
// option's name needs its dashes (`DynamoDB Query`, a stack's output),
// `pass-through` is DAX's, `suffix` a write-sharding suffix or `.fifo`,
// `latency` anyone's; the concept is named as such, or bare in a question
// about its service.
func TestGenericWordsNameNoConceptAlone(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		concept, text string
		want          bool
	}{
		{"cli-output", "다른 stack의 output을 참조하려면?", false},
		{"cli-output", "--output table 로 출력 형식 지정", true},
		{"cli-query", "Query vs Scan 차이?", false},
		{"cli-query", "aws ec2 describe-instances --query 'Reservations[].Instances[].InstanceId'", true},
		{"xray-passthrough", "캐시 안 하고 DDB로 pass-through", false},
		{"xray-passthrough", "DAX가 캐싱 안 하고 DDB로 패스스루", false},
		{"xray-passthrough", "Lambda TracingConfig PassThrough", true},
		{"xray-passthrough", "X-Ray PassThrough 모드로 상위 샘플링 결정을 따른다", true},
		{"s3-key-suffix", "PK에 랜덤 suffix (write sharding)", false},
		{"s3-key-suffix", "파티션 키 끝에 접미사를 붙여 쓰기 분산", false},
		{"lambda-invoke-command", "InvocationType 값?", true},
		{"s3-key-suffix", "S3 이벤트 알림 필터에 객체 키 접미사 지정", true},
		{"apigateway-metric-latency", "microsecond 수준의 읽기 latency가 필요합니다", false},
		{"apigateway-metric-latency", "API Gateway Latency 지표와 IntegrationLatency 비교", true},
	} {
		c := conceptNamed(t, b, tc.concept)
		if got := slices.Contains(b.Tag(tc.text).Concepts(), c); got != tc.want {
			t.Errorf("Tag(%q) names %s: %v, want %v", tc.text, tc.concept, got, tc.want)
		}
	}
}

// conceptNamed is the concept of id in b, or the test stops.
func conceptNamed(t *testing.T, b *Base, id string) int {
	t.Helper()
	c, ok := b.Lookup(id)
	if !ok {
		t.Fatalf("no concept %s", id)
	}
	return c
}

// Closest is the exam's own pair or triple, not every fellow member of a
// need's wider set.
func TestClosest(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	id := func(s string) int {
		c, ok := b.Lookup(s)
		if !ok {
			t.Fatalf("no concept %s", s)
		}
		return c
	}
	for _, tc := range []struct {
		c, s string
		want bool
	}{
		{"xray-annotations", "xray-metadata", true},
		{"xray-annotations", "xray-sdk", false},
		{"sqs-long-polling", "sqs-short-polling", true},
		{"lambda-context", "lambda-handler", false}, // fellow members of a need of four
	} {
		if got := b.Closest(id(tc.c), id(tc.s)); got != tc.want {
			t.Errorf("Closest(%s, %s) = %t, want %t", tc.c, tc.s, got, tc.want)
		}
	}
}

// An API action's CLI command, as the layer names it (addCLICommands).
func TestKebabCase(t *testing.T) {
	for in, want := range map[string]string{
		"GenerateDataKeyPair": "generate-data-key-pair",
		"AssumeRoleWithSAML":  "assume-role-with-saml",
		"PutRecord":           "put-record",
		"GetSessionToken":     "get-session-token",
		"ListS3Buckets":       "list-s3-buckets",
	} {
		if got := kebabCase(in); got != want {
			t.Errorf("kebabCase(%q) = %q, want %q", in, got, want)
		}
	}
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	h := b.Tag("aws kinesis put-record --stream-name s --partition-key k --data d").Hits
	if !slices.ContainsFunc(h, func(x Hit) bool { return b.Concepts[x.Concept].Kind == "api" }) {
		t.Errorf("`aws kinesis put-record …` names no API action: %v", h)
	}
}

// `버킷·키` (a bucket and a key, hundred-and-fortieth bank) is no S3
// Bucket Key, judged broken with its siblings in its place (final126);
// an alias written with the dot is still found.
func TestMiddleDotListsTwoThings(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"데이터는 S3에 올리고 버킷·키만 넘기세요":     "",
		"S3 버킷 키를 켜서 KMS 호출을 줄이세요":    "s3-bucket-key",
		"statusCode·headers·body를 반환": "apigateway-proxy-response-shape",
	} {
		var got []string
		for _, c := range b.Tag(text).Concepts() {
			got = append(got, b.Concepts[c].ID)
		}
		if has := want != "" && slices.Contains(got, want); has != (want != "") || want == "" && slices.Contains(got, "s3-bucket-key") {
			t.Errorf("Tag(%q) = %v, want it to name %q (and never s3-bucket-key where none is)", text, got, want)
		}
	}
}
