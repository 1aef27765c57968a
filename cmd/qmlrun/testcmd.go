package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/qmlrun/qmlrun/qmltest"
	"github.com/qmlrun/qmlrun/runtime"
)

// scriptTimeout bounds one test script, so a script that never quits fails
// instead of hanging the run.
const scriptTimeout = 30 * time.Second

// runTestScript runs one .qml script in a fresh engine and returns its
// normalised output (stdout and stderr interleaved) and exit code.
func runTestScript(path string, timeout time.Duration, importPaths ...string) (string, int, error) {
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", 0, err
	}
	e, err := newEngine(runtime.Options{Stdout: &out, Stderr: &out, Args: []string{"qmlrun", abs}, Context: ctx, ImportPaths: importPaths})
	if err != nil {
		return "", 0, err
	}
	var rc int
	if strings.HasPrefix(filepath.Base(abs), "tst_") {
		rc = qmltest.RunFile(e, abs, &out)
	} else {
		rc = runtime.RunFile(e, abs)
	}
	if ctx.Err() != nil {
		fmt.Fprintf(&out, "qmlrun test: timed out after %v\n", timeout)
	}
	return runtime.Normalize(out.String(), filepath.Dir(abs)), rc, nil
}

// scriptName names a test: the file name without .qml, or DIR/main for a
// multi-file test.
func scriptName(path string) string {
	name := strings.TrimSuffix(filepath.Base(path), ".qml")
	if name == "main" {
		name = filepath.Base(filepath.Dir(path)) + "/main"
	}
	return name
}

// goldenOf returns the expected output and exit code stored next to a
// script (NAME.out, and NAME.rc when the code is not 0).
func goldenOf(path string) (string, int, error) {
	base := strings.TrimSuffix(path, ".qml")
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		return "", 0, err
	}
	rc := 0
	if b, err := os.ReadFile(base + ".rc"); err == nil {
		rc, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	return string(want), rc, nil
}

// scriptImportPaths reads the import paths a multi-file test needs: the
// lines of IMPORT_PATH beside it, relative to its directory.
func scriptImportPaths(path string) []string {
	dir := filepath.Dir(path)
	b, err := os.ReadFile(filepath.Join(dir, "IMPORT_PATH"))
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, filepath.Join(dir, l))
		}
	}
	return out
}

// writeGolden stores a script's output and exit code as its golden files.
func writeGolden(path, out string, rc int) error {
	base := strings.TrimSuffix(path, ".qml")
	if err := os.WriteFile(base+".out", []byte(out), 0o644); err != nil {
		return err
	}
	if rc == 0 {
		os.Remove(base + ".rc")
		return nil
	}
	return os.WriteFile(base+".rc", []byte(strconv.Itoa(rc)+"\n"), 0o644)
}

// testScripts expands the arguments into test scripts: directories give
// their .qml files whose names start with a lower-case letter (Upper.qml
// files are components).
func testScripts(args []string) ([]string, error) {
	if len(args) == 0 {
		args = []string{"."}
	}
	var files []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, a)
			continue
		}
		m, _ := filepath.Glob(filepath.Join(a, "[a-z]*.qml"))
		if len(m) == 0 {
			m, _ = filepath.Glob(filepath.Join(a, "tst_*.qml"))
		}
		// A sub-directory with a main.qml is one multi-file test.
		sub, _ := filepath.Glob(filepath.Join(a, "*", "main.qml"))
		m = append(m, sub...)
		sort.Strings(m)
		files = append(files, m...)
	}
	return files, nil
}

// cmdTest implements `qmlrun test [-update] [-run REGEXP] [-v] [DIR|FILE...]`.
func cmdTest(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	update := fs.Bool("update", false, "rewrite NAME.out / NAME.rc with the current output")
	runPat := fs.String("run", "", "run only scripts whose name matches `regexp`")
	verbose := fs.Bool("v", false, "print every script's result")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: qmlrun test [-update] [-run REGEXP] [-v] [DIR|FILE...]")
		fmt.Fprintln(stderr, "Runs each script and compares its output and exit code with NAME.out and NAME.rc.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var re *regexp.Regexp
	if *runPat != "" {
		var err error
		if re, err = regexp.Compile(*runPat); err != nil {
			fmt.Fprintln(stderr, "qmlrun test:", err)
			return 2
		}
	}
	files, err := testScripts(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "qmlrun test:", err)
		return 2
	}
	passed, failed := 0, 0
	for _, f := range files {
		name := scriptName(f)
		if re != nil && !re.MatchString(name) {
			continue
		}
		got, rc, err := runTestScript(f, scriptTimeout, scriptImportPaths(f)...)
		if err != nil {
			fmt.Fprintf(stdout, "FAIL   : %s (%v)\n", f, err)
			failed++
			continue
		}
		if *update {
			if err := writeGolden(f, got, rc); err != nil {
				fmt.Fprintln(stderr, "qmlrun test:", err)
				return 1
			}
			fmt.Fprintf(stdout, "UPDATE : %s\n", f)
			passed++
			continue
		}
		want, wantRC, err := goldenOf(f)
		switch {
		case err != nil:
			fmt.Fprintf(stdout, "FAIL   : %s: no golden file (run with -update)\n", f)
			failed++
		case got != want || rc != wantRC:
			fmt.Fprintf(stdout, "FAIL   : %s\n", f)
			if rc != wantRC {
				fmt.Fprintf(stdout, "  exit code %d, want %d\n", rc, wantRC)
			}
			fmt.Fprint(stdout, unifiedDiff(want, got))
			failed++
		default:
			if *verbose {
				fmt.Fprintf(stdout, "PASS   : %s\n", f)
			}
			passed++
		}
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

// unifiedDiff is a small line diff (longest common subsequence) in the
// unified format's spirit: "-" lines expected, "+" lines got.
func unifiedDiff(want, got string) string {
	a := strings.SplitAfter(want, "\n")
	b := strings.SplitAfter(got, "\n")
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	out.WriteString("--- want\n+++ got\n")
	i, j := 0, 0
	line := func(prefix, s string) {
		if s == "" {
			return
		}
		out.WriteString(prefix + strings.TrimSuffix(s, "\n") + "\n")
	}
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			line(" ", a[i])
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			line("+", b[j])
			j++
		default:
			line("-", a[i])
			i++
		}
	}
	return out.String()
}
