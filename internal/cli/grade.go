package cli

import (
	"encoding/json"
	"fmt"
	"os"
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
		Use:   "grade --exam EXAM.json --answers SHEET.txt",
		Short: "Grade a paper answer sheet against an exam from awsexam generate",
		Long: `Grade an answer sheet against an exam written by
'awsexam generate --format json'. The sheet has one line per question in
order: A–D or 1–4, several letters for multiple response (AC), - or an
empty line for unanswered. Lines like "12: B" or "12. b" answer question 12
(the lines after it go on from 13). Lines starting with # are comments.
Malformed lines are errors naming their line. The attempt is saved like a
mock's and summarised.`,
		Example: `  awsexam generate --count 10 --seed 4 -o exam.json
  awsexam generate --count 10 --seed 4 --format md --answer-key -o exam.md
  awsexam grade --exam exam.json --answers sheet.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runGrade(opts, stdio)
		},
	}
	cmd.Flags().StringVar(&opts.examPath, "exam", "", "the exam `FILE` from awsexam generate --format json")
	cmd.Flags().StringVar(&opts.sheetPath, "answers", "", "the answer sheet `FILE`")
	cmd.Flags().StringVar(&opts.report, "report", "", "also write the full report to `FILE` (.md, .json, .html, else text)")
	cmd.MarkFlagRequired("exam")
	cmd.MarkFlagRequired("answers")
	return cmd
}

func readExam(path string) (*exam.Exam, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the exam: %w", err)
	}
	var e exam.Exam
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%s: not an exam from awsexam generate --format json (%v)", path, err)
	}
	if e.Schema != exam.Schema || len(e.Questions) == 0 {
		return nil, fmt.Errorf("%s: not an exam from awsexam generate --format json (schema %d, %d questions)", path, e.Schema, len(e.Questions))
	}
	for i, q := range e.Questions {
		if len(q.Options) < 2 || len(q.Answers) == 0 {
			return nil, fmt.Errorf("%s: question %d has %d options and %d answers", path, i+1, len(q.Options), len(q.Answers))
		}
		for _, a := range q.Answers {
			if a < 0 || a >= len(q.Options) {
				return nil, fmt.Errorf("%s: question %d: answer %d is not one of its %d options", path, i+1, a, len(q.Options))
			}
		}
	}
	return &e, nil
}

func runGrade(opts *gradeOptions, stdio *IO) error {
	e, err := readExam(opts.examPath)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(opts.sheetPath)
	if err != nil {
		return fmt.Errorf("cannot read the answer sheet: %w", err)
	}
	chosen, errs := exam.ParseSheet(opts.sheetPath, raw, e)
	if len(errs) > 0 {
		var b strings.Builder
		for _, e := range errs {
			b.WriteString(e.Error())
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%d malformed line%s in the answer sheet: fix them and grade again", len(errs), plural(len(errs)))
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
	a := s.Finish(bp, store.NewID(now), now, false)
	if _, err := dir.SaveAttempt(a); err != nil {
		return err
	}
	return finishReport(a, opts.report, stdio)
}
