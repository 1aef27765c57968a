package parser_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/parser"
	"github.com/qmlrun/qmlrun/runtime"
)

// qmlSeeds returns every .qml file under the repository's testdata
// directories (the parser's and the goldens').
func qmlSeeds(tb testing.TB) []string {
	var srcs []string
	for _, root := range []string{"testdata", "../testdata"} {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".qml") {
				if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
					srcs = append(srcs, string(b))
				}
			}
			return nil
		})
	}
	if len(srcs) == 0 {
		tb.Fatal("no seeds")
	}
	return srcs
}

// FuzzCheck parses a document and runs the runtime's static pass
// (runtime.Engine.Check, what `qmlrun check` and every run do first) on it:
// neither may panic or hang, and every error is a positioned diagnostic.
// Seeded with every .qml file of the repository's testdata.
func FuzzCheck(f *testing.F) {
	for _, s := range qmlSeeds(f) {
		f.Add(s)
	}
	dir := f.TempDir()
	path := filepath.Join(dir, "fuzz.qml")
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := parser.Parse("fuzz.qml", src)
		if err == nil && doc.Root == nil {
			t.Fatal("no error and no root")
		}
		if err != nil {
			var ds parser.Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 || ds[0].Pos.Line < 1 {
				t.Fatalf("unpositioned parse error %v", err)
			}
			return
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		e := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, ScriptTimeout: 100 * time.Millisecond})
		done := make(chan error, 1)
		go func() { done <- e.Check(path) }()
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("Check hung")
		}
		if err != nil {
			// Engine.Do turns a panic into "runtime: ..." (not Diagnostics).
			var ds parser.Diagnostics
			if !errors.As(err, &ds) || len(ds) == 0 {
				t.Fatalf("Check: %T %v", err, err)
			}
			for _, d := range ds {
				if d.Pos.Filename == "" { // Line 0: about a whole file
					t.Fatalf("diagnostic without a file: %v", d)
				}
			}
		}
	})
}
