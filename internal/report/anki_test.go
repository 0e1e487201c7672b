package report

import "testing"

// TestAnkiGUIDIgnoresTheBankPath: the guid comes from the card id and the
// bank file's base name, so --bank mine.txt, ./mine.txt and a full path
// (either slash) export the same notes and re-importing updates them;
// the built-in bank's and a bare name's guids are what they always were.
func TestAnkiGUIDIgnoresTheBankPath(t *testing.T) {
	for _, tc := range []struct{ bank, want string }{
		{"built-in", "awsexam-cd132bbc4b65f63a"},
		{"mine.txt", "awsexam-98fcda095a0ec97f"},
		{"./mine.txt", "awsexam-98fcda095a0ec97f"},
		{"/home/me/notes/mine.txt", "awsexam-98fcda095a0ec97f"},
		{`C:\Users\me\mine.txt`, "awsexam-98fcda095a0ec97f"},
	} {
		if got := AnkiGUID(tc.bank, "9d6155"); got != tc.want {
			t.Errorf("AnkiGUID(%q) = %s, want %s", tc.bank, got, tc.want)
		}
	}
	if AnkiGUID("a/x.txt,b/y.txt", "9d6155") != AnkiGUID("x.txt,y.txt", "9d6155") {
		t.Error("several banks: the guid depends on their paths")
	}
	if AnkiGUID("mine.txt", "9d6155") == AnkiGUID("other.txt", "9d6155") || AnkiGUID("mine.txt", "9d6155") == AnkiGUID("mine.txt", "9d6156") {
		t.Error("different banks or cards share a guid")
	}
}
