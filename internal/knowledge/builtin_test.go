package knowledge

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/awsexam/awsexam/data"
)

// The built-in knowledge parses, and every alias is found in its own text
// as its own concept (no alias is shadowed by a longer one of another
// concept or refused by the word-boundary rules).
func TestBuiltin(t *testing.T) {
	b, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Concepts) < 300 || len(b.Contrasts) < 100 {
		t.Errorf("%d concepts, %d contrast sets: the knowledge layer looks truncated", len(b.Concepts), len(b.Contrasts))
	}
	// Each name, written alone, is found whole as its own concept (or
	// one equivalent to it).
	for i, c := range b.Concepts {
		for _, a := range c.Aliases {
			if len(foldAll(a)) < 2 {
				continue // too short to find; compile leaves it out
			}
			tags := b.Tag(a)
			if len(tags.Hits) == 0 || b.Concepts[tags.Hits[0].Concept].Class != b.Concepts[i].Class || tags.Covered != tags.Letters {
				t.Errorf("%s: alias %q of %s is not found whole as itself (hits %+v)", c.Source, a, c.ID, tags.Hits)
			}
		}
	}
	owner := map[string]string{}
	for _, c := range b.Concepts {
		for _, a := range c.Aliases {
			key := string(foldAll(a))
			if o, dup := owner[key]; dup && o != c.ID {
				t.Errorf("%s: alias %q also names %s", c.Source, a, o)
			}
			owner[key] = c.ID
		}
	}
}

// The generated built-in form is what the YAML files say: run
// `go generate ./internal/knowledge` after editing data/knowledge.
func TestGeneratedUpToDate(t *testing.T) {
	var files []File
	for _, f := range data.Knowledge() {
		files = append(files, File{f.Name, f.Data})
	}
	want, err := GenerateSource(files)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("builtin_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/knowledge/builtin_gen.go is out of date with data/knowledge: run `go generate ./internal/knowledge`")
	}
}

// The built-in matcher unpacked from its generated tables is the one
// compiled from the concepts.
func TestBuiltinMatcher(t *testing.T) {
	if got, want := builtinMatcher(), compileConcepts(builtinConcepts, builtinCompounds); !reflect.DeepEqual(got, want) {
		t.Error("the generated matcher tables differ from compiling the built-in concepts: run `go generate ./internal/knowledge`")
	}
}

// The built-in base makes its index by id and its ask phrases on first
// use: they find what a base parsed from the same files finds.
func TestBuiltinLazyIndexes(t *testing.T) {
	var files []File
	for _, f := range data.Knowledge() {
		files = append(files, File{f.Name, f.Data})
	}
	parsed, err := Parse(files)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Builtin()
	for i, c := range parsed.Concepts {
		if got, ok := b.Lookup(c.ID); !ok || got != i {
			t.Fatalf("Lookup(%q) = %d, %v; want %d", c.ID, got, ok, i)
		}
	}
	if _, ok := b.Lookup("no-such-concept"); ok {
		t.Error("Lookup found a concept that does not exist")
	}
	asked := 0
	for _, q := range []string{"어떤 API를 호출해야 하나?", "Which AWS service should the developer use?", "가장 비용 효율적인 방법은?", "SQS 메시지 최대 크기?", "어떤 CLI 명령을 실행해야 하는가?"} {
		if got, want := b.Asked(q), parsed.Asked(q); got != want {
			t.Errorf("Asked(%q) = %q, parsed base says %q", q, got, want)
		}
		if b.Asked(q) != "" {
			asked++
		}
	}
	if asked == 0 {
		t.Error("no question asks for a kind of answer: the ask phrases are missing")
	}
}
