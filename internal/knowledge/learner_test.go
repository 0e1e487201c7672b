package knowledge

import (
	"strings"
	"testing"
)

func TestLearnerPick(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		question   string
		stem, pick string
		ok         bool
	}{
		{"배포 중에도 전체 용량 유지 (Rolling이랑 헷갈림)", "배포 중에도 전체 용량 유지", "Rolling", true},
		{"같은 파티션 키에 다른 정렬 키 (GSI로 찍었다가 틀림)", "같은 파티션 키에 다른 정렬 키", "GSI", true},
		{"S3 PUT 직후 GET? (eventual이라고 찍음)", "S3 PUT 직후 GET?", "eventual", true},
		{"S3가 호출 권한이 없다고 함 (실행 역할 수정한다고 찍음)", "S3가 호출 권한이 없다고 함", "실행 역할 수정한다", true},
		{"키는 회사가 보관 (SSE-KMS와 헷갈림) ", "키는 회사가 보관", "SSE-KMS", true},
		{"엣지에서 헤더 조작 (Lambda@Edge로 찍음)", "엣지에서 헤더 조작", "Lambda@Edge", true},
		{"무엇이 반환되나 (결과 헷갈림)", "무엇이 반환되나", "결과", true}, // `결과` is no `결` and `과`
		{"어느 역할? (헷갈림)", "어느 역할?", "", true},
		{"값이 줄어드나? (줄어든다고 찍음)", "값이 줄어드나?", "줄어든다", true},
		{"EC2 메모리 사용률이 안 보임 (기본 메트릭인 줄)", "EC2 메모리 사용률이 안 보임", "기본 메트릭", true},
		{"어느 역할? (실행 역할인 줄 알았음)", "어느 역할?", "실행 역할", true},
		{"Lambda 메모리 최대? (10GB 아닌 줄 알았음)", "", "", false}, // a verb, not a pick: stays
		{"TTL 삭제는? (자동으로 되는 줄 알았음)", "", "", false},
		{"무엇을 쓰나 (쓰는 줄 알고 착각)", "무엇을 쓰나", "쓰는 줄 알고", true},
		{"어느 역할? (실행 역할이랑 헷갈렸음)", "어느 역할?", "실행 역할", true},
		// Not a learner's note: left as written.
		{"S3 스토리지 클래스에 대한 설명 (오답 고르기)", "", "", false}, // asks for the false one
		{"정책 평가 (틀림없이 명시적 거부 우선)", "", "", false},
		{"별칭 (착각 금지: 별칭은 버전을 가리킴)", "", "", false},
		{"SSE-C의 요구 사항 (두 가지)", "", "", false},
		{"Lambda 최대 실행 시간 (초)", "", "", false},
		{"(Rolling이랑 헷갈림)", "", "", false}, // nothing asked before it
		{"무엇? (a (헷갈림))", "", "", false},   // brackets inside: not one aside
		{"무엇? (a) b (헷갈림)", "무엇? (a) b", "", true},
		{"헷갈림", "", "", false},
	} {
		stem, _, pick, ok := kb.LearnerPick(tc.question)
		if ok != tc.ok || ok && (stem != tc.stem || pick != tc.pick) {
			t.Errorf("%q: got %q, %q, %v; want %q, %q, %v", tc.question, stem, pick, ok, tc.stem, tc.pick, tc.ok)
		}
		if !ok && stem != tc.question {
			t.Errorf("%q: no note, but the question became %q", tc.question, stem)
		}
	}
}

// FuzzLearnerPick: any question splits into a question still asked and a
// note from its end, or stays as it was.
func FuzzLearnerPick(f *testing.F) {
	f.Add("배포 중 (Rolling이랑 헷갈림)")
	f.Add("x (로 찍음)")
	f.Add("((헷갈림)")
	kb, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, question string) {
		stem, note, pick, ok := kb.LearnerPick(question)
		if !ok {
			if stem != question || note != "" || pick != "" {
				t.Fatalf("%q: no note, but got %q, %q, %q", question, stem, note, pick)
			}
			return
		}
		if stem == "" || !strings.HasPrefix(strings.TrimSpace(question), stem) || !strings.Contains(question, note) || !strings.Contains(note, pick) {
			t.Fatalf("%q: split into %q, note %q, pick %q", question, stem, note, pick)
		}
	})
}
