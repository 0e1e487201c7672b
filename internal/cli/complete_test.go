package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestCompletionFollowsTheTree: completion is registered by flag name and
// command path, so a --mode flag and a `history rm` command (added on
// another branch) complete wherever they turn up.
func TestCompletionFollowsTheTree(t *testing.T) {
	var out bytes.Buffer
	stdio := &IO{In: strings.NewReader(""), Out: &out, Err: &out, Getenv: func(k string) string {
		if k == "AWSEXAM_HOME" {
			return t.TempDir()
		}
		return ""
	}}
	root := &cobra.Command{Use: "awsexam"}
	history := &cobra.Command{Use: "history", RunE: func(*cobra.Command, []string) error { return nil }}
	var mode string
	history.Flags().StringVar(&mode, "mode", "", "")
	rm := &cobra.Command{Use: "rm ID", RunE: func(*cobra.Command, []string) error { return nil }}
	history.AddCommand(rm)
	root.AddCommand(history)
	registerCompletions(root, &globalOptions{}, stdio)
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs([]string{"__complete", "history", "--mode", "d"})
	if err := root.ExecuteContext(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "drill\tshort practice\n") {
		t.Errorf("history --mode d completes to %q, want drill", out.String())
	}
	if rm.ValidArgsFunction == nil {
		t.Error("history rm has no completion of attempt ids")
	}
}

func TestMatching(t *testing.T) {
	values := []string{"S3 & Encryption\t60 cards", "SQS\t17 cards", "아키텍처 구성\t6 cards", "security"}
	for _, tt := range []struct {
		typed string
		want  []string
	}{
		{"", values},
		{"s", []string{"s3 & Encryption\t60 cards", "sQS\t17 cards", "security"}},
		{"SQ", []string{"SQS\t17 cards"}},
		{"아키", []string{"아키텍처 구성\t6 cards"}},
		{"SEC", []string{"SECurity"}},
		{"x", nil},
		{"S3 & Encryption and more", nil},
	} {
		got := matching(tt.typed, values)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("matching(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}
