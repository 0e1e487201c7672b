package catalog

import "testing"

// Parse never panics, and what it accepts builds a printer's messages
// (For would panic on a message x/text refuses).
func FuzzParse(f *testing.F) {
	f.Add([]byte("a: \"x %d\"\nb:\n  one: \"%d x\"\n  other: \"%d xs\"\n"))
	f.Add([]byte("a: [1]\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, err := Parse([]File{{"data/messages/f.en.yaml", raw}})
		if err != nil {
			return
		}
		for key, e := range got[English] {
			if e.plural && e.other == "" {
				t.Fatalf("%q: plural without other accepted", key)
			}
		}
	})
}
