package wsbinding

import (
	"encoding/binary"
	"log/slog"
	"time"
	"unicode/utf8"

	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
	"golang.org/x/sys/unix"
)

// Limits of one connection.
const (
	readChunk = 64 << 10
	// smallTail is the most of an incomplete frame kept in a buffer of its
	// own size between reads; more gets room to grow.
	smallTail = 4 << 10
	// defaultMaxSize is Qt's default maxAllowedIncomingFrameSize and
	// maxAllowedIncomingMessageSize (INT_MAX - 1); larger closes 1009.
	defaultMaxSize = 1<<31 - 2
)

type connState uint8

const (
	stHandshake connState = iota // server: reading the request; client: waiting for the response
	stOpen
	stClosing // close frame sent, waiting for the peer's
	stClosed
)

// events a connection reports to its owner (the QML socket) on the loop.
type connHandler interface {
	opened(c *conn)
	text(c *conn, msg []byte)
	binary(c *conn, msg []byte)
	// closing: the peer started the close handshake.
	closing(c *conn)
	// closed: the connection is gone; err is "" for a clean close.
	closed(c *conn, err string)
	// closeFrame: the close handshake started, with this code and reason
	// (the peer's, or ours when this side started it).
	closeFrame(c *conn, code int, reason string)
	pong(c *conn, payload []byte)
	// wrote: n bytes were handed to the socket.
	wrote(c *conn, n int)
}

// conn is one WebSocket connection driven by the event loop: readiness
// events read and parse frames, handlers queue frames, and the module
// flushes every connection's queued bytes once per loop turn. An idle
// server-side connection is mostly this struct, so what only some
// connections need is out of line: the limits are shared with the other
// connections of its server, and the rest is in aux.
type conn struct {
	m        *module
	h        connHandler
	in       []byte   // received, not yet consumed
	out      []byte   // queued output
	lim      *limits  // shared, read-only
	srv      *server  // the server that accepted it (nil: client side)
	aux      *connAux // nil until needed
	cancelTO func()

	outTotal, outDone int64 // bytes ever queued in and taken from out

	fd int32
	// maxAllowedIncomingFrameSize and maxAllowedIncomingMessageSize (at
	// most defaultMaxSize)
	maxFrame, maxMsg int32
	idx              int32 // its index in srv.conns, -1 until upgraded

	peer peerAddr // the other end (server side)

	client  bool // this side is the client: masks frames, expects unmasked ones
	state   connState
	msgOp   ws.OpCode // opcode of the message being assembled, 0 if none
	dirty   bool      // in m.dirty
	wantOut bool      // watching for writability
	paused  bool      // not reading: too much output pending
	// (the flags are together to keep the struct small)
	closeSent   bool
	peerClose   bool
	tlsFailed   bool  // the TLS handshake failed
	pmd         bool  // permessage-deflate negotiated
	pmdBits     uint8 // compress only messages up to 2^pmdBits bytes (0: any)
	msgDeflated bool  // the message being assembled is compressed
	full        bool  // write queue over the bound: closed with 1008 unless it drains
	hsFailed    bool  // the close error is the client handshake's verdict on the response
	ended       bool  // closed by active = false: the socket reported Closed already
	logged      bool  // why it closes was logged already
}

// connAux is the state of a connection that only some connections need,
// made on first use: TLS, a client's handshake, a message arriving in
// fragments, data messages in the write queue, the idle sweep's
// bookkeeping, an abnormal close.
type connAux struct {
	t *tlsLayer // nil for ws://
	// handshake answers the server's handshake response (client side)
	handshake func(c *conn) (done bool)

	msg      []byte // the fragmented message being assembled
	utf8Done int    // bytes of msg already validated as UTF-8

	// The write queue (limits.go): ends are the positions in the stream of
	// queued bytes where each queued data message ends.
	ends       []int64
	endsHead   int
	cancelFull func()
	lastQueued int // pending bytes last added to Metrics.Queued

	closeErr string // reason for an abnormal close, reported once
	// unreported: bytes written outside flush (a close writing at once),
	// reported by the next flush
	unreported int

	// Idle timeout (server side): rx counts reads, the sweep compares it
	// with rxSeen. Reads before the first sweep need no counting: that
	// sweep starts the clock anyway.
	idleSince  int64 // UnixNano of the sweep that saw the last read
	rx, rxSeen uint32
	pinged     bool
}

// more returns c.aux, making it first (or taking a spare one).
func (c *conn) more() *connAux {
	if c.aux == nil {
		if n := len(c.m.spareAux); n > 0 {
			c.aux = c.m.spareAux[n-1]
			c.m.spareAux[n-1] = nil
			c.m.spareAux = c.m.spareAux[:n-1]
		} else {
			c.aux = &connAux{}
		}
	}
	return c.aux
}

// maxSpareAux bounds the records the module keeps for reuse, and
// maxSpareEnds the write-queue index a kept record may hold on to.
const (
	maxSpareAux  = 256
	maxSpareEnds = 64
)

// auxDone lets go of c.aux once it holds nothing but an empty write-queue
// index, which every data message needs while it is queued: a connection
// that sent and went quiet keeps no record, and one that sends on takes a
// spare record instead of making one per message.
func (c *conn) auxDone() {
	a := c.aux
	if a == nil || !a.spare() {
		return
	}
	c.aux = nil
	if len(c.m.spareAux) < maxSpareAux {
		a.ends, a.endsHead = a.ends[:0], 0
		if cap(a.ends) > maxSpareEnds {
			a.ends = nil
		}
		c.m.spareAux = append(c.m.spareAux, a)
	}
}

// spare reports whether the record holds no state but an empty write-queue
// index (TestConnAuxSpare checks that every field is looked at).
func (a *connAux) spare() bool {
	return len(a.ends) == a.endsHead && a.t == nil && a.handshake == nil && a.msg == nil && a.utf8Done == 0 &&
		a.cancelFull == nil && a.lastQueued == 0 && a.closeErr == "" && a.unreported == 0 &&
		a.idleSince == 0 && a.rx == 0 && a.rxSeen == 0 && !a.pinged
}

// tls is the connection's TLS layer, nil for ws://.
func (c *conn) tls() *tlsLayer {
	if c.aux == nil {
		return nil
	}
	return c.aux.t
}

// closeErr is the reason for an abnormal close, "" for none.
func (c *conn) closeErr() string {
	if c.aux == nil {
		return ""
	}
	return c.aux.closeErr
}

// setCloseErr records why the connection closes.
func (c *conn) setCloseErr(reason string) {
	if reason != "" || c.aux != nil {
		c.more().closeErr = reason
	}
}

// peerAddr is the address of the other end kept inline: IPv4 addresses
// are IPv4-mapped, and the zero value is no address.
type peerAddr struct {
	ip   [16]byte
	port uint16
}

// Ready handles a readiness event (runtime.ReadyHandler).
func (c *conn) Ready(ev uint32) {
	if c.state == stClosed {
		return
	}
	if ev&uint32(unix.EPOLLOUT) != 0 {
		c.flush()
		if c.state == stClosed {
			return
		}
	}
	if ev&uint32(unix.EPOLLIN|unix.EPOLLRDHUP|unix.EPOLLHUP|unix.EPOLLERR) != 0 && !c.paused {
		if c.tls() != nil {
			c.readTLS()
		} else {
			c.read()
		}
	}
}

// read reads once from the socket and processes what arrived. With nothing
// pending it reads into the module's shared buffer and keeps only an
// incomplete tail, so an idle connection holds no read buffer.
func (c *conn) read() {
	m := c.m
	if len(c.in) <= smallTail && !m.scratchBusy {
		if m.scratch == nil {
			m.scratch = make([]byte, readChunk)
		}
		// A short incomplete frame (a header written apart from its
		// payload, say) moves back into the shared buffer in front of
		// what is read now.
		kept := copy(m.scratch, c.in)
		b, ok := c.readFd(m.scratch[kept:])
		if !ok {
			return
		}
		if len(b) == 0 {
			c.abort("")
			return
		}
		c.received(len(b))
		m.scratchBusy = true
		c.in = m.scratch[:kept+len(b)]
		c.process()
		m.scratchBusy = false
		switch {
		case c.state == stClosed || len(c.in) == 0:
			c.in = nil
		case len(c.in) <= smallTail:
			c.in = append([]byte(nil), c.in...)
		default:
			// Part of a large frame: room for the rest to be read in place.
			c.in = append(make([]byte, 0, len(c.in)+readChunk), c.in...)
		}
		return
	}
	if cap(c.in)-len(c.in) < readChunk {
		grown := make([]byte, len(c.in), len(c.in)+readChunk+len(c.in)/2)
		copy(grown, c.in)
		c.in = grown
	}
	n, err := unix.Read(int(c.fd), c.in[len(c.in):cap(c.in)])
	if n > 0 {
		c.in = c.in[:len(c.in)+n]
		c.received(n)
	}
	switch {
	case err == unix.EAGAIN || err == unix.EINTR:
		return
	case err != nil:
		c.abort("The remote host closed the connection")
		return
	case n == 0:
		// End of stream: the peer closed TCP, with or without a close frame.
		c.abort("")
		return
	}
	c.process()
}

// readFd reads once from the socket into buf; ok is false when there is
// nothing to read or the connection failed, and an empty b is the end of
// the stream.
func (c *conn) readFd(buf []byte) (b []byte, ok bool) {
	n, err := unix.Read(int(c.fd), buf)
	switch {
	case err == unix.EAGAIN || err == unix.EINTR:
		return nil, false
	case err != nil:
		c.abort("The remote host closed the connection")
		return nil, false
	}
	return buf[:n], true
}

// process consumes complete handshakes and frames from c.in.
func (c *conn) process() {
	if c.state == stHandshake {
		if !c.shake() || c.state != stOpen {
			return
		}
	}
	off := 0
	for c.state == stOpen || c.state == stClosing {
		h, n, err := parseHeader(c.in[off:])
		if err == errShort {
			break
		}
		if err != nil {
			c.fail(err)
			return
		}
		if err := c.check(h); err != nil {
			c.fail(err)
			return
		}
		if int64(len(c.in)-off-n) < h.length {
			break
		}
		payload := c.in[off+n : off+n+int(h.length)]
		if h.masked {
			ws.Cipher(payload, h.mask, 0)
		}
		off += n + int(h.length)
		if err := c.frame(h, payload); err != nil {
			c.fail(err)
			return
		}
	}
	if c.state == stClosed {
		return
	}
	// Keep the unconsumed tail at the start of the buffer.
	rest := copy(c.in, c.in[off:])
	c.in = c.in[:rest]
	if len(c.in) == 0 && cap(c.in) > 4*readChunk {
		c.in = nil // release the memory of a large message
	}
}

// shake runs the handshake of this side with what arrived.
func (c *conn) shake() bool {
	if c.srv != nil {
		return c.srv.handshake(c)
	}
	return c.aux.handshake(c)
}

// check applies RFC 6455's rules to a frame header.
func (c *conn) check(h header) error {
	if h.rsv != 0 {
		// RSV1 is permessage-deflate's bit: only with the extension
		// negotiated, and only on the first frame of a data message.
		if h.rsv != 4 || !c.pmd {
			return protocolError(ws.StatusProtocolError, reasonRsv)
		}
		if h.op.IsControl() {
			return protocolError(ws.StatusProtocolError, reasonRsv)
		}
		if h.op == ws.OpContinuation {
			return protocolError(ws.StatusProtocolError, reasonRsv)
		}
	}
	if c.client == h.masked {
		if c.client {
			return protocolError(ws.StatusProtocolError, "masked frame from the server")
		}
		return protocolError(ws.StatusProtocolError, "unmasked frame from the client")
	}
	switch h.op {
	case ws.OpContinuation, ws.OpText, ws.OpBinary:
	case ws.OpClose, ws.OpPing, ws.OpPong:
		if !h.fin {
			return protocolError(ws.StatusProtocolError, reasonControlFrag)
		}
		if h.length > 125 {
			return protocolError(ws.StatusProtocolError, reasonControlSize)
		}
		return nil
	default:
		return protocolError(ws.StatusProtocolError, reasonOpcode)
	}
	if h.op == ws.OpContinuation && c.msgOp == 0 {
		return protocolError(ws.StatusProtocolError, reasonOrphanContinue)
	}
	if h.op != ws.OpContinuation && c.msgOp != 0 {
		return protocolError(ws.StatusProtocolError, reasonExpectContinue)
	}
	if h.length > int64(c.maxFrame) {
		return protocolError(ws.StatusMessageTooBig, reasonFrameTooBig)
	}
	if int64(c.msgLen())+h.length > int64(c.maxMsg) {
		return protocolError(ws.StatusMessageTooBig, reasonMessageTooBig)
	}
	return nil
}

// frame handles one complete frame.
func (c *conn) frame(h header, payload []byte) error {
	switch h.op {
	case ws.OpPing:
		if c.state == stOpen {
			c.queueFrame(ws.OpPong, payload)
		}
		return nil
	case ws.OpPong:
		if c.h != nil {
			c.h.pong(c, payload)
		}
		return nil
	case ws.OpClose:
		return c.onClose(payload)
	}
	if c.state != stOpen {
		return nil // data after our close frame is discarded
	}
	if h.op != ws.OpContinuation {
		c.msgOp = h.op
		if a := c.aux; a != nil {
			a.msg = a.msg[:0]
			a.utf8Done = 0
		}
		c.msgDeflated = h.rsv != 0
	}
	if h.fin && h.op != ws.OpContinuation && c.msgDeflated {
		return c.deliverDeflated(h.op, payload)
	}
	if h.fin && h.op != ws.OpContinuation {
		// Unfragmented: deliver straight from the read buffer.
		if h.op == ws.OpText && !utf8.Valid(payload) {
			return protocolError(ws.StatusInvalidFramePayloadData, reasonUTF8)
		}
		c.msgOp = 0
		c.deliver(h.op, payload)
		return nil
	}
	a := c.more()
	a.msg = append(a.msg, payload...)
	if c.msgOp == ws.OpText && !c.msgDeflated {
		// Fail fast: validate what has arrived, allowing a code point split
		// across fragments (RFC 6455; Qt refuses those, see README).
		n, ok := validUTF8Prefix(a.msg[a.utf8Done:], h.fin)
		if !ok {
			return protocolError(ws.StatusInvalidFramePayloadData, reasonUTF8)
		}
		a.utf8Done += n
	}
	if h.fin && c.msgDeflated {
		err := c.deliverDeflated(c.msgOp, a.msg)
		if cap(a.msg) > 4*readChunk {
			a.msg = nil
		}
		return err
	}
	if h.fin {
		op := c.msgOp
		c.msgOp = 0
		c.deliver(op, a.msg)
		if cap(a.msg) > 4*readChunk {
			a.msg = nil
		}
	}
	return nil
}

// msgLen is the length of the fragmented message being assembled.
func (c *conn) msgLen() int {
	if c.aux == nil {
		return 0
	}
	return len(c.aux.msg)
}

func (c *conn) deliver(op ws.OpCode, msg []byte) {
	if c.m.stats != nil {
		c.m.stats.MessagesIn.Add(1)
	}
	if op == ws.OpText {
		c.h.text(c, msg)
	} else {
		c.h.binary(c, msg)
	}
}

// onClose handles the peer's close frame.
func (c *conn) onClose(payload []byte) error {
	code := ws.StatusNormalClosure
	switch {
	case len(payload) == 1:
		return protocolError(ws.StatusProtocolError, reasonCloseTooSmall)
	case len(payload) >= 2:
		code = ws.StatusCode(binary.BigEndian.Uint16(payload))
		if !validCloseCode(int(code)) {
			return protocolError(ws.StatusProtocolError, reasonCloseCode(int(code)))
		}
		if !utf8.Valid(payload[2:]) {
			return protocolError(ws.StatusInvalidFramePayloadData, reasonUTF8)
		}
	}
	c.peerClose = true
	if !c.closeSent {
		if c.h != nil {
			c.h.closeFrame(c, int(code), string(payload[min(2, len(payload)):]))
		}
		if c.state == stClosed {
			return nil
		}
		if c.h != nil {
			c.h.closing(c)
		}
		if c.state == stClosed {
			return nil
		}
		// the reply echoes the peer's code and reason, as Qt's does
		c.sendClose(code, string(payload[min(2, len(payload)):]))
	}
	c.state = stClosing
	if !c.client {
		// The server closes TCP once the close frames are exchanged.
		c.finish()
	} else {
		// The client leaves that to the server (RFC 6455 section
		// 7.1.1), for a while: one that keeps TCP open is dropped. The
		// socket is Closed now, as Qt's is (it closes TCP at once).
		if c.cancelTO == nil {
			c.cancelTO = c.m.e.AfterFunc(closeTimeout, func() { c.finish() })
		}
		if h := c.h; h != nil {
			c.h = nil
			h.closed(c, "")
		}
	}
	return nil
}

// fail closes the connection after a protocol violation with the
// matching close code.
func (c *conn) fail(err error) {
	code := ws.StatusProtocolError
	reason := err.Error()
	if pe, ok := err.(*errProtocol); ok {
		code = pe.code
	}
	if st := c.m.stats; st != nil && c.state != stHandshake {
		if code == ws.StatusMessageTooBig {
			st.TooBigCloses.Add(1)
		} else {
			st.ProtocolCloses.Add(1)
		}
	}
	if c.state != stHandshake {
		c.m.logClose(c, slog.LevelWarn, "websocket protocol error", code, reason)
	}
	if !c.closeSent && c.state != stHandshake {
		c.sendClose(code, reason)
	}
	c.setCloseErr(reason)
	c.finish()
}

// sendClose queues a close frame.
func (c *conn) sendClose(code ws.StatusCode, reason string) {
	if c.closeSent {
		return
	}
	c.closeSent = true
	if !c.peerClose && c.h != nil {
		c.h.closeFrame(c, int(code), reason)
	}
	body := make([]byte, 2, 2+len(reason))
	binary.BigEndian.PutUint16(body, uint16(code))
	body = append(body, reason...)
	c.queueFrame(ws.OpClose, body)
}

// close starts the close handshake from this side (active = false).
func (c *conn) close(code ws.StatusCode, reason string) {
	if c.state == stClosed {
		return
	}
	if c.state == stHandshake {
		c.finish()
		return
	}
	c.sendClose(code, reason)
	c.state = stClosing
	// Wait a little for the peer's close frame, then drop TCP.
	c.cancelTO = c.m.e.AfterFunc(closeTimeout, func() { c.finish() })
}

// finish flushes what is queued and closes the socket.
func (c *conn) finish() {
	if c.state == stClosed {
		return
	}
	t := c.tls()
	if t != nil {
		c.closeTLS()
	}
	c.writeOut()
	c.state = stClosed
	if c.cancelTO != nil {
		c.cancelTO()
	}
	rest := c.out
	if t != nil {
		rest = nil // TLS output that did not fit is dropped with the session
	}
	c.m.linger(int(c.fd), rest)
	if t != nil {
		t.sh.close()
	}
	c.m.conns--
	if a := c.aux; a != nil && a.cancelFull != nil {
		a.cancelFull()
		a.cancelFull = nil
	}
	if c.idx >= 0 && c.srv != nil {
		c.srv.removeConn(c)
	}
	if c.closeErr() != "" && !c.logged && c.m.e.Logging() {
		c.m.e.Event(slog.LevelInfo, "websocket connection error", "peer", peerString(c.peer), "error", c.closeErr())
	}
	if st := c.m.stats; st != nil {
		st.Open.Add(-1)
		st.Closed.Add(1)
		if a := c.aux; a != nil {
			st.Queued.Add(int64(-a.lastQueued))
			a.lastQueued = 0
		}
	}
	if c.h != nil {
		c.h.closed(c, c.closeErr())
	}
	c.in, c.out = nil, nil
	if c.aux != nil {
		c.aux.msg = nil
	}
}

// lingerTimeout bounds how long a closed connection's socket is kept to
// deliver its last bytes.
const lingerTimeout = 2 * time.Second

// linger closes a socket without losing what was sent on it. Closing a
// socket with unread input makes the kernel send a reset, and a peer that
// receives it may drop the close frame it had not read yet; so the rest of
// the output is written, the sending side shut down, and the peer's input
// read and discarded until it closes too or lingerTimeout passes.
func (m *module) linger(fd int, rest []byte) {
	e := m.e
	e.Unwatch(fd)
	var cancel func()
	closed := false
	done := func() {
		if closed {
			return
		}
		closed = true
		if cancel != nil {
			cancel()
		}
		delete(m.lingering, fd)
		e.Unwatch(fd)
		unix.Close(fd)
	}
	rest = append([]byte(nil), rest...)
	events := readEvents
	if len(rest) > 0 {
		events |= unix.EPOLLOUT
	} else {
		unix.Shutdown(fd, unix.SHUT_WR)
	}
	err := e.Watch(fd, events, runtime.ReadyFunc(func(ev uint32) {
		if len(rest) > 0 && ev&unix.EPOLLOUT != 0 {
			n, err := unix.Write(fd, rest)
			if n > 0 {
				rest = rest[n:]
			}
			if err != nil && err != unix.EAGAIN && err != unix.EINTR {
				done()
				return
			}
			if len(rest) == 0 {
				unix.Shutdown(fd, unix.SHUT_WR)
				e.Rewatch(fd, readEvents)
			}
		}
		if ev&^uint32(unix.EPOLLOUT) == 0 {
			return
		}
		var buf [2048]byte
		for {
			n, err := unix.Read(fd, buf[:])
			if err == unix.EINTR {
				continue
			}
			if err == unix.EAGAIN {
				return
			}
			if n <= 0 || err != nil {
				done() // the peer closed its side too, or the socket failed
				return
			}
		}
	}))
	if err != nil {
		unix.Close(fd)
		return
	}
	cancel = e.AfterFunc(lingerTimeout, done)
	if m.lingering == nil {
		m.lingering = map[int]func(){}
	}
	m.lingering[fd] = done
}

// abort handles the end of the TCP stream or a socket error.
func (c *conn) abort(reason string) {
	if c.closeErr() == "" {
		c.setCloseErr(reason)
	}
	c.finish()
}

// queueFrame queues a frame for the next flush.
func (c *conn) queueFrame(op ws.OpCode, payload []byte) {
	var mask *[4]byte
	if c.client {
		m := ws.NewMask()
		mask = &m
	}
	if (op == ws.OpText || op == ws.OpBinary) && c.compressible(len(payload)) {
		if z, err := c.m.codec().compress(payload); err == nil && len(z) < len(payload) {
			start := len(c.out)
			c.out = appendFrame(c.m.outBuffer(c.out), op, z, mask)
			c.out[start] |= 0x40 // RSV1: compressed
			c.queued(op, len(c.out)-start)
			return
		}
	}
	start := len(c.out)
	c.out = appendFrame(c.m.outBuffer(c.out), op, payload, mask)
	c.queued(op, len(c.out)-start)
}

// queueText queues a text message given as a string: unless it is masked
// or compressed on the way, the frame is built from the string itself.
func (c *conn) queueText(msg string) {
	if c.client || c.compressible(len(msg)) {
		c.queueFrame(ws.OpText, []byte(msg))
		return
	}
	start := len(c.out)
	c.out = appendFrame(c.m.outBuffer(c.out), ws.OpText, msg, nil)
	c.queued(ws.OpText, len(c.out)-start)
}

// queued accounts for a frame of n bytes appended to c.out.
func (c *conn) queued(op ws.OpCode, n int) {
	c.outTotal += int64(n)
	if op == ws.OpText || op == ws.OpBinary {
		a := c.more()
		a.ends = append(a.ends, c.outTotal)
		if c.m.stats != nil {
			c.m.stats.MessagesOut.Add(1)
		}
	}
	c.markDirty()
}

// received accounts for n bytes read from the socket.
func (c *conn) received(n int) {
	if a := c.aux; a != nil {
		a.rx++
	}
	if c.m.stats != nil {
		c.m.stats.BytesIn.Add(int64(n))
	}
}

func (c *conn) markDirty() {
	if !c.dirty {
		c.dirty = true
		c.m.dirty = append(c.m.dirty, c)
	}
}

// flush writes queued output once; what the socket does not take waits for
// writability.
func (c *conn) flush() {
	queued := len(c.out)
	c.writeOut()
	if c.state == stClosed {
		return
	}
	written := queued - len(c.out)
	if a := c.aux; a != nil && a.unreported > 0 {
		written += a.unreported
		a.unreported = 0
	}
	if written > 0 && c.h != nil {
		defer c.h.wrote(c, written)
	}
	pendingBytes := c.pendingOut()
	pending := pendingBytes > 0
	events := uint32(0)
	if !c.paused {
		events |= readEvents
	}
	if pending {
		events |= uint32(unix.EPOLLOUT)
	}
	// Stop reading from a peer that does not read our replies.
	c.paused = pendingBytes > c.lim.maxOut
	c.checkFull(pendingBytes)
	if st := c.m.stats; st != nil {
		last := 0
		if c.aux != nil {
			last = c.aux.lastQueued
		}
		if pendingBytes != last {
			st.Queued.Add(int64(pendingBytes - last))
			c.more().lastQueued = pendingBytes
		}
	}
	t := c.tls()
	eof := t != nil && t.eof // nothing more to read while TLS finishes
	if c.paused || eof {
		events &^= readEvents
	} else {
		events |= readEvents
	}
	if pending != c.wantOut || c.paused || eof {
		c.wantOut = pending
		c.m.e.Rewatch(int(c.fd), events)
	}
	c.auxDone()
}

// pendingOut is the number of bytes waiting for the socket.
func (c *conn) pendingOut() int {
	if t := c.tls(); t != nil {
		n := t.pending()
		if t.ready {
			n += len(c.out) // plaintext is sealed only after the handshake
		}
		return n
	}
	return len(c.out)
}

func (c *conn) writeOut() {
	before := len(c.out)
	if c.tls() != nil {
		c.writeTLS()
	} else {
		b := c.out
		c.writeFd(&c.out)
		if len(c.out) == 0 {
			c.m.spareOut(b)
		}
	}
	if n := before - len(c.out); n > 0 {
		c.consumed(n)
	}
}

// writeFd writes as much of *buf as the socket takes; a write error drops
// the rest and records why.
func (c *conn) writeFd(buf *[]byte) {
	for len(*buf) > 0 {
		n, err := unix.Write(int(c.fd), *buf)
		if n > 0 {
			*buf = (*buf)[n:]
			if c.m.stats != nil {
				c.m.stats.BytesOut.Add(int64(n))
			}
		}
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			if err != unix.EAGAIN && c.state != stClosed {
				*buf = nil
				if c.closeErr() == "" {
					c.setCloseErr("The remote host closed the connection")
				}
			}
			break
		}
	}
	if len(*buf) == 0 {
		*buf = nil // not buf[:0:0], which would keep the array alive
	}
}

const readEvents = uint32(unix.EPOLLIN | unix.EPOLLRDHUP)

// validUTF8Prefix validates b as UTF-8, allowing an incomplete code point
// at the end unless final. It returns how many bytes form complete code
// points, and false at the first byte that can never be valid.
func validUTF8Prefix(b []byte, final bool) (int, bool) {
	i := 0
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		// Invalid or incomplete: incomplete is fine if it is a valid
		// prefix at the very end of a non-final fragment.
		if !final && validIncomplete(b[i:]) {
			return i, true
		}
		return i, false
	}
	return i, true
}

// validIncomplete reports whether b is a proper prefix of some valid UTF-8
// encoding (RFC 3629 ranges).
func validIncomplete(b []byte) bool {
	if len(b) == 0 || len(b) > 3 {
		return false
	}
	c0 := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c0 >= 0xC2 && c0 <= 0xDF:
		need = 2
	case c0 == 0xE0:
		need, lo = 3, 0xA0
	case c0 >= 0xE1 && c0 <= 0xEC, c0 == 0xEE, c0 == 0xEF:
		need = 3
	case c0 == 0xED:
		need, hi = 3, 0x9F
	case c0 == 0xF0:
		need, lo = 4, 0x90
	case c0 >= 0xF1 && c0 <= 0xF3:
		need = 4
	case c0 == 0xF4:
		need, hi = 4, 0x8F
	default:
		return false
	}
	if len(b) >= need {
		return false
	}
	for i := 1; i < len(b); i++ {
		l, h := byte(0x80), byte(0xBF)
		if i == 1 {
			l, h = lo, hi
		}
		if b[i] < l || b[i] > h {
			return false
		}
	}
	return true
}
