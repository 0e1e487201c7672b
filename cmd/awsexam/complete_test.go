//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// bashCompletion is where Debian's bash-completion package keeps the
// functions cobra's bash script calls.
const bashCompletion = "/usr/share/bash-completion/bash_completion"

// TestCompletion types TAB after `--section` in an interactive bash and
// zsh, with awsexam's completion script loaded as README says, and runs
// the completed line: a Korean section name with a space comes out quoted,
// a prefix in the wrong case is completed too, and the command takes what
// was completed.
func TestCompletion(t *testing.T) {
	for _, shell := range []string{"bash", "zsh"} {
		t.Run(shell, func(t *testing.T) {
			t.Parallel()
			path, err := exec.LookPath(shell)
			if err != nil {
				t.Skipf("no %s on this machine (.ci/run installs it with apt-get): %v", shell, err)
			}
			dir := t.TempDir()
			home := filepath.Join(dir, "home")
			var rc string
			var args []string
			switch shell {
			case "bash":
				if _, err := os.Stat(bashCompletion); err != nil {
					t.Fatalf("bash completion needs the bash-completion package (apt-get install bash-completion): %v", err)
				}
				rc = filepath.Join(dir, "bashrc")
				args = []string{"--noprofile", "--rcfile", rc, "-i"}
				writeFile(t, rc, "PS1='READY$ '\nsource "+bashCompletion+"\nsource <(awsexam completion bash)\nbind 'set show-all-if-ambiguous on'\n")
			case "zsh":
				rc = filepath.Join(dir, ".zshrc")
				args = []string{"-i"}
				writeFile(t, rc, "PROMPT='READY$ '\nautoload -U compinit && compinit -u\nsource <(awsexam completion zsh)\n")
			}
			s := startShell(t, home, dir, path, args...)
			s.expect(`READY\$ `, 10*time.Second)

			// A Korean section, its name cut after two syllables.
			m := s.mark()
			s.send("awsexam generate --count 1 --seed 1 --section 아키\t")
			s.expectAfter(m, `--section 아키텍처\\ 구성`, 10*time.Second)
			m = s.mark()
			s.send("\r")
			s.expectAfter(m, `"section": "아키텍처 구성"`, 10*time.Second)
			s.expectAfter(m, `READY\$ `, 10*time.Second)

			// A prefix in the wrong case: completed, and taken as typed.
			m = s.mark()
			s.send("awsexam generate --count 1 --seed 1 --section elasticache\t")
			s.expectAfter(m, `--section elasticache\\ \\&\\ Load\\ Balancer`, 10*time.Second)
			m = s.mark()
			s.send("\r")
			s.expectAfter(m, `"section": "ElastiCache & Load Balancer"`, 10*time.Second)
			s.expectAfter(m, `READY\$ `, 10*time.Second)

			// Several matches are listed (zsh with their card counts).
			m = s.mark()
			s.send("awsexam drill --section S\t")
			want := `SQS.*SNS|SNS.*SQS`
			if shell == "zsh" {
				want = `60 cards`
			}
			s.expectAfter(m, want, 10*time.Second)
			s.send("\x03")
			s.send("exit\r")
			s.wait(10 * time.Second)
		})
	}
}

// startShell runs an interactive shell in a pseudo-terminal, with the
// built awsexam first on its PATH, its rc files in dir and a UTF-8 locale.
func startShell(t *testing.T, home, dir, shell string, args ...string) *session {
	t.Helper()
	env := []string{"PATH=" + filepath.Dir(binary) + string(os.PathListSeparator) + os.Getenv("PATH"),
		"HOME=" + dir, "ZDOTDIR=" + dir, "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "HISTFILE=" + filepath.Join(dir, "history")}
	return startProgramEnv(t, home, 200, 40, env, shell, args...)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
