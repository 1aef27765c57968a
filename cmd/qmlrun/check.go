package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/qmlrun/qmlrun/parser"
	qmlruntime "github.com/qmlrun/qmlrun/runtime"
)

// cmdCheck implements `qmlrun check [--syntax] [-v] [-I DIR]... FILE...`: one
// line per error, exit status 1 if any file has an error. Files are checked
// in parallel and reported in the order given. Without --syntax each file
// also goes through the runtime's static pass: imports, types, ids,
// properties and the components and scripts it uses.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	syntaxOnly := flags.Bool("syntax", false, "check syntax only")
	verbose := flags.Bool("v", false, "print each error with its source line")
	var imports importPaths
	flags.Var(&imports, "I", "add an import path (repeatable)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: qmlrun check [--syntax] [-v] [-I DIR]... FILE...")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	files := flags.Args()
	if len(files) == 0 {
		flags.Usage()
		return 2
	}
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
			// One engine per worker: the components and scripts that
			// several files use are loaded once.
			var e *qmlruntime.Engine
			for i := range next {
				if *syntaxOnly {
					results[i] = checkSyntax(files[i], *verbose)
					continue
				}
				if e == nil {
					var err error
					if e, err = newEngine(qmlruntime.Options{ImportPaths: imports, Stdout: io.Discard, Stderr: io.Discard}); err != nil {
						results[i] = []string{fmt.Sprintf("%s:1:1: %v", files[i], err)}
						continue
					}
				}
				results[i] = checkLoad(e, files[i], *verbose)
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

// checkSyntax parses one file.
func checkSyntax(path string, verbose bool) []string {
	src, err := os.ReadFile(path)
	if err != nil {
		return []string{fmt.Sprintf("%s:0:0: %v", path, errors.Unwrap(err))}
	}
	_, err = parser.Parse(path, string(src))
	return report(path, err, verbose)
}

// checkLoad runs the static pass on one file.
func checkLoad(e *qmlruntime.Engine, path string, verbose bool) []string {
	if err := e.Check(path); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return []string{fmt.Sprintf("%s:0:0: %v", path, pe.Err)}
		}
		return report(path, err, verbose)
	}
	return nil
}

// report formats a file's diagnostics, one per line (with the source line
// and a caret under the column when verbose), each with its hint.
func report(path string, err error, verbose bool) []string {
	if err == nil {
		return nil
	}
	var ds parser.Diagnostics
	if !errors.As(err, &ds) {
		return []string{fmt.Sprintf("%s:1:1: %v", path, err)}
	}
	out := make([]string, len(ds))
	for i, d := range ds {
		// The files' own names, as given on the command line.
		if d.Pos.Filename != "" {
			d.Pos.Filename = displayPath(d.Pos.Filename)
		}
		if verbose {
			if src, rerr := os.ReadFile(d.Pos.Filename); rerr == nil {
				out[i] = d.Snippet(string(src))
				continue
			}
		}
		out[i] = d.WithHint()
	}
	return out
}

// displayPath turns a file: URL into a path relative to the working
// directory when it is below it, as compilers print file names.
func displayPath(name string) string {
	u, err := url.Parse(name)
	if err != nil || u.Scheme != "file" {
		return name
	}
	p := filepath.FromSlash(u.Path)
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return p
}
