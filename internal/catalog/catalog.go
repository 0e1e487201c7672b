// Package catalog holds every word awsexam shows a person, in English and
// Korean: one message catalogue (data/messages/*.yaml, prepared into Go at
// build time by `go generate ./internal/catalog`), read through
// golang.org/x/text/message so that plural forms and argument order are
// the translation's, not the code's. JSON field names and ids never go
// through it.
package catalog

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	xcatalog "golang.org/x/text/message/catalog"
)

// Lang is an interface language.
type Lang string

const (
	English Lang = "en"
	Korean  Lang = "ko"
)

// Langs lists the languages the catalogue has, in the order help names
// them.
var Langs = []Lang{Korean, English}

// ParseLang reads a --lang or AWSEXAM_LANG value.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "ko", "kr", "korean", "한국어":
		return Korean, nil
	case "en", "english":
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q: use ko or en", s)
}

// Detect picks the interface language: the --lang flag, else
// AWSEXAM_LANG, else the locale (LC_ALL, then LC_MESSAGES, then LANG, as
// POSIX orders them): Korean for a ko locale (ko_KR.UTF-8), English for any
// other or none.
func Detect(flag string, getenv func(string) string) (Lang, error) {
	if flag != "" {
		return ParseLang(flag)
	}
	if v := getenv("AWSEXAM_LANG"); v != "" {
		return ParseLang(v)
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			// The first one set decides, even when it is not Korean:
			// LC_ALL=C over LANG=ko_KR means C.
			if strings.HasPrefix(strings.ToLower(v), "ko") {
				return Korean, nil
			}
			return English, nil
		}
	}
	return English, nil
}

// Printer words messages in one language.
type Printer struct {
	lang Lang
	tag  language.Tag
	b    *xcatalog.Builder
	p    *message.Printer
	mu   sync.Mutex      // guards set
	set  map[string]bool // the keys handed to b so far
}

var (
	printersMu sync.Mutex
	printers   = map[Lang]*Printer{}
)

// For returns the printer of lang (English for any language the catalogue
// lacks). A message is handed to x/text the first time it is worded, so
// start-up pays for none of the catalogue (building all of it took about
// 0.4 ms, a tenth of `awsexam version`).
func For(lang Lang) *Printer {
	if _, ok := messages[lang]; !ok {
		lang = English
	}
	printersMu.Lock()
	defer printersMu.Unlock()
	if p, ok := printers[lang]; ok {
		return p
	}
	tag := language.Make(string(lang))
	b := xcatalog.NewBuilder(xcatalog.Fallback(language.English))
	p := &Printer{lang: lang, tag: tag, b: b, set: map[string]bool{}}
	// One message now, so the printer finds the language in the catalogue.
	p.ensure("lang.name")
	p.p = message.NewPrinter(tag, message.Catalog(b))
	printers[lang] = p
	return p
}

// ensure hands message key to x/text once; it reports false for a text
// with a shell's ${…}, which x/text would read as its own variables and
// which T words with fmt instead.
func (p *Printer) ensure(key string) bool {
	m := messages[p.lang][key]
	if !m.plural && strings.Contains(m.text, "${") {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.set[key] {
		return true
	}
	var err error
	if m.plural {
		cases := []any{"other", m.other}
		if m.one != "" { // Korean has one form only
			cases = append([]any{"one", m.one}, cases...)
		}
		err = p.b.Set(p.tag, key, plural.Selectf(m.arg, "%d", cases...))
	} else {
		err = p.b.SetString(p.tag, key, m.text)
	}
	if err != nil {
		panic(fmt.Sprintf("catalog: %s: %s: %v", p.lang, key, err)) // checked by TestCatalogue
	}
	p.set[key] = true
	return true
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang {
	if p == nil {
		return English
	}
	return p.lang
}

// T words the message key with args. A key the catalogue lacks is shown
// as itself, so a missing translation is visible, never blank (and
// TestCatalogue fails first). A nil Printer words in English.
func (p *Printer) T(key string, args ...any) string {
	if p == nil { // an IO built by hand in a test: English
		p = For(English)
	}
	if _, ok := messages[p.lang][key]; !ok {
		return key
	}
	if !p.ensure(key) {
		return fmt.Sprintf(messages[p.lang][key].text, args...)
	}
	return p.p.Sprintf(key, args...)
}

// Has reports whether the catalogue has key (in English, the reference).
func Has(key string) bool {
	_, ok := messages[English][key]
	return ok
}

// entry is one message in one language: a format, or plural forms chosen
// by the arg-th argument (1-based).
type entry struct {
	text       string
	plural     bool
	arg        int
	one, other string
}
