package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/awsexam/awsexam/internal/exam"
)

// ankiField quotes a field the way Anki's importer reads it: fields with a
// tab, newline or quote go in double quotes with quotes doubled.
func ankiField(s string) string {
	if strings.ContainsAny(s, "\t\n\"") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// ankiTag makes a tag of a section or domain name (Anki tags have no
// spaces).
func ankiTag(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '&' }), "_")
}

// AnkiMissed writes the missed questions as an Anki text export: front the
// question, back the right answer(s), tagged with section and domain.
// Each card appears once, however often it was missed.
func AnkiMissed(w io.Writer, questions []exam.AttemptQuestion) error {
	var b strings.Builder
	b.WriteString("#separator:tab\n#html:false\n#deck:awsexam misses\n#tags column:3\n")
	for _, q := range questions {
		var right []string
		for _, k := range q.Answers {
			right = append(right, q.Options[k])
		}
		back := strings.Join(right, "\n")
		if q.Explanation != "" {
			back += "\n\n" + q.Explanation
		}
		tags := fmt.Sprintf("awsexam section::%s domain::%s", ankiTag(q.Section), q.Domain)
		fmt.Fprintf(&b, "%s\t%s\t%s\n", ankiField(q.Stem), ankiField(back), tags)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
