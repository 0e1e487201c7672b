package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/awsexam/awsexam/internal/display"
)

// errKeyInterrupt ends the exam's own list prompt on Ctrl-C (survey's
// prompt ends with terminal.InterruptErr).
var errKeyInterrupt = errors.New("interrupt")

// listSpec is one list prompt: a message, entries one line each, and
// where the cursor starts.
type listSpec struct {
	message string
	hint    string // the keys, after the message: "[↑↓ Enter]"
	options []string
	cursor  int
	page    int  // entries shown at once (0: all)
	multi   bool // checkboxes: checked are drawn ticked
	checked []int
	filter  bool // typing filters the entries (the review screen)
}

// listPrompt is the exam's own list prompt, drawn with plain ANSI
// sequences below the screen above it, and reading keys one a Read from
// in (a ttyInput: shortcuts and the prompt's end come as its errors). It
// draws as survey's Select and MultiSelect do, so the screens look the
// same on either: "? Your answer:  [↑↓ Enter]", "> 1  …", "> [x]  3  …".
// No survey reader is involved: it runs where survey's cannot take our
// key queue (the Windows console).
type listPrompt struct {
	listSpec
	in     io.Reader
	out    io.Writer
	width  int
	filt   string
	lines  int // lines of the last rendering, to draw over it
	sel    int // index into shown()
	drawn  bool
	answer string
}

// runList runs one list prompt and returns the entry chosen (its index in
// options). Keys are taken from in one at a time: a Read error (a
// shortcut, the prompt's context, a resize) ends it and is returned.
func runList(in io.Reader, out io.Writer, width int, spec listSpec) (int, error) {
	p := &listPrompt{listSpec: spec, in: in, out: out, width: max(width, 20)}
	p.sel = min(max(spec.cursor, 0), max(len(spec.options)-1, 0))
	if len(p.options) == 0 {
		return 0, errors.New("no entries to choose from")
	}
	defer io.WriteString(out, "\x1b[?25h") // the cursor, hidden while drawing
	p.render()
	buf := make([]byte, 64)
	for {
		n, err := in.Read(buf)
		if err != nil {
			return 0, err
		}
		k := string(buf[:n])
		shown := p.shown()
		switch k {
		case "\x03":
			return 0, errKeyInterrupt
		case "\r", "\n":
			if len(shown) == 0 || p.sel >= len(shown) {
				continue
			}
			picked := shown[p.sel]
			p.answer = p.options[picked]
			p.render()
			return picked, nil
		case "\x1b[A":
			if len(shown) > 0 {
				p.sel = (p.sel - 1 + len(shown)) % len(shown)
			}
		case "\x1b[B":
			if len(shown) > 0 {
				p.sel = (p.sel + 1) % len(shown)
			}
		default:
			if !p.filter {
				continue
			}
			switch r, _ := utf8.DecodeRuneInString(k); {
			case r == 0x7f || r == 0x08:
				if rs := []rune(p.filt); len(rs) > 0 {
					p.filt = string(rs[:len(rs)-1])
				}
			case r >= 0x20 && r != utf8.RuneError:
				p.filt += k
			default:
				continue
			}
			if n := len(p.shown()); n > 0 && p.sel >= n {
				p.sel = n - 1
			}
		}
		p.render()
	}
}

// shown are the indexes of the entries the filter keeps, in order.
func (p *listPrompt) shown() []int {
	out := make([]int, 0, len(p.options))
	f := strings.ToLower(p.filt)
	for k, o := range p.options {
		if f == "" || strings.Contains(strings.ToLower(o), f) {
			out = append(out, k)
		}
	}
	return out
}

// paginate is the window of n entries shown around sel, as survey pages:
// the first and last half pages stay put, the cursor stays mid-page
// between them.
func paginate(page, n, sel int) (start, end int) {
	if page <= 0 || n <= page {
		return 0, n
	}
	switch {
	case sel < page/2:
		return 0, page
	case n-sel-1 < page/2:
		return n - page, n
	}
	return sel - page/2, sel - page/2 + page
}

// eol ends a line of the prompt, clearing what an older drawing left on it.
const eol = "\x1b[K\n"

// render draws the prompt over its last drawing, line by line (clearing
// first would flicker as the clock redraws it each second): the message
// line, then one line an entry (cut to the terminal's width, so none
// wraps and the count of lines to go back up is exact), or the answer
// once chosen.
func (p *listPrompt) render() {
	var b strings.Builder
	if !p.drawn {
		b.WriteString("\x1b[?25l\r")
		p.drawn = true
	} else {
		b.WriteString("\r")
		if p.lines > 0 {
			fmt.Fprintf(&b, "\x1b[%dA", p.lines)
		}
	}
	cols := p.width - 1
	head := "? " + p.message
	if p.filt != "" {
		head += " " + p.filt
	}
	if p.answer != "" {
		// "? " and the message, then the answer: cut as plain text first.
		l := display.Truncate(head+" "+p.answer, cols)
		msg := min(len(head), len(l))
		b.WriteString(green.Sprint(l[:2]) + bold.Sprint(l[2:msg]) + cyan.Sprint(l[msg:]) + eol)
		p.lines = 1
		b.WriteString("\x1b[J")
		io.WriteString(p.out, b.String())
		return
	}
	if p.hint != "" {
		head += "  " + p.hint
	}
	l := display.Truncate(head, cols)
	b.WriteString(green.Sprint(l[:2]) + bold.Sprint(l[2:]) + eol)
	lines := 1
	shown := p.shown()
	start, end := paginate(p.page, len(shown), p.sel)
	for i := start; i < end; i++ {
		k := shown[i]
		focus := i == p.sel
		cur := "  "
		if focus {
			cur = "> "
		}
		if !p.multi {
			l := display.Truncate(cur+p.options[k], cols)
			if focus {
				l = cyan.Sprint(l)
			}
			b.WriteString(l + eol)
			lines++
			continue
		}
		// "> [x]  3  …": the cursor, the box, the entry.
		mark := "[ ]"
		if slices.Contains(p.checked, k) {
			mark = "[x]"
		}
		l := display.Truncate(cur[:1]+" "+mark+"  "+p.options[k], cols)
		c, m := l[:1], l[2:5]
		if focus {
			c = cyan.Sprint(c)
		}
		if mark == "[x]" {
			m = green.Sprint(m)
		}
		b.WriteString(c + " " + m + l[5:] + eol)
		lines++
	}
	p.lines = lines
	b.WriteString("\x1b[J") // what is left of a longer drawing
	io.WriteString(p.out, b.String())
}
