package distractor

// An exam's questions are made one after the other from one random
// stream, but what a question gathers from the cards on its topic draws
// nothing from it (for a bank whose lists are short enough: rngFree) and
// depends on nothing the earlier questions did. Prefetch gathers that on
// another goroutine, ahead of the questions, so that on a machine with a
// second core an exam is made in about half the time; the questions are
// the same with or without it. For a bank with prepared pools (the
// built-in one) what is left to do ahead is decoding them.

// prefetch is one card's gathering, handed over once.
type prefetch struct {
	ch    chan *gathering // the worker's one send: nil if it could not
	taken bool            // the question has received it (only its goroutine reads this)
}

// Prefetch starts gathering, for each card of cards in the order their
// questions will be made, what pool gathers from other cards; stop ends
// it and must be called once the questions are made (or given up). A bank
// with prepared pools has them decoded ahead instead; otherwise only a
// bank small enough to be searched whole (SmallBank) is prefetched. Never
// while Explain traces decisions; then Prefetch does nothing.
func (g *Generator) Prefetch(cards []int) (stop func()) {
	if g.trace != nil || len(cards) < 2 || g.ahead != nil || g.decodedAhead != nil {
		return func() {}
	}
	if g.pools != nil && g.Wrong == poolsWrong {
		return g.prefetchPrepared(cards)
	}
	if !g.small {
		return func() {}
	}
	// What gathering reads is made here, once, so the two goroutines
	// only read it (the first question would make it anyway).
	for j := range g.cards {
		g.inf(j)
	}
	g.onTopic(topic{})
	g.ahead = make(map[int]*prefetch, len(cards))
	var order []int
	for _, i := range cards {
		if _, dup := g.ahead[i]; !dup && i >= 0 && i < len(g.cards) {
			g.ahead[i] = &prefetch{ch: make(chan *gathering, 1)}
			order = append(order, i)
		}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	ahead := g.ahead
	go func() {
		defer close(finished)
		visited := make([]uint32, len(g.cards))
		for n, i := range order {
			select {
			case <-done:
				return
			default:
			}
			var a *gathering
			if g.rngFree(i) {
				a = g.gatherTopic(i, nil, visited, uint32(n+1), true)
			}
			ahead[i].ch <- a
		}
	}()
	return func() {
		close(done)
		<-finished
		g.ahead = nil
	}
}

// prefetched returns card i's gathering from Prefetch, or nil.
func (g *Generator) prefetched(i int) *gathering {
	p := g.ahead[i]
	if p == nil || p.taken || g.trace != nil {
		return nil
	}
	p.taken = true
	return <-p.ch
}

// decoded is one card's prepared candidates, decoded ahead: each list is
// handed over once (a card asked again decodes its own).
type decoded struct {
	ch                         chan decodedPools // the worker's one send
	got                        *decodedPools     // what it sent, once received
	singleTaken, multipleTaken bool
}

// prefetchPrepared is Prefetch for a bank with prepared pools: what is
// left to do ahead is decoding them.
func (g *Generator) prefetchPrepared(cards []int) (stop func()) {
	g.decodedAhead = make(map[int]*decoded, len(cards))
	var order []int
	for _, i := range cards {
		if _, dup := g.decodedAhead[i]; !dup && i >= 0 && i < len(g.cards) {
			g.decodedAhead[i] = &decoded{ch: make(chan decodedPools, 1)}
			order = append(order, i)
		}
	}
	done, finished := make(chan struct{}), make(chan struct{})
	ahead := g.decodedAhead
	go func() {
		defer close(finished)
		for _, i := range order {
			select {
			case <-done:
				return
			default:
			}
			ahead[i].ch <- g.decodeRecords(i)
		}
	}()
	return func() {
		close(done)
		<-finished
		g.decodedAhead = nil
	}
}

// decodedFor returns card i's prepared candidates (for a "choose N" item
// if multiple) decoded ahead, if they are there and not yet taken.
func (g *Generator) decodedFor(i int, multiple bool) ([]candidate, bool) {
	p := g.decodedAhead[i]
	if p == nil || g.trace != nil || g.Wrong != poolsWrong {
		return nil, false
	}
	if p.got == nil {
		d := <-p.ch
		p.got = &d
	}
	switch {
	case !p.got.ok:
		return nil, false
	case multiple && !p.multipleTaken:
		p.multipleTaken = true
		return p.got.multiple, true
	case !multiple && !p.singleTaken:
		p.singleTaken = true
		g.commons[i] = p.got.commons
		return p.got.single, true
	}
	return nil, false
}
