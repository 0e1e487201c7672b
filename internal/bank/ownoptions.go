package bank

import (
	"strings"
	"unicode"
)

// splitOwnOptions turns a card whose question lists its own lettered
// options and whose answer is one of the letters — notes copied from a
// practice test: `다음 중 SQS에 대한 틀린 설명은? A) … B) … C) … | C (최대
// 12시간)` — into the item it is: the question without the options, the
// lettered option as its answer, the others as the author's wrong options
// (and nothing else: OwnOptions), and what follows the letter as the
// explanation. Shown as written, `C (…)` among generated options answered
// nothing (final20 judged every such option broken). Anything else is
// left as it is.
func splitOwnOptions(c *Card) {
	if len(c.Answers) != 1 {
		return
	}
	stem, options := letteredOptions(c.Question)
	if len(options) < 3 || repeats(options) {
		return // two options the same: not an item to ask as written
	}
	letter, rest := answerLetter(c.Answers[0])
	k := int(letter - 'A')
	if letter == 0 || k >= len(options) {
		return
	}
	c.Question = stem
	c.Answers = []string{options[k]}
	c.Distractors = append(append([]string(nil), options[:k]...), options[k+1:]...)
	c.OwnOptions = true
	if rest != "" {
		c.Explanation = rest
	}
}

// letteredOptions finds `A) x B) y C) z` (or `A. x B. y …`, `(A) x (B) y
// …`) at the end of question: the letters in order from A, each after a
// space (or at the start of the options). It returns the question before
// them and the options' texts; none when the letters are not all there.
func letteredOptions(question string) (string, []string) {
	for _, form := range []struct{ open, close string }{{"", ")"}, {"(", ")"}, {"", "."}} {
		marker := func(k int) string { return form.open + string(rune('A'+k)) + form.close + " " }
		first := strings.Index(question, " "+marker(0))
		if first < 0 {
			continue
		}
		stem := strings.TrimSpace(question[:first])
		rest := question[first+1:]
		var options []string
		for k := 0; ; k++ {
			rest = strings.TrimPrefix(rest, marker(k))
			next := strings.Index(rest, " "+marker(k+1))
			if next < 0 {
				options = append(options, strings.TrimSpace(rest))
				break
			}
			options = append(options, strings.TrimSpace(rest[:next]))
			rest = rest[next+1:]
		}
		if stem == "" || len(options) < 2 || containsEmpty(options) {
			continue
		}
		return stem, options
	}
	return question, nil
}

// repeats reports whether two items are the same text, case and
// surrounding space aside.
func repeats(items []string) bool {
	for a := range items {
		for b := a + 1; b < len(items); b++ {
			if strings.EqualFold(strings.TrimSpace(items[a]), strings.TrimSpace(items[b])) {
				return true
			}
		}
	}
	return false
}

func containsEmpty(items []string) bool {
	for _, it := range items {
		if it == "" {
			return true
		}
	}
	return false
}

// answerLetter reads an answer that is a letter (`C`, `C)`, `C.`, `(C)`)
// with, optionally, why after it (`C (최대 12시간)`, `C: …`): the letter
// and the why without its brackets. It returns 0 for any other answer.
func answerLetter(answer string) (rune, string) {
	a := strings.TrimPrefix(answer, "(")
	if a == "" || a[0] < 'A' || a[0] > 'H' {
		return 0, ""
	}
	letter, rest := rune(a[0]), a[1:]
	if rest != "" {
		r := rune(rest[0])
		if r != ')' && r != '.' && r != ':' && r != ' ' && r != '(' {
			return 0, "" // a word that begins with a capital (`API …`)
		}
		if unicode.IsLetter(r) {
			return 0, ""
		}
	}
	rest = strings.TrimLeft(rest, ").: ")
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") {
		rest = strings.TrimSpace(rest[1 : len(rest)-1])
	}
	return letter, rest
}
