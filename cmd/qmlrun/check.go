package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/qmlrun/qmlrun/parser"
)

// cmdCheck implements `qmlrun check [--syntax] FILE...`: one line per error,
// exit status 1 if any file has an error. Files are parsed in parallel and
// reported in the order given.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	syntaxOnly := fs.Bool("syntax", false, "check syntax only")
	verbose := fs.Bool("v", false, "print each error with its source line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: qmlrun check [--syntax] [-v] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return 2
	}
	_ = syntaxOnly // load-time checks join here once the runtime's static pass exists
	// Checking is a short burst of allocation-heavy parsing: trade memory
	// for fewer collections.
	debug.SetGCPercent(400)
	results := make([][]string, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = checkFile(files[i], *verbose)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	rc := 0
	for _, lines := range results {
		for _, l := range lines {
			fmt.Fprintln(stdout, l)
			rc = 1
		}
	}
	return rc
}

func checkFile(path string, verbose bool) []string {
	src, err := os.ReadFile(path)
	if err != nil {
		return []string{fmt.Sprintf("%s:0:0: %v", path, errors.Unwrap(err))}
	}
	_, err = parser.Parse(path, string(src))
	if err == nil {
		return nil
	}
	var ds parser.Diagnostics
	if !errors.As(err, &ds) {
		return []string{fmt.Sprintf("%s:1:1: %v", path, err)}
	}
	out := make([]string, len(ds))
	for i, d := range ds {
		if verbose {
			out[i] = d.Snippet(string(src))
		} else {
			out[i] = d.Error()
		}
	}
	return out
}
