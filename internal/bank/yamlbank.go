package bank

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// parseYAML reads a hand-written YAML bank:
//
//	sections:
//	  - name: Lambda
//	    domain: development        # optional default for the section
//	    cards:
//	      - question: ...
//	        answer: ...            # or answers: [a, b] for multiple response
//	        distractors: [...]     # optional
//	        explanation: ...       # optional
//	        domain: security       # optional
//	        equivalent: group-name # optional
//
// It decodes strictly: an unknown key is an error at its line.
func parseYAML(file string, data []byte) ([]Card, []Problem) {
	var probs []Problem
	bad := func(line int, key string, args ...any) {
		probs = append(probs, problem(Source{file, line}, key, args...))
	}
	root := yamlRoot(file, data, "bank.yaml.root", bad)
	if root == nil {
		return nil, probs
	}
	var cards []Card
	for _, kv := range pairs(root, bad) {
		if kv.key.Value != "sections" {
			bad(kv.key.Line, "bank.yaml.top_key", kv.key.Value)
			continue
		}
		if kv.val.Kind != yaml.SequenceNode {
			bad(kv.val.Line, "bank.yaml.sections_list")
			continue
		}
		for _, sec := range kv.val.Content {
			cards = append(cards, yamlSection(sec, file, bad)...)
		}
	}
	return cards, probs
}

type keyValue struct{ key, val *yaml.Node }

// pairs lists a mapping's keys and values. A key given twice is an error
// at its second line (YAML would silently keep only the last: two cards:
// lists in a section lose the first); both are still returned, so the
// problems inside either are found too.
func pairs(m *yaml.Node, bad func(int, string, ...any)) []keyValue {
	out := make([]keyValue, 0, len(m.Content)/2)
	first := map[string]int{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if line, dup := first[k.Value]; dup {
			bad(k.Line, "bank.yaml.dup_key", k.Value, itoa(line))
		} else {
			first[k.Value] = k.Line
		}
		out = append(out, keyValue{k, m.Content[i+1]})
	}
	return out
}

func yamlSection(sec *yaml.Node, file string, bad func(int, string, ...any)) []Card {
	if sec.Kind != yaml.MappingNode {
		bad(sec.Line, "bank.yaml.section")
		return nil
	}
	name, domain := "", ""
	var cardNodes []*yaml.Node
	for _, kv := range pairs(sec, bad) {
		switch kv.key.Value {
		case "name":
			name = scalar(kv.val, "name", bad)
		case "domain":
			domain = scalar(kv.val, "domain", bad)
		case "cards":
			if kv.val.Kind != yaml.SequenceNode {
				bad(kv.val.Line, "bank.yaml.cards_list")
				continue
			}
			cardNodes = kv.val.Content
		default:
			bad(kv.key.Line, "bank.yaml.section_key", kv.key.Value)
		}
	}
	name = CleanText(name)
	if name == "" {
		bad(sec.Line, "bank.yaml.no_name")
		name = DefaultSection
	}
	var cards []Card
	for _, cn := range cardNodes {
		if c, ok := yamlCard(cn, file, bad); ok {
			c.Section = name
			if c.Domain == "" {
				c.Domain = domain
			}
			cards = append(cards, c)
		}
	}
	return cards
}

func yamlCard(n *yaml.Node, file string, bad func(int, string, ...any)) (Card, bool) {
	c := Card{Source: Source{file, n.Line}}
	if n.Kind != yaml.MappingNode {
		bad(n.Line, "bank.yaml.card")
		return c, false
	}
	var answer string
	var answers []string
	hasAnswer, hasAnswers := false, false
	ok := true
	for _, kv := range pairs(n, bad) {
		switch kv.key.Value {
		case "question":
			c.Question = CleanText(scalar(kv.val, "question", bad))
		case "answer":
			hasAnswer = true
			answer = CleanText(scalar(kv.val, "answer", bad))
		case "answers":
			hasAnswers = true
			answers = list(kv.val, "answers", bad)
		case "distractors":
			c.Distractors = list(kv.val, "distractors", bad)
		case "explanation":
			c.Explanation = CleanText(scalar(kv.val, "explanation", bad))
		case "domain":
			c.Domain = scalar(kv.val, "domain", bad)
		case "equivalent":
			c.Equivalent = scalar(kv.val, "equivalent", bad)
		default:
			bad(kv.key.Line, "bank.yaml.card_key", kv.key.Value)
			ok = false
		}
	}
	switch {
	case c.Question == "":
		bad(n.Line, "bank.yaml.no_question")
		ok = false
	case hasAnswer && hasAnswers:
		bad(n.Line, "bank.yaml.both_answers")
		ok = false
	case hasAnswers && len(answers) == 0:
		bad(n.Line, "bank.yaml.answers_empty")
		ok = false
	case hasAnswers:
		c.Answers = answers
	case answer == "":
		bad(n.Line, "bank.yaml.no_answer")
		ok = false
	default:
		c.Answers = []string{answer}
	}
	return c, ok
}

func scalar(n *yaml.Node, key string, bad func(int, string, ...any)) string {
	if n.Kind != yaml.ScalarNode {
		bad(n.Line, "bank.yaml.text", key)
		return ""
	}
	if r, ok := ControlRune(n.Value); ok {
		bad(n.Line, "bank.yaml.control", key, r) // the bank will not load
	}
	return n.Value
}

func list(n *yaml.Node, key string, bad func(int, string, ...any)) []string {
	if n.Kind != yaml.SequenceNode {
		bad(n.Line, "bank.yaml.text_list", key)
		return nil
	}
	var out []string
	for _, item := range n.Content {
		if s := CleanText(scalar(item, key, bad)); s != "" {
			out = append(out, s)
		} else if item.Kind == yaml.ScalarNode {
			bad(item.Line, "bank.yaml.empty_item", key)
		}
	}
	return out
}

// yamlErrorLine pulls "line N" out of a yaml.v3 syntax error.
func yamlErrorLine(err error) (int, string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		if _, rest, ok := strings.Cut(msg, ":"); ok {
			return line, strings.TrimSpace(rest)
		}
	}
	return 1, msg
}

// yamlRoot is the start the YAML bank and the review file share: the
// encoding sniffed, the YAML parsed, its root a mapping (rootKey the
// problem otherwise). Each problem goes to bad; nil: nothing more to read
// (a problem, or an empty file).
func yamlRoot(file string, data []byte, rootKey string, bad func(line int, key string, args ...any)) *yaml.Node {
	if p := sniffEncoding(file, data); p != nil {
		bad(p.Source.Line, p.Key, p.Args...)
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line, msg := yamlErrorLine(err)
		bad(line, "bank.yaml.syntax", msg)
		return nil
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		bad(root.Line, rootKey)
		return nil
	}
	return root
}
