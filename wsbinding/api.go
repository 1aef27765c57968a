package wsbinding

import (
	"cmp"
	"net"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
	"golang.org/x/sys/unix"
)

// ExtensionsName is the module of qmlrun's extensions of QtWebSockets.
const ExtensionsName = "QmlRun.WebSockets"

// Extensions returns module QmlRun.WebSockets: WebSocket and
// WebSocketServer extended with the parts of QWebSocket's and
// QWebSocketServer's C++ API that Qt's QML types do not expose, under the
// same names (TLS, peer and request details, close codes, ping/pong,
// limits). A document opts in with `import QmlRun.WebSockets`; one that
// imports only QtWebSockets sees exactly Qt's types. Register it after
// Module.
func Extensions() *runtime.Module { return ExtensionsWith(Options{}) }

// ExtensionsWith is Extensions with the operator's limits as the defaults
// of the server's properties.
func ExtensionsWith(opts Options) *runtime.Module {
	opts = opts.withDefaults()
	return &runtime.Module{
		Name:    ExtensionsName,
		Accepts: func(major, minor int) bool { return major == 1 },
		Types:   []*runtime.TypeSpec{socketExtensions(), serverExtensions(opts)},
	}
}

func socketExtensions() *runtime.TypeSpec {
	limit := func(o *runtime.Object) {
		if s := sock(o); s.c != nil {
			s.applyLimits(s.c)
		}
	}
	props := []runtime.PropertySpec{
		{Name: "caCertificateFile", Type: "string"},
		{Name: "compression", Type: "bool"},
		{Name: "peerAddress", Type: "string", ReadOnly: true},
		{Name: "peerPort", Type: "int", ReadOnly: true},
		{Name: "peerName", Type: "string", ReadOnly: true},
		{Name: "origin", Type: "string", ReadOnly: true},
		{Name: "requestUrl", Type: "url", ReadOnly: true},
		{Name: "closeCode", Type: "int", ReadOnly: true, Default: int(ws.StatusNormalClosure)},
		{Name: "closeReason", Type: "string", ReadOnly: true},
		{Name: "maxAllowedIncomingFrameSize", Type: "int", Default: defaultMaxSize, Set: positiveSize, Changed: limit},
		{Name: "maxAllowedIncomingMessageSize", Type: "int", Default: defaultMaxSize, Set: positiveSize, Changed: limit},
		{Name: "bufferedAmount", Type: "int", ReadOnly: true},
	}
	signals := []runtime.SignalSpec{
		{Name: "bufferFull"},
		{Name: "pong", Params: []runtime.ParamSpec{{Name: "elapsedTime", Type: "int"}, {Name: "payload", Type: "var"}}},
		{Name: "bytesWritten", Params: []runtime.ParamSpec{{Name: "bytes", Type: "int"}}},
	}
	methods := []runtime.MethodSpec{
		{Name: "requestHeaders", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			obj := o.Runtime().NewObject()
			for _, h := range sock(o).x.headers {
				if prev := obj.Get(h[0]); prev != nil {
					obj.Set(h[0], prev.String()+", "+h[1])
				} else {
					obj.Set(h[0], h[1])
				}
			}
			return obj
		}},
		{Name: "close", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			code := int64(ws.StatusNormalClosure)
			if v := c.Argument(0); !goja.IsUndefined(v) {
				code = v.ToInteger()
			}
			if code != int64(ws.StatusNormalClosure) && !validCloseCode(int(code)) {
				panic(o.Runtime().NewTypeError("WebSocket.close: invalid close code %d", code))
			}
			reason := ""
			if v := c.Argument(1); !goja.IsUndefined(v) {
				reason = v.String()
			}
			sock(o).closeWith(ws.StatusCode(code), truncateUTF8(reason, 123))
			return goja.Undefined()
		}},
		{Name: "ping", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			var payload []byte
			if v := c.Argument(0); !goja.IsUndefined(v) {
				b, ok := binaryArgument(o, v)
				if !ok {
					panic(o.Runtime().NewTypeError("WebSocket.ping: the payload must be a string or an ArrayBuffer"))
				}
				payload = b
			}
			sock(o).ping(payload)
			return goja.Undefined()
		}},
	}
	return &runtime.TypeSpec{
		Name:       "WebSocket",
		Base:       "QtWebSockets.WebSocket",
		ClassName:  "QQmlWebSocket",
		Enums:      statusEnum,
		Properties: props,
		Signals:    signals,
		Methods:    methods,
		Init: func(o *runtime.Object) {
			s := sock(o)
			s.ext = true
			s.x = &extState{m: moduleOf(o.Engine())}
		},
	}
}

func serverExtensions(opts Options) *runtime.TypeSpec {
	origins := make([]string, len(opts.AllowedOrigins))
	copy(origins, opts.AllowedOrigins)
	return &runtime.TypeSpec{
		Name:      "WebSocketServer",
		Base:      "QtWebSockets.WebSocketServer",
		ClassName: "QQmlWebSocketServer",
		Properties: []runtime.PropertySpec{
			{Name: "secure", Type: "bool", Changed: func(o *runtime.Object) { srv(o).secureChanged() }},
			{Name: "certificateFile", Type: "string", Changed: func(o *runtime.Object) { srv(o).certsChanged() }},
			{Name: "privateKeyFile", Type: "string", Changed: func(o *runtime.Object) { srv(o).certsChanged() }},
			{Name: "maxPendingConnections", Type: "int", Default: cmp.Or(opts.MaxPendingConnections, defaultMaxPending)},
			{Name: "handshakeTimeout", Type: "int", Default: cmp.Or(int(opts.HandshakeTimeout/time.Millisecond), defaultHandshakeTimeout)},
			{Name: "compression", Type: "bool"},
			{Name: "maxConnections", Type: "int", Default: opts.MaxConnections},
			{Name: "allowedOrigins", Type: "list<string>", Default: origins},
			{Name: "maxHeaderSize", Type: "int", Default: opts.MaxHeaderSize},
			{Name: "idleTimeout", Type: "int", Default: int(opts.IdleTimeout / time.Millisecond)},
			{Name: "maxBufferedAmount", Type: "int", Default: opts.MaxBufferedAmount},
			{Name: "maxBufferedMessages", Type: "int", Default: opts.MaxBufferedMessages},
			{Name: "bufferFullTimeout", Type: "int", Default: int(opts.BufferFullTimeout / time.Millisecond)},
		},
		Signals: []runtime.SignalSpec{
			{Name: "serverError", Params: []runtime.ParamSpec{{Name: "closeCode", Type: "int"}}},
		},
		Init: func(o *runtime.Object) { srv(o).ext = true },
	}
}

// QWebSocketServer's defaults.
const (
	defaultMaxPending       = 30
	defaultHandshakeTimeout = 10000 // ms
)

// extInt reads an extension property, or def on Qt's own type.
func extInt(o *runtime.Object, ext bool, name string, def int64) int64 {
	if !ext {
		return def
	}
	return o.Property(name).ToInteger()
}

// extString reads an extension property, or "" on Qt's own type.
func extString(o *runtime.Object, ext bool, name string) string {
	if !ext {
		return ""
	}
	return o.Property(name).String()
}

// positiveSize refuses a negative size limit, as an unsigned Qt setter
// cannot take one.
func positiveSize(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	if n := v.ToInteger(); n < 0 || n > defaultMaxSize {
		o.Engine().Warn("WebSocket: a size limit must be between 0 and 2147483646")
		return v, false
	}
	return v, true
}

// truncateUTF8 cuts s to at most n bytes without splitting a code point
// (a close reason has room for 123).
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// applyLimits copies the size limits to the connection.
func (s *socket) applyLimits(c *conn) {
	// positiveSize keeps them within int32.
	c.maxFrame = int32(extInt(s.o, s.ext, "maxAllowedIncomingFrameSize", defaultMaxSize))
	c.maxMsg = int32(extInt(s.o, s.ext, "maxAllowedIncomingMessageSize", defaultMaxSize))
}

// setPeer publishes who is at the other end and how the connection was
// requested.
func (s *socket) setPeer(peer peerAddr, name, origin, requestURL string) {
	if !s.ext {
		return
	}
	o := s.o
	addr, port := peerIP(peer)
	o.SetInternal("peerAddress", addr)
	o.SetInternal("peerPort", port)
	o.SetInternal("peerName", name)
	o.SetInternal("origin", origin)
	o.SetInternal("requestUrl", requestURL)
}

// peerOf converts a socket address to the value a connection keeps.
func peerOf(sa unix.Sockaddr) peerAddr {
	var p peerAddr
	switch a := sa.(type) {
	case *unix.SockaddrInet4:
		p.ip[10], p.ip[11] = 0xff, 0xff
		copy(p.ip[12:], a.Addr[:])
		p.port = uint16(a.Port)
	case *unix.SockaddrInet6:
		p.ip, p.port = a.Addr, uint16(a.Port)
	}
	return p
}

// peerIP is the address as text, as net.IP writes it (IPv4 dotted), and
// the port; "" for no address.
func peerIP(p peerAddr) (string, int) {
	if p == (peerAddr{}) {
		return "", 0
	}
	return net.IP(p.ip[:]).String(), int(p.port)
}

// closeWith is close(code, reason): the close handshake with that code,
// status Closing then Closed, active false.
func (s *socket) closeWith(code ws.StatusCode, reason string) {
	if s.c == nil || s.c.state == stClosed {
		return
	}
	s.quiet = true
	s.o.SetInternal("active", false)
	s.quiet = false
	s.closeConn(code, reason)
}

func (s *socket) ping(payload []byte) {
	if s.status() != Open || s.c == nil || s.c.state != stOpen {
		return
	}
	if len(payload) > 125 {
		payload = payload[:125]
	}
	s.x.pingStart = time.Now()
	s.c.queueFrame(ws.OpPing, payload)
}

// connHandler events of the extensions.

func (s *socket) closeFrame(c *conn, code int, reason string) {
	if s.c != c || !s.ext {
		return
	}
	s.o.SetInternal("closeCode", code)
	s.o.SetInternal("closeReason", reason)
}

func (s *socket) pong(c *conn, payload []byte) {
	if !s.o.Connected("pong") {
		return
	}
	var elapsed int64
	if s.x != nil && !s.x.pingStart.IsZero() {
		elapsed = time.Since(s.x.pingStart).Milliseconds()
	}
	s.o.Emit("pong", elapsed, s.o.Runtime().NewArrayBuffer(append([]byte(nil), payload...)))
}

func (s *socket) wrote(c *conn, n int) {
	if s.c != c {
		return
	}
	if s.flushing && c.pendingOut() == 0 {
		s.flushed()
	}
	s.noteBuffered(false)
	if s.o.Connected("bytesWritten") {
		s.o.Emit("bytesWritten", n)
	}
}

// refused reports a message refused by a full write queue: errorString
// says why (the status stays Open), and bufferFull() is emitted.
func (s *socket) refused() {
	s.o.SetInternal("errorString", "Send buffer full: the peer does not read fast enough")
	if s.ext && s.o.Connected("bufferFull") {
		s.o.Emit("bufferFull")
	}
}

// noteBuffered schedules bufferedAmount's update at the end of the turn
// (QmlRun.WebSockets' sockets); live also updates the value at once,
// without a change signal.
func (s *socket) noteBuffered(live bool) {
	if !s.ext {
		return
	}
	if live && s.c != nil {
		s.o.SetSilently("bufferedAmount", s.c.pendingOut())
	}
	if !s.x.bufQueued {
		s.x.bufQueued = true
		s.x.m.buffered = append(s.x.m.buffered, s)
	}
}

// notifyBuffered publishes bufferedAmount after the turn's writes: one
// change signal per socket and turn at most.
func (m *module) notifyBuffered() {
	list := m.buffered
	m.buffered = nil
	for _, s := range list {
		s.x.bufQueued = false
		if s.o.Destroyed() {
			continue
		}
		n := 0
		if s.c != nil && s.c.state != stClosed {
			n = s.c.pendingOut()
		}
		s.o.SetSilently("bufferedAmount", n)
		if n != s.x.bufLast {
			s.x.bufLast = n
			s.o.EmitChanged("bufferedAmount")
		}
	}
}

// headerList parses the header lines of an HTTP head (request or
// response line first) into lower-case names and values, in order.
func headerList(head string) [][2]string {
	var out [][2]string
	if n := strings.Count(head, "\r\n"); n > 1 {
		out = make([][2]string, 0, n-1) // room for every line but the first and last
	}
	eachHeader(head, func(name, value string) {
		out = append(out, [2]string{lowerName(name), value})
	})
	return out
}

// eachHeader calls f with the name and value of each header line of an
// HTTP head (after the request or status line), without spaces around.
func eachHeader(head string, f func(name, value string)) {
	_, rest, _ := strings.Cut(strings.TrimRight(head, "\r\n"), "\r\n")
	for rest != "" {
		var l string
		l, rest, _ = strings.Cut(rest, "\r\n")
		if k, v, ok := strings.Cut(l, ":"); ok {
			f(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	}
}

// commonHeaders are the header names of WebSocket handshakes, in lower
// case: lowerName returns them instead of a new string.
var commonHeaders = [...]string{"host", "upgrade", "connection", "origin", "user-agent",
	"sec-websocket-key", "sec-websocket-version", "sec-websocket-protocol", "sec-websocket-extensions"}

// lowerName is strings.ToLower of a header name, without an allocation for
// the common ones.
func lowerName(k string) string {
	for _, h := range commonHeaders {
		if len(k) == len(h) && strings.EqualFold(k, h) {
			return h
		}
	}
	return strings.ToLower(k)
}
