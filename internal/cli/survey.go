package cli

import (
	"regexp"
	"sync"

	"github.com/AlecAivazis/survey/v2"

	"github.com/awsexam/awsexam/internal/catalog"
)

// surveyHint matches survey's key hint after a question. Ours is shorter:
// the screen prints the keys itself, and survey's long hint wraps on an
// 80-column terminal, which survey then mis-counts (the prompt creeps).
var surveyHint = regexp.MustCompile(`\[Use arrows to move, [^\]]*\]`)

var (
	surveyWordsMu sync.Mutex
	// surveyTemplates are survey's own templates, before any change.
	surveySelect, surveyMulti = survey.SelectQuestionTemplate, survey.MultiSelectQuestionTemplate
)

// setSurveyWords puts the key hints of p's language into survey's
// templates (survey has no option for them: its templates are globals),
// when an asker is made for the terminal. The rest of survey's words are
// the prompts' messages and options, which the asker words itself.
func setSurveyWords(p *catalog.Printer) {
	surveyWordsMu.Lock()
	defer surveyWordsMu.Unlock()
	survey.SelectQuestionTemplate = surveyHint.ReplaceAllLiteralString(surveySelect, p.T("prompt.hint.select"))
	survey.MultiSelectQuestionTemplate = surveyHint.ReplaceAllLiteralString(surveyMulti, p.T("prompt.hint.multi"))
}
