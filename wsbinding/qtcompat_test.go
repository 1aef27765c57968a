package wsbinding_test

import (
	"bufio"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
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

// TestClientHandshakeErrors: a client whose server answers the upgrade
// request wrongly. The texts and the order (Error, then Closed) are Qt
// 6.4's, checked against qtref with the same answers; a later socket error
// (here a refused connection) repeats the last handshake error's text, as
// QWebSocket::errorString does.
func TestClientHandshakeErrors(t *testing.T) {
	answers := []string{
		"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
		"hello there\r\n\r\n",
		"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: x\r\n\r\n",
		"HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 8, 7\r\n\r\n",
		"", // TCP closed after the request
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for _, a := range answers {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			bufio.NewReader(c).ReadString('\n')
			io.WriteString(c, a)
			time.Sleep(50 * time.Millisecond)
			c.Close()
		}
		ln.Close()
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	doc := filepath.Join(t.TempDir(), "client.qml")
	os.WriteFile(doc, []byte(`import QtQml
import QtWebSockets
QtObject {
    id: root
    property int n: 0
    property WebSocket client: WebSocket {
        id: client
        onStatusChanged: function(s) {
            console.log("status", s, JSON.stringify(client.errorString))
            if (s === WebSocket.Error)
                next.start()
        }
    }
    property Timer next: Timer {
        id: next
        interval: 100
        onTriggered: {
            client.active = false
            if (++root.n <= 5) {
                console.log("--")
                client.active = true
            }
        }
    }
    Component.onCompleted: {
        client.url = "ws://127.0.0.1:" + Qt.application.arguments[2] + "/"
        client.active = true
    }
}
`), 0o644)
	_, out := startQML(t, doc, strconv.Itoa(port))
	want := `qml: status 0 ""
qml: status 4 "QWebSocketPrivate::processHandshake: Unhandled http status code: 404 (Not Found)."
qml: status 3 ""
qml: --
qml: status 0 ""
qml: status 4 "Read handshake request status failed"
qml: status 3 ""
qml: --
qml: status 0 ""
qml: status 4 "Invalid parameter(s) presented during protocol upgrade: Accept-key size: 1, version: 1.1, upgrade: , connection: Upgrade"
qml: status 3 ""
qml: --
qml: status 0 ""
qml: status 4 "Handshake: Server requests a version that we don't support: 8, 7."
qml: status 3 ""
qml: --
qml: status 0 ""
qml: status 4 "Handshake: Server requests a version that we don't support: 8, 7."
qml: status 3 ""
qml: --
qml: status 0 ""
qml: status 3 ""
qml: status 4 "Handshake: Server requests a version that we don't support: 8, 7."
`
	deadline := time.Now().Add(5 * time.Second)
	for out.String() != want && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := out.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestServerProtocolHeaders: Sec-WebSocket-Protocol headers of other
// clients than Qt's. Qt 6.4's server (checked with a raw client against
// qtref) takes the comma-separated names trimmed, without checking that
// they are tokens: an empty header, "x;y" or "c d" is no error, and the
// first name it supports is chosen, across several headers.
func TestServerProtocolHeaders(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "server.qml")
	os.WriteFile(doc, []byte(`import QtQml
import QtWebSockets
WebSocketServer {
    listen: true
    supportedSubprotocols: ["b", "c d", "E"]
    onClientConnected: function(webSocket) {
        console.log(JSON.stringify(webSocket.requestedSubprotocols), JSON.stringify(webSocket.negotiatedSubprotocol))
    }
}
`), 0o644)
	e, out := startQML(t, doc)
	for _, c := range []struct{ header, answer, log string }{
		{"Sec-WebSocket-Protocol: a,,b , c\r\n", "b", `["a","b","c"] "b"`},
		{"Sec-WebSocket-Protocol: c d\r\n", "c d", `["c d"] "c d"`},
		{"Sec-WebSocket-Protocol: e\r\n", "", `["e"] ""`},
		{"Sec-WebSocket-Protocol: a\r\nSec-WebSocket-Protocol: b\r\n", "b", `["a","b"] "b"`},
		{"Sec-WebSocket-Protocol:\r\n", "", `[] ""`},
		{"Sec-WebSocket-Protocol: x;y, b\r\n", "b", `["x;y","b"] "b"`},
		{"Sec-WebSocket-Protocol: E, b\r\n", "E", `["E","b"] "E"`},
	} {
		before := out.String()
		rc := dialRawWith(t, rootURL(t, e), c.header)
		if got := rc.resp.Header.Get("Sec-WebSocket-Protocol"); got != c.answer {
			t.Errorf("%q: answered %q, want %q", c.header, got, c.answer)
		}
		want := before + "qml: " + c.log + "\n"
		deadline := time.Now().Add(5 * time.Second)
		for out.String() != want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got := out.String(); got != want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.header, got, want)
		}
	}
}

// TestServerRequestURL: the server-side socket's url for request heads of
// other clients than Qt's, as Qt 6.4 gives it (checked with a raw client
// against qtref): an absolute request target is the url as it is, the
// first of two Host headers counts, and an empty or invalid Host (which
// Qt refuses, closing the connection) gets no WebSocket.
func TestServerRequestURL(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "server.qml")
	os.WriteFile(doc, []byte(`import QtQml
import QtWebSockets
WebSocketServer {
    listen: true
    onClientConnected: function(webSocket) { console.log(JSON.stringify(webSocket.url.toString())) }
}
`), 0o644)
	e, out := startQML(t, doc)
	addr := strings.TrimPrefix(rootURL(t, e), "ws://")
	const rest = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
	for _, c := range []struct{ head, status, log string }{
		{"GET ws://other:1/y?q HTTP/1.1\r\nHost: " + addr + "\r\n", "101", `"ws://other:1/y?q"`},
		{"GET http://other/y HTTP/1.1\r\nHost: " + addr + "\r\n", "101", `"http://other/y"`},
		{"GET /x HTTP/1.1\r\nHost: b\r\nHost: " + addr + "\r\n", "101", `"ws://b/x"`},
		{"GET /x HTTP/1.1\r\nHost: 127.1:5\r\n", "101", `"ws://127.0.0.1:5/x"`},
		{"GET /x HTTP/1.1\r\nHost:\r\n", "400", ""},
		{"GET /x HTTP/1.1\r\nHost: a b\r\n", "400", ""},
		{"GET  HTTP/1.1\r\nHost: " + addr + "\r\n", "400", ""}, // no request target
	} {
		before := out.String()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		conn.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(conn, c.head+rest)
		line, _ := bufio.NewReader(conn).ReadString('\n')
		conn.Close()
		if !strings.HasPrefix(line, "HTTP/1.1 "+c.status) {
			t.Errorf("%q: answered %q, want %s", c.head, line, c.status)
		}
		want := before
		if c.log != "" {
			want += "qml: " + c.log + "\n"
		}
		deadline := time.Now().Add(2 * time.Second)
		for out.String() != want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got := out.String(); got != want {
			t.Errorf("%q: got\n%s\nwant\n%s", c.head, got, want)
		}
	}
}

// TestClientHandshakeRefused: a server that refuses the upgrade (403) and
// closes TCP a while later. Qt 6.4 (checked against qtref with a raw
// server) reports Error with the response and keeps the socket until the
// server closes it: Closed comes then, after what the error handler queued
// with Qt.callLater, and the status stays Error in between.
func TestClientHandshakeRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	closeNow := make(chan bool)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		bufio.NewReader(c).ReadString('\n')
		io.WriteString(c, "HTTP/1.1 403 Forbidden\r\nContent-Length: 3\r\n\r\nno\n")
		<-closeNow
		c.Close()
	}()
	doc := filepath.Join(t.TempDir(), "client.qml")
	os.WriteFile(doc, []byte(`import QtQml
import QtWebSockets
WebSocket {
    id: client
    url: "ws://127.0.0.1:" + Qt.application.arguments[2] + "/"
    active: true
    onStatusChanged: function (s) {
        console.log("status", s, JSON.stringify(errorString))
        if (s === WebSocket.Error)
            Qt.callLater(function () { console.log("later", client.status) })
    }
}
`), 0o644)
	_, out := startQML(t, doc, strconv.Itoa(ln.Addr().(*net.TCPAddr).Port))
	wait := func(want string) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for out.String() != want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if got := out.String(); got != want {
			t.Fatalf("got\n%s\nwant\n%s", got, want)
		}
	}
	want := `qml: status 0 ""
qml: status 4 "QWebSocketPrivate::processHandshake: Unhandled http status code: 403 (Forbidden)."
qml: later 4
`
	wait(want)
	time.Sleep(200 * time.Millisecond) // still Error while the server holds TCP
	wait(want)
	close(closeNow)
	wait(want + "qml: status 3 \"\"\n")
}
