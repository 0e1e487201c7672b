package report

import (
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/exam"
)

// DisputedLine says how many questions of the attempt the user disputed
// and that they are left out of the score; "" when none is. English; see
// DisputedLineIn.
func DisputedLine(a *exam.Attempt) string { return disputedLine(Style{}, a) }

// DisputedLineIn is DisputedLine in p's language.
func DisputedLineIn(p *catalog.Printer, a *exam.Attempt) string {
	return disputedLine(Style{P: p}, a)
}

func disputedLine(st Style, a *exam.Attempt) string {
	n := a.Disputed()
	if n == 0 {
		return ""
	}
	return st.t("report.disputed", n)
}
