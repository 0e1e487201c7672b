// Command prepare turns what awsexam knows from data/ into Go source, so
// the binary parses nothing at start-up. Each package's go:generate line
// runs one step:
//
//	prepare catalog    ../../data/messages          catalog_gen.go
//	prepare knowledge  ../../data/knowledge         builtin_gen.go
//	prepare review     ../../data/dva-c02-review.yaml builtinreview_gen.go
//	prepare bank       prepared_gen.go
//	prepare distractor prepared_gen.go
//	prepare pools      prepared_pools.bin
//
// A step reads the generated code of the steps before it (bank's prepared
// cards are tagged with the knowledge compiled in), so `make generate` runs
// them in that order. A test in each package fails when its file is stale.
// A file is rewritten only when its content changes.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/awsexam/awsexam/data"
	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/distractor"
	"github.com/awsexam/awsexam/internal/knowledge"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "prepare:", err)
		os.Exit(1)
	}
}

const usage = "usage: prepare catalog|knowledge DIR OUT.go | prepare review FILE.yaml OUT.go | prepare bank|distractor OUT.go | prepare pools OUT.bin"

func run(args []string) error {
	if len(args) < 2 {
		return fmt.Errorf(usage)
	}
	step, out := args[0], args[len(args)-1]
	var src []byte
	var err error
	switch {
	case step == "catalog" && len(args) == 3:
		var files []catalog.File
		err = eachYAML(args[1], "data/messages/", func(name string, b []byte) { files = append(files, catalog.File{Name: name, Data: b}) })
		if err == nil {
			src, err = catalog.GenerateSource(files)
		}
	case step == "knowledge" && len(args) == 3:
		var files []knowledge.File
		err = eachYAML(args[1], "data/knowledge/", func(name string, b []byte) { files = append(files, knowledge.File{Name: name, Data: b}) })
		if err == nil {
			src, err = knowledge.GenerateSource(files)
		}
	case step == "review" && len(args) == 3:
		var raw []byte
		if raw, err = os.ReadFile(args[1]); err == nil {
			src, err = bank.GenerateReviewSource(bank.File{Name: "data/" + filepath.Base(args[1]), Data: raw})
		}
	case step == "bank" && len(args) == 2:
		src, err = bank.GenerateSource(bank.File{Name: data.NotesFile, Data: data.Notes}, data.BlueprintFile, data.Blueprint)
	case step == "distractor" && len(args) == 2:
		src, err = preparedFeatures()
	case step == "pools" && len(args) == 2:
		src, err = preparedPools()
	default:
		return fmt.Errorf(usage)
	}
	if err != nil {
		return err
	}
	if old, _ := os.ReadFile(out); bytes.Equal(old, src) {
		return nil
	}
	return os.WriteFile(out, src, 0o644)
}

// eachYAML hands every DIR/*.yaml, in name order, to add under the name
// messages give it (prefix + base name).
func eachYAML(dir, prefix string, add func(name string, data []byte)) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		add(prefix+filepath.Base(n), b)
	}
	return nil
}

// preparedPools is every built-in card's candidate wrong answers, as an
// exam sees the cards (see preparedFeatures).
func preparedPools() ([]byte, error) {
	b, err := builtinReviewed()
	if err != nil {
		return nil, err
	}
	return distractor.EncodePools(b)
}

// preparedFeatures is the built-in bank's card features as an exam sees
// the cards: with the built-in review applied.
func preparedFeatures() ([]byte, error) {
	b, err := builtinReviewed()
	if err != nil {
		return nil, err
	}
	return distractor.GenerateSource(b)
}

// builtinReviewed is the built-in bank with the built-in review applied.
func builtinReviewed() (*bank.Bank, error) {
	bp, err := bank.ParseBlueprint(data.BlueprintFile, data.Blueprint)
	if err != nil {
		return nil, err
	}
	b, err := bank.Load([]bank.File{{Name: data.NotesFile, Data: data.Notes}}, bp)
	if err != nil {
		return nil, err
	}
	b.ApplyReviews(bank.BuiltinReview())
	return b, nil
}
