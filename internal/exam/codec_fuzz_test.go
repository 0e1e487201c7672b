package exam

import (
	"bytes"
	"testing"
)

// Whatever Decode accepts is an exam Encode writes and Decode reads back
// the same: no input passes the checks half-way.
func FuzzDecodeExam(f *testing.F) {
	f.Add([]byte(`{"schema":1,"seed":1,"bank":"b","questions":[{"number":1,"id":"a","section":"s","domain":"d","stem":"q","options":["x","y","z","w"],"answers":[1],"choose":1,"source":"f:1","explanation":""}]}`))
	f.Add([]byte(`{"schema":2}`))
	f.Add([]byte(`{"schema":1,"questions":[{"options":["x"],"answers":[3]}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		e, err := Decode(raw)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := Encode(&buf, e); err != nil {
			t.Fatalf("an accepted exam does not encode: %v", err)
		}
		again, err := Decode(buf.Bytes())
		if err != nil {
			t.Fatalf("what Encode wrote is refused: %v\n%s", err, buf.Bytes())
		}
		if len(again.Questions) != len(e.Questions) {
			t.Fatalf("%d questions read back as %d", len(e.Questions), len(again.Questions))
		}
	})
}
