package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func runMain(args ...string) (string, int) {
	var out bytes.Buffer
	rc := run(args, strings.NewReader(""), &out, &out)
	return out.String(), rc
}

func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.qml", "import QtQml\nQtObject { Component.onCompleted: { var a = Qt.application.arguments; console.log(a[2] + ',' + a[3]); Qt.exit(7) } }\n")
	bad := write("bad.qml", "import QtQml\nQtObject {\n  nope: 1\n}\n")
	tests := []struct {
		args []string
		rc   int
		out  string
	}{
		{[]string{ok, "--", "a", "b"}, 7, "qml: a,b\n"},
		{[]string{bad}, 1, "bad.qml:3:3: Cannot assign to non-existent property \"nope\"\n"},
		{[]string{"check", "--syntax", bad}, 0, ""},
		{[]string{"check", bad}, 1, "bad.qml:3:3: Cannot assign to non-existent property \"nope\"\n"},
		{[]string{"check", filepath.Join(dir, "missing.qml")}, 1, "missing.qml:0:0: no such file or directory\n"},
		{[]string{"--version"}, 0, "qmlrun "},
		{[]string{}, 2, "Usage:"},
	}
	for _, tt := range tests {
		out, rc := runMain(tt.args...)
		if rc != tt.rc || !strings.Contains(out, tt.out) {
			t.Errorf("qmlrun %v: rc %d, output %q; want rc %d containing %q", tt.args, rc, out, tt.rc, tt.out)
		}
	}
}

func TestTestUpdateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "hello.qml")
	os.WriteFile(script, []byte("import QtQml\nQtObject { Component.onCompleted: { console.log('hi'); Qt.exit(3) } }\n"), 0o644)
	if out, rc := runMain("test", dir); rc != 1 || !strings.Contains(out, "no golden file") {
		t.Fatalf("without goldens: rc %d %q", rc, out)
	}
	if out, rc := runMain("test", "-update", dir); rc != 0 {
		t.Fatalf("-update: rc %d %q", rc, out)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "hello.out")); string(b) != "qml: hi\n" {
		t.Fatalf("hello.out = %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "hello.rc")); string(b) != "3\n" {
		t.Fatalf("hello.rc = %q", b)
	}
	if out, rc := runMain("test", dir); rc != 0 || !strings.Contains(out, "1 passed, 0 failed") {
		t.Fatalf("after -update: rc %d %q", rc, out)
	}
}

// TestSignalShutsDownGracefully builds qmlrun, starts a document that
// never quits, and sends SIGTERM: onDestruction runs and the exit status
// is 0.
func TestSignalShutsDownGracefully(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "qmlrun")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	doc := filepath.Join(dir, "forever.qml")
	os.WriteFile(doc, []byte("import QtQml\nQtObject {\n  Component.onCompleted: console.log('started')\n  Component.onDestruction: console.log('destroyed')\n}\n"), 0o644)
	cmd := exec.Command(bin, doc)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stderr)
	if line, _ := r.ReadString('\n'); line != "qml: started\n" {
		t.Fatalf("first line %q", line)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	rest, _ := io.ReadAll(r)
	if err := cmd.Wait(); err != nil || string(rest) != "qml: destroyed\n" {
		t.Fatalf("exit %v, output after the signal %q", err, rest)
	}
}

var update = flag.Bool("update", false, "rewrite golden files")

// TestCheck runs `qmlrun check -v` on each top-level script of
// testdata/check and compares its report with NAME.check (refreshed with
// -update: these are qmlrun's own messages and hints).
func TestCheck(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/check/[a-z]*.qml")
	if len(files) == 0 {
		t.Fatal("no testdata/check scripts")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			out, rc := runMain("check", "-v", f)
			abs, _ := filepath.Abs(filepath.Dir(f))
			out = strings.ReplaceAll(out, abs+string(filepath.Separator), "")
			got := fmt.Sprintf("%s(exit %d)\n", strings.ReplaceAll(out, filepath.Dir(f)+string(filepath.Separator), ""), rc)
			golden := strings.TrimSuffix(f, ".qml") + ".check"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
