package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qmlrun/qmlrun/runtime"
)

// BenchmarkStartup runs `qmlrun FILE.qml` in-process for documents that quit
// as soon as they are complete: engine creation with every module, parsing,
// checking, instantiation and the loop's start and stop (package
// initialisation, paid once per process, is not included).
func BenchmarkStartup(b *testing.B) {
	for _, bm := range []struct{ name, src string }{
		{"trivial", "import QtQml\nQtObject { Component.onCompleted: Qt.quit() }\n"},
		{"server", "import QtQml\nimport QtWebSockets\nWebSocketServer {\n    port: 0\n    listen: true\n    onClientConnected: function (ws) {\n        ws.onTextMessageReceived.connect(function (message) { ws.sendTextMessage(message) })\n    }\n    Component.onCompleted: Qt.quit()\n}\n"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			file := filepath.Join(b.TempDir(), bm.name+".qml")
			if err := os.WriteFile(file, []byte(bm.src), 0o644); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if rc := run([]string{file}, strings.NewReader(""), io.Discard, io.Discard); rc != 0 {
					b.Fatalf("rc %d", rc)
				}
			}
		})
	}
}

// TestLazyModules checks that qmlrun's Lazy modules behave as if their types
// were made at registration: a base that does not resolve fails Register
// alike, and documents that import the modules, or only name one of their
// types, print the same as with eager modules.
func TestLazyModules(t *testing.T) {
	register := func(lazy bool) error {
		e := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard})
		return e.Register(&runtime.Module{Name: "Bad", Lazy: lazy, Types: []*runtime.TypeSpec{{Name: "A", Base: "Nope"}, {Name: "B", Base: "A"}}})
	}
	if eager, lazy := register(false), register(true); eager == nil || fmt.Sprint(eager) != fmt.Sprint(lazy) {
		t.Errorf("Register of a bad module: eager %v, lazy %v", eager, lazy)
	}
	file := filepath.Join(t.TempDir(), "lazy.qml")
	run := func(lazy bool, src string) string {
		var out bytes.Buffer
		e := runtime.New(runtime.Options{Stdout: &out, Stderr: &out})
		for _, m := range modules(moduleOptions{}) {
			m.Lazy = lazy
			if err := e.Register(m); err != nil {
				t.Fatal(err)
			}
		}
		if err := e.LoadString(file, src); err != nil {
			return err.Error()
		}
		e.Run()
		return out.String()
	}
	for _, src := range []string{
		"import QtQml\nQtObject {\n    property Item item\n    property list<Rectangle> rs\n    Component.onCompleted: { console.log(item, rs.length); Qt.quit() }\n}\n",
		"import QtQuick\nItem {\n    Rectangle { id: r; width: 2; color: 'red' }\n    Component.onCompleted: { console.log(r, r.width, r.color, Qt.rgba(1, 0, 0, 1)); Qt.quit() }\n}\n",
		"import QtQml\nimport QmlRun.WebSockets\nWebSocketServer {\n    Component.onCompleted: { console.log(this, listen, maxConnections); Qt.quit() }\n}\n",
		"import QtQml\nQtObject {\n    property WebSocket ws\n    Component.onCompleted: { console.log(ws); Qt.quit() }\n}\n",
		"import QtQml\nimport QtTest\nSignalSpy {\n    Component.onCompleted: { console.log(this, count, valid); Qt.quit() }\n}\n",
	} {
		if eager, lazy := run(false, src), run(true, src); eager != lazy {
			t.Errorf("%s: eager modules print %q, lazy ones %q", src, eager, lazy)
		}
	}
}
