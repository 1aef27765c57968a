package wsbinding_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPeerDropsTCP: a client that closes TCP without a close frame. Qt 6.4
// (checked with a raw client against qtref) reports it on the server-side
// socket as Error "Unknown error", then Closing and Closed.
func TestPeerDropsTCP(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "server.qml")
	os.WriteFile(doc, []byte(`import QtQml
import QtWebSockets
WebSocketServer {
    listen: true
    onClientConnected: function(webSocket) {
        webSocket.textMessageReceived.connect(function(m) { console.log("text", m) })
        webSocket.statusChanged.connect(function(s) { console.log("status", s, JSON.stringify(webSocket.errorString)) })
    }
}
`), 0o644)
	e, out := startQML(t, doc)
	c := dialRaw(t, rootURL(t, e))
	c.frame(true, 0, 1, []byte("hi"), true)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "qml: text hi") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	c.conn.Close()
	want := "qml: text hi\nqml: status 4 \"Unknown error\"\nqml: status 2 \"\"\nqml: status 3 \"\"\n"
	for out.String() != want && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
