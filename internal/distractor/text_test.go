package distractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/awsexam/awsexam/internal/knowledge"
)

// shared counts what the sorted sets would have in common, each rune once,
// and leaves its scratch marks clear for the next option.
func TestRuneSetShared(t *testing.T) {
	question := makeRuneSet(fold("SQS 긴 폴링을 켜려면 무엇을 설정?"))
	marks := make([]bool, len(question))
	for _, option := range []string{"", "ReceiveMessageWaitTimeSeconds", "긴 폴링 긴 폴링", "짧은 폴링", "SNS", "설정 설정 설정?", "전혀 다른 말", "x"} {
		f := fold(option)
		want := commonSorted(makeRuneSet(f), question)
		if got := question.shared(f, marks); got != want {
			t.Errorf("%q: %d runes shared, want %d", option, got, want)
		}
		for k, m := range marks {
			if m {
				t.Fatalf("%q: mark %d left set", option, k)
			}
		}
	}
}

func TestOrderVariants(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want []string
	}{
		// A path through the console, where the question asks no order
		// (final72: its steps reordered, judged broken).
		{"Lambda 구성 > 동시성 > 예약된 동시성 = 100", nil},
		{"install → pre_build → build → post_build", []string{
			"pre_build → install → build → post_build", "install → pre_build → post_build → build", "pre_build → install → post_build → build"}},
		{"A -> B -> C", []string{"B -> A -> C", "A -> C -> B", "C -> B -> A"}},
		{"봉투 암호화: 키 생성 → 로컬 암호화 → 키 저장", []string{
			"봉투 암호화: 로컬 암호화 → 키 생성 → 키 저장", "봉투 암호화: 키 생성 → 키 저장 → 로컬 암호화", "봉투 암호화: 키 저장 → 로컬 암호화 → 키 생성"}},
		{"명령줄 > 환경 변수 > 파일 > 프로파일 순", []string{
			"환경 변수 > 명령줄 > 파일 > 프로파일 순", "명령줄 > 환경 변수 > 프로파일 > 파일 순", "환경 변수 > 명령줄 > 프로파일 > 파일 순"}},
		// A remark after the last step stays at the end.
		{"A → B → C; 각 단계에서 훅 실행", []string{"B → A → C; 각 단계에서 훅 실행", "A → C → B; 각 단계에서 훅 실행", "C → B → A; 각 단계에서 훅 실행"}},
		{"A → B → C. 순서를 바꾸면 실패", []string{"B → A → C. 순서를 바꾸면 실패", "A → C → B. 순서를 바꾸면 실패", "C → B → A. 순서를 바꾸면 실패"}},
		// (Nor steps within the remark, nor a semicolon in brackets; `순`
		// before the remark still ends the steps: review of d03c443.)
		{"A → B → C; 실패하면 C → B → A 순으로 롤백", []string{"B → A → C; 실패하면 C → B → A 순으로 롤백", "A → C → B; 실패하면 C → B → A 순으로 롤백", "C → B → A; 실패하면 C → B → A 순으로 롤백"}},
		{"BeforeInstall → AfterInstall → ApplicationStart (스크립트 실행; 실패 시 롤백)", []string{
			"AfterInstall → BeforeInstall → ApplicationStart (스크립트 실행; 실패 시 롤백)", "BeforeInstall → ApplicationStart (스크립트 실행; 실패 시 롤백) → AfterInstall", "ApplicationStart (스크립트 실행; 실패 시 롤백) → AfterInstall → BeforeInstall"}},
		{"명령줄 → 환경 변수 → 파일 순; 프로파일은 파일 안에", []string{
			"환경 변수 → 명령줄 → 파일 순; 프로파일은 파일 안에", "명령줄 → 파일 → 환경 변수 순; 프로파일은 파일 안에", "파일 → 환경 변수 → 명령줄 순; 프로파일은 파일 안에"}},
		// Not an order of steps.
		{"Metric filter → 알람", nil},
		{"Lambda Destinations (OnSuccess → SQS, OnFailure → SNS)", nil},
		{"5 > 3", nil},
	} {
		var got []string
		for _, v := range orderVariants(tc.key, false) {
			got = append(got, v.text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("orderVariants(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// Steps joined by ` > ` are an order where the question asks for one
// (AsksOrder): `자격 증명 우선순위?`.
func TestPathStepsAnOrderWhereAsked(t *testing.T) {
	if got := orderVariants("환경 변수 > 자격 증명 파일 > 인스턴스 프로파일", true); len(got) != 3 {
		t.Errorf("variants %v, want three other orders", got)
	}
	b := loadNotes(t, "## Lambda\n결제 함수는 항상 100개 확보해야 함. 어떤 설정? | Lambda 구성 > 동시성 > 예약된 동시성 = 100\n")
	for _, v := range variantTexts(b) {
		if !strings.HasPrefix(v, "Lambda 구성 > 동시성 > ") {
			t.Errorf("variant %q of a console path", v)
		}
	}
}

// FuzzOrderVariants: an order's variants are other orders of the same
// text (the same characters, spacing aside), never the key itself.
func FuzzOrderVariants(f *testing.F) {
	f.Add("install → pre_build → build → post_build")
	f.Add("a: b -> c -> d 순")
	f.Add("(x > y) > z > w")
	f.Fuzz(func(t *testing.T, key string) {
		sorted := func(s string) string {
			r := []rune(strings.Join(strings.Fields(s), ""))
			slices.Sort(r)
			return string(r)
		}
		for _, v := range orderVariants(key, true) {
			if v.text == key || sorted(v.text) != sorted(key) {
				t.Fatalf("%q: variant %q", key, v.text)
			}
		}
	})
}

func TestListed(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"복제·장애 조치·영속성이 필요하면 Redis", "장애 조치", true},
		{"복제·장애 조치·영속성이 필요하면 Redis", "Redis", false},
		{"복제·장애 조치·영속성이 필요하면 Redis", "복제", true},
		{"복제·장애 조치·영속성이 필요하면 Redis", "영속성", true},
		{"VPC 서브넷·보안 그룹 지정", "보안 그룹", false},
		{"AWS::Serverless::Function 등을 사용한다", "AWS::Serverless::Function", true},
		{"SCP, 권한 경계, 리소스 정책 어딘가의 명시적 Deny", "리소스 정책", true},
		{"SCP, 권한 경계, 리소스 정책 어딘가의 명시적 Deny", "명시적 Deny", false},
		{"SQS, SNS, Kinesis", "SNS", true},
		{"지수 백오프 재시도, 배치 크기 축소", "배치 크기", false},
		{"Lambda 메모리를 늘리고, 제한 시간을 줄이고, 예약 동시성을 설정", "예약 동시성", false},
		{"환경 변수 (A, B, C)", "B", false},
		{"IAM 자격 증명의 수명 주기 관리, 보안 그룹 및 ACL 설정, EBS 볼륨의 암호화, EC2 운영체제의 패치 관리", "보안 그룹", true},
		{"IAM 역할을 만들고, 보안 그룹을 열고, 버킷 정책을 바꾸고, 로그를 켠다", "보안 그룹", false},
		{"수명 주기 규칙으로 S3 Glacier Deep Archive 등급으로 전환", "S3 Glacier Deep Archive", false},
		{"SNS 주제 등록 후 구독 추가", "SNS 주제", false},
		{"IAM 역할등록", "IAM 역할", false},
		{"AWS::Serverless::Function 등으로 정의", "AWS::Serverless::Function", true},
	} {
		k := strings.Index(tc.text, tc.name)
		h := knowledge.Hit{Start: k, End: k + len(tc.name)}
		if got := listed(tc.text, h); got != tc.want {
			t.Errorf("listed(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}
