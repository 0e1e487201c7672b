package cli

import (
	"bytes"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

// writeReportFile writes an attempt's full report, its format from the
// file's extension, atomically and without colour.
func writeReportFile(a *exam.Attempt, path string) error {
	var buf bytes.Buffer
	if err := report.Render(&buf, a, formatFromPath(path), report.Options{Width: 100}); err != nil {
		return err
	}
	return store.WriteFile(path, buf.Bytes())
}
