package wsbinding_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/qmlrun/qmlrun/runtime"
)

// clientDoc is a QML WebSocket client that logs what it receives and its
// status changes.
const clientDoc = `import QtQml
import QtWebSockets
WebSocket {
    url: Qt.application.arguments[2]
    active: true
    onTextMessageReceived: function (m) { console.log("text", m) }
    onBinaryMessageReceived: function (m) { console.log("binary", m.byteLength) }
    onStatusChanged: function (s) { console.log("status", s) }
}`

// rawServer accepts one WebSocket connection and hands it to the test,
// which writes frames byte by byte as it likes.
func rawServer(t *testing.T) (url string, conns chan net.Conn) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	conns = make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		if _, err := ws.Upgrade(c); err != nil {
			c.Close()
			return
		}
		conns <- c
	}()
	return "ws://" + ln.Addr().String(), conns
}

// lockedBuffer collects the engine's output for a concurrent reader.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startClient runs clientDoc against url on its own loop.
func startClient(t *testing.T, url string) *lockedBuffer {
	ctx, cancel := context.WithCancel(context.Background())
	out := &lockedBuffer{}
	e := runtime.New(runtime.Options{Stdout: out, Stderr: out, Context: ctx, Args: []string{"qmlrun", "client.qml", url}})
	registerWS(t, e)
	if err := e.LoadString("client.qml", clientDoc); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { e.Run(); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return out
}

func serverFrame(c net.Conn, fin bool, rsv byte, op ws.OpCode, payload []byte, mask bool) {
	b0 := byte(op) | rsv<<4
	if fin {
		b0 |= 0x80
	}
	buf := []byte{b0}
	n := len(payload)
	mbit := byte(0)
	if mask {
		mbit = 0x80
	}
	switch {
	case n < 126:
		buf = append(buf, mbit|byte(n))
	case n <= 0xffff:
		buf = append(buf, mbit|126, byte(n>>8), byte(n))
	default:
		buf = append(buf, mbit|127)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	p := append([]byte(nil), payload...)
	if mask {
		key := [4]byte{9, 8, 7, 6}
		buf = append(buf, key[:]...)
		ws.Cipher(p, key, 0)
	}
	c.Write(append(buf, p...))
}

// readClientClose reads client frames until a close frame and returns its
// code; pongs are collected.
func readClientClose(t *testing.T, c net.Conn) (code ws.StatusCode, pongs []string) {
	r := bufio.NewReader(c)
	for {
		h, err := ws.ReadHeader(r)
		if err != nil {
			t.Fatalf("reading the client's frames: %v", err)
		}
		if !h.Masked {
			t.Fatal("client sent an unmasked frame")
		}
		p := make([]byte, h.Length)
		io.ReadFull(r, p)
		ws.Cipher(p, h.Mask, 0)
		switch h.OpCode {
		case ws.OpPong:
			pongs = append(pongs, string(p))
		case ws.OpClose:
			if len(p) < 2 {
				return ws.StatusNoStatusRcvd, pongs
			}
			return ws.StatusCode(binary.BigEndian.Uint16(p)), pongs
		}
	}
}

func waitFor(t *testing.T, out *lockedBuffer, want string) {
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("client output lacks %q:\n%s", want, out.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestClientConformance drives the QML WebSocket client from a raw server:
// what the client must deliver, answer, and which close code it sends.
func TestClientConformance(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T, c net.Conn, out *lockedBuffer)
	}{
		{"fragments with a ping between, then a normal close", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			serverFrame(c, false, 0, ws.OpText, []byte("frag"), false)
			serverFrame(c, true, 0, ws.OpPing, []byte("p1"), false)
			serverFrame(c, true, 0, ws.OpContinuation, []byte("mented"), false)
			serverFrame(c, true, 0, ws.OpBinary, make([]byte, 70000), false)
			serverFrame(c, true, 0, ws.OpClose, binary.BigEndian.AppendUint16(nil, 1000), false)
			code, pongs := readClientClose(t, c)
			if code != ws.StatusNormalClosure || len(pongs) != 1 || pongs[0] != "p1" {
				t.Fatalf("close %d, pongs %q", code, pongs)
			}
			waitFor(t, out, "text fragmented\nqml: binary 70000\n")
		}},
		{"server close frame without a TCP close", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			// The client answers with the server's code and is Closed at
			// once, as Qt's is (Closing and Closed in one event); it
			// leaves the TCP close to the server and drops TCP itself
			// after a while (Qt's drops it at once).
			start := time.Now()
			serverFrame(c, true, 0, ws.OpClose, append(binary.BigEndian.AppendUint16(nil, 4001), "bye"...), false)
			if code, _ := readClientClose(t, c); code != 4001 {
				t.Fatalf("close %d", code)
			}
			waitFor(t, out, "status 2\nqml: status 3\n")
			if d := time.Since(start); d > 700*time.Millisecond {
				t.Errorf("Closed after %v", d)
			}
			c.SetReadDeadline(time.Now().Add(3 * time.Second))
			if n, err := c.Read(make([]byte, 16)); err != io.EOF {
				t.Fatalf("the client kept TCP open: read %d, %v", n, err)
			}
		}},
		{"masked server frame", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			serverFrame(c, true, 0, ws.OpText, []byte("x"), true)
			if code, _ := readClientClose(t, c); code != ws.StatusProtocolError {
				t.Fatalf("close %d", code)
			}
		}},
		{"reserved bits", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			serverFrame(c, true, 2, ws.OpText, []byte("x"), false)
			if code, _ := readClientClose(t, c); code != ws.StatusProtocolError {
				t.Fatalf("close %d", code)
			}
		}},
		{"invalid UTF-8", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			serverFrame(c, true, 0, ws.OpText, []byte{0xc0, 0x80}, false)
			if code, _ := readClientClose(t, c); code != ws.StatusInvalidFramePayloadData {
				t.Fatalf("close %d", code)
			}
		}},
		{"control frame over 125 bytes", func(t *testing.T, c net.Conn, out *lockedBuffer) {
			serverFrame(c, true, 0, ws.OpPing, make([]byte, 126), false)
			if code, _ := readClientClose(t, c); code != ws.StatusProtocolError {
				t.Fatalf("close %d", code)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, conns := rawServer(t)
			out := startClient(t, url)
			select {
			case c := <-conns:
				defer c.Close()
				waitFor(t, out, "status 1")
				tt.run(t, c, out)
			case <-time.After(5 * time.Second):
				t.Fatalf("the client did not connect:\n%s", out.String())
			}
		})
	}
}

// TestChatExample connects three clients to the chat example: joins,
// broadcasts and leaves reach everyone in order.
func TestChatExample(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/chat-server.qml", "0")
	url := rootURL(t, e)
	type client struct {
		net.Conn
		r io.Reader
	}
	dial := func() *client {
		c, br, _, err := ws.Dial(context.Background(), url)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		cl := &client{Conn: c, r: c}
		if br != nil {
			// Frames that arrived with the handshake response.
			cl.r = io.MultiReader(br, c)
		}
		return cl
	}
	read := func(c *client) string {
		m, err := wsutil.ReadServerText(struct {
			io.Reader
			io.Writer
		}{c.r, c.Conn})
		if err != nil {
			t.Fatal(err)
		}
		return string(m)
	}
	a := dial()
	if got := read(a); got != "user1 joined" {
		t.Fatalf("a got %q", got)
	}
	b := dial()
	for _, c := range []*client{a, b} {
		if got := read(c); got != "user2 joined" {
			t.Fatalf("got %q", got)
		}
	}
	for i := 0; i < 20; i++ {
		wsutil.WriteClientText(a, []byte("msg"+string(rune('a'+i))))
	}
	for i := 0; i < 20; i++ {
		want := "user1: msg" + string(rune('a'+i))
		for _, c := range []*client{a, b} {
			if got := read(c); got != want {
				t.Fatalf("got %q, want %q", got, want)
			}
		}
	}
	wsutil.WriteClientMessage(a, ws.OpClose, ws.NewCloseFrameBody(ws.StatusNormalClosure, ""))
	a.Close()
	if got := read(b); got != "user1 left" {
		t.Fatalf("b got %q", got)
	}
	b.Close()
}

// TestStalledReaderDoesNotBlockOthers floods the echo server from a client
// that never reads its echoes; another client is still served at once.
func TestStalledReaderDoesNotBlockOthers(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	url := rootURL(t, e)
	stalled, _, _, err := ws.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer stalled.Close()
	// 64 MiB of requests, written from a goroutine: the server stops reading
	// this peer once its unread echoes pass the per-connection bound.
	go func() {
		msg := bytes.Repeat([]byte("s"), 64<<10)
		for i := 0; i < 1024; i++ {
			stalled.SetWriteDeadline(time.Now().Add(5 * time.Second))
			if err := wsutil.WriteClientBinary(stalled, msg); err != nil {
				return
			}
		}
	}()
	time.Sleep(300 * time.Millisecond)
	live, br, _, err := ws.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	if br != nil {
		t.Fatal("unexpected data after the handshake")
	}
	for i := 0; i < 50; i++ {
		live.SetDeadline(time.Now().Add(2 * time.Second))
		if err := wsutil.WriteClientText(live, []byte("ping")); err != nil {
			t.Fatal(err)
		}
		got, err := wsutil.ReadServerText(live)
		if err != nil || string(got) != "ping" {
			t.Fatalf("echo %d: %q, %v", i, got, err)
		}
	}
}
