package cli

import (
	"errors"
	"os"
	"syscall"
	"time"
)

// shortcut is a key that acts at once instead of moving survey's cursor.
type shortcut int

const (
	keyNone shortcut = iota
	keyDigit
	keyFlag
	keyPrev
	keyNext
	keyReview
	keyToggle // space in a multiple-response item
)

// errShortcut ends a survey prompt because a shortcut key was pressed; the
// key is in ttyInput.last.
var errShortcut = errors.New("shortcut key")

// keyMode says which keys are shortcuts for the prompt being shown.
type keyMode int

const (
	keysPassAll  keyMode = iota // survey sees every key (review screen: typing filters)
	keysMenu                    // arrows, Enter, Ctrl-C only
	keysQuestion                // plus digits, f, p, n, r and ←/→
	keysMultiple                // as keysQuestion, and space toggles
)

// ttyInput is the terminal's input for survey with read deadlines, so the
// exam clock and signals can end a prompt that is waiting for a key. It is
// a /dev/tty handle, which Go opens non-blocking and polls; its descriptor
// is taken once through SyscallConn, because (*os.File).Fd would switch
// the file back to blocking mode and disable deadlines. It also turns
// shortcut keys into errShortcut, and lets Korean input-method jamo act as
// the letters they sit on (ㄹ=f, ㅔ=p, ㅜ=n, ㄱ=r).
type ttyInput struct {
	f       *os.File
	fd      uintptr
	mode    keyMode
	buf     [256]byte
	pending []byte
	// carry holds keys typed after a shortcut in the same burst: they go
	// to the next prompt, so fast typing loses nothing.
	carry []byte
	// moves counts the ↑/↓ keys survey saw in this prompt, so a prompt
	// asked again (to redraw the clock) keeps its cursor where it was.
	moves int
	last  struct {
		key   shortcut
		digit int
	}
}

func openTTY() (*ttyInput, error) {
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	t := &ttyInput{f: f}
	rc, err := f.SyscallConn()
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := rc.Control(func(fd uintptr) { t.fd = fd }); err != nil {
		f.Close()
		return nil, err
	}
	return t, nil
}

// Fd is survey's handle for switching the terminal to raw mode and back.
func (t *ttyInput) Fd() uintptr { return t.fd }

func (t *ttyInput) Close() error { return t.f.Close() }

// interruptAt makes a waiting Read return at once (os.ErrDeadlineExceeded).
func (t *ttyInput) interruptAt(when time.Time) { t.f.SetReadDeadline(when) }

// Read gives survey the keys it should see and ends the prompt with
// errShortcut on a shortcut key.
func (t *ttyInput) Read(p []byte) (int, error) {
	for {
		if len(t.pending) > 0 {
			n := copy(p, t.pending)
			t.pending = t.pending[n:]
			return n, nil
		}
		var chunk []byte
		if len(t.carry) > 0 {
			chunk, t.carry = t.carry, nil
		} else {
			n, err := t.f.Read(t.buf[:])
			if err != nil {
				if errors.Is(err, syscall.EINTR) {
					continue
				}
				return 0, err
			}
			chunk = t.buf[:n]
		}
		pass, found := t.filter(chunk)
		if found {
			return 0, errShortcut
		}
		t.pending = pass
	}
}

// filter splits a chunk of input into what survey may see and the first
// shortcut key, if any.
func (t *ttyInput) filter(in []byte) ([]byte, bool) {
	if t.mode == keysPassAll {
		return append([]byte(nil), in...), false
	}
	var pass []byte
	shortcuts := t.mode == keysQuestion || t.mode == keysMultiple
	var i int
	hit := func(k shortcut, d int) ([]byte, bool) {
		if len(pass) > 0 {
			// Keys before the shortcut go to survey first.
			t.carry = append([]byte(nil), in[i:]...)
			return pass, false
		}
		t.last.key, t.last.digit = k, d
		t.carry = append([]byte(nil), in[i+1:]...)
		return nil, true
	}
	for i = 0; i < len(in); i++ {
		b := in[i]
		switch {
		case b == 0x1b && i+2 < len(in) && (in[i+1] == '[' || in[i+1] == 'O'):
			j := i + 2
			for j < len(in) && (in[j] >= '0' && in[j] <= '9' || in[j] == ';') {
				j++
			}
			if j == len(in) {
				i = j
				continue
			}
			if j == i+2 {
				switch in[j] {
				case 'A':
					pass = append(pass, in[i:j+1]...)
					t.moves--
				case 'B':
					pass = append(pass, in[i:j+1]...)
					t.moves++
				case 'C', 'D':
					if shortcuts {
						k := map[byte]shortcut{'C': keyNext, 'D': keyPrev}[in[j]]
						if len(pass) == 0 {
							i = j // the whole sequence is the key
						}
						return hit(k, 0)
					}
				}
			}
			i = j
		case b == '\r' || b == '\n' || b == 0x03:
			pass = append(pass, b)
		case b >= '1' && b <= '9' && t.mode != keysPassAll:
			return hit(keyDigit, int(b-'0'))
		case b == ' ' && t.mode == keysMultiple:
			return hit(keyToggle, 0)
		case shortcuts && b < 0x80:
			switch b | 0x20 {
			case 'f':
				return hit(keyFlag, 0)
			case 'p':
				return hit(keyPrev, 0)
			case 'n':
				return hit(keyNext, 0)
			case 'r':
				return hit(keyReview, 0)
			}
		case shortcuts && b >= 0xc0:
			// A Korean input method sends jamo for the letter keys.
			r, size := decodeRune(in[i:])
			k := map[rune]shortcut{'ㄹ': keyFlag, 'ㅔ': keyPrev, 'ㅜ': keyNext, 'ㄱ': keyReview}[r]
			if k == keyNone {
				i += size - 1
				continue
			}
			if len(pass) > 0 {
				t.carry = append([]byte(nil), in[i:]...)
				return pass, false
			}
			t.last.key, t.last.digit = k, 0
			t.carry = append([]byte(nil), in[i+size:]...)
			return nil, true
		}
	}
	return pass, false
}

func decodeRune(b []byte) (rune, int) {
	r := []rune(string(b))
	if len(r) == 0 {
		return 0, 1
	}
	return r[0], len(string(r[0]))
}
