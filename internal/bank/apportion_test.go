package bank

import (
	"slices"
	"testing"
)

// TestApportion: every n is given out whole, each share within one of its
// exact share (no caps), ties to the first listed, caps respected with the
// rest going to the others.
func TestApportion(t *testing.T) {
	weights := []int{32, 26, 24, 18}
	for n := 0; n <= 300; n++ {
		got, sum := Apportion(n, weights, nil), 0
		for i, q := range got {
			sum += q
			if exact := float64(n*weights[i]) / 100; float64(q) < exact-1 || float64(q) > exact+1 {
				t.Fatalf("n=%d: %v, share %d is not within one of %.2f", n, got, i, exact)
			}
		}
		if sum != n {
			t.Fatalf("n=%d: %v adds up to %d", n, got, sum)
		}
	}
	if got := Apportion(2, []int{1, 1, 1}, nil); !slices.Equal(got, []int{1, 1, 0}) {
		t.Errorf("ties: %v, want [1 1 0]", got)
	}
	if got := Apportion(10, weights, []int{1, 100, 0, 2}); !slices.Equal(got, []int{1, 7, 0, 2}) {
		t.Errorf("caps: %v, want [1 7 0 2]", got)
	}
	if got := Apportion(10, weights, []int{1, 1, 1, 1}); !slices.Equal(got, []int{1, 1, 1, 1}) {
		t.Errorf("all full: %v, want [1 1 1 1]", got)
	}
}
