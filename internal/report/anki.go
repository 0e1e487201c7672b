package report

import (
	"crypto/sha256"
	"encoding/hex"
	"html"
	"io"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
)

// AnkiDeck is the parent deck of export-missed: each section is a deck
// below it (awsexam::S3 & Encryption), which the Anki reader in package
// bank takes back as the section.
const AnkiDeck = "awsexam"

// MissedCard is a question answered wrong, with the bank of its attempt
// (part of the card's Anki guid).
type MissedCard struct {
	exam.AttemptQuestion
	Bank string
}

// ankiField quotes a field the way Anki's importer reads it: a field with
// a tab, a line break or a quote, or one that starts with # (which Anki
// would take for a header or comment line), goes in double quotes with
// quotes doubled.
func ankiField(s string) string {
	if strings.ContainsAny(s, "\t\n\r\"") || strings.HasPrefix(s, "#") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// ankiHTML is text as an HTML field: escaped, line breaks as <br>.
func ankiHTML(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}

// AnkiTag makes a tag of a section or domain name: Anki splits tags at
// spaces, so spaces become underscores.
func AnkiTag(s string) string {
	return strings.Join(strings.Fields(s), "_")
}

// AnkiGUID is a card's guid in Anki: the same for the same card of the
// same bank, so importing a later export updates the note rather than
// adding a copy. The bank counts by its files' base names (bank is the
// attempt's: the --bank paths as typed, joined by commas), so mine.txt,
// ./mine.txt and a full path give one guid.
func AnkiGUID(bank, cardID string) string {
	files := strings.Split(bank, ",")
	for i, f := range files {
		files[i] = f[strings.LastIndexAny(f, `/\`)+1:]
	}
	sum := sha256.Sum256([]byte("awsexam\x00" + strings.Join(files, ",") + "\x00" + cardID))
	return "awsexam-" + hex.EncodeToString(sum[:8])
}

// AnkiMissed writes the missed questions in the layout Anki's own "Notes
// in Plain Text" export has: header lines naming the guid, note type, deck
// and tags columns, then one note a line: guid, Basic, the section's deck,
// front the question, back the right answer(s) (several as a list) and
// the explanation below a rule, tags awsexam, section::NAME and
// domain::ID. Each card appears once, however often it was missed.
func AnkiMissed(w io.Writer, cards []MissedCard) error {
	var b strings.Builder
	b.WriteString("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n")
	for _, q := range cards {
		var back string
		if len(q.Answers) == 1 {
			back = ankiHTML(q.Options[q.Answers[0]])
		} else {
			var items strings.Builder
			for _, k := range q.Answers {
				items.WriteString("<li>" + ankiHTML(q.Options[k]) + "</li>")
			}
			back = "<ul>" + items.String() + "</ul>"
		}
		if q.Explanation != "" {
			back += "<hr>" + ankiHTML(q.Explanation)
		}
		tags := AnkiDeck + " section::" + AnkiTag(q.Section) + " domain::" + AnkiTag(q.Domain)
		fields := []string{AnkiGUID(q.Bank, q.ID), "Basic", AnkiDeck + "::" + q.Section, ankiHTML(q.Stem), back, tags}
		for i, f := range fields {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(ankiField(f))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
