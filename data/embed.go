// Package data holds the built-in question bank and exam blueprint, embedded
// into the binary so that awsexam works with no set-up.
package data

import _ "embed"

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
