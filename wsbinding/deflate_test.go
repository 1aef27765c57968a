package wsbinding_test

import (
	"bytes"
	"io"
	"net"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gobwas/httphead"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsflate"
)

const deflateEcho = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    port: 0
    listen: true
    compression: true
    onClientConnected: function (ws) {
        if (Qt.application.arguments.length > 2) // the limit, if given
            ws.maxAllowedIncomingMessageSize = Number(Qt.application.arguments[2])
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m) })
        ws.onBinaryMessageReceived.connect(function (m) { ws.sendBinaryMessage(m) })
    }
}`

const offerDeflate = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"

func deflate(t *testing.T, p []byte) []byte {
	z, err := wsflate.DefaultHelper.Compress(p)
	if err != nil {
		t.Fatal(err)
	}
	return z
}

// readMessage reads one data frame and inflates it when RSV1 is set.
func (c *rawClient) readMessage() (ws.OpCode, []byte, bool) {
	c.t.Helper()
	h, p := c.read()
	if !h.Rsv1() {
		return h.OpCode, p, false
	}
	out, err := wsflate.DefaultHelper.Decompress(p)
	if err != nil {
		c.t.Fatalf("inflating the server's message: %v", err)
	}
	return h.OpCode, out, true
}

// TestDeflateConformance checks permessage-deflate (RFC 7692; the
// categories of Autobahn's 12.x and 13.x cases): negotiation, compressed
// messages both ways, fragmentation, control frames, RSV1 misuse, the
// decompressed size limit and bad compressed data.
func TestDeflateConformance(t *testing.T) {
	e, _ := startQML(t, writeQML(t, deflateEcho), "100000")
	url := rootURL(t, e)
	long := []byte(strings.Repeat(`{"user":"alice","room":"general","text":"hello there"} `, 8))
	tests := []struct {
		name  string
		offer string
		run   func(c *rawClient)
	}{
		{"negotiated without context takeover", offerDeflate, func(c *rawClient) {
			ext := c.resp.Header.Get("Sec-WebSocket-Extensions")
			for _, want := range []string{"permessage-deflate", "server_no_context_takeover", "client_no_context_takeover"} {
				if !strings.Contains(ext, want) {
					t.Fatalf("Sec-WebSocket-Extensions %q lacks %s", ext, want)
				}
			}
		}},
		{"compressed text both ways", offerDeflate, func(c *rawClient) {
			for i := 0; i < 3; i++ { // each message compressed on its own
				c.frame(true, 4, ws.OpText, deflate(t, long), true)
				op, p, compressed := c.readMessage()
				if op != ws.OpText || !bytes.Equal(p, long) || !compressed {
					t.Fatalf("got %v %q compressed %v", op, p, compressed)
				}
			}
		}},
		{"compressed binary", offerDeflate, func(c *rawClient) {
			bin := bytes.Repeat([]byte{0, 1, 2, 3, 255}, 100)
			c.frame(true, 4, ws.OpBinary, deflate(t, bin), true)
			if op, p, _ := c.readMessage(); op != ws.OpBinary || !bytes.Equal(p, bin) {
				t.Fatalf("got %v %d bytes", op, len(p))
			}
		}},
		{"short messages are sent uncompressed", offerDeflate, func(c *rawClient) {
			c.frame(true, 4, ws.OpText, deflate(t, []byte("hi")), true)
			if op, p, compressed := c.readMessage(); op != ws.OpText || string(p) != "hi" || compressed {
				t.Fatalf("got %v %q compressed %v", op, p, compressed)
			}
		}},
		{"uncompressed messages still accepted", offerDeflate, func(c *rawClient) {
			c.frame(true, 0, ws.OpText, []byte("plain"), true)
			if _, p, _ := c.readMessage(); string(p) != "plain" {
				t.Fatalf("got %q", p)
			}
		}},
		{"RSV1 on the first fragment only", offerDeflate, func(c *rawClient) {
			z := deflate(t, long)
			c.frame(false, 4, ws.OpText, z[:10], true)
			c.frame(true, 0, ws.OpPing, []byte("p"), true)
			c.frame(false, 0, ws.OpContinuation, z[10:20], true)
			c.frame(true, 0, ws.OpContinuation, z[20:], true)
			if h, p := c.read(); h.OpCode != ws.OpPong || h.Rsv != 0 || string(p) != "p" {
				t.Fatalf("want an uncompressed pong, got %v rsv %d %q", h.OpCode, h.Rsv, p)
			}
			if _, p, _ := c.readMessage(); !bytes.Equal(p, long) {
				t.Fatalf("got %q", p)
			}
		}},
		{"RSV1 on a continuation frame", offerDeflate, func(c *rawClient) {
			z := deflate(t, long)
			c.frame(false, 4, ws.OpText, z[:10], true)
			c.frame(true, 4, ws.OpContinuation, z[10:], true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"compressed ping", offerDeflate, func(c *rawClient) {
			c.frame(true, 4, ws.OpPing, deflate(t, []byte("x")), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"RSV1 without negotiation", "", func(c *rawClient) {
			if ext := c.resp.Header.Get("Sec-WebSocket-Extensions"); ext != "" {
				t.Fatalf("extension %q without an offer", ext)
			}
			c.frame(true, 4, ws.OpText, deflate(t, long), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"RSV2", offerDeflate, func(c *rawClient) {
			c.frame(true, 2, ws.OpText, []byte("x"), true)
			c.expectClose(ws.StatusProtocolError)
		}},
		{"decompressed size over the limit", offerDeflate, func(c *rawClient) {
			bomb := deflate(t, make([]byte, 100001))
			if len(bomb) > 1000 {
				t.Fatalf("bomb of %d bytes", len(bomb))
			}
			c.frame(true, 4, ws.OpBinary, bomb, true)
			c.expectClose(ws.StatusMessageTooBig)
		}},
		{"decompressed size at the limit", offerDeflate, func(c *rawClient) {
			c.frame(true, 4, ws.OpBinary, deflate(t, make([]byte, 100000)), true)
			if _, p, _ := c.readMessage(); len(p) != 100000 {
				t.Fatalf("got %d bytes", len(p))
			}
		}},
		{"invalid compressed data", offerDeflate, func(c *rawClient) {
			c.frame(true, 4, ws.OpText, []byte{0xff, 0xff, 0xff, 0xff}, true)
			c.expectClose(ws.StatusInvalidFramePayloadData)
		}},
		{"invalid UTF-8 inside compressed text", offerDeflate, func(c *rawClient) {
			c.frame(true, 4, ws.OpText, deflate(t, []byte{'a', 0xff, 'b'}), true)
			c.expectClose(ws.StatusInvalidFramePayloadData)
		}},
		{"server_max_window_bits", "Sec-WebSocket-Extensions: permessage-deflate; server_max_window_bits=10\r\n", func(c *rawClient) {
			if ext := c.resp.Header.Get("Sec-WebSocket-Extensions"); !strings.Contains(ext, "server_max_window_bits=10") {
				t.Fatalf("Sec-WebSocket-Extensions %q", ext)
			}
			small, big := long[:400], bytes.Repeat(long, 4)
			c.frame(true, 0, ws.OpText, small, true)
			if _, p, compressed := c.readMessage(); !bytes.Equal(p, small) || !compressed {
				t.Fatalf("400 bytes: compressed %v", compressed)
			}
			c.frame(true, 0, ws.OpText, big, true)
			if _, p, compressed := c.readMessage(); !bytes.Equal(p, big) || compressed {
				t.Fatalf("%d bytes (over the 1 KiB window): compressed %v", len(big), compressed)
			}
		}},
		{"an invalid offer is declined", "Sec-WebSocket-Extensions: permessage-deflate; foo=1, x-webkit-deflate-frame\r\n", func(c *rawClient) {
			if ext := c.resp.Header.Get("Sec-WebSocket-Extensions"); ext != "" {
				t.Fatalf("Sec-WebSocket-Extensions %q", ext)
			}
		}},
		{"the first valid offer wins", "Sec-WebSocket-Extensions: permessage-deflate; foo, permessage-deflate; client_no_context_takeover\r\n", func(c *rawClient) {
			if ext := c.resp.Header.Get("Sec-WebSocket-Extensions"); strings.Count(ext, "permessage-deflate") != 1 {
				t.Fatalf("Sec-WebSocket-Extensions %q", ext)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dialRawWith(t, url, tt.offer)
			c.t = t
			tt.run(c)
		})
	}
}

// TestDeflateOffers: the server's answer to each kind of client offer
// (RFC 7692 section 7.1). Valid offers are accepted with no context
// takeover either way, echoing server_max_window_bits; an offer with an
// unknown parameter, a bad value or a repeated parameter is declined
// (section 5: the server must not accept it) and the connection goes on
// without compression.
func TestDeflateOffers(t *testing.T) {
	e, _ := startQML(t, writeQML(t, deflateEcho))
	url := rootURL(t, e)
	const both = "permessage-deflate;server_no_context_takeover;client_no_context_takeover"
	for _, tt := range []struct{ offer, answer string }{
		{"permessage-deflate", both},
		{"permessage-deflate; client_max_window_bits", both},
		{"permessage-deflate; client_max_window_bits=10", both},
		{"permessage-deflate; server_no_context_takeover", both},
		{"permessage-deflate; client_no_context_takeover", both},
		{"permessage-deflate; server_max_window_bits=8", both + ";server_max_window_bits=8"},
		{"permessage-deflate; server_max_window_bits=15; client_max_window_bits", both + ";server_max_window_bits=15"},
		{"permessage-deflate; server_max_window_bits=9; client_max_window_bits=9; server_no_context_takeover; client_no_context_takeover", both + ";server_max_window_bits=9"},
		{"x-webkit-deflate-frame, permessage-deflate", both},
		// Declined offers.
		{"permessage-deflate; foo=1", ""},
		{"permessage-deflate; server_max_window_bits", ""},
		{"permessage-deflate; server_max_window_bits=7", ""},
		{"permessage-deflate; server_max_window_bits=16", ""},
		{"permessage-deflate; server_max_window_bits=ten", ""},
		{"permessage-deflate; client_max_window_bits=7", ""},
		{"permessage-deflate; server_no_context_takeover=1", ""},
		{"permessage-deflate; client_no_context_takeover; client_no_context_takeover", ""},
		{"permessage-deflate; server_max_window_bits=10; server_max_window_bits=10", ""},
		{"permessage-deflate; client_max_window_bits; client_max_window_bits=10", ""},
		{"permessage-deflate; client_max_window_bits=10; client_max_window_bits", ""},
		{"x-webkit-deflate-frame", ""},
		// A declined offer does not hide a later valid one.
		{"permessage-deflate; server_max_window_bits=16, permessage-deflate; server_max_window_bits=12", both + ";server_max_window_bits=12"},
	} {
		c := dialRawWith(t, url, "Sec-WebSocket-Extensions: "+tt.offer+"\r\n")
		if got := c.resp.Header.Get("Sec-WebSocket-Extensions"); got != tt.answer {
			t.Errorf("offer %q: answer %q, want %q", tt.offer, got, tt.answer)
			continue
		}
		// The connection works either way, compressed or not.
		c.sendText("still open")
		c.expectText("still open")
	}
}

// heapAfterGC is the live heap once garbage is collected.
func heapAfterGC() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// TestDeflateMemoryPerConnection bounds what compression adds to a
// connection: N connections that negotiated permessage-deflate and
// exchanged a compressed message hold no more live heap (server and test
// clients together) than N that did not, within 2 KiB each. A compressor
// kept per connection would cost 0.7-1.2 MiB each (README "Compression").
func TestDeflateMemoryPerConnection(t *testing.T) {
	const n = 200
	msg := []byte(strings.Repeat(`{"user":"alice","room":"general","text":"hello there"} `, 8))
	perConn := func(offer string) int64 {
		e, _ := startQML(t, writeQML(t, deflateEcho))
		url := rootURL(t, e)
		exchange := func() *rawClient {
			c := dialRawWith(t, url, offer)
			if offer != "" {
				c.frame(true, 4, ws.OpText, deflate(t, msg), true)
			} else {
				c.sendText(string(msg))
			}
			if _, p, compressed := c.readMessage(); !bytes.Equal(p, msg) || compressed != (offer != "") {
				t.Fatalf("offer %q: echo compressed %v", offer, compressed)
			}
			return c
		}
		exchange() // the engine's shared compressor and decompressor
		before := heapAfterGC()
		clients := make([]*rawClient, n)
		for i := range clients {
			clients[i] = exchange()
		}
		grown := heapAfterGC() - before
		runtime.KeepAlive(clients)
		return grown / n
	}
	plain := perConn("")
	deflated := perConn(offerDeflate)
	t.Logf("live heap per connection: %d bytes without compression, %d with", plain, deflated)
	if deflated-plain > 2048 {
		t.Fatalf("compression adds %d bytes per connection", deflated-plain)
	}
}

// TestNoDeflateByDefault: servers negotiate compression only with
// compression: true (QtWebSockets' server never does).
func TestNoDeflateByDefault(t *testing.T) {
	for _, doc := range [][]string{{"../testdata/examples/echo-server.qml", "0"}, {writeQML(t, strings.Replace(deflateEcho, "compression: true", "", 1))}} {
		e, _ := startQML(t, doc[0], doc[1:]...)
		c := dialRawWith(t, rootURL(t, e), offerDeflate)
		if ext := c.resp.Header.Get("Sec-WebSocket-Extensions"); ext != "" {
			t.Fatalf("%s: Sec-WebSocket-Extensions %q", doc, ext)
		}
	}
}

// TestDeflateWithNodeWS: npm `ws` offers permessage-deflate by default; it
// compresses its 1 MiB message and inflates the server's compressed echoes.
func TestDeflateWithNodeWS(t *testing.T) {
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	e, _ := startQML(t, writeQML(t, deflateEcho))
	runPeerEnv(t, []string{"EXPECT_EXTENSIONS=permessage-deflate"}, "node", filepath.Join(dir, "node-client.js"), rootURL(t, e))
}

// TestDeflateWithPythonWebsockets: Python's websockets offers
// permessage-deflate by default too.
func TestDeflateWithPythonWebsockets(t *testing.T) {
	py := pythonPeer(t)
	e, _ := startQML(t, writeQML(t, deflateEcho))
	runPeerEnv(t, []string{"EXPECT_EXTENSIONS=permessage-deflate"}, py, filepath.Join(interopDir(t), "py-client.py"), rootURL(t, e))
}

// TestDeflateSuiteWithPythonWebsockets runs testdata/interop/
// py-deflate-suite.py: Autobahn 12.x's message sizes and payloads (whole and
// fragmented) under each of 13.x's offers, Python's zlib inflating the
// server's messages within the window the offer asked for.
func TestDeflateSuiteWithPythonWebsockets(t *testing.T) {
	py := pythonPeer(t)
	e, _ := startQML(t, writeQML(t, deflateEcho))
	runPeer(t, py, filepath.Join(interopDir(t), "py-deflate-suite.py"), rootURL(t, e))
}

// TestDeflateWithChromium: Chromium negotiates permessage-deflate and
// exchanges compressed messages with the server.
func TestDeflateWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	e, _ := startQML(t, writeQML(t, deflateEcho))
	runChromium(t, chrome, rootURL(t, e), "permessage-deflate;server_no_context_takeover;client_no_context_takeover")
}

const deflateClient = `import QtQml
import QmlRun.WebSockets
WebSocket {
    property int step: 0
    readonly property string longText: "a compressible chat message, ".repeat(20)
    url: Qt.application.arguments[2]
    compression: true
    active: true
    onStatusChanged: function (s) {
        if (s === WebSocket.Error) { console.log("error", errorString); Qt.exit(1) }
        if (s !== WebSocket.Open) return
        console.log("offered", requestHeaders()["sec-websocket-extensions"])
        sendTextMessage("hi")
    }
    onTextMessageReceived: function (m) {
        if (m.indexOf("extensions: ") === 0) { console.log(m); return }
        step++
        if (step === 1) { console.log("short", m); sendTextMessage(longText) }
        else { console.log("long echoed", m === longText); Qt.quit() }
    }
}`

// TestDeflateClient: QmlRun.WebSockets' client with compression: true
// offers permessage-deflate; against npm ws (which then compresses every
// message) and against qmlrun's own server the messages round-trip.
func TestDeflateClient(t *testing.T) {
	client := writeQML(t, deflateClient)
	want := "qml: offered permessage-deflate; server_no_context_takeover; client_no_context_takeover\n"
	t.Run("npm ws server", func(t *testing.T) {
		out := runClient(t, client, startNodeServer(t, "DEFLATE=1"))
		want := want + "qml: extensions: permessage-deflate\nqml: short hi\nqml: long echoed true\n"
		if out != want {
			t.Fatalf("output %q, want %q", out, want)
		}
	})
	t.Run("qmlrun server", func(t *testing.T) {
		e, out := startQML(t, writeQML(t, strings.Replace(deflateEcho, "onClientConnected: function (ws) {",
			"onClientConnected: function (ws) {\n        console.log(\"server side compression\", ws.compression)", 1)))
		got := runClient(t, client, rootURL(t, e))
		if want := want + "qml: short hi\nqml: long echoed true\n"; got != want {
			t.Fatalf("output %q, want %q", got, want)
		}
		waitFor(t, out, "qml: server side compression true\n")
	})
	t.Run("server keeping its context", func(t *testing.T) {
		// An answer without server_no_context_takeover does not accept the
		// offer: the client refuses it.
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
			u := ws.Upgrader{Negotiate: func(opt httphead.Option) (httphead.Option, error) {
				return wsflate.Parameters{ClientNoContextTakeover: true}.Option(), nil
			}}
			u.Upgrade(c)
			io.Copy(io.Discard, c)
		}()
		out, rc := runClientRC(t, client, "ws://"+ln.Addr().String())
		if rc != 1 || !strings.Contains(out, "error QWebSocketPrivate::processHandshake: Server sent an extension that was not requested.") {
			t.Fatalf("rc %d, output %q", rc, out)
		}
	})
}
