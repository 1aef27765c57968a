package wsbinding_test

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/gobwas/ws"
)

const apiServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    onClientConnected: function (ws) {
        console.log("peer", ws.peerAddress, ws.peerPort > 0, JSON.stringify(ws.peerName), ws.origin, ws.requestUrl)
        var h = ws.requestHeaders()
        console.log("headers", h["x-test"], h["sec-websocket-version"], h["origin"], typeof h["Origin"])
        console.log("defaults", ws.maxAllowedIncomingFrameSize, ws.maxAllowedIncomingMessageSize, ws.closeCode, JSON.stringify(ws.closeReason))
        ws.onBytesWritten.connect(function (n) { console.log("bytesWritten", n) })
        ws.onPong.connect(function (ms, payload) { console.log("pong", ms >= 0, payload.byteLength, new Uint8Array(payload)[0]) })
        ws.onTextMessageReceived.connect(function (m) {
            if (m === "ping") ws.ping("abc")
            else if (m === "limit") ws.maxAllowedIncomingMessageSize = 10
            else if (m === "framelimit") ws.maxAllowedIncomingFrameSize = 4
            else if (m === "close") ws.close(4001, "bye now")
            else if (m === "badclose") { try { ws.close(1005) } catch (e) { console.log("close(1005):", e.name) } }
            else if (m === "longping") ws.ping(new Uint8Array(200).fill(7).buffer)
            else if (m === "badping") { try { ws.ping({}) } catch (e) { console.log("ping({}):", e.name) } }
            else if (m === "longclose") ws.close(4003, "\u00e9".repeat(100))
            else ws.sendTextMessage(m)
        })
        ws.onStatusChanged.connect(function (s) {
            if (s === WebSocket.Closed) console.log("closed", ws.closeCode, ws.closeReason, ws.active)
        })
    }
}`

func (c *rawClient) sendText(s string) { c.frame(true, 0, ws.OpText, []byte(s), true) }

func (c *rawClient) expectText(want string) {
	c.t.Helper()
	if h, p := c.read(); h.OpCode != ws.OpText || string(p) != want {
		c.t.Fatalf("got %v %q, want text %q", h.OpCode, p, want)
	}
}

// TestSocketAPI covers the QWebSocket API of server-side sockets: peer and
// request details, request headers, bytesWritten, ping/pong, close(code,
// reason) with closeCode/closeReason, and the size limits (close 1009).
func TestSocketAPI(t *testing.T) {
	e, out := startQML(t, writeQML(t, apiServer))
	url := rootURL(t, e)
	c := dialRawWith(t, url, "Origin: https://example.test\r\nX-Test: yes\r\n")
	waitFor(t, out, `qml: peer 127.0.0.1 true "" https://example.test `+url+"/\n")
	waitFor(t, out, "qml: headers yes 13 https://example.test undefined\n")
	waitFor(t, out, `qml: defaults 2147483646 2147483646 1000 ""`)
	c.sendText("hello")
	c.expectText("hello")
	waitFor(t, out, "qml: bytesWritten 7\n")
	c.sendText("ping")
	if h, p := c.read(); h.OpCode != ws.OpPing || string(p) != "abc" {
		t.Fatalf("got %v %q, want a ping", h.OpCode, p)
	}
	c.frame(true, 0, ws.OpPong, []byte("abc"), true)
	waitFor(t, out, "qml: pong true 3 97\n")
	c.sendText("badclose")
	waitFor(t, out, "qml: close(1005): TypeError\n")
	// Payloads longer than a control frame holds are cut: a ping to 125
	// bytes, a close reason to 123 bytes without splitting a character.
	c.sendText("longping")
	if h, p := c.read(); h.OpCode != ws.OpPing || !bytes.Equal(p, bytes.Repeat([]byte{7}, 125)) {
		t.Fatalf("got %v %d bytes, want a ping of 125", h.OpCode, len(p))
	}
	c.sendText("badping")
	waitFor(t, out, "qml: ping({}): TypeError\n")
	c.sendText("close")
	h, p := c.read()
	if h.OpCode != ws.OpClose || binary.BigEndian.Uint16(p) != 4001 || string(p[2:]) != "bye now" {
		t.Fatalf("got %v %q, want close 4001 bye now", h.OpCode, p)
	}
	waitFor(t, out, "qml: closed 4001 bye now false\n")

	c = dialRaw(t, url)
	c.sendText("longclose")
	h, p = c.read()
	if reason := strings.Repeat("\u00e9", 61); h.OpCode != ws.OpClose || binary.BigEndian.Uint16(p) != 4003 || string(p[2:]) != reason {
		t.Fatalf("got %v %q, want close 4003 with %d bytes of reason", h.OpCode, p, len(reason))
	}
	waitFor(t, out, "qml: closed 4003 "+strings.Repeat("\u00e9", 61)+" false\n")

	// The peer's close code and reason.
	c = dialRaw(t, url)
	c.frame(true, 0, ws.OpClose, closeBody(4002, "client bye"), true)
	c.expectClose(4002)
	waitFor(t, out, "qml: closed 4002 client bye true\n")

	// maxAllowedIncomingMessageSize 10: 10 bytes in two fragments pass, 11
	// close 1009; maxAllowedIncomingFrameSize 4: frames of 4 bytes pass, 5
	// close 1009.
	for _, tt := range []struct {
		set, a, b string
		over      [][]byte
		reason    string
	}{
		{"limit", "01234", "56789", [][]byte{[]byte("01234"), []byte("567890")}, "Received message is too big."},
		{"framelimit", "abcd", "efgh", [][]byte{[]byte("abcde")}, "Maximum framesize exceeded."},
	} {
		c = dialRaw(t, url)
		c.sendText(tt.set)
		c.frame(false, 0, ws.OpText, []byte(tt.a), true)
		c.frame(true, 0, ws.OpContinuation, []byte(tt.b), true)
		c.expectText(tt.a + tt.b)
		for i, p := range tt.over {
			op := ws.OpText
			if i > 0 {
				op = ws.OpContinuation
			}
			c.frame(i == len(tt.over)-1, 0, op, p, true)
		}
		c.expectClose(ws.StatusMessageTooBig)
		waitFor(t, out, "qml: closed 1009 "+tt.reason+" true\n")
	}
}
