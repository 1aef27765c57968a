package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
