package wsbinding_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// The fuzz targets drive the real server: one engine per fuzzing process
// (started on first use, never stopped) runs an echo server over loopback,
// and every input goes through a fresh TCP connection, so the readiness
// loop, the handshake, the frame reader, message assembly, UTF-8 checks,
// permessage-deflate and the close handshake all see the fuzzed bytes.

const fuzzServerQML = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    compression: true
    maxPendingConnections: 1000
    onClientConnected: function (ws) {
        // small limits so that 1009 is reachable by the fuzzer
        ws.maxAllowedIncomingFrameSize = 20000
        ws.maxAllowedIncomingMessageSize = 40000
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m) })
        ws.onBinaryMessageReceived.connect(function (m) { ws.sendBinaryMessage(m) })
    }
}`

var fuzzSrv struct {
	once sync.Once
	addr string
	err  error
}

// fuzzServer returns the address of the shared echo server.
func fuzzServer(tb testing.TB) string {
	fuzzSrv.once.Do(func() {
		dir, err := os.MkdirTemp("", "qmlrun-fuzz")
		if err != nil {
			fuzzSrv.err = err
			return
		}
		path := filepath.Join(dir, "server.qml")
		if err := os.WriteFile(path, []byte(fuzzServerQML), 0o644); err != nil {
			fuzzSrv.err = err
			return
		}
		e := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, Context: context.Background(), Args: []string{"qmlrun", path}})
		for _, m := range []*runtime.Module{wsbinding.Module(), wsbinding.Extensions()} {
			if err := e.Register(m); err != nil {
				fuzzSrv.err = err
				return
			}
		}
		if err := e.Load(path); err != nil {
			fuzzSrv.err = err
			return
		}
		go e.Run()
		var u string
		fuzzSrv.err = e.Do(func() error { u = e.Root().Property("url").String(); return nil })
		fuzzSrv.addr = strings.TrimPrefix(u, "ws://")
	})
	if fuzzSrv.err != nil {
		tb.Fatal(fuzzSrv.err)
	}
	return fuzzSrv.addr
}

// watchdog catches a hang the connection deadlines do not: when one input
// takes more than 3 fuzzDeadlines, every goroutine's stack is written to
// $TMPDIR/qmlrun-fuzz-hang.txt and the process panics.
func watchdog(t *testing.T) (stop func()) {
	timer := time.AfterFunc(3*fuzzDeadline, func() {
		if f, err := os.Create(filepath.Join(os.TempDir(), "qmlrun-fuzz-hang.txt")); err == nil {
			pprof.Lookup("goroutine").WriteTo(f, 2)
			f.Close()
		}
		panic("hang: one input took more than " + (3 * fuzzDeadline).String())
	})
	return func() { timer.Stop() }
}

// fuzzDeadline bounds one input: the server must have answered and closed
// the connection by then (it is a hang otherwise).
const fuzzDeadline = 5 * time.Second

// exchange connects, writes b, shuts down the sending side (so that the
// server always reaches the end of the input) and returns everything the
// server sent until it closed the connection.
func exchange(t *testing.T, addr string, b []byte) []byte {
	t.Helper()
	c := dialFuzz(t, addr)
	defer c.Close()
	go func() {
		c.Write(b) // fails once the server has closed: fine
		c.CloseWrite()
	}()
	out, err := io.ReadAll(c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("hang: the server did not close the connection within %v (read %d bytes)", fuzzDeadline, len(out))
	}
	// A reset after the server closed with unread input is legal.
	return out
}

// dialFuzz connects from a random loopback address (127.x.y.z): hundreds
// of thousands of short connections to one port from 127.0.0.1 would run
// out of ephemeral ports (TIME_WAIT), and connect's port search gets slow
// long before that on a machine shared with other tests.
func dialFuzz(t *testing.T, addr string) *net.TCPConn {
	t.Helper()
	local := &net.TCPAddr{IP: net.IPv4(127, byte(1+rand.IntN(254)), byte(rand.IntN(256)), byte(1+rand.IntN(254)))}
	d := net.Dialer{LocalAddr: local, Timeout: fuzzDeadline}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("server no longer accepts: %v", err)
	}
	c.SetDeadline(time.Now().Add(fuzzDeadline))
	return c.(*net.TCPConn)
}

// checkAlive runs a well-behaved client: handshake, a masked text message
// and its echo, a normal close.
func checkAlive(t *testing.T, addr string) {
	t.Helper()
	c := dialFuzz(t, addr)
	defer c.Close()
	io.WriteString(c, handshakeRequest(addr, ""))
	r := bufio.NewReader(c)
	resp, err := http.ReadResponse(r, nil)
	if err != nil || resp.StatusCode != 101 {
		t.Fatalf("well-behaved client after the input: %v %v", resp, err)
	}
	c.Write(maskedFrame(true, 0, ws.OpText, []byte("still there?")))
	h, err := ws.ReadHeader(r)
	if err != nil {
		t.Fatalf("well-behaved client: no echo: %v", err)
	}
	p := make([]byte, h.Length)
	if _, err := io.ReadFull(r, p); err != nil || string(p) != "still there?" {
		t.Fatalf("well-behaved client: echo %q %v", p, err)
	}
	c.Write(maskedFrame(true, 0, ws.OpClose, binary.BigEndian.AppendUint16(nil, 1000)))
	h, err = ws.ReadHeader(r)
	if err != nil || h.OpCode != ws.OpClose {
		t.Fatalf("well-behaved client: no close frame: %v %v", h, err)
	}
}

const fuzzKey = "dGhlIHNhbXBsZSBub25jZQ=="

func handshakeRequest(addr, extra string) string {
	return "GET /fuzz HTTP/1.1\r\nHost: " + addr + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + fuzzKey + "\r\nSec-WebSocket-Version: 13\r\n" + extra + "\r\n"
}

func maskedFrame(fin bool, rsv byte, op ws.OpCode, payload []byte) []byte {
	b0 := byte(op) | rsv<<4
	if fin {
		b0 |= 0x80
	}
	buf := []byte{b0}
	switch n := len(payload); {
	case n < 126:
		buf = append(buf, 0x80|byte(n))
	case n <= 0xffff:
		buf = append(buf, 0x80|126)
		buf = binary.BigEndian.AppendUint16(buf, uint16(n))
	default:
		buf = append(buf, 0x80|127)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	key := [4]byte{0x37, 0xfa, 0x21, 0x3d}
	buf = append(buf, key[:]...)
	start := len(buf)
	buf = append(buf, payload...)
	ws.Cipher(buf[start:], key, 0)
	return buf
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// sentCloseCode reports whether a server may put code in a close frame it
// sends (RFC 6455 section 7.4: never 1004-1006 or 1015, nothing below 1000).
func sentCloseCode(code int) bool {
	switch {
	case code >= 1000 && code <= 1003, code >= 1007 && code <= 1014, code >= 3000 && code <= 4999:
		return true
	}
	return false
}

// checkServerFrames parses what the server sent after a 101 response: well
// formed, unmasked frames; RSV1 only with permessage-deflate negotiated and
// on the first frame of a data message; valid UTF-8 in uncompressed text
// messages; at most one close frame, last, with a code a server may send.
func checkServerFrames(t *testing.T, b []byte, pmd bool) {
	t.Helper()
	r := bytes.NewReader(b)
	closed := false
	for r.Len() > 0 {
		h, err := ws.ReadHeader(r)
		if err != nil {
			if r.Len() == 0 {
				// Cut short: only legal if the server closed abnormally,
				// which it never does in the middle of a frame.
			}
			t.Fatalf("server sent a malformed frame header: %v (%x)", err, b)
		}
		if closed {
			t.Fatalf("frame %v after the close frame", h.OpCode)
		}
		if h.Masked {
			t.Fatal("server sent a masked frame")
		}
		if int64(r.Len()) < h.Length {
			t.Fatalf("server sent a truncated frame: %d of %d bytes", r.Len(), h.Length)
		}
		p := make([]byte, h.Length)
		io.ReadFull(r, p)
		if h.Rsv != 0 && (!pmd || h.Rsv != 4 || h.OpCode.IsControl()) {
			t.Fatalf("server frame %v with RSV %d (deflate negotiated: %v)", h.OpCode, h.Rsv, pmd)
		}
		if !h.Fin {
			t.Fatal("server fragmented a message") // qmlrun never does
		}
		switch h.OpCode {
		case ws.OpText:
			if h.Rsv == 0 && !utf8.Valid(p) {
				t.Fatalf("server sent invalid UTF-8 in a text message: %q", p)
			}
		case ws.OpClose:
			closed = true
			if len(p) == 1 {
				t.Fatal("close frame with a 1-byte payload")
			}
			if len(p) >= 2 {
				if code := int(binary.BigEndian.Uint16(p)); !sentCloseCode(code) {
					t.Fatalf("server sent close code %d", code)
				}
				if !utf8.Valid(p[2:]) {
					t.Fatalf("invalid UTF-8 in the close reason %q", p[2:])
				}
			}
		case ws.OpBinary, ws.OpPing, ws.OpPong:
		default:
			t.Fatalf("server sent opcode %v", h.OpCode)
		}
	}
}

// frameSeeds are client byte streams after the handshake: the cases of the
// conformance tests (valid and invalid) and permessage-deflate messages.
func frameSeeds() [][]byte {
	text := func(s string) []byte { return maskedFrame(true, 0, ws.OpText, []byte(s)) }
	closeF := func(code uint16, reason string) []byte {
		return maskedFrame(true, 0, ws.OpClose, append(binary.BigEndian.AppendUint16(nil, code), reason...))
	}
	// "hello" compressed with DEFLATE, final block, without the 00 00 ff ff tail.
	deflated := []byte{0xf2, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x04, 0x00}
	unmasked := []byte{0x81, 0x02, 'h', 'i'}
	return [][]byte{
		text("hello"),
		cat(text("a"), maskedFrame(true, 0, ws.OpBinary, []byte{0, 1, 2, 255}), closeF(1000, "bye")),
		cat(maskedFrame(false, 0, ws.OpText, []byte("frag")), maskedFrame(true, 0, ws.OpPing, []byte("p")),
			maskedFrame(true, 0, ws.OpContinuation, []byte("mented")), closeF(1000, "")),
		cat(maskedFrame(false, 0, ws.OpText, []byte{0xce}), maskedFrame(true, 0, ws.OpContinuation, []byte{0xba})),
		text("\xff\xfe"),
		cat(maskedFrame(true, 0, ws.OpPong, nil), maskedFrame(true, 0, ws.OpPing, bytes.Repeat([]byte("x"), 125))),
		maskedFrame(true, 0, ws.OpPing, bytes.Repeat([]byte("x"), 126)),
		maskedFrame(true, 0, ws.OpBinary, make([]byte, 300)),
		maskedFrame(true, 0, ws.OpBinary, make([]byte, 70000)),
		maskedFrame(true, 0, ws.OpContinuation, []byte("x")),
		maskedFrame(true, 0, 3, nil),
		maskedFrame(true, 2, ws.OpText, []byte("x")),
		maskedFrame(true, 4, ws.OpText, deflated),
		cat(maskedFrame(false, 4, ws.OpText, deflated[:3]), maskedFrame(true, 0, ws.OpContinuation, deflated[3:])),
		maskedFrame(false, 0, ws.OpPing, nil),
		closeF(1005, ""),
		closeF(4000, "\xff"),
		maskedFrame(true, 0, ws.OpClose, []byte{3}),
		unmasked,
		{0x81, 0xfe, 0x00, 0x10, 1, 2, 3, 4},
		{0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4},
		{0x82, 0xff, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5},
		cat(text("x"), text("y")[:3]),
	}
}

// FuzzServerFrames feeds fuzzed bytes to a server connection after a valid
// handshake (with or without permessage-deflate) and checks that the
// server never panics or hangs, sends only well-formed frames with a legal
// close code, closes the connection by the end of the input, and still
// serves a well-behaved client afterwards.
func FuzzServerFrames(f *testing.F) {
	for _, s := range frameSeeds() {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, data []byte, deflate bool) {
		defer watchdog(t)()
		addr := fuzzServer(t)
		extra := ""
		if deflate {
			extra = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
		}
		out := exchange(t, addr, append([]byte(handshakeRequest(addr, extra)), data...))
		r := bufio.NewReader(bytes.NewReader(out))
		resp, err := http.ReadResponse(r, nil)
		if err != nil || resp.StatusCode != 101 {
			t.Fatalf("handshake: %v %v", resp, err)
		}
		if got, want := resp.Header.Get("Sec-WebSocket-Accept"), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="; got != want {
			t.Fatalf("Sec-WebSocket-Accept %q", got)
		}
		pmd := strings.Contains(resp.Header.Get("Sec-WebSocket-Extensions"), "permessage-deflate")
		if pmd != deflate {
			t.Fatalf("permessage-deflate offered %v, negotiated %v", deflate, pmd)
		}
		rest, _ := io.ReadAll(r)
		checkServerFrames(t, rest, pmd)
		checkAlive(t, addr)
	})
}

// FuzzHandshake feeds fuzzed request bytes to the server: the answer is a
// 101 with the Sec-WebSocket-Accept of the request's key, or an HTTP error
// (4xx, or 505 for a bad HTTP version), or nothing when the input has no
// complete request head; never a panic or a hang, and the server still
// serves a well-behaved client afterwards.
func FuzzHandshake(f *testing.F) {
	addr := "127.0.0.1:9"
	seeds := []string{
		handshakeRequest(addr, ""),
		handshakeRequest(addr, "Sec-WebSocket-Protocol: chat, superchat\r\nOrigin: http://example.com\r\n"),
		handshakeRequest(addr, "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=10; client_max_window_bits\r\n"),
		handshakeRequest(addr, "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=99, x-webkit-deflate-frame\r\n"),
		strings.Replace(handshakeRequest(addr, ""), "Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 8", 1),
		strings.Replace(handshakeRequest(addr, ""), "GET", "POST", 1),
		strings.Replace(handshakeRequest(addr, ""), "HTTP/1.1", "HTTP/1.0", 1),
		strings.Replace(handshakeRequest(addr, ""), "Upgrade: websocket\r\n", "", 1),
		strings.Replace(handshakeRequest(addr, ""), fuzzKey, "short", 1),
		"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: WebSocket\r\nConnection: keep-alive, Upgrade\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA==\r\nSec-WebSocket-Version: 13\r\n\r\n",
		"GET / HTTP/1.1\r\n\r\n",
		"\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\n",
		"GET /" + strings.Repeat("a", 17000) + " HTTP/1.1\r\n\r\n",
		handshakeRequest(addr, "") + string(maskedFrame(true, 0, ws.OpText, []byte("early"))),
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, req []byte) {
		defer watchdog(t)()
		addr := fuzzServer(t)
		out := exchange(t, addr, req)
		end := bytes.Index(req, []byte("\r\n\r\n"))
		if len(out) == 0 {
			if end >= 0 && end+4 <= 16<<10 {
				t.Fatalf("no answer to a complete request head")
			}
			if end < 0 && len(req) > 16<<10 {
				t.Fatalf("no 431 for %d bytes without the end of the head", len(req))
			}
			return
		}
		if end < 0 && len(req) <= 16<<10 {
			t.Fatalf("answered an incomplete request head: %q", out)
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(out)), nil)
		if err != nil {
			t.Fatalf("malformed response %q: %v", out, err)
		}
		switch sc := resp.StatusCode; {
		case sc == 101:
			key := requestKey(req[:end+4])
			if got, want := resp.Header.Get("Sec-WebSocket-Accept"), accept(key); got != want {
				t.Fatalf("Sec-WebSocket-Accept %q for key %q, want %q", got, key, want)
			}
			if len(key) != 24 {
				t.Fatalf("101 for key %q", key)
			}
		case sc >= 400 && sc < 500, sc == 505:
		default:
			t.Fatalf("status %d", sc)
		}
		checkAlive(t, addr)
	})
}

// requestKey is the value of the request's Sec-WebSocket-Key header. Lines
// may end with a bare LF, which gobwas/ws accepts (RFC 9112 section 2.2
// allows it).
func requestKey(head []byte) string {
	for _, l := range strings.Split(string(head), "\n")[1:] {
		k, v, ok := strings.Cut(strings.TrimSuffix(l, "\r"), ":")
		if ok && strings.EqualFold(k, "Sec-WebSocket-Key") {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func accept(key string) string {
	h := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	return base64.StdEncoding.EncodeToString(h[:])
}
