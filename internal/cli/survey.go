package cli

import (
	"regexp"

	"github.com/AlecAivazis/survey/v2"
)

// surveyHint matches survey's key hint after a question. Ours is shorter:
// the screen prints the keys itself, and survey's long hint wraps on an
// 80-column terminal, which survey then mis-counts (the prompt creeps).
var surveyHint = regexp.MustCompile(`\[Use arrows to move, [^\]]*\]`)

func init() {
	survey.SelectQuestionTemplate = surveyHint.ReplaceAllString(survey.SelectQuestionTemplate, "[↑↓ Enter]")
	survey.MultiSelectQuestionTemplate = surveyHint.ReplaceAllString(survey.MultiSelectQuestionTemplate, "[↑↓ space, Enter]")
}
