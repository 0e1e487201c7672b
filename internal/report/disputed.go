package report

import (
	"fmt"

	"github.com/awsexam/awsexam/internal/exam"
)

// DisputedLine says how many questions of the attempt the user disputed
// and that they are left out of the score; "" when none is.
func DisputedLine(a *exam.Attempt) string {
	n := a.Disputed()
	switch n {
	case 0:
		return ""
	case 1:
		return "1 question disputed, left out of the score"
	}
	return fmt.Sprintf("%d questions disputed, left out of the score", n)
}
