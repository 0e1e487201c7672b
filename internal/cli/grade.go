package cli

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/store"
)

type gradeOptions struct {
	examPath, sheetPath, report string
}

func newGradeCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &gradeOptions{}
	cmd := &cobra.Command{
		Use:  "grade --exam EXAM.json --answers SHEET.txt",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGrade(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.examPath, "exam", "", "")
	cmd.Flags().StringVar(&opts.sheetPath, "answers", "", "")
	cmd.Flags().StringVar(&opts.report, "report", "", "")
	cmd.MarkFlagRequired("exam")
	cmd.MarkFlagRequired("answers")
	return cmd
}

// parseExam decodes an exam file written by generate --format json
// (exam.Decode) and words what is wrong with it.
func parseExam(name string, raw []byte) (*exam.Exam, error) {
	e, err := exam.Decode(raw)
	var de *exam.DecodeError
	switch {
	case err == nil:
		return e, nil
	case !errors.As(err, &de):
		return nil, err
	case de.Stage == exam.DecodeSchema:
		return nil, errorf("error.grade.schema", name, strconv.Itoa(de.Schema))
	case de.Stage == exam.DecodeCheck:
		return nil, errorf("error.grade.bad_exam", name, de.Err.Error())
	}
	return nil, errorf("error.grade.not_exam", name, de.Err.Error())
}

func runGrade(ctx context.Context, opts *gradeOptions, stdio *IO) error {
	if err := oneStdin(opts.examPath, opts.sheetPath); err != nil {
		return err
	}
	if _, err := reportFileFormat("--report", opts.report, ""); err != nil {
		return err
	}
	examName, raw, err := readInput(ctx, stdio, "input.exam", opts.examPath, exam.MaxFileBytes)
	if err != nil {
		return err
	}
	e, err := parseExam(examName, raw)
	if err != nil {
		return err
	}
	sheetName, raw, err := readInput(ctx, stdio, "input.sheet", opts.sheetPath, exam.MaxFileBytes)
	if err != nil {
		return err
	}
	chosen, errs, total := exam.ParseSheet(sheetName, raw, e)
	if total > 0 {
		var b strings.Builder
		for _, e := range errs {
			b.WriteString(e.In(stdio.P))
			b.WriteByte('\n')
		}
		if more := total - len(errs); more > 0 {
			b.WriteString(stdio.P.T("gradecmd.more", strconv.Itoa(more)))
			b.WriteByte('\n')
		}
		b.WriteString(stdio.P.T("gradecmd.malformed", total, strconv.Itoa(total)))
		fmt.Fprintln(stdio.Err, b.String())
		return &errSilent{code: ExitError}
	}
	bp, err := builtinBlueprint()
	if err != nil {
		return err
	}
	now := time.Now()
	s := exam.NewSession(e, exam.ModePaper, 0, now)
	for i, c := range chosen {
		if err := s.Apply(exam.Event{Kind: exam.EventAnswer, Q: i, Chosen: c}); err != nil {
			return err
		}
	}
	s.Apply(exam.Event{Kind: exam.EventSubmit})
	dir, err := dataDir(stdio)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted before anything was saved
	}
	a := s.Finish(bp, store.NewID(now), now, false)
	if _, err := dir.SaveAttempt(a); err != nil {
		return err
	}
	return finishReport(a, opts.report, stdio)
}
