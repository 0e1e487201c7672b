//go:build linux

package cli

import (
	"context"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// Both input paths on a real terminal: the deadline path is chosen where
// the deadline works, the portable one where it does not; each queues the
// keys typed, leaves the terminal in key mode while open and restores it
// on Close; the deadline path's reader stops at once.
func TestTTYInputPaths(t *testing.T) {
	for _, portable := range []bool{false, true} {
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Skipf("no pseudo-terminal on this machine: %v", err)
		}
		defer ptmx.Close()
		defer tty.Close()
		f, fd, err := openTerminalAt(tty.Name(), portable)
		if err != nil {
			t.Fatal(err)
		}
		in, err := startTTY(f, fd, portable)
		if err != nil {
			t.Fatal(err)
		}
		if in.deadlines == portable {
			t.Errorf("portable %v: deadlines %v", portable, in.deadlines)
		}
		if tio, _ := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); tio.Lflag&(unix.ECHO|unix.ICANON|unix.ISIG) != 0 {
			t.Errorf("portable %v: not in key mode while open: lflag %#x", portable, tio.Lflag)
		}
		ptmx.Write([]byte("\x1b[B\r\xff5"))
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		var got []string
		for range 4 {
			k, err := in.q.next(ctx)
			if err != nil {
				t.Fatalf("portable %v: after %q: %v", portable, got, err)
			}
			got = append(got, k)
		}
		cancel()
		if got[1] == "\n" {
			got[1] = "\r" // the terminal may map CR to NL (ICRNL): survey takes both
		}
		if want := []string{"\x1b[B", "\r", "\xff", "5"}; len(got) != 4 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
			t.Errorf("portable %v: keys %q, want %q", portable, got, want)
		}
		began := time.Now()
		in.Close()
		if took := time.Since(began); took > time.Second {
			t.Errorf("portable %v: Close took %s", portable, took)
		}
		if !portable {
			select {
			case <-in.stopped:
			default:
				t.Error("the reader still runs after Close")
			}
		}
		if tio, _ := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); tio.Lflag&(unix.ECHO|unix.ICANON) != unix.ECHO|unix.ICANON {
			t.Errorf("portable %v: terminal not restored: lflag %#x", portable, tio.Lflag)
		}
	}
}
