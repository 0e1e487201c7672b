package cli

import (
	"os"
	"sync/atomic"
	"testing"
	"time"
)

// pollResize signals each change of size once, and nothing while the
// size stays; it stops when told.
func TestPollResize(t *testing.T) {
	var cols atomic.Int32
	cols.Store(80)
	size := func() (int, int, error) { return int(cols.Load()), 24, nil }
	c := make(chan os.Signal, 1)
	stop, done := make(chan struct{}), make(chan struct{})
	go func() { pollResize(c, size, time.Millisecond, stop); close(done) }()
	select {
	case <-c:
		t.Fatal("a resize signalled while the size stayed")
	case <-time.After(30 * time.Millisecond):
	}
	cols.Store(60)
	select {
	case s := <-c:
		if s.String() != "terminal resized" {
			t.Errorf("signal %v", s)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no signal after the size changed")
	}
	select {
	case <-c:
		t.Fatal("one change signalled twice")
	case <-time.After(30 * time.Millisecond):
	}
	close(stop)
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatal("pollResize did not stop")
	}
}
