// Command mangen writes awsexam's man pages (make man): DIR/man1 in
// English and DIR/ko/man1 in Korean, one page per command.
//
//	go run ./internal/cli/mangen DIR
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/awsexam/awsexam/internal/catalog"
	"github.com/awsexam/awsexam/internal/cli"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mangen DIR")
		os.Exit(2)
	}
	// SOURCE_DATE_EPOCH makes the pages reproducible.
	date := time.Now()
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			date = time.Unix(n, 0).UTC()
		}
	}
	for _, d := range []struct {
		lang catalog.Lang
		dir  string
	}{{catalog.English, "man1"}, {catalog.Korean, filepath.Join("ko", "man1")}} {
		dir := filepath.Join(os.Args[1], d.dir)
		names, err := cli.WriteManPages(dir, d.lang, date)
		if err != nil {
			fmt.Fprintln(os.Stderr, "mangen:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d pages\n", dir, len(names))
	}
}
