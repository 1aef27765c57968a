package wsbinding

import (
	"cmp"
	"context"
	"crypto/sha1"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"math"
	"math/rand/v2"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
	"golang.org/x/sys/unix"
)

// Status values of WebSocket.status (QQmlWebSocket::Status).
const (
	Connecting = 0
	Open       = 1
	Closing    = 2
	Closed     = 3
	Error      = 4
)

const (
	notReady       = "QQmlWebSocket is not ready."
	serverNotReady = "QQmlWebSocketServer is not ready."
)

// Module returns the QtWebSockets module: WebSocketServer and WebSocket.
// Register it with runtime.Engine.Register.
func Module() *runtime.Module { return ModuleWith(Options{}) }

// ModuleWith is Module with the operator's limits (the same Options should
// be given to ExtensionsWith).
func ModuleWith(opts Options) *runtime.Module {
	opts = opts.withDefaults()
	return &runtime.Module{
		Name: "QtWebSockets",
		// Qt 6.4 registers QtWebSockets 1.0 to 1.4.
		Accepts: func(major, minor int) bool { return major == 1 && minor <= 4 },
		Types:   []*runtime.TypeSpec{socketSpec(opts), serverSpec(opts)},
	}
}

var statusEnum = map[string]int{"Connecting": Connecting, "Open": Open, "Closing": Closing, "Closed": Closed, "Error": Error}

// module is the per-engine state of QtWebSockets: the connections with
// output to flush at the end of the loop turn.
type module struct {
	e          *runtime.Engine
	dirty      []*conn
	spareDirty []*conn // dirty's other half (flush)
	conns      int
	rand       *rand.Rand
	// scratch is the read buffer shared by every connection: data is
	// parsed in place and only an incomplete frame is copied out.
	scratch     []byte
	scratchBusy bool
	raw         []byte // ciphertext read buffer of TLS connections
	z           *codec // permessage-deflate, made on first use
	// TLS handshakes in progress, each with its goroutine
	handshakes map[*shim]struct{}
	// lingering are closed connections still delivering their last bytes,
	// each with the function that closes its socket.
	lingering map[int]func()

	stats    *Metrics             // nil: not counted
	servers  map[*server]struct{} // every WebSocketServer, for Drain
	draining bool                 // Drain was called: accept nothing more
	// sockets of QmlRun.WebSockets whose bufferedAmount may have changed
	// this turn
	buffered []*socket
	// spare holds emptied output buffers for the next connection that
	// queues a frame: a connection that has written everything keeps no
	// buffer (idle connections cost little), and a busy one does not
	// grow a new buffer every turn.
	spare      [][]byte
	spareAux   []*connAux // connection records let go of (conn.auxDone)
	spareBytes int        // the capacity of the spare buffers together
	seq        uint64     // server-side sockets created
	clientLim  *limits    // the limits of client connections
	hs         hsStream   // the server handshake being answered
	// validURLText is the last url text found valid, validHost the last
	// Host header
	validURLText string
	validHost    string
}

// Bounds of the spare output buffers: the largest kept (a 64 KiB message
// with its header fits) and all of them together.
const (
	maxSpareOutCap   = 80 << 10
	maxSpareOutBytes = 4 << 20
)

// outBuffer returns out if it holds frames already, else a spare buffer.
func (m *module) outBuffer(out []byte) []byte {
	if cap(out) > 0 || len(m.spare) == 0 {
		return out
	}
	b := m.spare[len(m.spare)-1]
	m.spare[len(m.spare)-1] = nil
	m.spare = m.spare[:len(m.spare)-1]
	m.spareBytes -= cap(b)
	return b
}

// spareOut keeps an emptied output buffer for reuse.
func (m *module) spareOut(b []byte) {
	if cap(b) > 0 && cap(b) <= maxSpareOutCap && m.spareBytes+cap(b) <= maxSpareOutBytes {
		m.spare = append(m.spare, b[:0])
		m.spareBytes += cap(b)
	}
}

// stopHandshakes ends the TLS handshake goroutines when the engine stops.
func (m *module) stopHandshakes() {
	for sh := range m.handshakes {
		sh.close()
	}
	m.handshakes = nil
}

type moduleKey struct{}

func moduleOf(e *runtime.Engine) *module {
	return e.State(moduleKey{}, func() any {
		m := &module{e: e, rand: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64())), servers: map[*server]struct{}{}}
		m.hs.bind()
		e.OnTurn(m.flush)
		e.OnStop(m.stopHandshakes)
		e.OnStop(func() {
			for _, done := range m.lingering {
				done()
			}
		})
		return m
	}).(*module)
}

// flush writes every connection's queued frames: one write per connection
// per loop turn.
func (m *module) flush() {
	for len(m.dirty) > 0 {
		// The two lists take turns, so that marking a connection dirty
		// does not allocate; one that flushing dirties goes on the other.
		d := m.dirty
		m.dirty, m.spareDirty = m.spareDirty[:0], nil
		for _, c := range d {
			c.dirty = false
			if c.state != stClosed {
				c.flush()
			}
		}
		clear(d)
		m.spareDirty = d[:0]
	}
	if len(m.buffered) > 0 {
		m.notifyBuffered()
	}
}

// socket is the Go side of a QML WebSocket (client or server side). Every
// server-side connection has one, so the state of client sockets and of
// the extensions is out of line.
type socket struct {
	o   *runtime.Object
	c   *conn
	cl  *clientState // made when it first opens as a client
	x   *extState    // QmlRun.WebSockets' type only
	seq uint64       // server side: order of connection, for teardown

	server   bool // accepted by a WebSocketServer
	complete bool
	// pending negotiated protocol, published right after statusChanged(Open)
	quiet bool
	ext   bool // an instance of QmlRun.WebSockets' type
	// flushing: closed from this side with output still to write, it
	// reports Closed when that is written
	flushing bool
	// wasOpen: the current connection completed its handshake. Error is
	// a status, not a connection state (a send while not open sets it),
	// so what a close does depends on this rather than on the status.
	wasOpen bool
}

// clientState is a socket's state as a client.
type clientState struct {
	m   *module
	lim *limits // of the connections it opens, shared
	// wss:// and the host name the certificate must match
	secure     bool
	serverName string
	// tcpUp: the client's TCP connection is established (the WebSocket
	// handshake may still be under way)
	tcpUp bool
	// qwsErr is the last error text QWebSocket set itself (a bad
	// scheme, a failed handshake). QWebSocket::errorString prefers it to
	// its TCP socket's text for as long as the object lives, so later
	// socket errors (refused, remote closed) read it again, even after a
	// successful connection.
	qwsErr string
	// the subprotocols requested when it last opened
	protocols []string
	// lookups counts the host name lookups started: an answer for an
	// older one is dropped; looking: one is under way. pendingClose:
	// active was set false while the name was looked up; as Qt's socket
	// does, the attempt goes on and is closed once the connection is
	// made (or reports its failure).
	lookups      int
	looking      bool
	pendingClose bool
}

// extState is the state of QmlRun.WebSockets' socket.
type extState struct {
	m         *module
	headers   [][2]string // the handshake request's headers
	pingStart time.Time   // when the last ping left
	// bufferedAmount: last value notified, and whether in m.buffered
	bufLast   int
	bufQueued bool
}

// client returns s.cl, making it first.
func (s *socket) client() *clientState {
	if s.cl == nil {
		m := moduleOf(s.o.Engine())
		s.cl = &clientState{m: m, lim: m.clientLim}
	}
	return s.cl
}

// socketError is the text of a TCP-level error as QWebSocket::errorString
// gives it.
func (s *socket) socketError(msg string) string {
	if s.cl == nil {
		return msg
	}
	return cmp.Or(s.cl.qwsErr, msg)
}

func sock(o *runtime.Object) *socket { return o.Data.(*socket) }

func socketSpec(opts Options) *runtime.TypeSpec {
	// one copy for every client connection
	shared := &limits{maxOut: opts.MaxBufferedAmount, maxOutMsgs: opts.MaxBufferedMessages, fullGrace: opts.BufferFullTimeout}
	return &runtime.TypeSpec{
		Name:      "WebSocket",
		Base:      "QtObject",
		ClassName: "QQmlWebSocket",
		Enums:     statusEnum,
		// Properties and signals in QQmlWebSocket's order (for-in and
		// JSON.stringify list them so); urlChanged and the subprotocol
		// signals have no parameters.
		Properties: []runtime.PropertySpec{
			{Name: "url", Type: "url", Set: urlChanging, Changed: func(o *runtime.Object) { sock(o).urlChanged() }},
			{Name: "requestedSubprotocols", Type: "list<string>"},
			{Name: "status", Type: "int", ReadOnly: true, Default: Closed},
			{Name: "errorString", Type: "string", ReadOnly: true, Default: notReady},
			{Name: "active", Type: "bool", Changed: func(o *runtime.Object) { sock(o).activeChanged() }},
			{Name: "negotiatedSubprotocol", Type: "string", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{
			{Name: "textMessageReceived", Params: []runtime.ParamSpec{{Name: "message", Type: "string"}}},
			{Name: "binaryMessageReceived", Params: []runtime.ParamSpec{{Name: "message", Type: "var"}}, Since: "1.1"},
			{Name: "statusChanged", Params: []runtime.ParamSpec{{Name: "status", Type: "int"}}},
			{Name: "activeChanged", Params: []runtime.ParamSpec{{Name: "isActive", Type: "bool"}}},
			{Name: "errorStringChanged", Params: []runtime.ParamSpec{{Name: "errorString", Type: "string"}}},
			{Name: "urlChanged", Params: []runtime.ParamSpec{}},
			{Name: "requestedSubprotocolsChanged", Params: []runtime.ParamSpec{}},
			{Name: "negotiatedSubprotocolChanged", Params: []runtime.ParamSpec{}},
		},
		Methods: []runtime.MethodSpec{
			{Name: "sendTextMessage", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				oneArgument(o, c)
				return o.Runtime().ToValue(sock(o).sendText(textArgument(c.Argument(0))))
			}},
			{Name: "sendBinaryMessage", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				oneArgument(o, c)
				data, ok := binaryArgument(o, c.Argument(0))
				if !ok {
					o.Engine().Warn("\"Could not convert argument 0 at\"")
					for _, f := range o.Engine().CallerStack() {
						o.Engine().Warn("\t \"" + f + "\"")
					}
					panic(o.Runtime().NewTypeError("Passing incompatible arguments to C++ functions from JavaScript is not allowed."))
				}
				return o.Runtime().ToValue(sock(o).sendBinary(data))
			}},
		},
		Init: func(o *runtime.Object) {
			m := moduleOf(o.Engine())
			o.Data = &socket{o: o}
			if m.stats == nil {
				m.stats = opts.Metrics
			}
			if m.clientLim == nil {
				m.clientLim = shared
			}
		},
		Complete: func(o *runtime.Object) {
			s := sock(o)
			s.complete = true
			if !s.server {
				s.open()
			}
		},
		Destroy: func(o *runtime.Object) {
			// Going away: the peer of an open socket gets 1001; no QML
			// signal is emitted while the object is being destroyed
			// (except the server-side case below).
			s := sock(o)
			if c := s.c; c != nil && c.state != stClosed {
				switch p := o.Parent(); {
				case s.server && p != nil && p.Destroying():
					// A server-side socket going with its server is cut
					// without a close frame: Qt's QTcpServer deletes its
					// TCP sockets before the QML sockets, and each socket
					// still reports statusChanged(Closed) to handlers
					// connected from JavaScript, in the order they
					// connected (the first hook to run reports them all).
					if c.srv != nil {
						c.srv.reportTeardown()
					}
				case c.state == stHandshake:
					// QWebSocket sends no close frame before it is open;
					// its TCP socket is simply deleted.
				default:
					c.h = nil
					c.sendClose(ws.StatusGoingAway, "")
				}
				c.h = nil
				c.finish()
			}
			s.c = nil
		},
	}
}

// oneArgument checks the argument count of a send method the way Qt's
// method calls do: none throws, extra ones are ignored with a warning.
func oneArgument(o *runtime.Object, c goja.FunctionCall) {
	switch n := len(c.Arguments); {
	case n == 0:
		rt := o.Runtime()
		err, _ := rt.New(rt.Get("Error"), rt.ToValue("Insufficient arguments"))
		panic(err)
	case n > 1:
		o.Engine().Warn(o.Engine().CallerLocation())
		o.Engine().Warn(fmt.Sprintf("Too many arguments, ignoring %d", n-1))
	}
}

// textArgument converts sendTextMessage's argument to the string Qt sends:
// null and undefined become "" (an empty QString), and an unpaired
// surrogate becomes '?' as QString::toUtf8 writes it.
func textArgument(v goja.Value) string {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return ""
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	s := v.String()
	// Searching for the encoded replacement character is a fast substring
	// search; strings.ContainsRune(s, utf8.RuneError) decodes rune by rune.
	if !strings.Contains(s, "\uFFFD") {
		return s
	}
	gs, ok := v.ToString().(goja.String)
	if !ok {
		return s
	}
	var b strings.Builder
	n := gs.Length()
	for i := 0; i < n; i++ {
		u := rune(gs.CharAt(i))
		switch {
		case utf16.IsSurrogate(u) && u < 0xdc00 && i+1 < n && gs.CharAt(i+1) >= 0xdc00 && gs.CharAt(i+1) <= 0xdfff:
			b.WriteRune(utf16.DecodeRune(u, rune(gs.CharAt(i+1))))
			i++
		case utf16.IsSurrogate(u):
			b.WriteByte('?')
		default:
			b.WriteRune(u)
		}
	}
	return b.String()
}

// binaryArgument converts sendBinaryMessage's argument as Qt does (to a
// QByteArray), refusing typed arrays, DataView, objects and undefined. An
// ArrayBuffer's own bytes are returned, not a copy: the caller frames them
// before JavaScript runs again and keeps nothing.
func binaryArgument(o *runtime.Object, v goja.Value) ([]byte, bool) {
	if goja.IsUndefined(v) {
		return nil, false
	}
	if goja.IsNull(v) {
		return nil, true
	}
	if _, ok := v.(*goja.Symbol); ok {
		return nil, false
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case string:
		return []byte(x), true
	case bool:
		return []byte(v.String()), true
	case int64:
		if x == int64(int32(x)) {
			return strconv.AppendInt(nil, x, 10), true
		}
		return []byte(runtime.ShortestDouble(float64(x))), true
	case float64:
		return []byte(runtime.ShortestDouble(x)), true
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if obj.ClassName() == "Array" {
		n := obj.Get("length").ToInteger()
		b := make([]byte, n)
		for i := int64(0); i < n; i++ {
			b[i] = arrayByte(o, i, obj.Get(strconv.FormatInt(i, 10)))
		}
		return b, true
	}
	return nil, false
}

// arrayByte converts an element of an array given to sendBinaryMessage to
// a char as Qt's QVariant conversion does: numbers are rounded half away
// from zero and keep their low byte, booleans are 0 or 1, strings must
// hold a decimal integer; anything else is 0 with Qt's warning.
func arrayByte(o *runtime.Object, i int64, v goja.Value) byte {
	from := ""
	if v == nil {
		v = goja.Undefined() // a hole
	}
	switch x := v.Export().(type) {
	case int64:
		return byte(x)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return 0
		}
		return byte(int64(math.Round(x)))
	case bool:
		if x {
			return 1
		}
		return 0
	case string:
		n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64)
		if err == nil {
			return byte(n)
		}
		from = "QString"
	case nil:
		if goja.IsNull(v) {
			from = "std::nullptr_t"
		}
	case []any:
		from = "QVariantList"
	default:
		from = "QVariantMap"
	}
	o.Engine().Warn(fmt.Sprintf("\"Could not convert array value at position %d from %s to char\"", i, from))
	return 0
}

// setStatus changes the status in Qt's order: the new status is stored,
// errorString is updated (set for Error, cleared otherwise) and notified,
// then statusChanged, then the negotiated protocol.
func (s *socket) setStatus(st int, errStr string) {
	o := s.o
	if st == Error {
		// QQmlWebSocket::onError: the text first, then the status.
		o.SetInternal("errorString", errStr)
		o.SetInternal("status", Error)
		o.SetInternal("negotiatedSubprotocol", "")
		return
	}
	if s.status() == st {
		return
	}
	o.SetSilently("status", st)
	o.SetInternal("errorString", "")
	o.EmitChanged("status")
	if st == Closing || st == Closed || st == Error {
		o.SetInternal("negotiatedSubprotocol", "")
	}
}

func (s *socket) status() int { return int(s.o.Property("status").ToInteger()) }

// activeChanged opens or closes the connection when active changes.
func (s *socket) activeChanged() {
	if !s.complete || s.quiet {
		return
	}
	if s.o.Property("active").ToBoolean() {
		s.open()
		return
	}
	s.close()
}

// urlChanged opens the new url, a server-side socket's too (as a client,
// like a reactivated one); not while a server-side socket is being set up.
func (s *socket) urlChanged() {
	if !s.complete || s.quiet {
		return
	}
	s.open()
}

// urlChanging closes an open connection before the url changes (Qt's
// setUrl closes first, then emits urlChanged, then reconnects). A url that
// does not parse becomes empty, as an invalid QUrl reads.
func urlChanging(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	s := sock(o)
	if text := urlText(v); !moduleOf(o.Engine()).validURL(text) {
		// An invalid QUrl reads "" but is not the empty url: setUrl
		// still emits urlChanged, unless QUrl's parts compare equal (a
		// port out of range is left out of them).
		v = o.Engine().InvalidURL(invalidURLKey(text))
	} else if norm, ok := normalizeURLHost(text); !ok {
		v = o.Engine().InvalidURL(text)
	} else if norm != text {
		if cv, ok := o.Coerce("url", o.Runtime().ToValue(norm)); ok {
			v = cv // a url value, as the runtime stores and compares them
		}
	}
	if s.complete && s.c != nil && s.c.state != stClosed && s.status() == Open && urlText(v) != urlText(o.Property("url")) {
		s.close()
	}
	return v, true
}

// urlText is the text of a url value. The runtime's url values say it with
// a String method, which spares a call of their JavaScript toString (a new
// function object each time); anything else is converted by goja.
func urlText(v goja.Value) string {
	if u, ok := v.Export().(fmt.Stringer); ok {
		return u.String()
	}
	return v.String()
}

// parseURL parses a url as the url property reads it: QUrl's pretty form
// shows spaces and UTF-8 decoded, which Go's parser refuses in the user
// info; they are escaped again first.
func parseURL(text string) (*url.URL, error) {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == ' ' || c >= 0x80 {
			var b strings.Builder
			for j := 0; j < len(text); j++ {
				if c := text[j]; c == ' ' || c >= 0x80 {
					fmt.Fprintf(&b, "%%%02X", c)
				} else {
					b.WriteByte(c)
				}
			}
			text = b.String()
			break
		}
	}
	return url.Parse(text)
}

// validURL reports whether text parses as a URL. The last valid text is
// remembered: the sockets of a server are mostly given the same url.
func (m *module) validURL(text string) bool {
	if text == m.validURLText {
		return true
	}
	u, err := parseURL(text)
	if err != nil {
		return false
	}
	// QUrl keeps the port in 16 bits: a larger one makes it invalid, as
	// does a second port ("h:1:2")
	if !strings.HasPrefix(u.Host, "[") && strings.Count(u.Host, ":") > 1 {
		return false
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.ParseUint(p, 10, 16); err != nil || n > 65535 {
			return false
		}
	}
	m.validURLText = text
	return true
}

// validAuthority reports whether host[:port] is an authority QUrl takes.
// The last valid one is remembered: a server's clients mostly send the
// same Host.
func (m *module) validAuthority(hostport string) bool {
	if hostport == m.validHost {
		return true
	}
	text := "ws://" + hostport + "/"
	if !m.validURL(text) {
		return false
	}
	if _, ok := normalizeURLHost(text); !ok {
		return false
	}
	m.validHost = hostport
	return true
}

// normalizeURLHost rewrites the host of a url as QUrl parses it (IPv4
// short forms, IPv6 compression, see urlHost); ok is false if QUrl refuses
// the host.
func normalizeURLHost(text string) (string, bool) {
	if !strings.Contains(text, "//") {
		return text, true
	}
	u, err := parseURL(text)
	if err != nil || u.Host == "" {
		return text, true
	}
	raw := u.Host
	if p := u.Port(); p != "" {
		raw = raw[:len(raw)-len(p)-1]
	}
	if raw == "" {
		return text, true
	}
	host, ok := urlHost(u.Hostname())
	if strings.HasPrefix(raw, "[") {
		host, ok = urlHost("[" + u.Hostname() + "]")
	}
	if !ok {
		return text, false
	}
	if host == raw {
		return text, true
	}
	start := strings.Index(text, "//") + 2
	if at := strings.LastIndexByte(text[start:start+strings.IndexAny(text[start:]+"/", "/?#")], '@'); at >= 0 {
		start += at + 1
	}
	i := strings.Index(text[start:], raw)
	if i < 0 {
		return text, true
	}
	return text[:start+i] + host + text[start+i+len(raw):], true
}

// invalidURLKey is what an invalid url compares by: its text, without the
// port if that is what QUrl refused (QUrl keeps the parts it parsed, and
// no port).
func invalidURLKey(text string) string {
	u, err := parseURL(text)
	if err != nil || strings.HasPrefix(u.Host, "[") || strings.Count(u.Host, ":") != 1 {
		return text
	}
	host := u.Host[:strings.IndexByte(u.Host, ':')]
	if i := strings.Index(text, u.Host); i >= 0 {
		return text[:i] + host + text[i+len(u.Host):]
	}
	return text
}

// close closes the connection from this side (active = false).
func (s *socket) close() { s.closeConn(ws.StatusNormalClosure, "") }

func (s *socket) closeConn(code ws.StatusCode, reason string) {
	c := s.c
	if c == nil && s.cl != nil && s.cl.looking && s.status() == Connecting {
		s.cl.pendingClose = true // looking the host up: nothing happens yet
		return
	}
	if c == nil || c.state == stClosed {
		return
	}
	if st := s.status(); st == Connecting || st == Error && !s.wasOpen {
		if s.cl != nil && s.cl.tcpUp {
			// The TCP connection is up and the handshake under way:
			// Qt sends its close frame, closes the socket and goes
			// straight to Closed.
			s.c = nil
			c.h = nil
			if c.tls() == nil {
				c.sendClose(code, reason)
			}
			c.finish()
			s.setStatus(Closed, "")
			return
		}
		s.o.Engine().Warn("QNativeSocketEngine::write() was not called in QAbstractSocket::ConnectedState")
		s.c = nil
		c.h = nil
		c.finish()
		s.setStatus(Error, s.socketError("Invalid socket descriptor"))
		s.setStatus(Closed, "")
		return
	}
	s.setStatus(Closing, "")
	c.ended = true
	c.close(code, reason)
	// Qt's TCP socket reports Closed once its output is written: at once
	// if the kernel takes it all, else when it has (see wrote and closed).
	if c.state != stClosed {
		// written now, reported (bytesWritten) at the end of the turn
		pending := c.pendingOut()
		c.writeOut()
		if w := pending - c.pendingOut(); w > 0 && s.ext {
			c.more().unreported += w
		}
	}
	if c.state != stClosed && c.pendingOut() > 0 {
		s.flushing = true
		return
	}
	s.setStatus(Closed, "")
}

// flushed reports Closed for a socket closed with output still to write,
// once it is written or the connection has ended.
func (s *socket) flushed() {
	if s.flushing {
		s.flushing = false
		s.setStatus(Closed, "")
	}
}

// open starts a client connection when active is true and url is set.
func (s *socket) open() {
	o := s.o
	if s.server {
		// A server-side socket reactivated connects to its request url.
		if !o.Property("active").ToBoolean() {
			return
		}
	} else if !o.Property("active").ToBoolean() {
		return
	}
	raw := o.Property("url").String()
	if raw == "" {
		return
	}
	u, err := parseURL(raw)
	if err != nil {
		return
	}
	// A socket still writing before it closes is closed for good.
	s.flushed()
	// QWebSocket::open drops an attempt still in progress (a url changed
	// while Connecting) without any signal.
	if c := s.c; c != nil && c.state != stClosed {
		s.c = nil
		c.h = nil
		c.finish()
	}
	cl := s.client()
	cl.tcpUp, s.wasOpen = false, false
	cl.pendingClose, cl.looking = false, false
	if u.Scheme != "ws" && u.Scheme != "wss" {
		cl.qwsErr = "Unsupported WebSocket scheme: " + u.Scheme
		s.setStatus(Error, cl.qwsErr)
		return
	}
	// the handshake options are taken now, as QQmlWebSocket::open does
	cl.protocols = cl.protocols[:0]
	cl.protocols = append(cl.protocols, o.Strings("requestedSubprotocols")...)
	s.server = false
	s.setStatus(Connecting, "")
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "wss" {
			port = "443"
		}
	}
	cl.secure = u.Scheme == "wss"
	cl.serverName = host
	p, _ := strconv.Atoi(port)
	// The request target as QWebSocket builds it: the encoded path, then
	// '?' and the query if there is one, "/" only if both are empty (so a
	// url with a query and no path asks for "?query").
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	if path == "" {
		path = "/"
	}
	hostHeader := u.Host
	if host == "" {
		s.cl.m.e.Post(func() { s.fail("Host not found") })
		return
	}
	if ip := net.ParseIP(host); ip != nil {
		s.connect(ip, p, hostHeader, path)
		return
	}
	// Name resolution may block: it runs on its own goroutine and hands
	// the answer back to the loop.
	e := s.cl.m.e
	cl.lookups++
	cl.looking = true
	lookup := cl.lookups
	go func() {
		addrs, err := net.DefaultResolver.LookupIP(context.Background(), "ip", host)
		e.Post(func() {
			if s.o.Destroyed() || cl.lookups != lookup || s.status() != Connecting {
				return
			}
			cl.looking = false
			if err != nil || len(addrs) == 0 {
				s.fail("Host not found")
				return
			}
			ip := addrs[0]
			for _, a := range addrs {
				if a.To4() != nil {
					ip = a
					break
				}
			}
			s.connect(ip, p, hostHeader, path)
		})
	}()
}

// closedWhileLooking prints Qt's warning of a close requested while the
// host was looked up, once the attempt has ended.
func (s *socket) closedWhileLooking(warning string) {
	if s.cl.pendingClose {
		s.cl.pendingClose = false
		s.o.Engine().Warn(warning)
	}
}

// fail reports a connection failure: Closed, then Error with the message.
func (s *socket) fail(msg string) {
	s.c = nil
	s.setStatus(Closed, "")
	s.setStatus(Error, s.socketError(msg))
}

// connect opens a non-blocking TCP connection and, once it is writable,
// sends the handshake.
func (s *socket) connect(ip net.IP, port int, hostHeader, path string) {
	family := unix.AF_INET
	var sa unix.Sockaddr
	if ip4 := ip.To4(); ip4 != nil {
		a := &unix.SockaddrInet4{Port: port}
		copy(a.Addr[:], ip4)
		sa = a
	} else {
		family = unix.AF_INET6
		a := &unix.SockaddrInet6{Port: port}
		copy(a.Addr[:], ip.To16())
		sa = a
	}
	fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		s.cl.m.e.Post(func() { s.fail(err.Error()) })
		return
	}
	unix.SetsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, 1)
	err = unix.Connect(fd, sa)
	if err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		msg := "Connection refused"
		if err != unix.ECONNREFUSED {
			msg = "Network unreachable"
		}
		s.cl.m.e.Post(func() {
			s.fail(msg)
			s.closedWhileLooking("QNativeSocketEngine::write() was not called in QAbstractSocket::ConnectedState")
		})
		return
	}
	m := s.cl.m
	c := &conn{m: m, fd: int32(fd), client: true, state: stHandshake, h: s, lim: s.cl.lim}
	s.c = c
	if m.stats != nil {
		m.stats.Open.Add(1)
	}
	s.applyLimits(c)
	if s.x != nil {
		s.x.headers = nil
	}
	s.setPeer(peerOf(sa), s.cl.serverName, "", s.o.Property("url").String())
	m.conns++
	connected := false
	m.e.Watch(fd, uint32(unix.EPOLLOUT)|readEvents, runtime.ReadyFunc(func(ev uint32) {
		if !connected {
			if soErr, _ := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR); soErr != 0 || ev&uint32(unix.EPOLLERR) != 0 {
				msg := "Connection refused"
				if e := unix.Errno(soErr); soErr != 0 && e != unix.ECONNREFUSED && e != unix.ECONNRESET {
					msg = e.Error()
				}
				c.h = nil
				c.finish()
				if s.c == c {
					s.fail(msg)
					s.closedWhileLooking("QNativeSocketEngine::write() was not called in QAbstractSocket::ConnectedState")
				}
				return
			}
			if ev&uint32(unix.EPOLLOUT) == 0 {
				return
			}
			if s.cl.pendingClose {
				// closed while the host was looked up: the connection
				// is made and closed before any handshake
				c.h = nil
				c.finish()
				s.c = nil
				s.closedWhileLooking("QIODevice::write (QTcpSocket): device not open")
				s.setStatus(Closed, "")
				return
			}
			connected = true
			s.cl.tcpUp = true
			protocols := s.cl.validProtocols(s.o.Engine())
			wsHandshake := func(c *conn) {
				compress := s.ext && s.o.Property("compression").ToBoolean()
				m.startClientHandshake(c, hostHeader, path, protocols, compress, func(c *conn, hs *clientHS) {
					if s.ext {
						s.x.headers = hs.sent // kept only where requestHeaders() exists
					}
					s.wasOpen = true
					s.setStatus(Open, "")
					if hs.chosen != "" && s.c == c && c.state == stOpen {
						s.o.SetInternal("negotiatedSubprotocol", hs.chosen)
					}
				}, func(c *conn) {
					// Qt 6.4 reports Error now and Closed when the server
					// closes TCP (at once for most servers, but in a later
					// event than the error).
					if s.c != c {
						c.finish()
						return
					}
					s.client().qwsErr = c.closeErr()
					s.setStatus(Error, c.closeErr())
				})
			}
			if s.cl.secure {
				name, caFile := s.cl.serverName, extString(s.o, s.ext, "caCertificateFile")
				c.startTLS(false, func() (*tls.Config, error) { return clientTLSConfig(name, caFile) }, wsHandshake)
			} else {
				wsHandshake(c)
			}
			c.wantOut = true
			c.flush()
			return
		}
		c.Ready(ev)
	}))
}

// validProtocols returns the subprotocols the client asks for when its TCP
// connection is up: of those requested when it opened, QWebSocket leaves
// out the names that are not RFC 6455 tokens (an empty name is kept), with
// a warning for each.
func (cl *clientState) validProtocols(e *runtime.Engine) []string {
	var protocols []string
	for _, p := range cl.protocols {
		if !validProtocolName(p) {
			e.Warn("Ignoring invalid WebSocket subprotocol name " + runtime.QDebugQuote(p))
			continue
		}
		protocols = append(protocols, p)
	}
	return protocols
}

// validProtocolName reports whether every character of p is a visible
// ASCII character other than an HTTP separator.
func validProtocolName(p string) bool {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x21 || c > 0x7e || strings.IndexByte("()<>@,;:\\\"/[]?={}", c) >= 0 {
			return false
		}
	}
	return true
}

// sendText queues a text message and returns its size in bytes, or 0 with
// Qt's error when the socket is not open.
func (s *socket) sendText(msg string) int {
	if s.status() != Open || s.c == nil || s.c.state != stOpen {
		s.setStatus(Error, "Messages can only be sent when the socket is open.")
		return 0
	}
	if !utf8.ValidString(msg) {
		msg = strings.ToValidUTF8(msg, "\uFFFD")
	}
	if s.c.refuse(len(msg)) {
		s.refused()
		return 0
	}
	s.c.queueText(msg)
	s.noteBuffered(true)
	return len(msg)
}

func (s *socket) sendBinary(data []byte) int {
	if s.status() != Open || s.c == nil || s.c.state != stOpen {
		s.setStatus(Error, "Messages can only be sent when the socket is open.")
		return 0
	}
	if s.c.refuse(len(data)) {
		s.refused()
		return 0
	}
	s.c.queueFrame(ws.OpBinary, data)
	s.noteBuffered(true)
	return len(data)
}

// connHandler implementation: events of the connection.

func (s *socket) opened(c *conn) {}

func (s *socket) text(c *conn, msg []byte) {
	s.o.Emit("textMessageReceived", string(msg))
}

func (s *socket) binary(c *conn, msg []byte) {
	buf := s.o.Runtime().NewArrayBuffer(append([]byte(nil), msg...))
	s.o.Emit("binaryMessageReceived", buf)
}

func (s *socket) closing(c *conn) {
	if st := s.status(); s.c == c && (st == Open || st == Error && s.wasOpen) {
		s.setStatus(Closing, "")
	}
}

func (s *socket) closed(c *conn, errStr string) {
	if s.c != c {
		return
	}
	s.c = nil
	s.noteBuffered(false)
	if s.server {
		// A closed server-side socket is no longer part of the server's
		// tree: unless the script keeps it, the garbage collector frees it.
		defer s.o.Release()
	}
	if c.ended {
		s.flushed() // closed from this side: Closed was reported then, or is now
		return
	}
	st := s.status()
	if st == Error {
		// A send while not open set Error; the connection's own state
		// decides what its end reports: like Connecting if it never
		// opened, like Open if no close was under way, else only Closed.
		switch {
		case !s.wasOpen:
			st = Connecting
		case !c.peerClose && !c.closeSent:
			st = Open
		default:
			st = Closing
		}
	}
	switch st {
	case Open:
		if !c.peerClose && !c.closeSent {
			// The peer dropped TCP without a close frame: Qt reports
			// the socket error first, then Closing and Closed. A
			// server-side socket has no error text of its own there
			// (QIODevice's "Unknown error"), a client's is the
			// socket's.
			msg := s.socketError("The remote host closed the connection")
			if s.server {
				msg = "Unknown error"
			}
			s.setStatus(Error, msg)
		}
		s.setStatus(Closing, "")
		s.setStatus(Closed, "")
	case Closing:
		s.setStatus(Closed, "")
	case Connecting:
		// The server closed TCP during the handshake: the error comes
		// first, then Closed. After a refused response the error was
		// reported with it.
		if !c.hsFailed {
			s.setStatus(Error, s.socketError(cmp.Or(errStr, "The remote host closed the connection")))
		}
		s.setStatus(Closed, "")
	}
}

// Server

type server struct {
	m        *module
	o        *runtime.Object
	l        *listener
	complete bool
	starting bool // inside componentComplete

	ext     bool        // an instance of QmlRun.WebSockets' type
	certs   certStore   // secure: the certificate, reloaded when its files change
	tlsCfg  *tls.Config // secure: the configuration of every handshake
	pending int         // connections accepted and not yet upgraded
	// shared by the connections it accepts: the limits of the last one
	// accepted and its pending-connection handler
	lim      *limits
	pendingH connHandler
	// the url of the last socket and its value
	urlText  string
	urlValue goja.Value

	opts        Options
	conns       []*conn       // open connections (upgraded), each at its conn.idx
	sweepEvery  time.Duration // idle sweep period, 0: none
	cancelSweep func()
	tornDown    bool // going away: its sockets' end has been reported
	// gen counts the QWebSocketServers Qt would have made: a name change
	// replaces it, and what the old one had queued is dropped with it.
	gen int
}

func srv(o *runtime.Object) *server { return o.Data.(*server) }

func serverSpec(opts Options) *runtime.TypeSpec {
	return &runtime.TypeSpec{
		Name:      "WebSocketServer",
		Base:      "QtObject",
		ClassName: "QQmlWebSocketServer",
		Properties: []runtime.PropertySpec{
			{Name: "url", Type: "url", ReadOnly: true, Default: "ws://127.0.0.1:0"},
			{Name: "host", Type: "string", Default: "127.0.0.1", Changed: func(o *runtime.Object) {
				s := srv(o)
				s.updateURL()
				s.updateListening()
			}},
			{Name: "port", Type: "int", Set: validPort, Changed: func(o *runtime.Object) {
				s := srv(o)
				s.updateURL()
				if s.complete && !s.starting && s.l != nil {
					s.updateListening()
				}
			}},
			{Name: "name", Type: "string", Changed: func(o *runtime.Object) {
				if s := srv(o); s.complete && !s.ext {
					s.reinit()
				}
			}},
			{Name: "supportedSubprotocols", Type: "list<string>"},
			// QQmlWebSocketServer::errorString reads its QWebSocketServer's,
			// which exists from componentComplete on: bindings evaluated
			// while the document is created see this text.
			{Name: "errorString", Type: "string", ReadOnly: true, Default: serverNotReady},
			{Name: "listen", Type: "bool", Changed: func(o *runtime.Object) { srv(o).updateListening() }},
			{Name: "accept", Type: "bool", Default: true, Changed: func(o *runtime.Object) {
				s := srv(o)
				if s.l != nil {
					s.l.pause(!o.Property("accept").ToBoolean())
				}
			}},
		},
		Signals: []runtime.SignalSpec{
			{Name: "clientConnected", Params: []runtime.ParamSpec{{Name: "webSocket", Type: "WebSocket"}}},
			{Name: "errorStringChanged", Params: []runtime.ParamSpec{{Name: "errorString", Type: "string"}}},
			{Name: "urlChanged", Params: []runtime.ParamSpec{{Name: "url", Type: "url"}}},
			{Name: "portChanged", Params: []runtime.ParamSpec{{Name: "port", Type: "int"}}},
			{Name: "nameChanged", Params: []runtime.ParamSpec{{Name: "name", Type: "string"}}},
			{Name: "supportedSubprotocolsChanged", Params: []runtime.ParamSpec{{Name: "supportedSubprotocols", Type: "list<string>"}}},
			{Name: "hostChanged", Params: []runtime.ParamSpec{{Name: "host", Type: "string"}}},
			{Name: "listenChanged", Params: []runtime.ParamSpec{{Name: "listen", Type: "bool"}}},
			{Name: "acceptChanged", Params: []runtime.ParamSpec{{Name: "accept", Type: "bool"}}},
		},
		Init: func(o *runtime.Object) {
			m := moduleOf(o.Engine())
			s := &server{m: m, o: o, opts: opts}
			s.pendingH = &pendingHandler{s}
			o.Data = s
			m.servers[s] = struct{}{}
			if m.stats == nil {
				m.stats = opts.Metrics
			}
		},
		Complete: func(o *runtime.Object) {
			s := srv(o)
			s.complete = true
			o.SetSilently("errorString", "")
			s.starting = true
			s.updateListening()
			s.starting = false
		},
		Destroy: func(o *runtime.Object) {
			s := srv(o)
			delete(s.m.servers, s)
			if s.cancelSweep != nil {
				s.cancelSweep()
				s.cancelSweep = nil
			}
			if s.l != nil {
				s.l.close()
				s.l = nil
			}
		},
	}
}

func validPort(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	p := v.ToInteger()
	if p < 0 || p > 65535 {
		o.Engine().Warn(fmt.Sprintf("QQmlWebSocketServer::setPort: port  %d  is invalid. It must be in the range 0-65535.", p))
		return v, false
	}
	return v, true
}

// updateURL builds url as QQmlWebSocketServer::url does, with QUrl's
// setHost (see urlHost): no authority at all ("ws:") for an empty host,
// an empty host where QUrl refuses it. Like the setters of host and port,
// it always emits urlChanged, even if the text is the same.
func (s *server) updateURL() {
	o := s.o
	host := o.Property("host").String()
	u := s.scheme() + ":"
	if host != "" {
		h, _ := urlHost(host)
		u = fmt.Sprintf("%s://%s:%d", s.scheme(), h, o.Property("port").ToInteger())
	}
	o.SetSilently("url", u)
	o.EmitChanged("url")
}

// updateListening follows QQmlWebSocketServer::updateListening: a listening
// server is closed first (its `closed` notification arrives later through
// the event queue and turns listen off), then it listens again if listen
// is set, publishing the actual port and address.
func (s *server) updateListening() {
	o := s.o
	if !s.complete {
		return
	}
	if s.l != nil {
		s.l.close()
		s.l = nil
		gen := s.gen
		s.m.e.Post(func() {
			if !o.Destroyed() && s.gen == gen {
				o.SetInternal("listen", false)
			}
		})
	}
	if !o.Property("listen").ToBoolean() {
		return
	}
	if !s.loadTLS() || s.m.draining {
		return
	}
	l, err := s.m.listen(o.Property("host").String(), int(o.Property("port").ToInteger()))
	if err != nil {
		o.SetInternal("errorString", err.Error())
		return
	}
	if err := l.start(s.accepted); err != nil {
		l.close()
		o.SetInternal("errorString", err.Error())
		return
	}
	// A new listening socket accepts even when accept is false: Qt's
	// pauseAccepting disables the notifier of the socket it had, and
	// listen makes a new one.
	s.l = l
	o.SetInternal("port", l.port)
	o.SetInternal("host", l.addr)
}

// reinit follows QQmlWebSocketServer::init, which a name change runs on a
// completed server: its QWebSocketServer is replaced. Deleting the old one
// cuts every TCP connection it accepted (an open socket reports Closed
// straight away, in the order they connected; a handshake under way is
// cut when its request arrives), drops its queued `closed`; the new one
// has no error text, is not paused, and listens again if listen is set.
func (s *server) reinit() {
	s.gen++
	if s.l != nil {
		s.l.close()
		s.l = nil
	}
	s.pendingH = &pendingHandler{s}
	for _, sk := range s.openSockets() {
		if !sk.cut() {
			continue // a handler closed it meanwhile
		}
		sk.noteBuffered(false)
		sk.setStatus(Closed, "")
		sk.o.Release()
	}
	s.o.SetSilently("errorString", "")
	s.updateListening()
}

// openSockets returns the server-side sockets of the open connections in
// the order they connected.
func (s *server) openSockets() []*socket {
	var socks []*socket
	for _, c := range s.conns {
		if sk, ok := c.h.(*socket); ok && sk.c == c {
			socks = append(socks, sk)
		}
	}
	slices.SortFunc(socks, func(a, b *socket) int { return cmp.Compare(a.seq, b.seq) })
	return socks
}

// accepted starts the handshake of a new connection.
func (s *server) accepted(fd int, peer peerAddr) {
	m := s.m
	if m.stats != nil {
		m.stats.Accepted.Add(1)
	}
	c := &conn{m: m, fd: int32(fd), state: stHandshake, maxFrame: defaultMaxSize, maxMsg: defaultMaxSize,
		peer: peer, lim: s.currentLimits(), srv: s, idx: -1}
	if max := extInt(s.o, s.ext, "maxPendingConnections", int64(cmp.Or(s.opts.MaxPendingConnections, -1))); max >= 0 && int64(s.pending) >= max {
		unix.Close(fd)
		m.handshakeFailed(c, failPending, "too many pending connections")
		s.handshakeError(ws.StatusAbnormalClosure, "Too many pending connections.")
		return
	}
	m.conns++
	s.pending++
	if m.stats != nil {
		m.stats.Open.Add(1)
	}
	c.h = s.pendingH
	if err := m.e.Watch(fd, readEvents, c); err != nil {
		unix.Close(fd)
		m.conns--
		s.pending--
		return
	}
	if ms := extInt(s.o, s.ext, "handshakeTimeout", int64(cmp.Or(int(s.opts.HandshakeTimeout/time.Millisecond), defaultHandshakeTimeout))); ms > 0 {
		c.cancelTO = m.e.AfterFunc(time.Duration(ms)*time.Millisecond, func() {
			if c.state == stHandshake {
				c.setCloseErr("handshake timeout")
				c.finish()
			}
		})
	}
	if cfg := s.tlsCfg; cfg != nil {
		c.startTLS(true, func() (*tls.Config, error) { return cfg, nil }, func(*conn) {})
	}
}

func (s *server) scheme() string {
	if s.secure() {
		return "wss"
	}
	return "ws"
}

func (s *server) secure() bool { return s.ext && s.o.Property("secure").ToBoolean() }

// loadTLS prepares the TLS configuration of a secure server; false (with
// errorString set) if its certificate does not load.
func (s *server) loadTLS() bool {
	s.tlsCfg = nil
	if !s.secure() {
		return true
	}
	s.certsChanged()
	if _, err := s.certs.load(); err != nil {
		s.o.SetInternal("errorString", err.Error())
		return false
	}
	s.tlsCfg = s.certs.config()
	return true
}

// secureChanged switches a listening server between ws:// and wss:// for
// the connections accepted from now on, on the same port; if the
// certificate does not load it stops listening rather than serve ws://.
func (s *server) secureChanged() {
	s.updateURL()
	if s.l == nil || s.loadTLS() {
		return
	}
	s.l.close()
	s.l = nil
	s.o.SetInternal("listen", false)
}

// certsChanged points the certificate store at the current files; a
// running server uses them from its next handshake on.
func (s *server) certsChanged() {
	s.certs.set(extString(s.o, s.ext, "certificateFile"), extString(s.o, s.ext, "privateKeyFile"))
}

// handshakeError reports a connection that failed before it became a
// WebSocket (QWebSocketServer::serverError).
func (s *server) handshakeError(code ws.StatusCode, msg string) {
	if s.o.Destroyed() || !s.ext {
		return
	}
	s.o.SetInternal("errorString", msg)
	s.o.Emit("serverError", int(code))
}

// connected creates the server-side WebSocket for an accepted connection
// and emits clientConnected.
func (s *server) connected(c *conn, r *request) {
	c.h = nil
	s.pending--
	if c.cancelTO != nil {
		c.cancelTO()
		c.cancelTO = nil
	}
	module := "QtWebSockets"
	if s.ext {
		module = ExtensionsName
	}
	o, err := s.m.e.CreateObject(module, "WebSocket", s.o)
	if err != nil {
		c.finish()
		return
	}
	o.SetTypeOwned() // made by C++ in Qt: destroy() is refused
	c.idx = int32(len(s.conns))
	s.conns = append(s.conns, c)
	if idle := c.lim.idle; idle > 0 {
		s.sweepEvery = max(idle/4, 10*time.Millisecond)
		s.armSweep()
	}
	sk := sock(o)
	sk.server = true
	sk.wasOpen = true
	s.m.seq++
	sk.seq = s.m.seq
	sk.c = c
	c.h = sk
	sk.quiet = true
	host := r.host
	if host == "" {
		host = s.o.Property("host").String()
	}
	reqURL := s.scheme() + "://" + host + r.path
	if !strings.HasPrefix(r.path, "/") && strings.Contains(r.path, "://") {
		// an absolute request target is the request url, as Qt keeps it
		reqURL = r.path
	}
	// Sockets that requested the same url share its value (a url value
	// cannot be changed, and each costs an object of its own).
	if s.urlValue != nil && s.urlText == reqURL {
		o.SetInternal("url", s.urlValue)
	} else {
		o.SetInternal("url", reqURL)
		s.urlText, s.urlValue = reqURL, o.Property("url")
	}
	if sk.ext {
		sk.x.headers = r.headers // kept only where requestHeaders() exists
		origin := ""
		for _, h := range r.headers {
			if h[0] == "origin" {
				origin = h[1]
			}
		}
		sk.setPeer(c.peer, "", origin, reqURL)
		o.SetInternal("compression", c.pmd)
	}
	if len(r.protocols) > 0 {
		o.SetInternal("requestedSubprotocols", r.protocols)
	}
	o.SetInternal("negotiatedSubprotocol", r.chosen)
	o.SetInternal("errorString", "")
	o.SetInternal("status", Open)
	o.SetInternal("active", true)
	sk.quiet = false
	s.o.Emit("clientConnected", o)
}

// reportTeardown ends every server-side socket still open, in the order
// they connected, when the server goes away: its connection is cut and it
// emits statusChanged(Closed).
func (s *server) reportTeardown() {
	if s.tornDown {
		return
	}
	s.tornDown = true
	for _, sk := range s.openSockets() {
		// one by one, as Qt deletes each TCP socket and the QML socket
		// reports it: the peers see their ends in the same order (one a
		// handler closed meanwhile is left alone)
		if sk.cut() && sk.status() != Closed {
			sk.o.Emit("statusChanged", Closed)
		}
	}
}

// cut ends a server-side socket's TCP connection without a close frame,
// as deleting Qt's socket does; false if the connection had closed.
func (sk *socket) cut() bool {
	c := sk.c
	if c == nil || c.state == stClosed {
		return false
	}
	c.h = nil
	sk.c = nil
	sk.flushing = false // its Closed is reported by the caller
	c.finish()
	return true
}

// pendingHandler receives events of a connection still in its handshake.
type pendingHandler struct{ s *server }

func (*pendingHandler) opened(*conn)         {}
func (*pendingHandler) text(*conn, []byte)   {}
func (*pendingHandler) binary(*conn, []byte) {}
func (*pendingHandler) closing(*conn)        {}
func (*pendingHandler) pong(*conn, []byte)   {}
func (*pendingHandler) wrote(*conn, int)     {}

func (*pendingHandler) closeFrame(*conn, int, string) {}

// closed: the connection failed before the upgrade; TLS failures and
// timeouts are reported on the server.
func (p *pendingHandler) closed(c *conn, err string) {
	p.s.pending--
	switch {
	case c.tlsFailed:
		c.m.handshakeFailed(c, failTLS, err)
		p.s.handshakeError(ws.StatusTLSHandshake, err)
	case err == "handshake timeout":
		c.m.handshakeFailed(c, failTimeout, err)
		p.s.handshakeError(ws.StatusAbnormalClosure, "The handshake timed out.")
	}
}
func encodeBase64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
func acceptKey(key string) string {
	h := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	return base64.StdEncoding.EncodeToString(h[:])
}
