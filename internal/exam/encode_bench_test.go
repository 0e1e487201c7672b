package exam

import (
	"bytes"
	"testing"
)

// BenchmarkEncode65: write a 65-question exam of the built-in bank.
func BenchmarkEncode65(b *testing.B) {
	bk, gen := builtin(b)
	e, _, err := Assemble(bk, gen, Spec{Count: 65, Seed: 1, Bank: "built-in"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Encode(&buf, e); err != nil {
			b.Fatal(err)
		}
	}
}
