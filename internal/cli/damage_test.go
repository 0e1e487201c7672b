package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDamagedAttemptsAreSkipped: an attempt whose indexes are out of range
// or whose options are empty is skipped by every command that reads the
// history, with one warning naming the file, and never panics.
func TestDamagedAttemptsAreSkipped(t *testing.T) {
	good, err := os.ReadFile("../../testdata/attempt.json")
	if err != nil {
		t.Fatal(err)
	}
	text := string(good)
	damaged := map[string]string{
		"zz-chosen.json":   strings.Replace(text, `"chosen": [`, `"chosen": [7,`, 1),
		"zz-negative.json": strings.Replace(text, `"answers": [`, `"answers": [-1,`, 1),
		"zz-options.json":  strings.Replace(text, `"options": [`, `"options": [], "x": [`, 1),
	}
	home := t.TempDir()
	attempts := filepath.Join(home, "attempts")
	os.MkdirAll(attempts, 0o755)
	os.WriteFile(filepath.Join(attempts, "20261120-090000-c0ffee.json"), good, 0o644)
	for name, body := range damaged {
		if body == text {
			t.Fatalf("%s: the edit did not apply", name)
		}
		os.WriteFile(filepath.Join(attempts, name), []byte(body), 0o644)
	}
	env := map[string]string{"AWSEXAM_HOME": home}
	for _, args := range [][]string{
		{"report"},
		{"report", "last", "--format", "md"},
		{"report", "last", "--format", "html", "--history"},
		{"report", "last", "--format", "json"},
		{"history"},
		{"history", "--format", "json"},
		{"export-missed"},
	} {
		code, out, stderr := run(t, env, args...)
		if code != ExitOK || out == "" {
			t.Errorf("awsexam %s: exit %d, %d bytes out, stderr %q", strings.Join(args, " "), code, len(out), stderr)
		}
		for name := range damaged {
			if n := strings.Count(stderr, "warning: skipped "+filepath.Join(attempts, name)+": not an awsexam attempt (question 1: "); n != 1 {
				t.Errorf("awsexam %s: %d warnings about %s, want 1:\n%s", strings.Join(args, " "), n, name, stderr)
			}
		}
	}
	// Named on the command line, a damaged file is an error naming it.
	bad := filepath.Join(attempts, "zz-chosen.json")
	code, _, stderr := run(t, env, "report", bad)
	if code != ExitError || !strings.Contains(stderr, bad+": not an awsexam attempt (question 1: chosen option 7 is not one of its 6 options)") {
		t.Errorf("report %s: exit %d, stderr %q", bad, code, stderr)
	}
}

// TestDamagedExamIsRefused: grade names the exam file and the question
// for every shape of damage, and saves nothing.
func TestDamagedExamIsRefused(t *testing.T) {
	home := t.TempDir()
	env := map[string]string{"AWSEXAM_HOME": home}
	dir := t.TempDir()
	examPath := filepath.Join(dir, "exam.json")
	if code, _, stderr := run(t, env, "generate", "--count", "3", "--seed", "1", "-o", examPath); code != ExitOK {
		t.Fatal(stderr)
	}
	good, _ := os.ReadFile(examPath)
	sheet := filepath.Join(dir, "sheet.txt")
	os.WriteFile(sheet, []byte("A\nB\nC\n"), 0o644)
	tests := []struct {
		name string
		edit func(e map[string]any, q map[string]any)
		want string
	}{
		{"answer out of range", func(_, q map[string]any) { q["answers"] = []int{9} }, "question 1: answer 9 is not one of its 4 options"},
		{"negative answer", func(_, q map[string]any) { q["answers"] = []int{-1} }, "question 1: answer -1 is not one of its 4 options"},
		{"empty options", func(_, q map[string]any) { q["options"] = []string{} }, "question 1: 0 options"},
		{"no answers", func(_, q map[string]any) { q["answers"] = []int{} }, "question 1: no answer"},
		{"no questions", func(e, _ map[string]any) { e["questions"] = []any{} }, "no questions"},
		{"choose 0", func(_, q map[string]any) { q["choose"] = 0 }, "question 1: choose 0 with 1 answers of 4 options"},
		{"choose other than the answers", func(_, q map[string]any) { q["choose"] = 2 }, "question 1: choose 2 with 1 answers of 4 options"},
		{"control character", func(_, q map[string]any) { q["stem"] = "\x1b[2J" }, "question 1: control character U+001B"},
		{"option sources not one per option", func(_, q map[string]any) { q["option_sources"] = []map[string]any{{"key": true}} }, "question 1: 1 option sources for 4 options"},
		{"control character in a source", func(_, q map[string]any) {
			q["option_sources"] = []map[string]any{{"key": true}, {"note": "\x1b]0;x\x07"}, {}, {}}
		}, "question 1: control character U+001B"},
	}
	for _, tt := range tests {
		var e map[string]any
		if err := json.Unmarshal(good, &e); err != nil {
			t.Fatal(err)
		}
		tt.edit(e, e["questions"].([]any)[0].(map[string]any))
		body, _ := json.Marshal(e)
		bad := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".json")
		os.WriteFile(bad, body, 0o644)
		code, _, stderr := run(t, env, "grade", "--exam", bad, "--answers", sheet)
		if code != ExitError || !strings.Contains(stderr, bad+": ") || !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", tt.name, code, stderr, tt.want)
		}
	}
	// Files that are not exams at all.
	for name, body := range map[string]string{
		"empty.json":     "",
		"truncated.json": string(good[:len(good)/2]),
		"schema2.json":   strings.Replace(string(good), `"schema": 1`, `"schema": 2`, 1),
		"types.json":     strings.Replace(string(good), `"answers": [`, `"answers": ["A",`, 1),
		"array.json":     "[1,2,3]",
		"binary.json":    "\x00\xff\xfe",
	} {
		bad := filepath.Join(dir, name)
		os.WriteFile(bad, []byte(body), 0o644)
		code, _, stderr := run(t, env, "grade", "--exam", bad, "--answers", sheet)
		if code != ExitError || !strings.Contains(stderr, bad+": not an exam from awsexam generate --format json") {
			t.Errorf("%s: exit %d, stderr %q", name, code, stderr)
		}
	}
	if saved, _ := filepath.Glob(filepath.Join(home, "attempts", "*.json")); len(saved) != 0 {
		t.Errorf("damaged exams saved attempts: %v", saved)
	}
}
