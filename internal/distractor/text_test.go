package distractor

import "testing"

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
