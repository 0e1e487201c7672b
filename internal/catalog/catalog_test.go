package catalog

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func readFiles(t *testing.T) []File {
	t.Helper()
	names, err := filepath.Glob("../../data/messages/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no catalogue files: %v", err)
	}
	var files []File
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{"data/messages/" + filepath.Base(n), b})
	}
	return files
}

func TestGeneratedUpToDate(t *testing.T) {
	want, err := GenerateSource(readFiles(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("catalog_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("internal/catalog/catalog_gen.go is out of date with data/messages: run `go generate ./internal/catalog`")
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// verbs lists a format's verbs by argument position, so a translation
// that drops an argument or changes its type is caught.
func verbs(format string) []string {
	var out []string
	next := 1
	for _, v := range verb.FindAllStringSubmatch(format, -1) {
		if v[0] == "%%" {
			continue
		}
		pos := next
		if v[1] != "" {
			pos = int(v[1][1] - '0')
			if len(v[1]) > 3 {
				pos = 10*int(v[1][1]-'0') + int(v[1][2]-'0')
			}
		}
		next = pos + 1
		kind := v[0][len(v[0])-1]
		if kind == 'v' || kind == 's' || kind == 'q' {
			kind = 's'
		}
		out = append(out, string(rune('0'+pos))+string(kind))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Every message is in both languages, with the same arguments.
func TestCatalogue(t *testing.T) {
	for _, l := range Langs {
		p := For(l)
		for key := range messages[l] {
			p.ensure(key) // hands every message to x/text; panics on a bad one
		}
	}
	for key, en := range messages[English] {
		ko, ok := messages[Korean][key]
		if !ok {
			t.Errorf("%s: in en.yaml, missing in ko.yaml", key)
			continue
		}
		for _, pair := range [][2]string{{en.text, ko.text}, {en.other, ko.other}} {
			if a, b := verbs(pair[0]), verbs(pair[1]); !slices.Equal(a, b) {
				t.Errorf("%s: arguments differ: en %q %v, ko %q %v", key, pair[0], a, pair[1], b)
			}
		}
		if en.plural != ko.plural {
			t.Errorf("%s: plural in one language only", key)
		}
	}
	for key := range messages[Korean] {
		if _, ok := messages[English][key]; !ok {
			t.Errorf("%s: in ko.yaml, missing in en.yaml", key)
		}
	}
}

func TestPlural(t *testing.T) {
	en, ko := For(English), For(Korean)
	for _, tc := range []struct {
		p    *Printer
		n    int
		want string
	}{
		{en, 1, "1 question"}, {en, 0, "0 questions"}, {en, 65, "65 questions"},
		{ko, 1, "1문항"}, {ko, 65, "65문항"},
	} {
		if got := tc.p.T("questions.count", tc.n); got != tc.want {
			t.Errorf("%s: T(questions.count, %d) = %q, want %q", tc.p.Lang(), tc.n, got, tc.want)
		}
	}
	if got := en.T("no.such.key"); got != "no.such.key" {
		t.Errorf("a missing key shows as %q, want the key itself", got)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		flag string
		env  map[string]string
		want Lang
		err  bool
	}{
		{"", nil, English, false},
		{"", map[string]string{"LANG": "ko_KR.UTF-8"}, Korean, false},
		{"", map[string]string{"LANG": "C"}, English, false},
		{"", map[string]string{"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, English, false},
		{"", map[string]string{"LC_MESSAGES": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"}, Korean, false},
		{"", map[string]string{"AWSEXAM_LANG": "en", "LANG": "ko_KR.UTF-8"}, English, false},
		{"ko", map[string]string{"AWSEXAM_LANG": "en"}, Korean, false},
		{"en", map[string]string{"LANG": "ko_KR.UTF-8"}, English, false},
		{"fr", nil, "", true},
		{"", map[string]string{"AWSEXAM_LANG": "xx"}, "", true},
	} {
		got, err := Detect(tc.flag, func(k string) string { return tc.env[k] })
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("Detect(%q, %v) = %q, %v; want %q (error %v)", tc.flag, tc.env, got, err, tc.want, tc.err)
		}
	}
}

func TestParseProblems(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"en.yaml", "a: x\na: y\n", `data/messages/en.yaml:2: message "a" is given twice`},
		{"en.yaml", "a:\n  one: x\n", `data/messages/en.yaml:2: a: plural forms need other:`},
		{"en.yaml", "a:\n  few: x\n  other: y\n", `data/messages/en.yaml:2: a: unknown plural form "few"`},
		{"fr.yaml", "a: x\n", `data/messages/fr.yaml:1: name the file after its area and language`},
		{"x.fr.yaml", "a: x\n", `data/messages/x.fr.yaml:1: name the file after its area`},
		{"en.yaml", "- a\n", `data/messages/en.yaml:1: a catalogue is a mapping`},
	} {
		_, err := Parse([]File{{"data/messages/" + tc.name, []byte(tc.yaml)}})
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
			t.Errorf("Parse(%q) = %v, want %q", tc.yaml, err, tc.want)
		}
	}
	// A key given in two files of one language.
	_, err := Parse([]File{{"data/messages/a.en.yaml", []byte("k: x\n")}, {"data/messages/b.en.yaml", []byte("k: y\n")}})
	if err == nil || !strings.Contains(err.Error(), `data/messages/b.en.yaml:1: message "k" is given twice`) {
		t.Errorf("a key in two files: %v", err)
	}
	// Both namings read: AREA.LANG.yaml and LANG.yaml.
	for _, name := range []string{"screens.ko.yaml", "ko.yaml"} {
		got, err := Parse([]File{{"data/messages/" + name, []byte("a: x\n")}})
		if err != nil || got[Korean]["a"].text != "x" {
			t.Errorf("Parse(%s) = %v, %v", name, got, err)
		}
	}
}
