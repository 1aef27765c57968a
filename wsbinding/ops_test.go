package wsbinding_test

import (
	"bufio"
	"context"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// nodeStatus runs testdata/interop/node-status.js: how an npm `ws`
// client's handshake ends ("open", "http 403", ...).
func nodeStatus(t *testing.T, url, origin string) string {
	t.Helper()
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	args := []string{filepath.Join(dir, "node-status.js"), url}
	if origin != "" {
		args = append(args, origin)
	}
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node-status: %v\n%s", err, out)
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(string(out)), "node-status: "))
}

const admissionServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    maxConnections: 1
    allowedOrigins: ["https://good.example", "http://also.example/"]
    maxHeaderSize: 2048
    onClientConnected: function (ws) { console.log("connected", ws.origin) }
}`

// TestAdmission: allowedOrigins (403 for another Origin, none allowed),
// maxConnections (503) with npm ws clients, maxHeaderSize (431).
func TestAdmission(t *testing.T) {
	e, out := startQML(t, writeQML(t, admissionServer))
	url := rootURL(t, e)
	for _, tt := range []struct{ origin, want string }{
		{"https://evil.example", "http 403"},
		{"https://good.example", "open"},
		{"http://ALSO.example", "open"},
		{"", "open"},
	} {
		if got := nodeStatus(t, url, tt.origin); got != tt.want {
			t.Errorf("origin %q: %s, want %s", tt.origin, got, tt.want)
		}
	}
	waitFor(t, out, "qml: connected https://good.example")
	// One connection open: the next gets 503, and a slot frees on close.
	held := dialRaw(t, url)
	waitFor(t, out, "qml: connected \n")
	time.Sleep(50 * time.Millisecond)
	if got := nodeStatus(t, url, ""); got != "http 503" {
		t.Errorf("over maxConnections: %s, want http 503", got)
	}
	held.frame(true, 0, ws.OpClose, closeBody(1000, ""), true)
	held.expectClose(1000)
	time.Sleep(50 * time.Millisecond)
	if got := nodeStatus(t, url, ""); got != "open" {
		t.Errorf("after a close: %s, want open", got)
	}
	// A request over maxHeaderSize: 431.
	if code := rawStatus(t, url, "X-Big: "+strings.Repeat("a", 3000)+"\r\n"); code != 431 {
		t.Errorf("big header: %d, want 431", code)
	}
	if code := rawStatus(t, url, "X-Small: "+strings.Repeat("a", 1000)+"\r\n"); code != 101 {
		t.Errorf("header under the limit: %d, want 101", code)
	}
}

// rawStatus sends an upgrade request with extra header lines and returns
// the response's status code.
func rawStatus(t *testing.T, url, extra string) int {
	t.Helper()
	addr := strings.TrimPrefix(url, "ws://")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: "+addr+"\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"+extra+"\r\n")
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode
}

const slowServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    id: server
    port: 0
    listen: true
    maxBufferedAmount: 65536
    maxBufferedMessages: 100
    bufferFullTimeout: 400
    property var sock: null
    property int most: 0
    property string chunk: "x".repeat(10000)
    onClientConnected: function (ws) {
        sock = ws
        ws.onBufferFull.connect(function () { if (!full) console.log("bufferFull", ws.errorString, ws.status) ; full = true })
        ws.onBufferedAmountChanged.connect(function () { most = Math.max(most, ws.bufferedAmount) })
        ws.onTextMessageReceived.connect(function (m) {
            if (m === "small") {
                var n = 0
                while (ws.sendTextMessage("s") > 0) n++
                console.log("small messages accepted", n)
                return
            }
            flood.running = true
        })
        ws.onStatusChanged.connect(function (s) {
            if (s === WebSocket.Closed) { console.log("closed", ws.closeCode, ws.closeReason, "most", most <= 65536 + 10014); flood.running = false }
        })
    }
    property bool full: false
    property Timer flood: Timer {
        interval: 5; repeat: true
        onTriggered: {
            while (server.sock.sendTextMessage(server.chunk) > 0) {}
            server.most = Math.max(server.most, server.sock.bufferedAmount)
        }
    }
}`

// TestSlowConsumer: a peer that does not read fills its write queue to the
// bound and no further (sends are refused, bufferFull), and after
// bufferFullTimeout it is closed with 1008; maxBufferedMessages bounds the
// count of queued messages.
func TestSlowConsumer(t *testing.T) {
	e, out := startQML(t, writeQML(t, slowServer))
	url := rootURL(t, e)
	c := dialSmallBuffer(t, url)
	c.sendText("small")
	waitFor(t, out, "qml: small messages accepted 100\n")
	waitFor(t, out, "qml: bufferFull Send buffer full: the peer does not read fast enough 1\n")
	// Read the 100 small messages: the queue drains, then the flood.
	for i := 0; i < 100; i++ {
		c.expectText("s")
	}
	c.sendText("flood")
	waitFor(t, out, "qml: closed 1008 write queue full most true\n")
	c.conn.SetDeadline(time.Now().Add(10 * time.Second))
	c.expectClose(ws.StatusPolicyViolation)
}

// dialSmallBuffer connects a raw client with a small receive buffer, so
// that the server's queue fills quickly when it does not read.
func dialSmallBuffer(t *testing.T, url string) *rawClient {
	t.Helper()
	d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
		rc.Control(func(fd uintptr) { syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096) })
		return nil
	}}
	addr := strings.TrimPrefix(url, "ws://")
	nc, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return handshakeRaw(t, nc, addr, "")
}

const idleServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    idleTimeout: 200
    onClientConnected: function (ws) {
        ws.onStatusChanged.connect(function (s) {
            if (s === WebSocket.Closed) console.log("closed", ws.closeCode, ws.closeReason)
        })
    }
}`

// TestIdleTimeout: a silent connection gets a ping after idleTimeout; a
// pong keeps it; silent again after the next ping, it is closed with 1001.
func TestIdleTimeout(t *testing.T) {
	e, out := startQML(t, writeQML(t, idleServer))
	c := dialRaw(t, rootURL(t, e))
	start := time.Now()
	if h, _ := c.read(); h.OpCode != ws.OpPing {
		t.Fatalf("got %v, want a ping", h.OpCode)
	}
	if d := time.Since(start); d < 150*time.Millisecond || d > 1500*time.Millisecond {
		t.Fatalf("first ping after %v", d)
	}
	c.frame(true, 0, ws.OpPong, nil, true)
	if h, _ := c.read(); h.OpCode != ws.OpPing {
		t.Fatalf("got %v, want a second ping", h.OpCode)
	}
	h, p := c.read()
	if h.OpCode != ws.OpClose || binary.BigEndian.Uint16(p) != 1001 || string(p[2:]) != "idle timeout" {
		t.Fatalf("got %v %q, want close 1001 idle timeout", h.OpCode, p)
	}
	c.frame(true, 0, ws.OpClose, closeBody(1001, ""), true)
	waitFor(t, out, "qml: closed 1001 idle timeout\n")
}

// TestAllowedOriginsWithChromium: Chromium sends its page's Origin, which
// is not allowed: the handshake fails (403) and the page sees an error.
func TestAllowedOriginsWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	e, out := startQML(t, writeQML(t, `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    allowedOrigins: ["https://only.example"]
    onClientConnected: function (ws) { console.log("connected", ws.origin) }
}`))
	runChromiumWant(t, chrome, rootURL(t, e), "error event")
	if strings.Contains(out.String(), "connected") {
		t.Fatalf("a refused origin connected:\n%s", out.String())
	}
}

// TestOptionsOnQtTypes: the operator's Options (qmlrun's flags) apply to
// QtWebSockets' own server, which has no properties for them.
func TestOptionsOnQtTypes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &lockedBuffer{}
	e := runtime.New(runtime.Options{Stdout: out, Stderr: out, Context: ctx})
	opts := wsbinding.Options{MaxConnections: 1, IdleTimeout: 200 * time.Millisecond, HandshakeTimeout: 300 * time.Millisecond}
	for _, m := range []*runtime.Module{wsbinding.ModuleWith(opts), wsbinding.ExtensionsWith(opts)} {
		if err := e.Register(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.LoadString("/tmp/qt.qml", "import QtQml\nimport QtWebSockets\nWebSocketServer { listen: true }\n"); err != nil {
		t.Fatal(err)
	}
	done := make(chan int)
	go func() { done <- e.Run() }()
	defer func() { cancel(); <-done }()
	url := rootURL(t, e)
	c := dialRaw(t, url)
	if code := rawStatus(t, url, ""); code != 503 {
		t.Errorf("over MaxConnections: %d, want 503", code)
	}
	if h, _ := c.read(); h.OpCode != ws.OpPing {
		t.Fatalf("got %v, want an idle ping", h.OpCode)
	}
	// HandshakeTimeout: a connection that sends no request is dropped.
	silent, err := net.Dial("tcp", strings.TrimPrefix(url, "ws://"))
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	start := time.Now()
	silent.SetDeadline(start.Add(3 * time.Second))
	if _, err := silent.Read(make([]byte, 1)); err != io.EOF || time.Since(start) > 2*time.Second {
		t.Fatalf("silent connection: %v after %v, want EOF after 300ms", err, time.Since(start))
	}
}

// TestIdleTimeoutTLS: on wss://, data keeps a connection open past
// idleTimeout (reads of TLS records count), and silence gets a ping.
func TestIdleTimeoutTLS(t *testing.T) {
	pki := newTestPKI(t)
	src := strings.Replace(wssEchoServer, "listen: true", "listen: true\n    idleTimeout: 300", 1)
	e, _ := startQML(t, writeQML(t, src), pki.certFile, pki.keyFile)
	c := dialWSS(t, rootURL(t, e), pki.pool)
	for i := 0; i < 8; i++ {
		if err := wsutil.WriteClientText(c, []byte("busy")); err != nil {
			t.Fatal(err)
		}
		f, err := ws.ReadFrame(c)
		if err != nil || f.Header.OpCode != ws.OpText {
			t.Fatalf("message %d: %v %v (a ping or close while busy?)", i, f.Header.OpCode, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if f, err := ws.ReadFrame(c); err != nil || f.Header.OpCode != ws.OpPing {
		t.Fatalf("silent: %v %v, want a ping", f.Header.OpCode, err)
	}
}
