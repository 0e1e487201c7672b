GO       ?= go
FUZZTIME ?= 50000x
FUZZMINTIME ?= 100x
BIN      := bin/awsexam

.PHONY: generate build run test test-vet test-race test-quality cross chaos bench bench-big scale fuzz quality speed clean man

# Everything prepared at build time, in the order each step reads the one
# before (go generate ./... would run knowledge after bank and distractor).
# Run after changing anything under data/; tests fail while it is stale.
generate:
	$(GO) generate ./internal/catalog
	$(GO) generate ./internal/knowledge
	$(GO) generate ./internal/bank
	$(GO) generate ./internal/distractor

build:
	$(GO) build -o $(BIN) ./cmd/awsexam

run:
	$(GO) run ./cmd/awsexam drill

# A man page per command from the command tree, English in bin/man/man1 and
# Korean in bin/man/ko/man1 (bin/ is not in git): man -M bin/man awsexam-mock,
# or LANG=ko_KR.UTF-8 man -M bin/man awsexam-mock.
man:
	$(GO) run ./internal/cli/mangen bin/man

# The race detector runs every test but the quality harness, which is
# pure computation and runs on its own without -race (it takes 10x longer
# under it). GORACE's atexit_sleep_ms=0 spares each process the race
# detector's one-second pause at exit (testscript passes GORACE to the
# scripts' awsexam processes: without it TestScripts takes 100 s, not 8).
# The builds and checks run side by side, then the race tests alone: the
# pseudo-terminal tests wait on screens within seconds, and with the
# compilers taking both cores beside them they failed one run in a few.
# make test fails if any part fails.
test:
	@$(MAKE) --no-print-directory -j3 -Otarget cross test-vet test-quality
	@$(MAKE) --no-print-directory test-race

test-vet:
	$(GO) vet ./...

test-race:
	GORACE=atexit_sleep_ms=0 $(GO) test -race -short ./...

test-quality:
	$(GO) test -run '^TestQuality$$' ./internal/exam

# The long attack: the fast typist (60 runs) and chaos (300 rounds, at most
# 150 s) on each path of the pty suite (deadline and portable input with
# survey's prompt, portable with the exam's own); make test runs a short
# version of each.
chaos:
	GORACE=atexit_sleep_ms=0 $(GO) test -race -count 1 -timeout 15m -run '^TestPTY$$/.*/(FastTypist|Chaos)$$' -v ./cmd/awsexam

# The exam must at least build where people study: macOS and Windows.
cross:
	GOOS=darwin GOARCH=amd64 $(GO) build ./...
	GOOS=darwin GOARCH=arm64 $(GO) build ./...
	GOOS=windows GOARCH=amd64 $(GO) build ./...
	GOOS=windows GOARCH=arm64 $(GO) build ./...

# The million-card benchmarks (about a minute each, 2 GB) are bench-big's.
bench:
	$(GO) test -run '^$$' -bench . -skip 'Big$$' -benchmem ./...

# bank check and its lint on 100,000 and 1,000,000 cards, three runs each:
# the larger may take at most ten times as long.
bench-big:
	$(GO) test -run '^$$' -bench '^Benchmark(BankCheck|LintSynthetic)' -benchtime 1x -count 3 -timeout 30m -benchmem ./internal/bank ./internal/cli

# 10,000 attempts of 65 questions (made in Go, real attempt files and the
# index, in SCALE_HOME, kept for the next run): history, report (last),
# export-missed and drill --weak to its first screen, each measured as a
# whole process (wall time and peak RSS of the child), then the same
# under /usr/bin/time -v where there is one.
SCALE_HOME ?= /tmp/awsexam-scale
scale: build
	AWSEXAM_SCALE_HOME=$(SCALE_HOME) $(GO) test -tags scale -count 1 -run '^TestScale$$' -v ./cmd/awsexam | grep -v '^=== RUN'
	@if [ -x /usr/bin/time ]; then for c in history report export-missed; do \
		AWSEXAM_HOME=$(SCALE_HOME) /usr/bin/time -f "$$c: %e s, peak %M KB" $(BIN) $$c >/dev/null 2>/tmp/awsexam-scale.err; tail -1 /tmp/awsexam-scale.err; done; fi

# Each parser's fuzz target runs for FUZZTIME (go test fuzzes one target
# at a time): a count of inputs (50000x), not a duration, because with a
# duration Go 1.26's fuzz coordinator can fail a target at the deadline
# with "context deadline exceeded" and no crasher (golang/go#75804, fixed
# in Go 1.27; seen here once in CI on FuzzParse of internal/knowledge).
# Minimising a new interesting input is bounded to FUZZMINTIME runs (the
# default is a minute each): FuzzMake's inputs are whole banks, and with
# a minute to minimise each new one it stalled for minutes at 0 execs/s.
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/bank
	$(GO) test -run '^$$' -fuzz '^FuzzParseBlueprint$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/bank
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeReviews$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/bank
	$(GO) test -run '^$$' -fuzz '^FuzzSplitOwnOptions$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/bank
	$(GO) test -run '^$$' -fuzz '^FuzzLoadJournal$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/store
	$(GO) test -run '^$$' -fuzz '^FuzzReadAttempt$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/store
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeDisputes$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/store
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeIndex$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/store
	$(GO) test -run '^$$' -fuzz '^FuzzParseSheet$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/exam
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeExam$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/exam
	$(GO) test -run '^$$' -fuzz '^FuzzEncode$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/exam
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/catalog
	$(GO) test -run '^$$' -fuzz '^FuzzWrap$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/display
	$(GO) test -run '^$$' -fuzz '^FuzzKeys$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/cli
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/knowledge
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/knowledge
	$(GO) test -run '^$$' -fuzz '^FuzzLearnerPick$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/knowledge
	$(GO) test -run '^$$' -fuzz '^FuzzFigures$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/distractor
	$(GO) test -run '^$$' -fuzz '^FuzzMake$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/distractor
	$(GO) test -run '^$$' -fuzz '^FuzzOrderVariants$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/distractor
	$(GO) test -run '^$$' -fuzz '^FuzzDecodePool$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) ./internal/distractor

quality:
	$(GO) test -run '^TestQuality$$' -v ./internal/exam | grep -v '^=== RUN'

clean:
	rm -rf bin

# Whole processes, issue 9's target: the built-in 65-question generate
# within 1.5x `awsexam version`, medians of 21 interleaved runs of each.
speed:
	$(GO) test -run '^$$' -bench '^BenchmarkProcess$$' -benchtime 21x ./cmd/awsexam
