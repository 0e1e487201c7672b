// Package data holds the built-in question bank, exam blueprint and AWS
// knowledge, embedded into the binary so that awsexam works with no set-up.
package data

import (
	"embed"
	"io/fs"
)

// NotesFile is the name under which the built-in bank reports its lines,
// so that a FILE:LINE in any message points at the file in this repository.
const NotesFile = "data/dva-c02-notes.txt"

// BlueprintFile is the name of the built-in blueprint in messages.
const BlueprintFile = "data/dva-c02.yaml"

// Notes is the built-in DVA-C02 study-notes bank (unchanged seed).
//
//go:embed dva-c02-notes.txt
var Notes []byte

// Blueprint is the built-in DVA-C02 exam blueprint and domain rules.
//
//go:embed dva-c02.yaml
var Blueprint []byte

//go:embed knowledge/*.yaml
var knowledgeFS embed.FS

// KnowledgeFile is one file of the AWS knowledge layer.
type KnowledgeFile struct {
	Name string // as in messages: data/knowledge/NAME.yaml
	Data []byte
}

// Knowledge returns the AWS knowledge layer's files in name order.
func Knowledge() []KnowledgeFile {
	entries, _ := fs.ReadDir(knowledgeFS, "knowledge")
	var out []KnowledgeFile
	for _, e := range entries {
		b, err := knowledgeFS.ReadFile("knowledge/" + e.Name())
		if err != nil {
			continue
		}
		out = append(out, KnowledgeFile{"data/knowledge/" + e.Name(), b})
	}
	return out
}
