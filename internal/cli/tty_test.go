package cli

import "testing"

func TestTTYFilter(t *testing.T) {
	tests := []struct {
		name  string
		mode  keyMode
		in    string
		pass  string
		key   shortcut
		digit int
		carry string
		moves int
	}{
		{"digit answers", keysQuestion, "3", "", keyDigit, 3, "", 0},
		{"arrows pass, counted", keysQuestion, "\x1b[B\x1b[B\x1b[A", "\x1b[B\x1b[B\x1b[A", keyNone, 0, "", 1},
		{"enter passes", keysQuestion, "\r", "\r", keyNone, 0, "", 0},
		{"left is previous", keysQuestion, "\x1b[D", "", keyPrev, 0, "", 0},
		{"right is next", keysQuestion, "\x1bOC", "", keyNext, 0, "", 0},
		{"letters", keysQuestion, "F", "", keyFlag, 0, "", 0},
		{"jamo from a Korean input method", keysQuestion, "ㄹ", "", keyFlag, 0, "", 0},
		{"jamo review", keysQuestion, "ㄱ", "", keyReview, 0, "", 0},
		{"keys after a shortcut are kept", keysQuestion, "2\r", "", keyDigit, 2, "\r", 0},
		{"keys before a shortcut go first", keysQuestion, "\x1b[B2", "\x1b[B", keyNone, 0, "2", 1},
		{"other letters ignored", keysQuestion, "xyz", "", keyNone, 0, "", 0},
		{"space toggles in multiple response", keysMultiple, " ", "", keyToggle, 0, "", 0},
		{"menu: no letter shortcuts", keysMenu, "f", "", keyNone, 0, "", 0},
		{"menu: digits pick", keysMenu, "2", "", keyDigit, 2, "", 0},
		{"review: everything passes", keysPassAll, "12", "12", keyNone, 0, "", 0},
		{"ctrl-c passes to survey", keysQuestion, "\x03", "\x03", keyNone, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := &ttyInput{mode: tt.mode}
			pass, found := in.filter([]byte(tt.in))
			if string(pass) != tt.pass || found != (tt.key != keyNone) {
				t.Fatalf("pass %q found %v, want %q %v", pass, found, tt.pass, tt.key != keyNone)
			}
			if found && (in.last.key != tt.key || in.last.digit != tt.digit) {
				t.Errorf("key %v digit %d, want %v %d", in.last.key, in.last.digit, tt.key, tt.digit)
			}
			if string(in.carry) != tt.carry || in.moves != tt.moves {
				t.Errorf("carry %q moves %d, want %q %d", in.carry, in.moves, tt.carry, tt.moves)
			}
		})
	}
}
