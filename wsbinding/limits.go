package wsbinding

import (
	"log/slog"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
)

// Options are the operator's settings of every server and connection of
// an engine (qmlrun's command-line flags): the defaults of
// QmlRun.WebSockets' server properties, and the values QtWebSockets' own
// types use. Zero fields take the defaults below.
type Options struct {
	// MaxConnections bounds the open connections of one server (0: no
	// limit); more get HTTP 503 in their handshake.
	MaxConnections int
	// AllowedOrigins: when not empty, a request whose Origin header is
	// not in the list gets HTTP 403. Requests without Origin are allowed.
	AllowedOrigins []string
	// MaxHeaderSize bounds a handshake request (431 beyond); default 16 KiB.
	MaxHeaderSize int
	// IdleTimeout: a connection silent that long gets a ping, and is
	// closed (1001) when it stays silent as long again; 0: never.
	IdleTimeout time.Duration
	// MaxBufferedAmount and MaxBufferedMessages bound each connection's
	// write queue (default 8 MiB, 65,536 messages); BufferFullTimeout is how
	// long a connection may stay full before it is closed with 1008
	// (default 5 s).
	MaxBufferedAmount   int
	MaxBufferedMessages int
	BufferFullTimeout   time.Duration
	// HandshakeTimeout and MaxPendingConnections are the defaults of the
	// server properties of the same names (10 s and 30, Qt's); set, they
	// apply to QtWebSockets' own server too (which otherwise has Qt's 10 s
	// and no pending limit).
	HandshakeTimeout      time.Duration
	MaxPendingConnections int
	// Metrics, when set, counts connections, messages and bytes.
	Metrics *Metrics
}

// Defaults of Options.
const (
	DefaultMaxHeaderSize       = 16 << 10
	DefaultMaxBufferedAmount   = 8 << 20
	DefaultMaxBufferedMessages = 65536
	DefaultBufferFullTimeout   = 5 * time.Second
)

func (o Options) withDefaults() Options {
	if o.MaxHeaderSize <= 0 {
		o.MaxHeaderSize = DefaultMaxHeaderSize
	}
	if o.MaxBufferedAmount <= 0 {
		o.MaxBufferedAmount = DefaultMaxBufferedAmount
	}
	if o.MaxBufferedMessages <= 0 {
		o.MaxBufferedMessages = DefaultMaxBufferedMessages
	}
	if o.BufferFullTimeout <= 0 {
		o.BufferFullTimeout = DefaultBufferFullTimeout
	}
	return o
}

// Metrics are counters of a process's WebSocket traffic, updated by the
// event loops with atomic operations, so another goroutine (a metrics
// endpoint) reads them without touching JavaScript.
type Metrics struct {
	Open, Accepted, Closed       atomic.Int64 // connections (server and client side)
	MessagesIn, MessagesOut      atomic.Int64
	BytesIn, BytesOut            atomic.Int64 // on the socket (frames, handshakes; TLS records)
	Queued                       atomic.Int64 // bytes waiting in write queues
	HandshakeFailures            [numFailures]atomic.Int64
	BufferFullCloses, IdleCloses atomic.Int64
	ProtocolCloses, TooBigCloses atomic.Int64 // closed by us with 1002/1007, with 1009
	RefusedSends                 atomic.Int64 // sends refused by a full queue
}

// Handshake failure reasons, the label of the handshake failures metric.
const (
	failBadRequest = iota // 400
	failOrigin            // 403
	failHeaderSize        // 431
	failCapacity          // 503
	failTimeout
	failPending
	failTLS
	numFailures
)

// FailureReasons name the HandshakeFailures counters.
var FailureReasons = [numFailures]string{"bad_request", "origin", "header_too_large", "max_connections", "timeout", "max_pending", "tls"}

// limits are one server's settings, read when a connection is accepted.
// Connections keep a pointer, shared with the other connections accepted
// while the settings stayed the same, and never change it.
type limits struct {
	maxConns   int
	origins    []string
	maxHeader  int
	idle       time.Duration
	maxOut     int
	maxOutMsgs int
	fullGrace  time.Duration
	name       string // the Server header of handshake responses, if any
	compress   bool   // accept a permessage-deflate offer
}

// currentLimits returns the server's settings for a new connection: the
// previous connection's if they did not change.
func (s *server) currentLimits() *limits {
	l := s.limits()
	if p := s.lim; p != nil && p.maxConns == l.maxConns && slices.Equal(p.origins, l.origins) && p.maxHeader == l.maxHeader &&
		p.idle == l.idle && p.maxOut == l.maxOut && p.maxOutMsgs == l.maxOutMsgs && p.fullGrace == l.fullGrace &&
		p.name == l.name && p.compress == l.compress {
		return p
	}
	changed := l // allocated only when the settings changed
	s.lim = &changed
	return s.lim
}

// limits reads the server's settings: the properties of QmlRun.WebSockets'
// server, the module options for QtWebSockets' own.
func (s *server) limits() limits {
	o := s.opts
	l := limits{o.MaxConnections, o.AllowedOrigins, o.MaxHeaderSize, o.IdleTimeout, o.MaxBufferedAmount, o.MaxBufferedMessages, o.BufferFullTimeout,
		s.o.Property("name").String(), false}
	if !s.ext {
		return l
	}
	p := s.o
	l.maxConns = int(p.Property("maxConnections").ToInteger())
	l.origins = nil
	for _, v := range p.Strings("allowedOrigins") {
		l.origins = append(l.origins, strings.TrimSpace(v))
	}
	l.maxHeader = int(p.Property("maxHeaderSize").ToInteger())
	l.idle = time.Duration(p.Property("idleTimeout").ToInteger()) * time.Millisecond
	l.maxOut = int(p.Property("maxBufferedAmount").ToInteger())
	l.maxOutMsgs = int(p.Property("maxBufferedMessages").ToInteger())
	l.fullGrace = time.Duration(p.Property("bufferFullTimeout").ToInteger()) * time.Millisecond
	l.compress = p.Property("compression").ToBoolean()
	// A bound of 0 or less means the default: a queue must hold something.
	def := Options{}.withDefaults()
	if l.maxHeader <= 0 {
		l.maxHeader = def.MaxHeaderSize
	}
	if l.maxOut <= 0 {
		l.maxOut = def.MaxBufferedAmount
	}
	if l.maxOutMsgs <= 0 {
		l.maxOutMsgs = def.MaxBufferedMessages
	}
	if l.fullGrace <= 0 {
		l.fullGrace = def.BufferFullTimeout
	}
	return l
}

// admit decides on a complete handshake request before it is upgraded:
// the HTTP status line and the reason of a refusal, "" to go on.
func (s *server) admit(l *limits, r *request) (status string, reason int) {
	if len(l.origins) > 0 {
		for _, h := range r.headers {
			if h[0] == "origin" && !originAllowed(l.origins, h[1]) {
				return "403 Forbidden", failOrigin
			}
		}
	}
	if l.maxConns > 0 && len(s.conns) >= l.maxConns {
		return "503 Service Unavailable", failCapacity
	}
	return "", 0
}

// originAllowed compares an Origin with the allowed ones, ignoring case
// and a trailing slash; "*" allows every origin.
func originAllowed(allowed []string, origin string) bool {
	origin = strings.TrimSuffix(origin, "/")
	for _, a := range allowed {
		if a == "*" || strings.EqualFold(strings.TrimSuffix(a, "/"), origin) {
			return true
		}
	}
	return false
}

func httpError(status string) string {
	return "HTTP/1.1 " + status + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
}

// handshakeFailed counts and logs a connection refused before it became a
// WebSocket.
func (m *module) handshakeFailed(c *conn, reason int, msg string) {
	c.logged = true
	if m.stats != nil {
		m.stats.HandshakeFailures[reason].Add(1)
	}
	if m.e.Logging() {
		m.e.Event(slog.LevelWarn, "websocket handshake refused", "reason", FailureReasons[reason], "peer", peerString(c.peer), "error", msg)
	}
}

// logClose logs a connection this side closed because of a limit or a
// protocol error.
func (m *module) logClose(c *conn, level slog.Level, msg string, code ws.StatusCode, reason string) {
	c.logged = true
	if m.e.Logging() {
		m.e.Event(level, msg, "peer", peerString(c.peer), "code", int(code), "reason", reason)
	}
}

func peerString(p peerAddr) string {
	ip, port := peerIP(p)
	if ip == "" {
		return ""
	}
	return net.JoinHostPort(ip, strconv.Itoa(port))
}

// Write queue bounds.

// queuedMsgs is the number of data messages not yet written.
func (c *conn) queuedMsgs() int {
	if c.aux == nil {
		return 0
	}
	return len(c.aux.ends) - c.aux.endsHead
}

// consumed records that n bytes left the head of c.out.
func (c *conn) consumed(n int) {
	c.outDone += int64(n)
	a := c.aux
	if a == nil {
		return
	}
	for a.endsHead < len(a.ends) && a.ends[a.endsHead] <= c.outDone {
		a.endsHead++
	}
	if a.endsHead == len(a.ends) {
		a.ends, a.endsHead = a.ends[:0], 0
	}
}

// refuse reports whether a message of n bytes must be refused: the queue
// holds something and the message would take it past maxOut bytes, or it
// holds maxOutMsgs messages. A refusal marks the connection full.
func (c *conn) refuse(n int) bool {
	pending := c.pendingOut()
	if (pending == 0 || pending+n <= c.lim.maxOut) && c.queuedMsgs() < c.lim.maxOutMsgs {
		return false
	}
	if c.m.stats != nil {
		c.m.stats.RefusedSends.Add(1)
	}
	c.setFull()
	return true
}

// setFull starts the grace period of a full queue: still full when it
// ends, the connection is closed with 1008.
func (c *conn) setFull() {
	if c.full || c.state != stOpen {
		return
	}
	c.full = true
	if c.m.e.Logging() {
		c.m.e.Event(slog.LevelWarn, "websocket buffer full", "peer", peerString(c.peer), "queued_bytes", c.pendingOut(), "queued_messages", c.queuedMsgs())
	}
	a := c.more()
	a.cancelFull = c.m.e.AfterFunc(c.lim.fullGrace, func() {
		a.cancelFull = nil
		if !c.full || c.state != stOpen {
			return
		}
		if c.m.stats != nil {
			c.m.stats.BufferFullCloses.Add(1)
		}
		c.m.logClose(c, slog.LevelWarn, "websocket closed: buffer full", ws.StatusPolicyViolation, "write queue full")
		c.closeFor(ws.StatusPolicyViolation, "write queue full")
	})
}

// checkFull follows the queue after a flush: over the bound it is full;
// a full queue is cleared when it has drained to half of both bounds.
func (c *conn) checkFull(pending int) {
	if !c.full {
		if pending > c.lim.maxOut {
			c.setFull()
		}
		return
	}
	if pending <= c.lim.maxOut/2 && c.queuedMsgs() <= c.lim.maxOutMsgs/2 {
		c.full = false
		if a := c.aux; a.cancelFull != nil {
			a.cancelFull()
			a.cancelFull = nil
		}
	}
}

// Idle connections.

// sweepIdle runs every quarter of idleTimeout while the server has
// connections that time out: a connection that received nothing for
// idleTimeout gets a ping; one that receives nothing for another
// idleTimeout after it is closed with 1001.
func (s *server) sweepIdle() {
	s.cancelSweep = nil
	now := time.Now().UnixNano()
	armed := false
	// A close may run JavaScript that closes other connections: the loop
	// goes over a copy.
	for _, c := range slices.Clone(s.conns) {
		idle := c.lim.idle
		if idle <= 0 || c.state != stOpen {
			continue
		}
		armed = true
		a := c.more()
		if a.rx != a.rxSeen || a.idleSince == 0 {
			a.rxSeen, a.idleSince, a.pinged = a.rx, now, false
			continue
		}
		switch silent := time.Duration(now - a.idleSince); {
		case !a.pinged && silent >= idle:
			a.pinged = true
			a.idleSince = now
			c.queueFrame(ws.OpPing, nil)
		case a.pinged && silent >= idle:
			if s.m.stats != nil {
				s.m.stats.IdleCloses.Add(1)
			}
			s.m.logClose(c, slog.LevelInfo, "websocket closed: idle", ws.StatusGoingAway, "idle timeout")
			c.closeFor(ws.StatusGoingAway, "idle timeout")
		}
	}
	if armed {
		s.armSweep()
	}
}

// armSweep schedules the next sweep of idle connections.
func (s *server) armSweep() {
	if s.cancelSweep != nil || s.sweepEvery <= 0 {
		return
	}
	s.cancelSweep = s.m.e.AfterFunc(s.sweepEvery, s.sweepIdle)
}

// closeFor starts the close handshake from this side for a limit: the
// QML socket goes Closing, then Closed, as after its close().
func (c *conn) closeFor(code ws.StatusCode, reason string) {
	if sk, ok := c.h.(*socket); ok && sk.c == c {
		sk.closeWith(code, reason)
		return
	}
	c.close(code, reason)
}

// Drain stops every WebSocketServer of the engine from accepting and
// closes their connections with code and reason; done runs on the loop
// when they are all closed, or after deadline. Loop only (runtime.Engine.Do
// or Post).
func Drain(e *runtime.Engine, code int, reason string, deadline time.Duration, done func()) {
	m := moduleOf(e)
	m.draining = true
	for s := range m.servers {
		if s.l != nil {
			s.l.close()
			s.l = nil
		}
	}
	for s := range m.servers {
		for _, c := range slices.Clone(s.conns) {
			c.closeFor(ws.StatusCode(code), reason)
		}
	}
	start := time.Now()
	var wait func()
	wait = func() {
		busy := len(m.lingering) > 0
		for s := range m.servers {
			busy = busy || len(s.conns) > 0
		}
		if !busy || time.Since(start) >= deadline {
			done()
			return
		}
		e.AfterFunc(20*time.Millisecond, wait)
	}
	wait()
}

// removeConn takes a closed connection out of s.conns: the last one takes
// its place.
func (s *server) removeConn(c *conn) {
	last := s.conns[len(s.conns)-1]
	s.conns[c.idx] = last
	last.idx = c.idx
	s.conns[len(s.conns)-1] = nil
	s.conns = s.conns[:len(s.conns)-1]
}
