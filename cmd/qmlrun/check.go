package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

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
	// for fewer collections. Syntax checks keep almost nothing, so they can
	// trade more (about 85 MB for 5,000 files, 15% less CPU than at 400).
	if *syntaxOnly {
		debug.SetGCPercent(1600)
	} else {
		debug.SetGCPercent(400)
	}
	results := make([][]string, len(files))
	var wg sync.WaitGroup
	var next atomic.Int64 // the index of the next file to check
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// One engine per worker: the components and scripts that
			// several files use are loaded once.
			var e *qmlruntime.Engine
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
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
	wg.Wait()
	rc := 0
	out := bufio.NewWriter(stdout)
	for _, lines := range results {
		for _, l := range lines {
			fmt.Fprintln(out, l)
			rc = 1
		}
	}
	out.Flush()
	return rc
}

// checkSyntax parses one file.
func checkSyntax(path string, verbose bool) []string {
	src, err := readSource(path)
	if err != nil {
		return []string{fmt.Sprintf("%s:0:0: %v", path, err)}
	}
	_, err = parser.Parse(path, string(src))
	return report(path, err, verbose)
}

// readSource reads a whole file with plain system calls: os.ReadFile also
// tries to register each file with the runtime's poller, which costs as much
// as reading a small file. Its errors are those os.ReadFile wraps.
func readSource(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		if fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0); err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	size := 512
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size > 0 && st.Size < 1<<30 {
		size = int(st.Size) + 1 // one more byte to see the end at once
	}
	b := make([]byte, 0, size)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := syscall.Read(fd, b[len(b):cap(b)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return b, nil
		}
		b = b[:len(b)+n]
	}
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
		// File URLs in a message (Script file:///… unavailable) too.
		d.Message = fileURLs.ReplaceAllStringFunc(d.Message, displayPath)
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

var fileURLs = regexp.MustCompile(`file://[^\s"]+`)

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
