package bank

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/awsexam/awsexam/data"
)

// The prepared built-in bank is what parsing data/dva-c02-notes.txt with
// data/dva-c02.yaml gives: run `go generate ./internal/bank` after
// changing either (or how a bank is parsed).
func TestPreparedUpToDate(t *testing.T) {
	want, err := GenerateSource(File{data.NotesFile, data.Notes}, data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("prepared_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/bank/prepared_gen.go is out of date with data/dva-c02-notes.txt or data/dva-c02.yaml: run `go generate ./internal/knowledge ./internal/bank ./internal/distractor`")
	}
}

// The built-in blueprint is taken from its prepared form, the same as
// reading its YAML gives; another blueprint is read.
func TestPreparedBlueprint(t *testing.T) {
	got, err := ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	want, err := parseBlueprintYAML(data.BlueprintFile, data.Blueprint)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the prepared built-in blueprint differs from its YAML:\n%+v\nwant\n%+v", got, want)
	}
	changed := bytes.Replace(data.Blueprint, []byte("questions: 65"), []byte("questions: 64"), 1)
	if bytes.Equal(changed, data.Blueprint) {
		t.Fatal("the test's change to the blueprint changes nothing")
	}
	bp, err := ParseBlueprint(data.BlueprintFile, changed)
	if err != nil {
		t.Fatal(err)
	}
	if bp.Questions != 64 {
		t.Errorf("a changed built-in blueprint: %d questions, want 64 read from it", bp.Questions)
	}
}

// Loading the built-in bank takes the prepared cards, the same as parsing
// it gives; each load has its own cards; another file, or the same with
// another blueprint, is parsed.
func TestPreparedBank(t *testing.T) {
	files := []File{{data.NotesFile, data.Notes}}
	bp := builtinBlueprint(t)
	bp.knowledge()
	if _, _, ok := preparedCards(files, bp); !ok {
		t.Fatal("the built-in bank is not taken from its prepared form")
	}
	got, err := Load(files, builtinBlueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	want, err := loadParsed(context.Background(), files, builtinBlueprint(t))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Cards, want.Cards) || !reflect.DeepEqual(got.Sections, want.Sections) {
		t.Error("the prepared built-in bank differs from the parsed one")
	}
	got.Cards[0].Answers[0] = "changed"
	if again, _ := Load(files, builtinBlueprint(t)); again.Cards[0].Answers[0] == "changed" {
		t.Error("a change to one load's card shows in the next load")
	}

	changed := bytes.Replace(data.Notes, []byte("API G/W"), []byte("API G/X"), 1)
	if _, _, ok := preparedCards([]File{{data.NotesFile, changed}}, bp); ok {
		t.Error("a changed built-in file is taken from the prepared form")
	}
	if _, _, ok := preparedCards([]File{{"other.txt", data.Notes}}, bp); ok {
		t.Error("the built-in text under another name is taken from the prepared form")
	}
	bp, err = ParseBlueprint("other.yaml", append(bytes.Clone(data.Blueprint), "\n# another blueprint\n"...))
	if err != nil {
		t.Fatal(err)
	}
	bp.knowledge()
	if _, _, ok := preparedCards(files, bp); ok {
		t.Error("the built-in bank read with another blueprint is taken from the prepared form")
	}
}
