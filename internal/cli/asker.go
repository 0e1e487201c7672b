package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/AlecAivazis/survey/v2"
	"github.com/AlecAivazis/survey/v2/terminal"
	"github.com/fatih/color"
	"golang.org/x/term"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
)

// termAsker is the exam on a terminal: it prints each screen itself with
// a width-aware wrapper (survey mis-wraps wide characters) and asks only
// one-line choice lists of a prompt, survey's or its own (runList, where
// survey cannot read the key queue), fed by a ttyInput.
type termAsker struct {
	in  *ttyInput
	out *os.File
	now func() time.Time
	// lines is how many lines the last screen printed, so a redraw of the
	// same screen overwrites it in place instead of clearing (no flicker).
	lines int
	// shown and cursor say which question is on screen and where the
	// prompt's cursor was, so the runner asking again (to journal time)
	// redraws it in place with the cursor where the user left it.
	shown  string
	cursor int
	// dispute records a dispute of q from the drill's feedback (d) and
	// returns what to say; nil where there is nothing to dispute into.
	dispute func(ctx context.Context, q *exam.Question) (string, error)
	// p words the screens (nil: English).
	p *catalog.Printer
	// digitAt is when a digit last ended a prompt (a one-answer question
	// of a mock, an entry of a menu): an Enter right after it is the
	// typist's confirmation of that digit, not a choice on the next screen
	// (digitConfirm). (In a drill the feedback screen takes that Enter.)
	digitAt time.Time
	// feedbackLeftAt is when Enter (or 1) left a drill's feedback: an
	// Enter that follows within digitConfirm, with no ↑↓ between, is the
	// same keypress bounced or doubled (`4⏎⏎`), not a choice of the
	// option under the cursor on a question nobody has read yet.
	feedbackLeftAt time.Time
}

// digitConfirm is how soon after a digit ended a prompt an Enter, the
// first key on the next screen, is taken as the digit's confirmation and
// dropped: people type `3⏎` as one answer, and in a mock (which has no
// feedback screen to take the Enter) it answered the next question with
// the option under the cursor — an answer never given — or, after the
// last question or the pause menu's `1`, sent the review back to a
// question or answered the one on screen. Nobody reads a screen and
// chooses on it this fast.
const digitConfirm = 600 * time.Millisecond

// confirmsDigit reports whether the Enter just taken, with no ↑↓ pressed
// on this screen, is the confirmation of the digit that ended the prompt
// before, typed at digitAt: both as read from the terminal, so a slow
// journal write or screen between them does not make a burst look slow.
func (a *termAsker) confirmsDigit(digitAt time.Time, pressed bool) bool {
	return !digitAt.IsZero() && !pressed && a.keyTime().Sub(digitAt) < digitConfirm
}

// keyTime is when the key the last prompt took was typed (read from the
// terminal); now where no key was taken yet.
func (a *termAsker) keyTime() time.Time {
	if a.in != nil && a.in.q != nil {
		if t := a.in.q.lastArrival(); !t.IsZero() {
			return t
		}
	}
	return a.now()
}

// newAsker is the exam's asker on the terminal in the interface language.
func newAsker(in *ttyInput, out *os.File, p *catalog.Printer) *termAsker {
	setSurveyWords(p)
	return &termAsker{in: in, out: out, now: time.Now, p: p}
}

// wrapped is s wrapped to the screen's width, each line in c.
func (a *termAsker) wrapped(c *color.Color, s string) []string {
	w, _ := a.size()
	var out []string
	for _, l := range display.Wrap(s, min(w, 100)) {
		out = append(out, c.Sprint(l))
	}
	return out
}

// cut is display.Truncate ending in the language's ellipsis: "…" in
// English, "..." in Korean (where "…" is two columns wide on a terminal
// set to "ambiguous = wide").
func cut(p *catalog.Printer, s string, w int) string {
	if display.Width(s) <= w {
		return s
	}
	e := p.T("screen.ellipsis")
	return strings.TrimSuffix(display.Truncate(s, w-display.Width(e)+1), "…") + e
}

// t words a screen's message.
func (a *termAsker) t(key string, args ...any) string { return a.p.T(key, args...) }

// chooseLine is "Choose two." in the interface language, as the paper
// exam and the reports word it.
func chooseLine(p *catalog.Printer, n int) string { return report.ChooseLineIn(p, n) }

var (
	bold   = color.New(color.Bold)
	faint  = color.New(color.Faint)
	green  = color.New(color.FgGreen, color.Bold)
	red    = color.New(color.FgRed, color.Bold)
	yellow = color.New(color.FgYellow, color.Bold)
	cyan   = color.New(color.FgCyan)
)

func (a *termAsker) size() (int, int) {
	w, h, err := term.GetSize(int(a.out.Fd()))
	if err != nil || w < 20 {
		return 80, 24
	}
	return w, h
}

// draw prints a screen from the top. A redraw of a screen as tall as the
// last one overwrites it line by line; anything else clears first.
func (a *termAsker) draw(lines []string, redraw bool) {
	var b strings.Builder
	b.WriteString("\x1b[H")
	if !redraw || len(lines) != a.lines {
		b.WriteString("\x1b[2J")
	}
	for _, l := range lines {
		b.WriteString(l)
		b.WriteString("\x1b[K\n")
	}
	a.lines = len(lines)
	a.out.WriteString(b.String())
}

func (a *termAsker) header(mode string, index, total, answered, flagged int, deadline time.Time) []string {
	parts := []string{a.t("exam.header.question", index+1, total)}
	left := time.Duration(0)
	if !deadline.IsZero() {
		left = deadline.Sub(a.now())
		parts = append(parts, a.t("exam.header.left", report.Duration(max(left, 0).Seconds())))
	}
	if mode != exam.ModeDrill {
		parts = append(parts, a.t("exam.header.answered", answered), a.t("exam.header.flagged", flagged))
	}
	w, _ := a.size()
	lines := []string{bold.Sprint(cut(a.p, strings.Join(parts, a.t("screen.sep")), w))}
	switch {
	case deadline.IsZero():
	case left <= time.Minute:
		lines = append(lines, red.Sprint(cut(a.p, a.t("exam.time.minute"), w)))
	case left <= 10*time.Minute:
		lines = append(lines, yellow.Sprint(cut(a.p, a.t("exam.time.ten"), w)))
	}
	return lines
}

// questionLines is a question's screen above survey's list: the header
// with the clock, the question (stem and options in full) and the keys.
func (a *termAsker) questionLines(s exam.QuestionScreen, chosen []int) (head, body, foot []string) {
	w, _ := a.size()
	w = min(w, 100)
	q := s.Question
	head = a.header(s.Mode, s.Index, s.Total, s.Answered, s.FlaggedCount, s.Deadline)
	lines := []string{}
	rule := strings.Repeat(a.t("screen.rule"), w)
	if s.Flagged {
		rule = cut(a.p, a.t("exam.flagged.rule")+rule, w)
	}
	lines = append(lines, faint.Sprint(rule))
	for _, l := range display.Wrap(q.Stem, w) {
		lines = append(lines, bold.Sprint(l))
	}
	lines = append(lines, "")
	full := !labelsFit(q.Options, w)
	if full {
		// Survey's one-line labels cut these options: print them in full.
		for k, o := range q.Options {
			mark := "  "
			if slices.Contains(chosen, k) {
				mark = green.Sprint(a.t("exam.mark.chosen"))
			}
			lines = append(lines, display.WrapHanging(fmt.Sprintf("%s%d. ", mark, k+1), strings.ReplaceAll(o, "\n", " "), w)...)
		}
		lines = append(lines, "")
	}
	if len(chosen) > 0 && q.Choose == 1 && !full {
		lines = append(lines, green.Sprint(a.t("exam.answer.chosen", chosen[0]+1)))
	}
	keys := a.t("exam.keys.answer", len(q.Options))
	if q.Choose > 1 {
		keys = a.t("exam.keys.toggle", len(q.Options))
	}
	if s.Mode == exam.ModeDrill {
		keys += a.t("exam.keys.drill")
	} else {
		keys += a.t("exam.keys.mock")
	}
	head = append(head, lines[0])
	// "(Choose two.)" goes with the keys, which a short terminal keeps.
	if q.Choose > 1 {
		foot = append(foot, cyan.Sprint(a.t("exam.choose.paren", chooseLine(a.p, q.Choose))))
	}
	for _, l := range fitKeys(a.p, keys, a.t("screen.sep"), w) {
		foot = append(foot, faint.Sprint(l))
	}
	return head, lines[1:], foot
}

// fitKeys lays out a line of key hints, parts joined by sep, in lines of
// at most w columns: broken between parts where it is too wide (the
// multiple-response hint of a mock), cut only where one part is.
func fitKeys(p *catalog.Printer, keys, sep string, w int) []string {
	if display.Width(keys) <= w {
		return []string{keys}
	}
	var out []string
	line := ""
	for _, part := range strings.Split(keys, sep) {
		switch {
		case line == "":
			line = part
		case display.Width(line+sep+part) <= w:
			line += sep + part
		default:
			out = append(out, cut(p, line, w))
			line = part
		}
	}
	return append(out, cut(p, line, w))
}

// fitHeight keeps the header and the keys of a screen that is taller than
// room lines and shortens the question between them, marking the cut.
func fitHeight(p *catalog.Printer, head, body, foot []string, room int) []string {
	keep := room - len(head) - len(foot)
	if len(head)+len(body)+len(foot) > room && keep >= 1 {
		body = append(slices.Clone(body[:keep-1]), faint.Sprint(p.T("screen.cut")))
	}
	return slices.Concat(head, body, foot)
}

// labelWidth is how wide survey's one-line entries may be: they must never
// wrap (survey mis-counts wrapped wide characters and the prompt creeps).
func labelWidth(width int) int { return max(min(width-10, 70), 10) }

// labels are survey's one-line entries: number and the option cut to fit.
func labels(p *catalog.Printer, options []string, width int) []string {
	out := make([]string, len(options))
	for k, o := range options {
		out[k] = cut(p, fmt.Sprintf("%d  %s", k+1, strings.ReplaceAll(o, "\n", " ")), labelWidth(width))
	}
	return out
}

// labelsFit reports whether every option fits its one-line label whole.
func labelsFit(options []string, width int) bool {
	for k, o := range options {
		if display.Width(fmt.Sprintf("%d  %s", k+1, strings.ReplaceAll(o, "\n", " "))) > labelWidth(width) {
			return false
		}
	}
	return true
}

// prompt runs one list prompt that ctx (and an optional redraw time) can
// end: survey's, or the exam's own (runList) where the input says so. It
// maps the prompt's outcomes onto the exam's: the entry picked, Ctrl-C, a
// shortcut, a redraw (the clock's next second, or a resized terminal), or
// ctx's own error. An answer given as ctx ends still counts.
func (a *termAsker) prompt(ctx context.Context, mode keyMode, redrawAt time.Time, l listSpec) (picked int, redraw bool, err error) {
	pctx := ctx
	if !redrawAt.IsZero() {
		var cancel context.CancelFunc
		pctx, cancel = context.WithDeadline(ctx, redrawAt)
		defer cancel()
	}
	a.in.begin(pctx, mode)
	if a.in.own {
		w, _ := a.size()
		picked, err = runList(a.in, a.out, w, l)
	} else {
		picked, err = a.askSurvey(l)
	}
	switch {
	case err == nil, errors.Is(err, errShortcut):
		return picked, false, err
	case errors.Is(err, terminal.InterruptErr), errors.Is(err, errKeyInterrupt):
		return 0, false, exam.ErrInterrupt
	case errors.Is(err, errResized):
		a.lines = -1 // lines wrap differently now: clear, then draw
		return 0, true, nil
	case errors.Is(err, errPromptEnded):
		if ctx.Err() != nil {
			return 0, false, ctx.Err()
		}
		return 0, true, nil
	}
	return 0, false, err
}

// askSurvey runs l as survey's Select or MultiSelect, fed by the input.
// A multiple choice's answer is the asker's own (its toggles are
// shortcuts): survey's is not returned.
func (a *termAsker) askSurvey(l listSpec) (int, error) {
	opt := survey.WithStdio(a.in, a.out, a.out)
	if l.multi {
		// survey's multiple choice always starts on the first row: move
		// it to where the cursor should be.
		for range l.cursor {
			a.in.inject = append(a.in.inject, "\x1b[B")
		}
		var many []int
		def := append([]int{}, l.checked...)
		return 0, survey.AskOne(&survey.MultiSelect{Message: l.message, Options: l.options, Default: def, PageSize: l.page}, &many, opt)
	}
	var picked int
	err := survey.AskOne(&survey.Select{Message: l.message, Options: l.options, Default: l.cursor, PageSize: l.page}, &picked, opt)
	return picked, err
}

// nextRedraw is when the clock on screen next changes a second.
func (a *termAsker) nextRedraw(deadline time.Time) time.Time {
	if deadline.IsZero() {
		return time.Time{}
	}
	left := deadline.Sub(a.now())
	return a.now().Add(left - left.Truncate(time.Second) + time.Millisecond)
}

func (a *termAsker) Question(ctx context.Context, s exam.QuestionScreen) (exam.Action, error) {
	q := s.Question
	chosen := slices.Clone(s.Chosen)
	cursor := 0
	if len(chosen) > 0 {
		cursor = chosen[0]
	}
	key := fmt.Sprintf("%s/%d/%v/%v", s.Mode, s.Index, s.Chosen, s.Flagged)
	redraw := a.shown == key
	if redraw {
		cursor = a.cursor
	}
	defer func() { a.shown, a.cursor = key, cursor }()
	message := ""
	// A digit that answered the question before may bring its Enter
	// (digitConfirm); any other key on this screen ends that.
	digitAt, pressed := a.digitAt, false
	a.digitAt = time.Time{}
	leftAt := a.feedbackLeftAt
	a.feedbackLeftAt = time.Time{}
	for {
		w, h := a.size()
		head, body, foot := a.questionLines(s, chosen)
		if message != "" {
			foot = append(foot, red.Sprint(message))
		}
		// The header with the clock always shows: on a short terminal the
		// question is cut instead (survey's list needs its options and a
		// line). A screen taller than the terminal still (a tiny one)
		// scrolls, and redrawing it in place would leave bits of old
		// lines: there the clock is redrawn only when the runner asks
		// again, from a cleared screen.
		room := h - len(q.Options) - 2
		lines := fitHeight(a.p, head, body, foot, room)
		fits := len(lines) <= room
		a.draw(lines, redraw && fits)
		redrawAt := time.Time{}
		if fits {
			redrawAt = a.nextRedraw(s.Deadline)
		}
		mode := keysQuestion
		l := listSpec{message: a.t("exam.prompt.answer"), hint: a.t("prompt.hint.select"), options: labels(a.p, q.Options, w), cursor: cursor, page: len(q.Options)}
		if q.Choose > 1 {
			mode = keysMultiple
			l.message, l.hint, l.multi, l.checked = a.t("exam.prompt.answers"), a.t("prompt.hint.multi"), true, chosen
		}
		picked, again, err := a.prompt(ctx, mode, redrawAt, l)
		cursor = ((cursor+a.in.moves)%len(q.Options) + len(q.Options)) % len(q.Options)
		pressed = pressed || a.in.presses > 0
		switch {
		case again:
			redraw = true
			continue
		case errors.Is(err, errShortcut):
			redraw, digitAt, leftAt = false, time.Time{}, time.Time{}
			switch a.in.last.key {
			case keyDigit:
				d := a.in.last.digit - 1
				if d >= len(q.Options) {
					continue
				}
				if q.Choose == 1 {
					if s.Mode != exam.ModeDrill {
						a.digitAt = a.keyTime()
					}
					return exam.Action{Kind: exam.ActAnswer, Chosen: []int{d}}, nil
				}
				chosen = toggle(chosen, d)
				cursor = d
			case keyToggle:
				chosen = toggle(chosen, cursor)
			case keyFlag:
				return exam.Action{Kind: exam.ActFlag}, nil
			case keyPrev:
				if s.Mode != exam.ModeDrill {
					return exam.Action{Kind: exam.ActPrev}, nil
				}
			case keyNext:
				if s.Mode != exam.ModeDrill {
					return exam.Action{Kind: exam.ActNext}, nil
				}
			case keyReview:
				if s.Mode != exam.ModeDrill {
					return exam.Action{Kind: exam.ActReview}, nil
				}
			}
			continue
		case err != nil:
			return exam.Action{}, err
		}
		if (q.Choose == 1 || len(chosen) == 0) && a.confirmsDigit(digitAt, pressed) {
			// `3⏎`: the Enter was the last screen's.
			digitAt, redraw = time.Time{}, true
			continue
		}
		if (q.Choose == 1 || len(chosen) == 0) && a.confirmsDigit(leftAt, pressed) {
			// `⏎⏎` on the feedback: every Enter of the burst is dropped,
			// and a held Enter's repeats too: each one dropped moves the
			// window on.
			leftAt, redraw = a.keyTime(), true
			continue
		}
		if q.Choose == 1 {
			return exam.Action{Kind: exam.ActAnswer, Chosen: []int{picked}}, nil
		}
		if len(chosen) != q.Choose {
			message = a.t("exam.choose.have", chooseLine(a.p, q.Choose), len(chosen))
			redraw = false
			continue
		}
		return exam.Action{Kind: exam.ActAnswer, Chosen: chosen}, nil
	}
}

func toggle(set []int, k int) []int {
	if i := slices.Index(set, k); i >= 0 {
		return slices.Delete(set, i, i+1)
	}
	set = append(set, k)
	slices.Sort(set)
	return set
}

// menu asks for one of a few entries; digits pick an entry directly
// unless mode is keysConfirm.
func (a *termAsker) menu(ctx context.Context, mode keyMode, message string, entries []string, def int, deadline time.Time, head func() []string) (int, error) {
	redraw := false
	for {
		if head != nil {
			a.draw(head(), redraw)
		}
		picked, again, err := a.prompt(ctx, mode, a.nextRedraw(deadline), listSpec{message: message, hint: a.t("prompt.hint.select"), options: entries, cursor: def, page: len(entries)})
		def = ((def+a.in.moves)%len(entries) + len(entries)) % len(entries)
		switch {
		case again:
			redraw = head != nil
			continue
		case errors.Is(err, errShortcut):
			if d := a.in.last.digit; a.in.last.key == keyDigit && d <= len(entries) {
				a.digitAt = a.keyTime()
				return d - 1, nil
			}
			continue
		case err != nil:
			return 0, err
		}
		return picked, nil
	}
}

func (a *termAsker) reviewLines(s exam.ReviewScreen) []string {
	w, _ := a.size()
	w = min(w, 100)
	lines := []string{bold.Sprint(cut(a.p, a.t("exam.review.head", s.Answered, len(s.Items), s.Unanswered(), s.FlaggedCount), w))}
	if !s.Deadline.IsZero() {
		left := s.Deadline.Sub(a.now())
		lines = append(lines, bold.Sprint(a.t("exam.review.left", int(left.Minutes()+0.5))))
	}
	lines = append(lines, faint.Sprint(cut(a.p, a.t("exam.review.keys"), w)))
	return lines
}

func (a *termAsker) Review(ctx context.Context, s exam.ReviewScreen) (exam.Action, error) {
	w, h := a.size()
	entries := []string{a.t("exam.review.submit"), a.t("exam.review.back", s.Current+1)}
	for _, it := range s.Items {
		state := a.t("exam.review.open")
		if it.Answered {
			state = a.t("exam.review.answered")
		}
		flag := "  "
		if it.Flagged {
			flag = "⚑ "
		}
		entries = append(entries, cut(a.p, fmt.Sprintf("%3d %s %s%s", it.Number, state, flag, strings.ReplaceAll(it.Stem, "\n", " ")), max(w-6, 20)))
	}
	// The review screen is drawn afresh each time and not ticked every
	// second: a redraw would undo the user's paging and filtering.
	var picked int
	digitAt := a.digitAt
	a.digitAt = time.Time{}
	for {
		a.draw(a.reviewLines(s), false)
		page := max(min(len(entries), h-7), 3)
		var again bool
		var err error
		picked, again, err = a.prompt(ctx, keysPassAll, time.Time{}, listSpec{message: a.t("exam.review.goto"), hint: a.t("prompt.hint.select"), options: entries, cursor: 1, page: page, filter: true})
		if err != nil {
			return exam.Action{}, err
		}
		if !again && picked == 1 && a.confirmsDigit(digitAt, a.in.presses > 0) {
			// `4⏎` on the last question: the Enter was its answer's, not
			// a wish to go back to it.
			digitAt = time.Time{}
			continue
		}
		if !again {
			break
		}
		_, h = a.size() // resized: draw it again at the new size
	}
	switch picked {
	case 0:
		return exam.Action{Kind: exam.ActSubmit}, nil
	case 1:
		return exam.Action{Kind: exam.ActGoto, Goto: s.Current}, nil
	}
	return exam.Action{Kind: exam.ActGoto, Goto: picked - 2}, nil
}

func (a *termAsker) ConfirmSubmit(ctx context.Context, s exam.ReviewScreen) (bool, error) {
	msg := a.t("exam.submit.open", s.Unanswered(), s.FlaggedCount)
	if s.Unanswered() == 0 && s.FlaggedCount == 0 {
		msg = a.t("exam.submit.done")
	}
	w, _ := a.size()
	head := func() []string {
		lines := a.reviewLines(s)
		lines = append(lines, "")
		for _, l := range display.Wrap(msg, min(w, 100)) {
			lines = append(lines, yellow.Sprint(l))
		}
		return lines
	}
	k, err := a.menu(ctx, keysMenu, a.t("exam.submit.prompt"), []string{a.t("exam.submit.yes"), a.t("exam.submit.no")}, 1, s.Deadline, head)
	return k == 0, err
}

// Feedback is a drill's verdict on one answer: short, to fit 80×24 with a
// long stem (the verdict, the pick's why-wrong line, the key, the notes'
// original answer where a review corrected it, the explanation cut to the
// room left); e shows every option explained, and e again the short screen.
func (a *termAsker) Feedback(ctx context.Context, f exam.FeedbackScreen) error {
	next := a.t("drill.feedback.next")
	if f.Index == f.Total-1 {
		next = a.t("drill.feedback.results")
	}
	full := false
	redraw := false
	message := ""
	for {
		w, h := a.size()
		var said []string
		if message != "" {
			for _, l := range display.Wrap(message, min(w, 100)) {
				said = append(said, yellow.Sprint(l))
			}
		}
		a.draw(append(feedbackLines(a.p, f, full, min(w, 100), h-len(said)), said...), redraw)
		_, again, err := a.prompt(ctx, keysFeedback, time.Time{}, listSpec{message: a.t("drill.feedback.prompt"), hint: "[Enter]", options: []string{next}, page: 1})
		switch {
		case again:
			redraw = true
			continue
		case errors.Is(err, errShortcut):
			redraw = false
			// Every key of this screen is handled here, in one switch.
			switch a.in.last.key {
			case keyDigit:
				if a.in.last.digit == 1 {
					a.feedbackLeftAt = a.keyTime()
					return nil
				}
			case keyExplain:
				full = !full
			case keyDispute:
				if a.dispute == nil {
					continue
				}
				said, err := a.dispute(ctx, f.Question)
				if err != nil {
					return err
				}
				message = said
			}
			continue
		}
		if err == nil {
			a.feedbackLeftAt = a.keyTime()
		}
		return err
	}
}

// feedbackLines is the feedback screen above its one-entry menu, at most
// height-3 lines in the short form (the menu and its hint take the rest).
func feedbackLines(p *catalog.Printer, f exam.FeedbackScreen, full bool, w, height int) []string {
	q := f.Question
	head := []string{bold.Sprint(cut(p, p.T("drill.feedback.head", f.Index+1, f.Total, f.CorrectSoFar), w)), faint.Sprint(strings.Repeat(p.T("screen.rule"), w))}
	var stem []string
	for _, l := range display.Wrap(q.Stem, w) {
		stem = append(stem, bold.Sprint(l))
	}
	var body []string
	if f.Right {
		body = append(body, green.Sprint(p.T("drill.feedback.right")))
	} else {
		body = append(body, red.Sprint(p.T("drill.feedback.wrong")))
	}
	if full {
		whys := report.WhyWrongAllIn(p, q)
		for k, o := range q.Options {
			mark := "  "
			switch {
			case slices.Contains(q.Answers, k):
				mark = green.Sprint(p.T("screen.mark.key"))
			case slices.Contains(f.Chosen, k):
				mark = red.Sprint(p.T("screen.mark.wrong"))
			}
			label := fmt.Sprintf("%s%d. ", mark, k+1)
			tags := []string{}
			if slices.Contains(q.Answers, k) {
				tags = append(tags, p.T("drill.feedback.tag.key"))
			}
			if slices.Contains(f.Chosen, k) {
				tags = append(tags, p.T("drill.feedback.tag.mine"))
			}
			text := strings.ReplaceAll(o, "\n", " ")
			if len(tags) > 0 {
				text += p.T("drill.feedback.tags", strings.Join(tags, ", "))
			}
			body = append(body, display.WrapHanging(label, text, w)...)
			if why := whys[k]; why != "" {
				for _, l := range display.WrapHanging("     ", why, w) {
					body = append(body, faint.Sprint(l))
				}
			}
		}
		if q.OriginalAnswer != "" {
			body = append(body, display.WrapHanging("  ", report.OriginalAnswerIn(p, q), w)...)
		}
		if q.Explanation != "" {
			body = append(body, "")
			body = append(body, display.WrapHanging("  ", q.Explanation, w)...)
		}
		foot := []string{"", faint.Sprint(cut(p, "  "+q.Section+p.T("screen.sep")+q.Source, w)), faint.Sprint(cut(p, p.T("drill.feedback.keys.full"), w))}
		return slices.Concat(head, stem, []string{""}, body, foot)
	}
	if !f.Right {
		whys := report.WhyWrongEachIn(p, q, f.Chosen)
		for n, c := range f.Chosen {
			body = append(body, display.WrapHanging(p.T("drill.feedback.chose", c+1), q.Options[c], w)...)
			if why := whys[n]; why != "" {
				for _, l := range display.WrapHanging("     ", why, w) {
					body = append(body, faint.Sprint(l))
				}
			}
		}
	}
	for _, k := range q.Answers {
		body = append(body, display.WrapHanging(green.Sprint(p.T("drill.feedback.key", k+1)), q.Options[k], w)...)
	}
	if q.OriginalAnswer != "" {
		body = append(body, display.WrapHanging("  ", report.OriginalAnswerIn(p, q), w)...)
	}
	foot := []string{faint.Sprint(cut(p, "  "+q.Section+p.T("screen.sep")+q.Source, w)), faint.Sprint(cut(p, p.T("drill.feedback.keys.short"), w))}
	// The explanation takes the room left; the stem gives way last.
	room := height - 3 - len(head) - len(foot) - len(stem) - 1 - len(body)
	if q.Explanation != "" && room >= 2 {
		expl := display.WrapHanging("  ", q.Explanation, w)
		if len(expl) > room-1 {
			expl = append(expl[:max(room-2, 1)], faint.Sprint(p.T("drill.feedback.more")))
		}
		body = append(body, "")
		body = append(body, expl...)
	}
	return fitHeight(p, head, slices.Concat(stem, []string{""}, body), foot, height-3)
}

// Interrupted is the pause menu after Ctrl-C. Ctrl-C again saves and
// quits. Discarding asks again, defaulting to No, and only ↑↓ and Enter
// answer it: a stray digit never throws an attempt away.
func (a *termAsker) Interrupted(ctx context.Context) (exam.InterruptChoice, error) {
	entries := []string{a.t("pause.continue"), a.t("pause.save"), a.t("pause.discard")}
	for {
		k, err := a.menu(ctx, keysMenu, a.t("pause.prompt"), entries, 0, time.Time{}, func() []string {
			return slices.Concat([]string{bold.Sprint(a.t("pause.title"))}, a.wrapped(faint, a.t("pause.note")))
		})
		switch {
		case errors.Is(err, exam.ErrInterrupt):
			return exam.InterruptSave, nil
		case err != nil:
			return exam.InterruptSave, err
		}
		if k != 2 {
			return []exam.InterruptChoice{exam.InterruptContinue, exam.InterruptSave}[k], nil
		}
		sure, err := a.menu(ctx, keysConfirm, a.t("pause.discard.prompt"), []string{a.t("pause.discard.no"), a.t("pause.discard.yes")}, 0, time.Time{}, func() []string {
			return slices.Concat([]string{bold.Sprint(a.t("pause.discard.title"))}, a.wrapped(yellow, a.t("pause.discard.note")), a.wrapped(faint, a.t("pause.discard.keys")))
		})
		switch {
		case errors.Is(err, exam.ErrInterrupt):
			continue // Ctrl-C here means no
		case err != nil:
			return exam.InterruptSave, err
		}
		if sure == 1 {
			return exam.InterruptDiscard, nil
		}
	}
}
