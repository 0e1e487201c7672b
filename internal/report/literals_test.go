package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// englishWords are words reports used to print from Go string literals;
// they are the catalogue's now (data/messages/reports.*.yaml).
var englishWords = regexp.MustCompile(`(?:^|[^.\w])(Score|PASS|FAIL|Domains?|Sections?|Questions?|Weakest|Missed|Slowest|Choose|Percent|Weight|Correct|Wrong|Skip|Trend|Answer key|Explanations|Name:|Date:|Mode|correct|wrong|skipped|passing score|right answer|your answer|not asked|attempts?|seed|practice exam|time ran out|disputed|approximate)\b`)

// No user-facing English in a string literal of package report: a word
// shown to a person goes through the catalogue (Style.t, Printer.T), so a
// Korean report has no English left in it.
func TestNoEnglishLiterals(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			// Struct tags (json:"correct") and catalogue keys are not shown.
			if _, ok := n.(*ast.Field); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || strings.HasPrefix(s, "report.") {
				return true
			}
			checked++
			if m := englishWords.FindStringSubmatch(s); m != nil {
				t.Errorf("%s: %q is shown in English: put it in data/messages/reports.*.yaml", fset.Position(lit.Pos()), m[1])
			}
			return true
		})
	}
	if checked < 50 {
		t.Fatalf("only %d string literals checked: is the test reading package report?", checked)
	}
}
