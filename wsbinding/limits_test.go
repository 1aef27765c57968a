package wsbinding_test

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

const limitedServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    handshakeTimeout: 300
    maxPendingConnections: 2
    onServerError: function (code) { console.log("serverError", code, errorString) }
}`

// TestHandshakeTimeoutAndPendingLimit: a client that never sends its
// upgrade request is dropped after handshakeTimeout, and connections over
// maxPendingConnections are refused at once.
func TestHandshakeTimeoutAndPendingLimit(t *testing.T) {
	e, out := startQML(t, writeQML(t, limitedServer))
	addr := strings.TrimPrefix(rootURL(t, e), "ws://")
	var idle []net.Conn
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		idle = append(idle, c)
	}
	time.Sleep(50 * time.Millisecond) // both accepted
	third, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	third.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := third.Read(make([]byte, 1)); err != io.EOF {
		t.Fatalf("third connection: %v, want EOF", err)
	}
	waitFor(t, out, "qml: serverError 1006 Too many pending connections.")
	start := time.Now()
	for _, c := range idle {
		c.SetDeadline(time.Now().Add(3 * time.Second))
		if _, err := c.Read(make([]byte, 1)); err != io.EOF {
			t.Fatalf("idle connection: %v, want EOF", err)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("dropped after %v", d)
	}
	waitFor(t, out, "qml: serverError 1006 The handshake timed out.")
	// Slots are free again: a real client connects.
	dialRaw(t, "ws://"+addr)
}
