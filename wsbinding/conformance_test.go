package wsbinding_test

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gobwas/ws"
)

// rawClient is a hand-driven WebSocket client for conformance tests: it
// writes exactly the bytes a test wants and reads what the server answers.
type rawClient struct {
	t    *testing.T
	conn net.Conn
	r    *bufio.Reader
	resp *http.Response // the handshake response
}

func dialRaw(t *testing.T, url string) *rawClient {
	t.Helper()
	return dialRawWith(t, url, "")
}

// dialRawWith adds header lines (each ending in CRLF) to the request.
func dialRawWith(t *testing.T, url, extra string) *rawClient {
	t.Helper()
	addr := strings.TrimPrefix(url, "ws://")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	return handshakeRaw(t, c, addr, extra)
}

// handshakeRaw sends the upgrade request on a connection and checks the
// answer.
func handshakeRaw(t *testing.T, c net.Conn, addr, extra string) *rawClient {
	t.Helper()
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(10 * time.Second))
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: "+addr+"\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"+extra+"\r\n")
	r := bufio.NewReader(c)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 101 || resp.Header.Get("Sec-WebSocket-Accept") != "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" {
		t.Fatalf("handshake: %d %v", resp.StatusCode, resp.Header)
	}
	return &rawClient{t: t, conn: c, r: r, resp: resp}
}

// frame writes one frame; mask false sends it unmasked (a violation).
func (c *rawClient) frame(fin bool, rsv byte, op ws.OpCode, payload []byte, mask bool) {
	b0 := byte(op) | rsv<<4
	if fin {
		b0 |= 0x80
	}
	var buf bytes.Buffer
	buf.WriteByte(b0)
	mbit := byte(0)
	if mask {
		mbit = 0x80
	}
	switch n := len(payload); {
	case n < 126:
		buf.WriteByte(mbit | byte(n))
	case n <= 0xffff:
		buf.WriteByte(mbit | 126)
		binary.Write(&buf, binary.BigEndian, uint16(n))
	default:
		buf.WriteByte(mbit | 127)
		binary.Write(&buf, binary.BigEndian, uint64(n))
	}
	p := append([]byte(nil), payload...)
	if mask {
		key := [4]byte{1, 2, 3, 4}
		buf.Write(key[:])
		ws.Cipher(p, key, 0)
	}
	buf.Write(p)
	if _, err := c.conn.Write(buf.Bytes()); err != nil {
		c.t.Fatal(err)
	}
}

// read reads one frame from the server.
func (c *rawClient) read() (ws.Header, []byte) {
	h, err := ws.ReadHeader(c.r)
	if err != nil {
		c.t.Fatalf("reading a frame: %v", err)
	}
	p := make([]byte, h.Length)
	if _, err := io.ReadFull(c.r, p); err != nil {
		c.t.Fatal(err)
	}
	if h.Masked {
		c.t.Fatal("server sent a masked frame")
	}
	return h, p
}

// expectClose reads frames until a close frame and checks its code, then
// that the server closes TCP.
func (c *rawClient) expectClose(code ws.StatusCode) {
	c.t.Helper()
	if got, reason := c.expectCloseReason(); got != code {
		c.t.Fatalf("close %d %q, want code %d", got, reason, code)
	}
}

func closeBody(code int, reason string) []byte {
	b := binary.BigEndian.AppendUint16(nil, uint16(code))
	return append(b, reason...)
}

// TestConformance drives raw frames at the echo server and checks the reply
// or close code RFC 6455 requires.
func TestConformance(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	url := rootURL(t, e)
	big := bytes.Repeat([]byte("z"), 70000)
	tests := []struct {
		name string
		run  func(c *rawClient)
	}{
		{"echo text", func(c *rawClient) {
			c.frame(true, 0, ws.OpText, []byte("hi"), true)
			if h, p := c.read(); h.OpCode != ws.OpText || string(p) != "hi" {
				t.Fatalf("got %v %q", h.OpCode, p)
			}
		}},
		{"64-bit length", func(c *rawClient) {
			c.frame(true, 0, ws.OpBinary, big, true)
			if h, p := c.read(); h.OpCode != ws.OpBinary || !bytes.Equal(p, big) {
				t.Fatalf("got %v %d bytes", h.OpCode, len(p))
			}
		}},
		{"fragments with a ping between", func(c *rawClient) {
			c.frame(false, 0, ws.OpText, []byte("frag"), true)
			c.frame(true, 0, ws.OpPing, []byte("p"), true)
			c.frame(false, 0, ws.OpContinuation, []byte("men"), true)
			c.frame(true, 0, ws.OpContinuation, []byte("ted"), true)
			if h, p := c.read(); h.OpCode != ws.OpPong || string(p) != "p" {
				t.Fatalf("want pong, got %v %q", h.OpCode, p)
			}
			if h, p := c.read(); h.OpCode != ws.OpText || string(p) != "fragmented" {
				t.Fatalf("got %v %q", h.OpCode, p)
			}
		}},
		{"UTF-8 split across fragments", func(c *rawClient) {
			euro := []byte("€")
			c.frame(false, 0, ws.OpText, euro[:1], true)
			c.frame(true, 0, ws.OpContinuation, euro[1:], true)
			if _, p := c.read(); string(p) != "€" {
				t.Fatalf("got %q", p)
			}
		}},
		{"unmasked client frame", func(c *rawClient) {
			c.frame(true, 0, ws.OpText, []byte("x"), false)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"reserved bits", func(c *rawClient) {
			c.frame(true, 1, ws.OpText, []byte("x"), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"reserved opcode", func(c *rawClient) {
			c.frame(true, 0, ws.OpCode(3), nil, true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"fragmented ping", func(c *rawClient) {
			c.frame(false, 0, ws.OpPing, []byte("x"), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"ping payload over 125", func(c *rawClient) {
			c.frame(true, 0, ws.OpPing, make([]byte, 126), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"continuation without start", func(c *rawClient) {
			c.frame(true, 0, ws.OpContinuation, []byte("x"), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"new message inside fragments", func(c *rawClient) {
			c.frame(false, 0, ws.OpText, []byte("a"), true)
			c.frame(true, 0, ws.OpText, []byte("b"), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"invalid UTF-8", func(c *rawClient) {
			c.frame(true, 0, ws.OpText, []byte{0xce, 0xba, 0xe1, 0xbd, 0xb9, 0xcf, 0x83, 0xce, 0xbc, 0xce, 0xb5, 0xed, 0xa0, 0x80}, true)
			c.expectClose(ws.StatusInvalidFramePayloadData)
		}},
		{"invalid UTF-8 fails fast in a fragment", func(c *rawClient) {
			c.frame(false, 0, ws.OpText, []byte{'a', 0xf4, 0x90}, true)
			c.expectClose(ws.StatusInvalidFramePayloadData)
		}},
		{"close echoes the code", func(c *rawClient) {
			c.frame(true, 0, ws.OpClose, closeBody(1000, "bye"), true)
			c.expectClose(ws.StatusNormalClosure)
		}},
		{"empty close", func(c *rawClient) {
			c.frame(true, 0, ws.OpClose, nil, true)
			c.expectClose(ws.StatusNormalClosure)
		}},
		{"close with 1-byte payload", func(c *rawClient) {
			c.frame(true, 0, ws.OpClose, []byte{3}, true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"close with an invalid code", func(c *rawClient) {
			c.frame(true, 0, ws.OpClose, closeBody(1005, ""), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"close reason not UTF-8", func(c *rawClient) {
			c.frame(true, 0, ws.OpClose, append(closeBody(1000, ""), 0xff), true)
			c.expectClose(ws.StatusInvalidFramePayloadData)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dialRaw(t, url)
			c.t = t
			tt.run(c)
		})
	}
}

// TestMalformedHandshake checks that bad upgrade requests get an HTTP error
// instead of a hang, and that the server keeps serving.
func TestMalformedHandshake(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	addr := strings.TrimPrefix(rootURL(t, e), "ws://")
	for _, req := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n",
		"POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
		"garbage\r\n\r\n",
		// keys that are not the base64 of 16 bytes, or two keys (RFC 6455
		// section 4.1: exactly one)
		"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: !!!!!!!!!!!!!!!!!!!!!!==\r\nSec-WebSocket-Version: 13\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAAAAAAA=\r\nSec-WebSocket-Version: 13\r\n\r\n",
		"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA==\r\nSec-WebSocket-Version: 13\r\n\r\n",
	} {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(c, req)
		resp, err := io.ReadAll(c)
		c.Close()
		if err != nil || !strings.HasPrefix(string(resp), "HTTP/1.1 4") {
			t.Errorf("request %q: response %q, err %v", req, resp, err)
		}
	}
	// The server still works.
	c := dialRaw(t, "ws://"+addr)
	c.frame(true, 0, ws.OpText, []byte("still"), true)
	if _, p := c.read(); string(p) != "still" {
		t.Fatalf("got %q", p)
	}
}

// TestCloseReasonsAsQt checks the close frame a protocol violation gets:
// the code and reason Qt 6.4's server sends for it (seen on the wire from
// an echo server under Qt), except that an invalid close code is named as
// received (Qt names 1002, the code it answers with).
func TestCloseReasonsAsQt(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	url := rootURL(t, e)
	tests := []struct {
		name   string
		send   func(c *rawClient)
		code   ws.StatusCode
		reason string
	}{
		{"RSV2", func(c *rawClient) { c.frame(true, 2, ws.OpText, []byte("x"), true) },
			1002, "Rsv field is non-zero"},
		{"RSV1 without deflate", func(c *rawClient) { c.frame(true, 4, ws.OpText, []byte("x"), true) },
			1002, "Rsv field is non-zero"},
		{"opcode 0xB", func(c *rawClient) { c.frame(true, 0, ws.OpCode(0xb), nil, true) },
			1002, "Used reserved opcode"},
		{"ping of 126 bytes", func(c *rawClient) { c.frame(true, 0, ws.OpPing, make([]byte, 126), true) },
			1002, "Control frame is larger than 125 bytes"},
		{"fragmented close", func(c *rawClient) { c.frame(false, 0, ws.OpClose, closeBody(1000, ""), true) },
			1002, "Control frames cannot be fragmented"},
		{"16-bit length under 126", func(c *rawClient) { c.conn.Write([]byte{0x81, 0xfe, 0, 2, 1, 2, 3, 4, 'h' ^ 1, 'i' ^ 2}) },
			1002, "Lengths smaller than 126 must be expressed as one byte."},
		{"64-bit length under 65536", func(c *rawClient) {
			c.conn.Write([]byte{0x81, 0xff, 0, 0, 0, 0, 0, 0, 0, 2, 1, 2, 3, 4, 'h' ^ 1, 'i' ^ 2})
		}, 1002, "Lengths smaller than 65536 (2^16) must be expressed as 2 bytes."},
		{"64-bit length with the high bit", func(c *rawClient) { c.conn.Write([]byte{0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4}) },
			1002, "Highest bit of payload length is not 0."},
		{"frame of 3 GB", func(c *rawClient) { c.conn.Write([]byte{0x82, 0xff, 0, 0, 0, 0, 0xc0, 0, 0, 0, 1, 2, 3, 4}) },
			1009, "Maximum framesize exceeded."},
		{"orphan continuation", func(c *rawClient) { c.frame(true, 0, ws.OpContinuation, []byte("x"), true) },
			1002, "Received Continuation frame, while there is nothing to continue."},
		{"binary inside a text message", func(c *rawClient) {
			c.frame(false, 0, ws.OpText, []byte("a"), true)
			c.frame(true, 0, ws.OpBinary, []byte("b"), true)
		}, 1002, "All data frames after the initial data frame must have opcode 0 (continuation)."},
		{"invalid UTF-8", func(c *rawClient) { c.frame(true, 0, ws.OpText, []byte("a\xff"), true) },
			1007, "Invalid UTF-8 code encountered."},
		{"invalid UTF-8 in the last fragment", func(c *rawClient) {
			c.frame(false, 0, ws.OpText, []byte("ab"), true)
			c.frame(true, 0, ws.OpContinuation, []byte("\xe2\x82"), true)
		}, 1007, "Invalid UTF-8 code encountered."},
		{"invalid UTF-8 in a close reason", func(c *rawClient) { c.frame(true, 0, ws.OpClose, closeBody(1000, "\xff"), true) },
			1007, "Invalid UTF-8 code encountered."},
		{"1-byte close", func(c *rawClient) { c.frame(true, 0, ws.OpClose, []byte{3}, true) },
			1002, "Payload of close frame is too small."},
		{"close code 999", func(c *rawClient) { c.frame(true, 0, ws.OpClose, closeBody(999, ""), true) },
			1002, "Invalid close code 999 detected."},
		{"close code 1015", func(c *rawClient) { c.frame(true, 0, ws.OpClose, closeBody(1015, ""), true) },
			1002, "Invalid close code 1015 detected."},
		{"close code 5000", func(c *rawClient) { c.frame(true, 0, ws.OpClose, closeBody(5000, ""), true) },
			1002, "Invalid close code 5000 detected."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dialRaw(t, url)
			c.t = t
			tt.send(c)
			if code, reason := c.expectCloseReason(); code != tt.code || reason != tt.reason {
				t.Fatalf("close %d %q, want %d %q", code, reason, tt.code, tt.reason)
			}
		})
	}
}

// expectCloseReason reads frames until a close frame and returns its code
// and reason, then checks that the server closes TCP.
func (c *rawClient) expectCloseReason() (ws.StatusCode, string) {
	c.t.Helper()
	for {
		h, p := c.read()
		if h.OpCode != ws.OpClose {
			continue
		}
		if len(p) < 2 {
			c.t.Fatalf("close payload %v", p)
		}
		if _, err := c.r.ReadByte(); err != io.EOF {
			c.t.Fatalf("server did not close TCP after the close frame: %v", err)
		}
		return ws.StatusCode(binary.BigEndian.Uint16(p)), string(p[2:])
	}
}

// TestVersionRefusals: a request without the version 13 gets an HTTP error
// naming the version the server speaks (RFC 6455 section 4.4): 426 for
// another version or a list of them, 400 for none.
func TestVersionRefusals(t *testing.T) {
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	addr := strings.TrimPrefix(rootURL(t, e), "ws://")
	for _, tt := range []struct {
		version string // "" leaves the header out
		status  int
	}{{"8", 426}, {"13, 8", 426}, {"", 400}} {
		req := "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
		if tt.version != "" {
			req += "Sec-WebSocket-Version: " + tt.version + "\r\n"
		}
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(5 * time.Second))
		io.WriteString(c, req+"\r\n")
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		c.Close()
		if err != nil {
			t.Fatalf("version %q: %v", tt.version, err)
		}
		if resp.StatusCode != tt.status || resp.Header.Get("Sec-WebSocket-Version") != "13" {
			t.Errorf("version %q: %d %v, want %d with Sec-WebSocket-Version: 13", tt.version, resp.StatusCode, resp.Header, tt.status)
		}
	}
}
