package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/awsexam/awsexam/internal/bank"
	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/display"
	"github.com/awsexam/awsexam/internal/exam"
	"github.com/awsexam/awsexam/internal/report"
	"github.com/awsexam/awsexam/internal/store"
)

type reviewOptions struct {
	which   string
	wrong   bool
	flagged bool
}

func newReviewCommand(g *globalOptions, stdio *IO) *cobra.Command {
	opts := &reviewOptions{}
	cmd := &cobra.Command{
		Use:  "review [last | ID | FILE | -]",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.which = "last"
			if len(args) == 1 {
				opts.which = args[0]
			}
			return runReview(cmd.Context(), opts, stdio)
		},
	}
	cmd.Flags().BoolVar(&opts.wrong, "wrong", false, "")
	cmd.Flags().BoolVar(&opts.flagged, "flagged", false, "")
	return cmd
}

// reviewSelection is the questions (indexes) the filters keep, in order.
func reviewSelection(a *exam.Attempt, opts *reviewOptions) []int {
	var out []int
	for i, q := range a.Questions {
		keep := !opts.wrong && !opts.flagged ||
			opts.wrong && !q.Right ||
			opts.flagged && q.Flagged
		if keep {
			out = append(out, i)
		}
	}
	return out
}

// filterWords names the filters for messages: "missed or flagged".
func filterWords(p *catalog.Printer, opts *reviewOptions) string {
	switch {
	case opts.wrong && opts.flagged:
		return p.T("review.filter.both")
	case opts.wrong:
		return p.T("review.filter.wrong")
	case opts.flagged:
		return p.T("review.filter.flagged")
	}
	return ""
}

func runReview(ctx context.Context, opts *reviewOptions, stdio *IO) error {
	a, err := findAttempt(ctx, opts.which, stdio)
	if err != nil {
		return err
	}
	sel := reviewSelection(a, opts)
	if len(sel) == 0 {
		fmt.Fprintln(stdio.Out, stdio.P.T("review.none", a.ID, filterWords(stdio.P, opts)))
		return nil
	}
	if !canPrompt(stdio) {
		return printReview(stdio.P, stdio.Out, a, sel, opts)
	}
	out, ok := stdio.Out.(*os.File)
	if !ok {
		return printReview(stdio.P, stdio.Out, a, sel, opts)
	}
	tty, err := openTTY(stdio.Getenv)
	if err != nil {
		return errorf("error.tty", err)
	}
	defer tty.Close()
	r := &reviewScreen{asker: newAsker(tty, out, stdio.P), a: a, sel: sel, opts: opts, stdio: stdio}
	err = r.run(ctx)
	fmt.Fprint(out, "\x1b[?25h\x1b[H\x1b[2J")
	tty.Close()
	return err
}

// printReview writes the selected questions as plain text (a pipe, a
// file): everything the screen shows, one question after another.
func printReview(p *catalog.Printer, w io.Writer, a *exam.Attempt, sel []int, opts *reviewOptions) error {
	var b strings.Builder
	what := p.T("review.print.every")
	if f := filterWords(p, opts); f != "" {
		what = p.T("review.print.some", len(sel), f)
	}
	fmt.Fprintln(&b, p.T("review.print.head", a.ID, a.Mode, a.Ended.Local().Format("2006-01-02 15:04"), what, len(a.Questions)))
	if d := report.DisputedLineIn(p, a); d != "" {
		fmt.Fprintf(&b, "%s\n", d)
	}
	for n, i := range sel {
		b.WriteString("\n")
		for _, l := range reviewHead(p, a, i, n, len(sel), 80, false) {
			b.WriteString(l + "\n")
		}
		for _, l := range reviewBody(p, a, i, 80, false) {
			b.WriteString(l + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shownStatus is a question's status as shown: disputed, or as saved.
func shownStatus(q *exam.AttemptQuestion) string {
	if q.Status == exam.StatusDisputed {
		return q.Status
	}
	return exam.QuestionStatus(q)
}

// statusWords says what happened to a question, for its header.
func statusWords(p *catalog.Printer, q *exam.AttemptQuestion) string {
	switch q.Status {
	case exam.StatusDisputed:
		return p.T("review.status.disputed")
	}
	switch exam.QuestionStatus(q) {
	case exam.StatusRight:
		return p.T("review.status.right")
	case exam.StatusSkipped:
		return p.T("review.status.skipped")
	}
	return p.T("review.status.wrong")
}

// reviewHead is a question's header: where it is and what happened to it.
func reviewHead(p *catalog.Printer, a *exam.Attempt, i, n, shown, w int, colour bool) []string {
	q := &a.Questions[i]
	parts := []string{p.T("exam.header.question", q.Number, len(a.Questions))}
	if shown != len(a.Questions) {
		parts = append(parts, p.T("review.shown", n+1, shown))
	}
	parts = append(parts, statusWords(p, q))
	if q.Flagged {
		parts = append(parts, p.T("review.flagged"))
	}
	line := cut(p, strings.Join(parts, p.T("screen.sep")), w)
	rule := strings.Repeat(p.T("screen.rule"), w)
	if !colour {
		return []string{line, rule}
	}
	return []string{bold.Sprint(line), faint.Sprint(rule)}
}

// reviewBody is everything about one question: the stem, every option
// marked key (✔) or the user's wrong answer (✘) with why each wrong one is
// wrong, the notes' original answer where a review corrected the key, the
// explanation and the card's source.
func reviewBody(p *catalog.Printer, a *exam.Attempt, i, w int, colour bool) []string {
	q := &a.Questions[i]
	paint := func(c func(...any) string, s string) string {
		if !colour {
			return s
		}
		return c(s)
	}
	var lines []string
	for _, l := range display.Wrap(bank.CleanText(q.Stem), w) {
		lines = append(lines, paint(bold.Sprint, l))
	}
	if q.Choose > 1 {
		lines = append(lines, p.T("exam.choose.paren", chooseLine(p, q.Choose)))
	}
	lines = append(lines, "")
	whys := report.WhyWrongAllIn(p, &q.Question)
	for k, o := range q.Options {
		key, mine := slices.Contains(q.Answers, k), slices.Contains(q.Chosen, k)
		mark, tag := "  ", ""
		switch {
		case key && mine:
			mark, tag = p.T("screen.mark.key"), p.T("review.tag.both")
		case key:
			mark, tag = p.T("screen.mark.key"), p.T("review.tag.key")
		case mine:
			mark, tag = p.T("screen.mark.wrong"), p.T("review.tag.mine")
		}
		text := strings.ReplaceAll(bank.CleanText(o), "\n", " ") + tag
		for _, l := range display.WrapHanging(fmt.Sprintf("%s%d. ", mark, k+1), text, w) {
			switch {
			case key:
				l = paint(green.Sprint, l)
			case mine:
				l = paint(red.Sprint, l)
			}
			lines = append(lines, l)
		}
		if why := whys[k]; why != "" {
			for _, l := range display.WrapHanging("     ", bank.CleanText(why), w) {
				lines = append(lines, paint(faint.Sprint, l))
			}
		}
	}
	if len(q.Chosen) == 0 {
		lines = append(lines, "", paint(yellow.Sprint, p.T("review.skipped")))
	}
	if o := report.OriginalAnswerIn(p, &q.Question); o != "" {
		lines = append(lines, "")
		lines = append(lines, display.Wrap(bank.CleanText(o), w)...)
	}
	if q.Explanation != "" {
		lines = append(lines, "")
		lines = append(lines, display.Wrap(bank.CleanText(q.Explanation), w)...)
	}
	sep := p.T("screen.sep")
	lines = append(lines, "", paint(faint.Sprint, cut(p, bank.CleanText(q.Section+sep+q.Domain+sep+q.Source), w)))
	return lines
}

// reviewScreen walks an attempt on the terminal.
type reviewScreen struct {
	asker *termAsker
	a     *exam.Attempt
	sel   []int
	opts  *reviewOptions
	stdio *IO
	pos   int // index into sel
	top   int // first body line shown
	msg   string
}

// screen lays out the current question for a w×h terminal: the header,
// as much of the body as fits from r.top, the message and the keys.
func (r *reviewScreen) screen() []string {
	w, h := r.asker.size()
	w = min(w, 100)
	i := r.sel[r.pos]
	p := r.asker.p
	head := reviewHead(p, r.a, i, r.pos, len(r.sel), w, true)
	body := reviewBody(p, r.a, i, w, true)
	var foot []string
	if r.msg != "" {
		for _, l := range display.Wrap(r.msg, w) {
			foot = append(foot, yellow.Sprint(l))
		}
	}
	// The hint line: the exam's navigation keys and the review's own.
	keys, sep := p.T("review.keys"), p.T("screen.sep")
	// As many hint lines as the longest hint takes (it breaks on a narrow
	// terminal, or in Korean).
	most := len(fitKeys(p, p.T("review.lines", len(body), len(body), len(body))+sep+keys, sep, w))
	room := max(h-1-len(head)-len(foot)-most, 1)
	r.top = max(min(r.top, len(body)-room), 0)
	if len(body) > room {
		keys = p.T("review.lines", r.top+1, min(r.top+room, len(body)), len(body)) + sep + keys
		body = body[r.top : r.top+room]
	}
	for _, l := range fitKeys(p, keys, sep, w) {
		foot = append(foot, faint.Sprint(l))
	}
	return slices.Concat(head, body, foot)
}

// room is how many body lines fit, for paging.
func (r *reviewScreen) room() int {
	_, h := r.asker.size()
	return max(h-6, 1)
}

func (r *reviewScreen) run(ctx context.Context) error {
	for {
		r.asker.draw(r.screen(), false)
		k, err := r.asker.in.q.next(ctx)
		switch {
		case errors.Is(err, errResized):
			continue
		case errors.Is(err, errPromptEnded):
			return ctx.Err()
		case err != nil:
			return err
		}
		r.msg = ""
		switch k {
		case "n", "N", "ㅜ", "\x1b[C", "\x1bOC", "\r", "\n":
			if r.pos == len(r.sel)-1 {
				r.msg = r.asker.t("review.last")
				continue
			}
			r.pos, r.top = r.pos+1, 0
		case "p", "P", "ㅔ", "\x1b[D", "\x1bOD":
			if r.pos == 0 {
				r.msg = r.asker.t("review.first")
				continue
			}
			r.pos, r.top = r.pos-1, 0
		case "\x1b[A", "\x1bOA", "k":
			r.top = max(r.top-1, 0)
		case "\x1b[B", "\x1bOB", "j":
			r.top++
		case " ", "\x1b[6~":
			r.top += r.room()
		case "\x1b[5~", "b":
			r.top = max(r.top-r.room(), 0)
		case "r", "R", "ㄱ":
			if err := r.list(ctx); err != nil {
				return err
			}
		case "d", "D", "ㅇ":
			if err := r.dispute(ctx); err != nil {
				return err
			}
		case "q", "Q", "ㅂ":
			return nil
		case "\x03":
			return errInterrupted
		}
	}
}

// list is the exam's review screen for the questions shown: pick one to
// go to it (typing filters by number or text).
func (r *reviewScreen) list(ctx context.Context) error {
	w, h := r.asker.size()
	entries := make([]string, len(r.sel))
	for n, i := range r.sel {
		q := &r.a.Questions[i]
		flag := "  "
		if q.Flagged {
			flag = "⚑ "
		}
		entries[n] = cut(r.asker.p, fmt.Sprintf("%3d %s %s%s", q.Number, display.PadRight(r.asker.t("review.list.status."+shownStatus(q)), 8), flag, strings.ReplaceAll(bank.CleanText(q.Stem), "\n", " ")), max(w-6, 20))
	}
	for {
		r.asker.draw([]string{bold.Sprint(cut(r.asker.p, r.asker.t("review.list.head", r.a.ID, len(r.sel)), w)), faint.Sprint(cut(r.asker.p, r.asker.t("review.list.keys"), w))}, false)
		picked, again, err := r.asker.prompt(ctx, keysPassAll, time.Time{}, listSpec{message: r.asker.t("exam.review.goto"), hint: r.asker.t("prompt.hint.select"), options: entries, cursor: r.pos, page: max(min(len(entries), h-5), 3), filter: true})
		switch {
		case again:
			_, h = r.asker.size()
			continue
		case errors.Is(err, exam.ErrInterrupt):
			return nil
		case err != nil:
			return err
		}
		r.pos, r.top = picked, 0
		return nil
	}
}

// disputeEntries are the kinds offered when d is pressed, then Cancel.
func disputeEntries(p *catalog.Printer) []string {
	var out []string
	for _, k := range store.DisputeKinds {
		out = append(out, p.T("dispute.entry."+string(k)))
	}
	return append(out, p.T("dispute.cancel"))
}

// dispute asks what is wrong with the current question's key and an
// optional note, records it and says so.
func (r *reviewScreen) dispute(ctx context.Context) error {
	q := &r.a.Questions[r.sel[r.pos]]
	msg, recorded, err := askDisputeRecorded(ctx, r.asker, r.stdio, &q.Question, r.a.ID, r.a.Bank)
	if err != nil {
		return err
	}
	r.msg = msg
	if recorded && q.Status != exam.StatusDisputed {
		// Shown at once: the question leaves this attempt's score.
		q.Status = exam.StatusDisputed
	}
	return nil
}

// askDispute is d on a question (review, drill feedback): the kind from
// a list, an optional note on one line, then the dispute recorded. It
// returns the message to show ("" when cancelled).
func askDispute(ctx context.Context, a *termAsker, stdio *IO, q *exam.Question, attempt, bankName string) (string, error) {
	msg, _, err := askDisputeRecorded(ctx, a, stdio, q, attempt, bankName)
	return msg, err
}

// askDisputeRecorded is askDispute, also saying whether the dispute was
// recorded.
func askDisputeRecorded(ctx context.Context, a *termAsker, stdio *IO, q *exam.Question, attempt, bankName string) (string, bool, error) {
	w, _ := a.size()
	w = min(w, 100)
	key := make([]string, len(q.Answers))
	for n, k := range q.Answers {
		key[n] = bank.CleanText(q.Options[k])
	}
	head := func(extra ...string) []string {
		lines := []string{bold.Sprint(a.t("dispute.title")), faint.Sprint(strings.Repeat(a.t("screen.rule"), w))}
		stem := display.Wrap(bank.CleanText(q.Stem), w)
		if len(stem) > 4 {
			stem = append(stem[:3], cut(a.p, stem[3]+a.t("dispute.more"), w))
		}
		lines = append(lines, stem...)
		lines = append(lines, display.WrapHanging(green.Sprint(a.t("dispute.key")), strings.Join(key, " / "), w)...)
		lines = append(lines, faint.Sprint(cut(a.p, bank.CleanText(q.Source), w)), "")
		for _, l := range extra {
			lines = append(lines, cut(a.p, l, w))
		}
		return lines
	}
	entries := disputeEntries(a.p)
	k, err := a.menu(ctx, keysMenu, a.t("dispute.prompt"), entries, 0, time.Time{}, func() []string { return head() })
	switch {
	case errors.Is(err, exam.ErrInterrupt):
		return a.t("dispute.not"), false, nil
	case err != nil:
		return "", false, err
	case k >= len(store.DisputeKinds):
		return a.t("dispute.not"), false, nil
	}
	kind := store.DisputeKinds[k]
	text, ok, err := readLine(ctx, a, func(typed string) []string {
		// What is typed, its start cut off in the language's ellipsis.
		e := a.t("screen.ellipsis")
		tail := lastColumns(typed, w-2-display.Width(e))
		if rest, ok := strings.CutPrefix(tail, "…"); ok {
			tail = e + rest
		}
		return head(bold.Sprint(a.t("dispute.chosen", entries[k])), a.t("dispute.note"), "> "+tail)
	})
	if err != nil {
		return "", false, err
	}
	if !ok {
		return a.t("dispute.not"), false, nil
	}
	x := store.Dispute{Card: q.ID, Source: q.Source, Bank: bankName, Question: q.Stem, Key: strings.Join(key, " / "),
		Kind: kind, Text: strings.TrimSpace(text), Attempt: attempt, Time: time.Now().UTC()}
	return recordDispute(stdio, x)
}

// lastColumns is the end of s that fits in cols columns: what is being
// typed stays in view.
func lastColumns(s string, cols int) string {
	if display.Width(s) <= cols {
		return s
	}
	rs := []rune(s)
	n, i := 1, len(rs) // 1: the "…"
	for i > 0 && n+display.RuneWidth(rs[i-1]) <= cols {
		n += display.RuneWidth(rs[i-1])
		i--
	}
	return "…" + string(rs[i:])
}

// maxNoteRunes bounds a dispute's note.
const maxNoteRunes = 500

// readLine reads one line of text from the terminal's keys, drawing the
// screen screenFor(typed) after each: Enter ends it (ok), Ctrl-C cancels.
// Backspace deletes a character; other control keys and escape sequences
// are ignored.
func readLine(ctx context.Context, a *termAsker, screenFor func(string) []string) (text string, ok bool, err error) {
	var typed []rune
	for {
		a.draw(screenFor(string(typed)), false)
		fmt.Fprint(a.out, "\x1b[?25h")
		k, err := a.in.q.next(ctx)
		switch {
		case errors.Is(err, errResized):
			continue
		case errors.Is(err, errPromptEnded):
			return "", false, ctx.Err()
		case err != nil:
			return "", false, err
		}
		switch r, _ := utf8.DecodeRuneInString(k); {
		case k == "\r" || k == "\n":
			return string(typed), true, nil
		case k == "\x03":
			return "", false, nil
		case k == "\x7f" || k == "\x08":
			if len(typed) > 0 {
				typed = typed[:len(typed)-1]
			}
		case strings.HasPrefix(k, "\x1b") || r < 0x20 || r == utf8.RuneError:
		case len(typed) < maxNoteRunes:
			typed = append(typed, []rune(k)...)
		}
	}
}

// recordDispute saves a dispute and says what it does; the disputes read
// by this command are read again from now on.
func recordDispute(stdio *IO, x store.Dispute) (string, bool, error) {
	dir, err := dataDir(stdio)
	if err != nil {
		return "", false, err
	}
	moved, err := dir.AddDispute(x)
	stdio.disputes = nil
	if err != nil {
		return stdio.P.T("dispute.failed", err.Error()), false, nil
	}
	msg := stdio.P.T("dispute.recorded", stdio.P.T("dispute.kind."+string(x.Kind)), x.Card)
	if moved != "" {
		msg += stdio.P.T("dispute.moved", moved)
	}
	return msg, true, nil
}
