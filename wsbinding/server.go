package wsbinding

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/gobwas/httphead"
	"github.com/gobwas/ws"
	"golang.org/x/sys/unix"
)

const (
	maxHeaderBytes = DefaultMaxHeaderSize // a server's response, for clients
	closeTimeout   = time.Second
)

// listener is a listening socket owned by the loop.
type listener struct {
	m       *module
	fd      int
	port    int
	addr    string
	onConn  func(fd int, peer peerAddr)
	paused  bool
	closed  bool
	watched bool
	backoff bool // out of descriptors: not accepting for acceptBackoff
}

// acceptBackoff is how long a listener stops accepting when the process
// has no file descriptor (or memory) left for a new connection.
const acceptBackoff = 100 * time.Millisecond

// listen opens a non-blocking listening socket on host:port. The host is
// read as QHostAddress reads it; one that is not an address listens on
// every interface, as Qt does.
func (m *module) listen(host string, port int) (*listener, error) {
	ip, zone, v6, ok := parseHostAddress(host)
	family := unix.AF_INET
	if !ok {
		ip, v6 = net.IPv4zero, false
	}
	if v6 {
		if ip.To4() != nil {
			// an IPv4-mapped IPv6 address: Qt's bind fails
			return nil, errors.New("Unsupported socket operation")
		}
		family = unix.AF_INET6
	}
	fd, err := unix.Socket(family, unix.SOCK_STREAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	if family == unix.AF_INET6 {
		// An IPv6 address, "::" included, takes IPv6 connections only,
		// as Qt binds QHostAddress::AnyIPv6 and other IPv6 addresses.
		unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 1)
	}
	var sa unix.Sockaddr
	if family == unix.AF_INET {
		a := &unix.SockaddrInet4{Port: port}
		copy(a.Addr[:], ip.To4())
		sa = a
	} else {
		a := &unix.SockaddrInet6{Port: port}
		copy(a.Addr[:], ip.To16())
		sa = a
	}
	if err := unix.Bind(fd, sa); err != nil {
		unix.Close(fd)
		if errors.Is(err, unix.EADDRINUSE) {
			return nil, errors.New("The bound address is already in use")
		}
		if errors.Is(err, unix.EACCES) {
			return nil, errors.New("The address is protected")
		}
		return nil, errors.New("The address is not available")
	}
	if err := unix.Listen(fd, 4096); err != nil {
		unix.Close(fd)
		return nil, err
	}
	l := &listener{m: m, fd: fd, addr: hostString(ip, zone, v6)}
	if got, err := unix.Getsockname(fd); err == nil {
		switch a := got.(type) {
		case *unix.SockaddrInet4:
			l.port = a.Port
		case *unix.SockaddrInet6:
			l.port = a.Port
		}
	}
	return l, nil
}

func (l *listener) start(onConn func(fd int, peer peerAddr)) error {
	l.onConn = onConn
	if err := l.m.e.Watch(l.fd, readEvents, l); err != nil {
		return err
	}
	l.watched = true
	return nil
}

// Ready accepts when the listening socket is readable (runtime.ReadyHandler).
func (l *listener) Ready(uint32) { l.accept() }

// accept takes the pending connections (a bounded number per turn, so a
// connection storm does not starve established connections).
func (l *listener) accept() {
	for i := 0; i < 256 && !l.paused && !l.closed && !l.backoff; i++ {
		fd, peer, err := accept4(l.fd)
		if err != nil {
			switch err {
			case unix.EMFILE, unix.ENFILE, unix.ENOBUFS, unix.ENOMEM:
				l.backOff()
			}
			return
		}
		unix.SetsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, 1)
		l.onConn(fd, peer)
	}
}

// accept4 is unix.Accept4 (non-blocking, close-on-exec) without its
// allocations: the peer's address is read from a buffer on the stack
// straight into a peerAddr.
func accept4(lfd int) (int, peerAddr, error) {
	var rsa unix.RawSockaddrAny
	n := uint32(unix.SizeofSockaddrAny)
	fd, _, errno := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(lfd), uintptr(unsafe.Pointer(&rsa)), uintptr(unsafe.Pointer(&n)),
		unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0, 0)
	if errno != 0 {
		return -1, peerAddr{}, errno
	}
	var p peerAddr
	switch rsa.Addr.Family {
	case unix.AF_INET:
		a := (*unix.RawSockaddrInet4)(unsafe.Pointer(&rsa))
		p.ip[10], p.ip[11] = 0xff, 0xff
		copy(p.ip[12:], a.Addr[:])
		p.port = netPort(&a.Port)
	case unix.AF_INET6:
		a := (*unix.RawSockaddrInet6)(unsafe.Pointer(&rsa))
		p.ip = a.Addr
		p.port = netPort(&a.Port)
	}
	return int(fd), p, nil
}

// netPort reads a port stored in network byte order.
func netPort(port *uint16) uint16 {
	b := (*[2]byte)(unsafe.Pointer(port))
	return binary.BigEndian.Uint16(b[:])
}

// backOff stops accepting for a while: the connection that could not be
// accepted stays readable on the listening socket, which would wake the
// loop again at once, for as long as the descriptors are all in use. The
// pending connections wait in the backlog meanwhile.
func (l *listener) backOff() {
	if l.watched {
		l.m.e.Unwatch(l.fd)
		l.watched = false
	}
	l.backoff = true
	l.m.e.AfterFunc(acceptBackoff, func() {
		l.backoff = false
		if l.closed || l.paused || l.watched {
			return
		}
		l.m.e.Watch(l.fd, readEvents, l)
		l.watched = true
		l.accept()
	})
}

func (l *listener) pause(p bool) {
	if l.closed || l.paused == p {
		return
	}
	l.paused = p
	if p {
		if l.watched {
			l.m.e.Unwatch(l.fd)
		}
		l.watched = false
	} else if !l.watched && !l.backoff {
		l.m.e.Watch(l.fd, readEvents, l)
		l.watched = true
		l.accept()
	}
}

func (l *listener) close() {
	if l.closed {
		return
	}
	l.closed = true
	if l.watched {
		l.m.e.Unwatch(l.fd)
	}
	unix.Close(l.fd)
}

// request is what the server learned from a client's handshake.
type request struct {
	path      string
	host      string
	protocols []string
	chosen    string
	headers   [][2]string // lower-case names, in order
}

// handshake reads the client's HTTP upgrade request from c.in and answers
// it with the settings c was accepted with. A malformed request gets an
// HTTP error and the connection is closed.
func (s *server) handshake(c *conn) bool {
	if c.h != s.pendingH {
		// accepted before a name change replaced the server
		c.finish()
		return false
	}
	lim := c.lim
	end := bytes.Index(c.in, []byte("\r\n\r\n"))
	if end < 0 || end+4 > lim.maxHeader {
		if len(c.in) > lim.maxHeader {
			c.refuseHandshake("431 Request Header Fields Too Large", failHeaderSize, "request header too large")
		}
		return false
	}
	head := c.in[:end+4]
	// A view of the request, not a copy: what is kept of it (the header
	// list, the protocols) is copied out before c.in is reused below.
	view := unsafe.String(&head[0], len(head))
	hs := &c.m.hs
	hs.begin(s, c, head)
	req := &hs.req
	if s.ext || len(lim.origins) > 0 {
		// kept for requestHeaders(), or read for the Origin
		req.headers = headerList(strings.Clone(view))
	}
	if status, reason := s.admit(lim, req); status != "" {
		hs.end()
		c.refuseHandshake(status, reason, "handshake refused: "+status)
		return false
	}
	keys, badKey := 0, false
	eachHeader(view, func(name, value string) {
		if strings.EqualFold(name, "sec-websocket-key") {
			keys++
			badKey = badKey || !validKey(value)
			return
		}
		if !strings.EqualFold(name, "sec-websocket-protocol") {
			return
		}
		for p := range strings.SplitSeq(value, ",") {
			if p = strings.TrimSpace(p); p != "" {
				req.protocols = append(req.protocols, strings.Clone(p))
			}
		}
	})
	if keys > 1 || badKey {
		// gobwas/ws checks only the key's length and takes the last one.
		hs.end()
		c.refuseHandshake("400 Bad Request", failBadRequest, "handshake: bad \"Sec-WebSocket-Key\" header")
		return false
	}
	up := hs.up
	if lim.compress {
		up.Negotiate = hs.negotiate
	}
	if lim.name != "" {
		up.Header = ws.HandshakeHeaderHTTP(http.Header{"Server": {lim.name}})
	}
	// The response is written straight into the output queue.
	queued := len(c.out)
	_, err := up.Upgrade(hs)
	r, offer := hs.end()
	switch {
	case err == ws.ErrHandshakeBadSecVersion:
		// No version at all: the answer names the version this server
		// speaks, as to a client that asked for another one (RFC 6455
		// section 4.4).
		c.out = append(c.m.outBuffer(c.out[:queued]), "HTTP/1.1 400 Bad Request\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"...)
	case err != nil && len(c.out) == queued:
		c.out = append(c.m.outBuffer(c.out), httpError("400 Bad Request")...)
	}
	rest := copy(c.in, c.in[end+4:])
	c.in = c.in[:rest]
	if err != nil {
		c.setCloseErr("handshake: " + err.Error())
		c.m.handshakeFailed(c, failBadRequest, c.closeErr())
		c.finish()
		return false
	}
	c.state = stOpen
	c.pmd, c.pmdBits = offer.accepted, offer.maxBits
	c.markDirty()
	s.connected(c, &r)
	return true
}

// validKey reports whether a Sec-WebSocket-Key is, as RFC 6455 section
// 4.1 requires, the base64 encoding of 16 bytes.
func validKey(k string) bool {
	if len(k) != 24 {
		return false
	}
	var b [18]byte
	n, err := base64.StdEncoding.Decode(b[:], []byte(k))
	return err == nil && n == 16
}

// supportedProtocols reads supportedSubprotocols.
func (s *server) supportedProtocols() []string {
	return append([]string{}, s.o.Strings("supportedSubprotocols")...)
}

// hsStream is the server handshake being answered: the request read from
// c.in, what the upgrade learns of it, and the connection whose output
// queue takes the response. Handshakes are answered one at a time on the
// loop, so the module's one value, with its callbacks bound once, spares
// each handshake a reader, a writer and closures of its own.
type hsStream struct {
	r         bytes.Reader
	c         *conn
	s         *server
	req       request
	supported []string // read on the first offered protocol
	offer     deflateOffer
	up        ws.Upgrader // the callbacks below
	negotiate func(httphead.Option) (httphead.Option, error)
}

func (h *hsStream) bind() {
	h.up = ws.Upgrader{OnRequest: h.onRequest, OnHost: h.onHost, ProtocolCustom: h.protocols}
	h.negotiate = h.offer.negotiate
}

// begin starts answering the request head of c.
func (h *hsStream) begin(s *server, c *conn, head []byte) {
	h.r.Reset(head)
	h.c, h.s = c, s
}

// end returns what the upgrade learned and forgets the handshake.
func (h *hsStream) end() (request, deflateOffer) {
	r, offer := h.req, h.offer
	h.r.Reset(nil)
	h.c, h.s, h.req, h.supported, h.offer = nil, nil, request{}, nil, deflateOffer{}
	return r, offer
}

// onRequest keeps the request target; an empty one (two spaces in the
// request line) is no request target at all: 400, where Qt closes.
func (h *hsStream) onRequest(uri []byte) error {
	if len(uri) == 0 {
		return errBadTarget
	}
	h.req.path = string(uri)
	return nil
}

var errBadTarget = ws.RejectConnectionError(ws.RejectionStatus(http.StatusBadRequest), ws.RejectionReason("empty request target"))

// onHost keeps the first Host header, as Qt does, and refuses one that
// is empty or that QUrl would not take as an authority.
func (h *hsStream) onHost(host []byte) error {
	if h.req.host != "" {
		return nil
	}
	if len(host) == 0 || !h.c.m.validAuthority(string(host)) {
		return errBadHost
	}
	h.req.host = string(host)
	return nil
}

var errBadHost = ws.RejectConnectionError(ws.RejectionStatus(http.StatusBadRequest), ws.RejectionReason("invalid Host header"))

// protocols chooses from a Sec-WebSocket-Protocol header as Qt's server
// does: the comma-separated names, trimmed, are not checked to be tokens
// (an empty header or "x;y" is no error) and the first one the server
// supports is chosen.
func (h *hsStream) protocols(v []byte) (string, bool) {
	if h.supported == nil {
		h.supported = h.s.supportedProtocols()
	}
	for _, p := range bytes.Split(v, []byte(",")) {
		p = bytes.TrimSpace(p)
		for _, name := range h.supported {
			if len(p) > 0 && name == string(p) {
				h.req.chosen = name
				return name, true
			}
		}
	}
	return "", true
}

func (h *hsStream) Read(p []byte) (int, error) { return h.r.Read(p) }

func (h *hsStream) Write(p []byte) (int, error) {
	h.c.out = append(h.c.m.outBuffer(h.c.out), p...)
	return len(p), nil
}

// refuseHandshake answers a request with an HTTP error and closes.
func (c *conn) refuseHandshake(status string, reason int, msg string) {
	c.out = append(c.m.outBuffer(c.out), httpError(status)...)
	c.setCloseErr(msg)
	c.m.handshakeFailed(c, reason, msg)
	c.finish()
}

// clientHandshake sends the upgrade request and validates the response.
type clientHS struct {
	key       string
	protocols []string
	chosen    string
	sent      [][2]string // the request's headers, for requestHeaders()
	offered   bool        // permessage-deflate offered
	deflate   deflateOffer
}

// With compress, permessage-deflate is offered. onDone is called when the
// response is accepted; onFail when it is refused (the reason is
// c.closeErr()), with the connection left open: as Qt's QWebSocket, the
// client reports the error and waits for the server to close TCP.
func (m *module) startClientHandshake(c *conn, host, path string, protocols []string, compress bool, onDone func(c *conn, hs *clientHS), onFail func(c *conn)) {
	keyBytes := make([]byte, 16)
	for i := range keyBytes {
		keyBytes[i] = byte(m.rand.Uint32())
	}
	hs := &clientHS{key: encodeBase64(keyBytes), protocols: protocols, offered: compress}
	var b strings.Builder
	fmt.Fprintf(&b, "GET %s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n", path, host, hs.key)
	if len(protocols) > 0 {
		fmt.Fprintf(&b, "Sec-WebSocket-Protocol: %s\r\n", strings.Join(protocols, ", "))
	}
	if compress {
		b.WriteString("Sec-WebSocket-Extensions: " + deflateClientOffer + "\r\n")
	}
	b.WriteString("\r\n")
	hs.sent = headerList(b.String())
	c.out = append(c.m.outBuffer(c.out), b.String()...)
	c.markDirty()
	c.more().handshake = func(c *conn) bool {
		if c.hsFailed {
			c.in = c.in[:0] // what follows a refused response is not read
			return false
		}
		end := bytes.Index(c.in, []byte("\r\n\r\n"))
		if end < 0 {
			if len(c.in) > maxHeaderBytes {
				c.setCloseErr("Invalid handshake response")
				c.finish()
			}
			return false
		}
		head := string(c.in[:end+4])
		rest := copy(c.in, c.in[end+4:])
		c.in = c.in[:rest]
		if msg := hs.check(head); msg != "" {
			c.setCloseErr(msg)
			c.hsFailed = true
			c.in = c.in[:0]
			onFail(c)
			return false
		}
		c.state = stOpen
		c.pmd, c.pmdBits = hs.deflate.accepted, hs.deflate.maxBits
		onDone(c, hs)
		return true
	}
}

// check validates a server's handshake response as Qt 6.4's
// QWebSocketPrivate::processHandshake does, with its error texts.
func (hs *clientHS) check(head string) string {
	lines := strings.Split(strings.TrimRight(head, "\r\n"), "\r\n")
	major, minor, code, reason, ok := parseStatusLine(lines[0])
	if !ok {
		return "Read handshake request status failed"
	}
	hdr := http.Header{}
	for _, l := range lines[1:] {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return "Read handshake request header failed"
		}
		hdr.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	if code != 101 {
		if v := hdr.Get("Sec-WebSocket-Version"); v != "" {
			var versions []string
			for _, x := range strings.Split(v, ", ") {
				if x != "" {
					versions = append(versions, x)
				}
			}
			if !slices.Contains(versions, "13") {
				return "Handshake: Server requests a version that we don't support: " + strings.Join(versions, ", ") + "."
			}
			return "QWebSocketPrivate::processHandshake: Unknown error condition encountered. Aborting connection."
		}
		return fmt.Sprintf("QWebSocketPrivate::processHandshake: Unhandled http status code: %d (%s).", code, reason)
	}
	accept, upgrade, connection := hdr.Get("Sec-WebSocket-Accept"), hdr.Get("Upgrade"), hdr.Get("Connection")
	if accept == "" || major < 1 || minor < 1 || strings.ToLower(upgrade) != "websocket" || strings.ToLower(connection) != "upgrade" {
		return fmt.Sprintf("Invalid parameter(s) presented during protocol upgrade: Accept-key size: %d, version: %d.%d, upgrade: %s, connection: %s",
			len(accept), major, minor, upgrade, connection)
	}
	if want := acceptKey(hs.key); accept != want {
		return "Accept-Key received from server " + accept + " does not match the client key " + want + "."
	}
	if p := hdr.Get("Sec-WebSocket-Protocol"); p != "" {
		if !slices.Contains(hs.protocols, p) {
			return "WebSocket server has chosen protocol " + p + " which has not been requested"
		}
		hs.chosen = p
	}
	if ext := hdr.Get("Sec-WebSocket-Extensions"); ext != "" {
		if !hs.offered || !hs.deflate.accept(ext) {
			return "QWebSocketPrivate::processHandshake: Server sent an extension that was not requested."
		}
	}
	return ""
}

// parseStatusLine reads "HTTP/major.minor code reason" as Qt's
// QWebSocketPrivate::parseStatusLine accepts it.
func parseStatusLine(line string) (major, minor, code int, reason string, ok bool) {
	proto, rest, ok1 := strings.Cut(line, " ")
	codeStr, reason, _ := strings.Cut(rest, " ")
	ver, ok2 := strings.CutPrefix(proto, "HTTP/")
	maj, min, ok3 := strings.Cut(ver, ".")
	if !ok1 || !ok2 || !ok3 || len(maj) != 1 || len(min) != 1 || maj[0] < '0' || maj[0] > '9' || min[0] < '0' || min[0] > '9' {
		return 0, 0, 0, "", false
	}
	code, err := strconv.Atoi(codeStr)
	if err != nil || len(codeStr) != 3 {
		return 0, 0, 0, "", false
	}
	return int(maj[0] - '0'), int(min[0] - '0'), code, strings.TrimSpace(reason), true
}
