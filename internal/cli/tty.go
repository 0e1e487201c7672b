package cli

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// shortcut is a key that acts at once instead of moving the prompt's cursor.
type shortcut int

const (
	keyNone shortcut = iota
	keyDigit
	keyFlag
	keyPrev
	keyNext
	keyReview
	keyToggle  // space in a multiple-response item
	keyExplain // e on a drill's feedback: every option explained
	keyDispute // d on a drill's feedback: dispute the key
)

// errShortcut ends a prompt because a shortcut key was pressed; the
// key is in ttyInput.last.
var errShortcut = errors.New("shortcut key")

// errPromptEnded ends a prompt whose context is done (a clock tick,
// time up, a signal); errResized one whose terminal changed size.
var (
	errPromptEnded = errors.New("prompt ended")
	errResized     = errors.New("terminal resized")
)

// keyMode says which keys are shortcuts for the prompt being shown.
type keyMode int

const (
	keysPassAll  keyMode = iota // the prompt sees every key (review screen: typing filters)
	keysMenu                    // arrows, Enter, Ctrl-C; digits pick an entry
	keysConfirm                 // arrows, Enter, Ctrl-C only: a destructive choice
	keysQuestion                // plus digits, f, p, n, r and ←/→
	keysMultiple                // as keysQuestion, and space toggles
	keysFeedback                // as keysMenu, plus the drill feedback's letter keys (e, d)
)

// splitKeys cuts a burst of terminal input into whole keys, in order: one
// rune, one escape sequence, or one byte that is not UTF-8 (so a stray
// byte never swallows the keys after it). An escape sequence or rune cut
// off by the end of in is returned as rest, to be joined to the next read.
// Every byte of in is in exactly one key or in rest.
func splitKeys(in []byte) (keys []string, rest []byte) {
	i := 0
	for i < len(in) {
		n := keyLen(in[i:])
		if n == 0 {
			return keys, in[i:]
		}
		keys = append(keys, string(in[i:i+n]))
		i += n
	}
	return keys, nil
}

// maxSeq is the longest escape sequence read as one key; a longer one is
// cut there (it is garbage, and waiting for its end could wait forever).
const maxSeq = 32

// keyLen is the length of the key at the start of b, or 0 when b holds only
// the beginning of one.
func keyLen(b []byte) int {
	if b[0] != 0x1b {
		if !utf8.FullRune(b) {
			return 0
		}
		_, n := utf8.DecodeRune(b)
		return n
	}
	if len(b) == 1 {
		return 0 // Esc alone, or the start of a sequence
	}
	switch b[1] {
	case '[': // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E
		for j := 2; j < len(b); j++ {
			switch c := b[j]; {
			case c >= 0x40 && c <= 0x7e:
				return j + 1
			case c < 0x20 || c > 0x3f:
				return j // malformed: the sequence ends before this byte
			case j+1 >= maxSeq:
				return j + 1
			}
		}
		return 0
	case 'O': // SS3: one more byte
		if len(b) < 3 {
			return 0
		}
		if b[2] < 0x20 || b[2] >= 0x7f {
			return 2
		}
		return 3
	case 0x1b:
		return 1 // Esc, then another sequence
	}
	// Alt+key: Esc and the rune after it, unless that rune is incomplete.
	if b[1] < 0x20 {
		return 1
	}
	if !utf8.FullRune(b[1:]) {
		return 0
	}
	_, n := utf8.DecodeRune(b[1:])
	return 1 + n
}

// classify says what one key does in a prompt of mode m: bytes for the
// prompt to see (pass), a shortcut, or nothing (both empty: the key is
// dropped).
// move is -1 or +1 for ↑ and ↓, which the prompt's cursor follows.
func classify(m keyMode, k string) (pass string, sc shortcut, digit, move int) {
	question := m == keysQuestion || m == keysMultiple
	switch k {
	case "\x1b[A", "\x1bOA":
		return "\x1b[A", keyNone, 0, -1
	case "\x1b[B", "\x1bOB":
		return "\x1b[B", keyNone, 0, 1
	case "\x1b[C", "\x1bOC":
		if question {
			return "", keyNext, 0, 0
		}
		return "", keyNone, 0, 0
	case "\x1b[D", "\x1bOD":
		if question {
			return "", keyPrev, 0, 0
		}
		return "", keyNone, 0, 0
	case "\r", "\n", "\x03":
		return k, keyNone, 0, 0
	}
	if strings.HasPrefix(k, "\x1b") {
		return "", keyNone, 0, 0 // any other sequence: function keys, paste markers, Alt+key
	}
	r, _ := utf8.DecodeRuneInString(k)
	if r == utf8.RuneError && len(k) == 1 {
		return "", keyNone, 0, 0 // not UTF-8
	}
	if m == keysPassAll {
		if r >= 0x20 && r != 0x7f || r == 0x7f || r == 0x08 {
			return k, keyNone, 0, 0 // typing filters the list; Backspace edits it
		}
		return "", keyNone, 0, 0
	}
	switch {
	case r >= '1' && r <= '9' && m != keysConfirm:
		return "", keyDigit, int(r - '0'), 0
	case r == ' ' && m == keysMultiple:
		return "", keyToggle, 0, 0
	case m == keysFeedback:
		// A Korean input method sends jamo for the letter keys.
		switch r {
		case 'e', 'E', 'ㄷ':
			return "", keyExplain, 0, 0
		case 'd', 'D', 'ㅇ':
			return "", keyDispute, 0, 0
		}
	case question:
		// A Korean input method sends jamo for the letter keys.
		switch r {
		case 'f', 'F', 'ㄹ':
			return "", keyFlag, 0, 0
		case 'p', 'P', 'ㅔ':
			return "", keyPrev, 0, 0
		case 'n', 'N', 'ㅜ':
			return "", keyNext, 0, 0
		case 'r', 'R', 'ㄱ':
			return "", keyReview, 0, 0
		}
	}
	return "", keyNone, 0, 0
}

// maxQueued bounds the keys waiting for a prompt; more are dropped (no
// person types that far ahead).
const maxQueued = 1 << 14

// keyQueue holds the keys read and not yet taken by a prompt, in order.
type keyQueue struct {
	mu   sync.Mutex
	keys []string
	// arrived is when each key of keys was read, and takenAt when the key
	// next last returned was: a burst is told by when it was typed, not
	// by when a prompt got to it (a journal's fsync and a screen drawn
	// between two keys of one write take time on a slow disk).
	arrived []time.Time
	takenAt time.Time
	err     error         // the read error that ended input, once keys run out
	ready   chan struct{} // a key or an error arrived
	resized chan struct{} // the terminal changed size
}

func newKeyQueue() *keyQueue {
	return &keyQueue{ready: make(chan struct{}, 1), resized: make(chan struct{}, 1)}
}

func (q *keyQueue) push(keys []string, err error) {
	q.mu.Lock()
	room := max(maxQueued-len(q.keys), 0)
	now := time.Now()
	for _, k := range keys[:min(len(keys), room)] {
		q.keys = append(q.keys, k)
		q.arrived = append(q.arrived, now)
	}
	if err != nil && q.err == nil {
		q.err = err
	}
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// lastArrival is when the key next last returned was read (zero before
// any).
func (q *keyQueue) lastArrival() time.Time {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.takenAt
}

// next waits for the next key; it ends with errPromptEnded when ctx is
// done and errResized when the terminal changes size. A key is taken only
// when it is returned: one left waiting goes to the next prompt.
func (q *keyQueue) next(ctx context.Context) (string, error) {
	for {
		q.mu.Lock()
		if len(q.keys) > 0 {
			k := q.keys[0]
			q.keys = q.keys[1:]
			q.takenAt, q.arrived = q.arrived[0], q.arrived[1:]
			q.mu.Unlock()
			return k, nil
		}
		err := q.err
		q.mu.Unlock()
		if err != nil {
			return "", err
		}
		if ctx.Err() != nil {
			return "", errPromptEnded
		}
		select {
		case <-q.ready:
		case <-q.resized:
			return "", errResized
		case <-ctx.Done():
			return "", errPromptEnded
		}
	}
}

// ttyInput is the terminal's keyboard. One goroutine, for as long as the
// terminal is open, reads keys into a queue; each prompt (survey's or
// runList) reads them one at a time through Read, which ends when the
// prompt's context is done. So no key is lost between prompts (keys typed ahead wait in the
// queue) and nothing set for one prompt outlives it.
//
// Where the terminal can be polled (Linux), the reader's reads take
// deadlines, and Close stops it at once. Where it cannot (macOS, whose
// kqueue does not poll /dev/tty, the Windows console, or
// AWSEXAM_TTY=portable), the reader waits in a blocking read, and
// whatever it reads after Close is dropped.
type ttyInput struct {
	f  *os.File
	fd uintptr
	// deadlines says the reader's reads can be interrupted.
	deadlines bool
	// own says the exam's screens use the exam's own list prompt
	// (runList) rather than survey's: always on Windows, where survey
	// reads the console past this input, and with AWSEXAM_PROMPT=own.
	own       bool
	q         *keyQueue
	stop      chan struct{}
	stopped   chan struct{}
	closeOnce sync.Once
	restore   func() error

	// For the prompt being shown (set by begin, used by the prompt's Read on
	// the prompt's goroutine).
	ctx    context.Context
	mode   keyMode
	inject []string // keys survey sees first, not counted as moves
	// moves counts the ↑/↓ keys the prompt saw, so a prompt
	// asked again (to redraw the clock) keeps its cursor where it was;
	// presses counts them without sign (↓↑ moved the cursor too).
	moves, presses int
	last           struct {
		key   shortcut
		digit int
	}
}

// openTTY opens the terminal, puts it in the mode the prompts read keys
// in (no echo, no line editing, Ctrl-C as a key) for as long as it is
// open, and starts the reader. AWSEXAM_TTY=portable forces the input path
// for terminals that cannot take read deadlines; AWSEXAM_PROMPT=own the
// exam's own list prompt, which Windows always uses.
func openTTY(getenv func(string) string) (*ttyInput, error) {
	portable := getenv("AWSEXAM_TTY") == "portable"
	f, fd, err := openTerminal(portable)
	if err != nil {
		return nil, err
	}
	t, err := startTTY(f, fd, portable)
	if err != nil {
		return nil, err
	}
	t.own = ownPrompt(getenv)
	return t, nil
}

// ownPrompt says whether the exam's screens use its own list prompt:
// where survey cannot read the key queue (Windows), or when
// AWSEXAM_PROMPT=own asks for it.
func ownPrompt(getenv func(string) string) bool {
	return !surveyReadsInput || getenv("AWSEXAM_PROMPT") == "own"
}

// startTTY sets up an open terminal: key mode, the reader, resizes.
func startTTY(f *os.File, fd uintptr, portable bool) (*ttyInput, error) {
	t := &ttyInput{f: f, fd: fd, q: newKeyQueue(), stop: make(chan struct{}), stopped: make(chan struct{}), ctx: context.Background()}
	// Try the deadline rather than guess by platform: where the terminal
	// cannot be polled this fails, and the reader blocks instead.
	t.deadlines = !portable && f.SetReadDeadline(time.Time{}) == nil
	restore, err := setKeyMode(t)
	if err != nil {
		f.Close()
		return nil, err
	}
	t.restore = restore
	go t.read()
	go t.watchResize()
	return t, nil
}

// read is the one reader of the terminal.
func (t *ttyInput) read() {
	defer close(t.stopped)
	var buf [512]byte
	var rest []byte
	for {
		n, err := t.f.Read(buf[:])
		select {
		case <-t.stop:
			return // closed: what was read now belongs to nobody
		default:
		}
		in := append(rest, buf[:n]...)
		keys, tail := splitKeys(in)
		rest = append([]byte(nil), tail...)
		if err != nil {
			if errors.Is(err, syscall.EINTR) {
				t.q.push(keys, nil)
				continue
			}
			if len(rest) > 0 {
				keys = append(keys, string(rest)) // nothing more will complete it
			}
			t.q.push(keys, err)
			return
		}
		t.q.push(keys, nil)
	}
}

func (t *ttyInput) watchResize() {
	c := make(chan os.Signal, 1)
	notifyResize(c)
	defer stopResize(c)
	for {
		select {
		case <-c:
			select {
			case t.q.resized <- struct{}{}:
			default:
			}
		case <-t.stop:
			return
		}
	}
}

// Fd is survey's handle for switching the terminal mode.
func (t *ttyInput) Fd() uintptr { return t.fd }

// Close restores the terminal's mode and stops the reader.
func (t *ttyInput) Close() error {
	var err error
	t.closeOnce.Do(func() {
		err = t.restore()
		close(t.stop)
		if t.deadlines {
			t.f.SetReadDeadline(time.Unix(1, 0))
			<-t.stopped
		}
		closeTerminal(t.f)
	})
	return err
}

// begin readies the input for one prompt: the keys it takes and the
// context that ends it.
func (t *ttyInput) begin(ctx context.Context, mode keyMode) {
	t.ctx, t.mode, t.moves, t.presses = ctx, mode, 0, 0
	t.inject = nil
	t.last.key, t.last.digit = keyNone, 0
}

// Read gives the prompt the next key it should see, one key a call, so
// that no prompt's buffer ever holds a key past the one that ends it. A
// shortcut key ends the prompt with errShortcut.
func (t *ttyInput) Read(p []byte) (int, error) {
	if len(t.inject) > 0 {
		k := t.inject[0]
		t.inject = t.inject[1:]
		return copy(p, k), nil
	}
	for {
		k, err := t.q.next(t.ctx)
		if err != nil {
			return 0, err
		}
		pass, sc, digit, move := classify(t.mode, k)
		switch {
		case sc != keyNone:
			t.last.key, t.last.digit = sc, digit
			return 0, errShortcut
		case pass != "":
			t.moves += move
			if move != 0 {
				t.presses++
			}
			return copy(p, pass), nil
		}
	}
}
