package cli

import (
	"os"
	"time"
)

// resized is the signal pollResize sends: a terminal that sends none (the
// Windows console) changed size.
type resized struct{}

func (resized) String() string { return "terminal resized" }
func (resized) Signal()        {}

// pollResize sends resized on c (unless one is already waiting there)
// each time size changes, looking every period, until stop is closed.
// It stands in for SIGWINCH where there is none.
func pollResize(c chan<- os.Signal, size func() (int, int, error), period time.Duration, stop <-chan struct{}) {
	w, h, _ := size()
	tick := time.NewTicker(period)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		nw, nh, err := size()
		if err != nil || nw == w && nh == h {
			continue
		}
		w, h = nw, nh
		select {
		case c <- resized{}:
		default:
		}
	}
}
