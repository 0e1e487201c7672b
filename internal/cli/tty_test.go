package cli

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSplitKeys(t *testing.T) {
	tests := []struct {
		name string
		in   string
		keys []string
		rest string
	}{
		{"digits and Enter", "12\r", []string{"1", "2", "\r"}, ""},
		{"arrows", "\x1b[B\r\x1b[B\r", []string{"\x1b[B", "\r", "\x1b[B", "\r"}, ""},
		{"application keypad", "\x1bOA", []string{"\x1bOA"}, ""},
		{"modified arrow is one key", "\x1b[1;5C1", []string{"\x1b[1;5C", "1"}, ""},
		{"paste markers", "\x1b[200~ab\x1b[201~", []string{"\x1b[200~", "a", "b", "\x1b[201~"}, ""},
		{"a stray byte swallows nothing", "\xff12", []string{"\xff", "1", "2"}, ""},
		{"a bad lead byte swallows nothing", "\xe312", []string{"\xe3", "1", "2"}, ""},
		{"Hangul", "가ㄹ", []string{"가", "ㄹ"}, ""},
		{"rune cut by the read", "1\xea\xb0", []string{"1"}, "\xea\xb0"},
		{"sequence cut by the read", "1\x1b[", []string{"1"}, "\x1b["},
		{"Esc at the end waits", "\x1b", nil, "\x1b"},
		{"Esc Esc", "\x1b\x1b[A", []string{"\x1b", "\x1b[A"}, ""},
		{"Alt+key", "\x1bx1", []string{"\x1bx", "1"}, ""},
		{"malformed CSI ends before a control byte", "\x1b[12\r", []string{"\x1b[12", "\r"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys, rest := splitKeys([]byte(tt.in))
			if strings.Join(keys, "|") != strings.Join(tt.keys, "|") || len(keys) != len(tt.keys) || string(rest) != tt.rest {
				t.Errorf("splitKeys(%q) = %q, rest %q; want %q, rest %q", tt.in, keys, rest, tt.keys, tt.rest)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name  string
		mode  keyMode
		key   string
		pass  string
		sc    shortcut
		digit int
		move  int
	}{
		{"digit answers", keysQuestion, "3", "", keyDigit, 3, 0},
		{"down passes, counted", keysQuestion, "\x1b[B", "\x1b[B", keyNone, 0, 1},
		{"up in application mode", keysMenu, "\x1bOA", "\x1b[A", keyNone, 0, -1},
		{"enter passes", keysQuestion, "\r", "\r", keyNone, 0, 0},
		{"left is previous", keysQuestion, "\x1b[D", "", keyPrev, 0, 0},
		{"right is next", keysQuestion, "\x1bOC", "", keyNext, 0, 0},
		{"letters", keysQuestion, "F", "", keyFlag, 0, 0},
		{"jamo from a Korean input method", keysQuestion, "ㄹ", "", keyFlag, 0, 0},
		{"jamo review", keysQuestion, "ㄱ", "", keyReview, 0, 0},
		{"other letters dropped", keysQuestion, "x", "", keyNone, 0, 0},
		{"space toggles in multiple response", keysMultiple, " ", "", keyToggle, 0, 0},
		{"menu: no letter shortcuts", keysMenu, "f", "", keyNone, 0, 0},
		{"menu: digits pick", keysMenu, "2", "", keyDigit, 2, 0},
		{"confirm: digits do nothing", keysConfirm, "2", "", keyNone, 0, 0},
		{"confirm: arrows move", keysConfirm, "\x1b[B", "\x1b[B", keyNone, 0, 1},
		{"review: typing passes", keysPassAll, "1", "1", keyNone, 0, 0},
		{"review: a stray byte does not", keysPassAll, "\xff", "", keyNone, 0, 0},
		{"review: paste marker does not", keysPassAll, "\x1b[200~", "", keyNone, 0, 0},
		{"ctrl-c passes to survey", keysQuestion, "\x03", "\x03", keyNone, 0, 0},
		{"lone Esc dropped (survey's vim mode)", keysMenu, "\x1b", "", keyNone, 0, 0},
		{"modified arrow dropped", keysQuestion, "\x1b[1;5C", "", keyNone, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pass, sc, digit, move := classify(tt.mode, tt.key)
			if pass != tt.pass || sc != tt.sc || digit != tt.digit || move != tt.move {
				t.Errorf("classify(%q) = %q %v %d %d, want %q %v %d %d", tt.key, pass, sc, digit, move, tt.pass, tt.sc, tt.digit, tt.move)
			}
		})
	}
}

// readAll runs prompts in mode m until the queue is empty, as survey
// would (one Read a key), and says what each prompt got.
func readAll(t *testing.T, in *ttyInput, m keyMode) []string {
	t.Helper()
	var got []string
	for range 100 {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		in.begin(ctx, m)
		var b bytes.Buffer
		p := make([]byte, 4096)
		var err error
		for {
			var n int
			n, err = in.Read(p)
			if err != nil {
				break
			}
			b.Write(p[:n])
			if p[0] == '\r' {
				break // survey's prompt ends on Enter
			}
		}
		cancel()
		switch {
		case errors.Is(err, errShortcut):
			got = append(got, b.String()+"!"+string(rune('0'+in.last.key))+string(rune('0'+in.last.digit)))
		case errors.Is(err, errPromptEnded):
			if b.Len() > 0 {
				got = append(got, b.String())
			}
			return got
		default:
			got = append(got, b.String())
		}
	}
	t.Fatal("prompts never ran out of keys")
	return nil
}

// Keys typed ahead in one burst go to the prompts after, in order: none is
// dropped with the prompt that ended.
func TestTypedAheadKeysKeptInOrder(t *testing.T) {
	in := &ttyInput{q: newKeyQueue()}
	keys, _ := splitKeys([]byte("\x1b[B\r\x1b[B\r\r\r3\xff12f"))
	in.q.push(keys, nil)
	got := readAll(t, in, keysQuestion)
	want := []string{"\x1b[B\r", "\x1b[B\r", "\r", "\r", "!13", "!11", "!12", "!20"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("prompts got %q, want %q", got, want)
	}
}

// A prompt whose context ends returns at once, and takes no key that
// arrives after: that key is the next prompt's.
func TestPromptEndsByContextKeepsLaterKeys(t *testing.T) {
	in := &ttyInput{q: newKeyQueue()}
	ctx, cancel := context.WithCancel(context.Background())
	in.begin(ctx, keysQuestion)
	done := make(chan error)
	go func() {
		_, err := in.Read(make([]byte, 64))
		done <- err
	}()
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, errPromptEnded) {
			t.Fatalf("err %v, want errPromptEnded", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("a prompt whose context ended is still waiting")
	}
	in.q.push([]string{"2"}, nil)
	in.begin(context.Background(), keysQuestion)
	if _, err := in.Read(make([]byte, 64)); !errors.Is(err, errShortcut) || in.last.digit != 2 {
		t.Fatalf("next prompt: err %v digit %d, want the 2", err, in.last.digit)
	}
}

// FuzzKeys: any byte stream, read in any two pieces, splits into the same
// keys, loses no byte, and classifies without a panic in every mode.
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"12\r", "\x1b[B\r\x1b[B\r", "\xff12", "\x1b[200~가나\x1b[201~", "\x1b", "\x1b[1;5C", "ㄹㅔㅜㄱ", "\x1bO", "\xe3\x81"} {
		f.Add([]byte(s), uint8(1))
	}
	f.Fuzz(func(t *testing.T, in []byte, cut uint8) {
		whole, rest := splitKeys(in)
		if got := strings.Join(whole, "") + string(rest); got != string(in) {
			t.Fatalf("keys %q + rest %q lose bytes of %q", whole, rest, in)
		}
		for _, k := range whole {
			if k == "" {
				t.Fatal("an empty key")
			}
			for m := keysPassAll; m <= keysMultiple; m++ {
				pass, _, _, _ := classify(m, k)
				if pass != "" && !strings.HasPrefix(pass, "\x1b") && len([]rune(pass)) != 1 {
					t.Fatalf("mode %d passes %q for one key %q", m, pass, k)
				}
			}
		}
		if len(rest) > maxSeq {
			t.Fatalf("rest of %d bytes waits for more", len(rest))
		}
		// Split in two reads anywhere: the keys are the same, except those
		// the cut is inside (a sequence cut is completed by the next read).
		c := int(cut) % (len(in) + 1)
		a, r1 := splitKeys(in[:c])
		b, r2 := splitKeys(append(append([]byte(nil), r1...), in[c:]...))
		if got := strings.Join(append(a, b...), "") + string(r2); got != string(in) {
			t.Fatalf("read as %q and %q: keys %q %q rest %q lose bytes", in[:c], in[c:], a, b, r2)
		}
		if len(r1) == 0 && len(whole) > 0 && strings.Join(append(a, b...), "|") != strings.Join(whole, "|") {
			// A cut on a key boundary changes nothing.
			t.Fatalf("read as %q and %q: keys %q %q, want %q", in[:c], in[c:], a, b, whole)
		}
	})
}
