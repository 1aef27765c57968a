package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// knownFailures lists the scripts of a golden directory whose Qt behaviour
// qmlrun does not reproduce yet (testdata/DIR/known-failures.txt, one name
// per line). They are reported as skipped; one that starts passing fails
// the test until it is removed from the list, so the list stays honest.
func knownFailures(dir string) map[string]bool {
	m := map[string]bool{}
	if os.Getenv("QMLRUN_GOLDEN_ALL") != "" {
		return m // show every difference
	}
	b, err := os.ReadFile(filepath.Join("../../testdata", dir, "known-failures.txt"))
	if err != nil {
		return m
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

func goldenDirs(t *testing.T, dirs ...string) {
	for _, dir := range dirs {
		known := knownFailures(dir)
		files, err := testScripts([]string{filepath.Join("../../testdata", dir)})
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no scripts in %s", dir)
		}
		for _, f := range files {
			f := f
			t.Run(dir+"/"+scriptName(f), func(t *testing.T) {
				t.Parallel()
				if raceEnabled && strings.HasPrefix(filepath.Base(f), "large_") {
					t.Skip("too slow under -race; run without -race by .ci/run")
				}
				want, err := os.ReadFile(strings.TrimSuffix(f, ".qml") + ".out")
				if err != nil {
					t.Skip("no golden")
				}
				wantRC := 0
				if b, err := os.ReadFile(strings.TrimSuffix(f, ".qml") + ".rc"); err == nil {
					wantRC, _ = strconv.Atoi(strings.TrimSpace(string(b)))
				}
				timeout := scriptTimeout
				if known[scriptName(f)] {
					timeout = 3 * time.Second // some known failures never quit
				}
				got, rc, err := runTestScript(f, timeout, scriptImportPaths(f)...)
				if err != nil {
					t.Fatal(err)
				}
				name := scriptName(f)
				ok := got == string(want) && rc == wantRC
				switch {
				case ok && known[name]:
					t.Errorf("passes now: remove %s from testdata/%s/known-failures.txt", name, dir)
				case !ok && known[name]:
					t.Skipf("known failure (testdata/%s/known-failures.txt)", dir)
				case !ok:
					t.Errorf("rc %d (want %d)\n--- got\n%s--- want\n%s", rc, wantRC, got, want)
				}
			})
		}
	}
}

func TestGoldenRuntime(t *testing.T)    { goldenDirs(t, "runtime") }
func TestGoldenWebSockets(t *testing.T) { goldenDirs(t, "websockets") }

// TestGoldenExtensions runs the scripts of qmlrun's extensions (module
// QmlRun.WebSockets). Qt cannot run them: their .out files are written by
// hand and checked against what the extensions document.
func TestGoldenExtensions(t *testing.T) { goldenDirs(t, "extensions") }

// TestGoldenQtTest compares `qmlrun test` on QtTest files with what Qt's
// qmltestrunner printed for them (testdata/qttest/record.sh).
func TestGoldenQtTest(t *testing.T) { goldenDirs(t, "qttest") }

// TestGoldenComponents runs the component scripts, single-file and
// multi-file (DIR/main.qml with IMPORT_PATH).
func TestGoldenComponents(t *testing.T) { goldenDirs(t, "components") }
