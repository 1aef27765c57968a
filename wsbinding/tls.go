package wsbinding

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"time"
)

// TLS on the event loop.
//
// crypto/tls wants a net.Conn. Each TLS connection gets a shim that stands
// for the socket: the loop reads ciphertext from the fd when it is readable
// and appends it to the shim's input; whatever tls.Conn writes is appended
// to the shim's output, which the loop writes to the fd in its per-turn
// flush. After the handshake, tls.Conn.Read is called on the loop and the
// shim answers "would block" (a temporary net.Error, which crypto/tls does
// not remember as a failure) when its input is empty, so an established
// connection needs no goroutine.
//
// The handshake itself cannot be resumed after such an error (crypto/tls
// keeps the handshake state on its goroutine's stack), so it runs on a
// short-lived goroutine per connection whose reads wait for the loop to
// feed ciphertext. It ends when the handshake succeeds or fails, or when
// the loop drops the connection (handshakeTimeout bounds it).

// errWouldBlock is the shim's answer when it holds no ciphertext.
type wouldBlock struct{}

func (wouldBlock) Error() string   { return "would block" }
func (wouldBlock) Timeout() bool   { return true }
func (wouldBlock) Temporary() bool { return true }

var errWouldBlock error = wouldBlock{}

// shim is the net.Conn under a tls.Conn.
type shim struct {
	mu       sync.Mutex
	cond     sync.Cond
	in       []byte // ciphertext received, not yet read by crypto/tls
	out      []byte // ciphertext produced, not yet written to the fd
	eof      bool   // the peer closed its side
	closed   bool   // the loop dropped the connection
	blocking bool   // handshake running: Read waits for input
	wrote    func() // handshake goroutine produced output
	local    net.Addr
	remote   net.Addr
}

func (s *shim) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.in) == 0 {
		switch {
		case s.closed:
			return 0, net.ErrClosed
		case s.eof:
			return 0, io.EOF
		case !s.blocking:
			return 0, errWouldBlock
		}
		s.cond.Wait()
	}
	n := copy(p, s.in)
	s.in = s.in[n:]
	if len(s.in) == 0 {
		s.in = nil
	}
	return n, nil
}

func (s *shim) Write(p []byte) (int, error) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return 0, net.ErrClosed
	}
	s.out = append(s.out, p...)
	notify := s.blocking && s.wrote != nil
	s.mu.Unlock()
	if notify {
		s.wrote()
	}
	return len(p), nil
}

func (s *shim) Close() error                     { return nil }
func (s *shim) LocalAddr() net.Addr              { return s.local }
func (s *shim) RemoteAddr() net.Addr             { return s.remote }
func (s *shim) SetDeadline(time.Time) error      { return nil }
func (s *shim) SetReadDeadline(time.Time) error  { return nil }
func (s *shim) SetWriteDeadline(time.Time) error { return nil }

// feed hands ciphertext read from the fd to crypto/tls.
func (s *shim) feed(b []byte, eof bool) {
	s.mu.Lock()
	s.in = append(s.in, b...)
	if eof {
		s.eof = true
	}
	s.mu.Unlock()
	s.cond.Broadcast()
}

func (s *shim) close() {
	s.mu.Lock()
	s.closed = true
	s.in = nil
	s.mu.Unlock()
	s.cond.Broadcast()
}

// tlsLayer is the TLS state of one connection.
type tlsLayer struct {
	sh    *shim
	tc    *tls.Conn
	ready bool // handshake done (as seen by the loop)
	eof   bool // the peer closed TCP
}

// startTLS runs the TLS handshake of c on its own goroutine; done runs on
// the loop afterwards (not at all if the connection was dropped). config
// builds the tls.Config on that goroutine (it may read files).
func (c *conn) startTLS(server bool, config func() (*tls.Config, error), done func(c *conn)) {
	sh := &shim{blocking: true, local: dummyAddr{}, remote: dummyAddr{}}
	sh.cond.L = &sh.mu
	e := c.m.e
	sh.wrote = func() {
		e.Post(func() {
			if c.state != stClosed {
				c.markDirty()
			}
		})
	}
	t := &tlsLayer{sh: sh}
	c.more().t = t
	m := c.m
	if m.handshakes == nil {
		m.handshakes = map[*shim]struct{}{}
	}
	m.handshakes[sh] = struct{}{}
	go func() {
		cfg, err := config()
		if err == nil {
			if server {
				t.tc = tls.Server(sh, cfg)
			} else {
				t.tc = tls.Client(sh, cfg)
			}
			err = t.tc.Handshake()
		}
		e.Post(func() {
			delete(m.handshakes, sh)
			if c.state == stClosed || c.tls() != t {
				return
			}
			if err != nil {
				c.setCloseErr(tlsErrorString(err))
				c.tlsFailed = true
				c.finish()
				return
			}
			sh.mu.Lock()
			sh.blocking = false
			sh.mu.Unlock()
			t.ready = true
			c.markDirty()
			done(c)
			c.decrypt()
		})
	}()
}

// tlsErrorString turns a handshake error into errorString's text.
func tlsErrorString(err error) string {
	var ue x509.UnknownAuthorityError
	var he x509.HostnameError
	var ce x509.CertificateInvalidError
	switch {
	case errors.As(err, &ue):
		return "SSL handshake failed: The issuer certificate of a locally looked up certificate could not be found (" + err.Error() + ")"
	case errors.As(err, &he):
		return "SSL handshake failed: The host name did not match any of the valid hosts for this certificate (" + err.Error() + ")"
	case errors.As(err, &ce):
		return "SSL handshake failed: " + err.Error()
	case errors.Is(err, io.EOF), errors.Is(err, net.ErrClosed):
		return "SSL handshake failed: The remote host closed the connection"
	}
	return "SSL handshake failed: " + err.Error()
}

type dummyAddr struct{}

func (dummyAddr) Network() string { return "tcp" }
func (dummyAddr) String() string  { return "" }

// readTLS reads ciphertext from the fd and, once the handshake is done,
// decrypts and processes it.
func (c *conn) readTLS() {
	t := c.tls()
	if t.eof {
		return
	}
	m := c.m
	if m.raw == nil {
		m.raw = make([]byte, readChunk)
	}
	b, ok := c.readFd(m.raw)
	if !ok {
		return
	}
	if len(b) == 0 {
		// The handshake goroutine, or decrypt, sees the end of the stream
		// after what was received before it (an alert, say).
		t.sh.feed(nil, true)
		t.eof = true
		c.flush()
	} else {
		c.received(len(b))
		t.sh.feed(b, false)
	}
	if t.ready {
		c.decrypt()
		if c.state != stClosed && t.pending() > 0 {
			c.markDirty() // crypto/tls answered something (a key update, an alert)
		}
	}
}

// decrypt reads every plaintext byte crypto/tls can produce from the
// ciphertext received so far and processes it.
func (c *conn) decrypt() {
	for c.state != stClosed {
		if cap(c.in)-len(c.in) < 16<<10 {
			grown := make([]byte, len(c.in), len(c.in)+readChunk)
			copy(grown, c.in)
			c.in = grown
		}
		n, err := c.tls().tc.Read(c.in[len(c.in):cap(c.in)])
		c.in = c.in[:len(c.in)+n]
		if n > 0 {
			c.process()
			if c.state == stClosed {
				return
			}
		}
		if err == nil {
			continue
		}
		if _, ok := err.(wouldBlock); ok {
			break
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			c.abort("")
		} else {
			c.abort("The remote host closed the connection")
		}
		return
	}
	if len(c.in) == 0 {
		c.in = nil // an idle connection keeps no plaintext buffer
	}
}

// sealOut encrypts the queued plaintext once the handshake is done.
func (c *conn) sealOut() {
	t := c.tls()
	if !t.ready || len(c.out) == 0 {
		return
	}
	t.tc.Write(c.out) // copies the plaintext into records
	c.m.spareOut(c.out)
	c.out = nil
}

// writeTLS writes the ciphertext crypto/tls produced.
func (c *conn) writeTLS() {
	c.sealOut()
	sh := c.tls().sh
	sh.mu.Lock()
	defer sh.mu.Unlock()
	c.writeFd(&sh.out)
}

// pendingTLS is the ciphertext waiting for the socket.
func (t *tlsLayer) pending() int {
	t.sh.mu.Lock()
	defer t.sh.mu.Unlock()
	return len(t.sh.out)
}

// closeTLS sends close_notify after the last frames (an established
// connection) and releases the handshake goroutine, if any.
func (c *conn) closeTLS() {
	t := c.tls()
	if t.ready {
		c.sealOut()
		t.tc.CloseWrite()
	}
}

// certStore serves a server's certificate and reloads it when either
// file changes, so certificates are replaced without a restart.
type certStore struct {
	mu        sync.Mutex
	certFile  string
	keyFile   string
	certStamp fileStamp
	keyStamp  fileStamp
	cert      *tls.Certificate
	err       error
}

type fileStamp struct {
	mod  time.Time
	size int64
}

func stamp(path string) (fileStamp, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}, err
	}
	return fileStamp{fi.ModTime(), fi.Size()}, nil
}

// load (re)reads the files if they changed since the last load. A failed
// reload keeps the previous certificate.
func (cs *certStore) load() (*tls.Certificate, error) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.certFile == "" {
		return nil, errors.New("no certificateFile set for a secure WebSocketServer")
	}
	keyFile := cs.keyFile
	if keyFile == "" {
		keyFile = cs.certFile
	}
	cst, err1 := stamp(cs.certFile)
	kst, err2 := stamp(keyFile)
	if err := errors.Join(err1, err2); err != nil {
		if cs.cert != nil {
			return cs.cert, nil
		}
		return nil, err
	}
	if cs.cert != nil && cst == cs.certStamp && kst == cs.keyStamp {
		return cs.cert, nil
	}
	cert, err := tls.LoadX509KeyPair(cs.certFile, keyFile)
	if err != nil {
		if cs.cert != nil {
			return cs.cert, nil
		}
		return nil, fmt.Errorf("loading the certificate: %w", err)
	}
	cs.cert, cs.certStamp, cs.keyStamp = &cert, cst, kst
	return cs.cert, nil
}

func (cs *certStore) set(certFile, keyFile string) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if certFile != cs.certFile || keyFile != cs.keyFile {
		cs.certFile, cs.keyFile = certFile, keyFile
		cs.cert = nil
	}
}

// serverTLSConfig is the configuration of a secure server: TLS 1.2 and
// later, the certificate from the store.
func (cs *certStore) config() *tls.Config {
	return &tls.Config{
		MinVersion: tls.VersionTLS12,
		GetCertificate: func(*tls.ClientHelloInfo) (*tls.Certificate, error) {
			return cs.load()
		},
		NextProtos: []string{"http/1.1"},
	}
}

// clientTLSConfig trusts the system roots plus the PEM certificates of
// caFile, if given.
func clientTLSConfig(serverName, caFile string) (*tls.Config, error) {
	pool, err := x509.SystemCertPool()
	if err != nil || pool == nil {
		pool = x509.NewCertPool()
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return nil, fmt.Errorf("reading caCertificateFile: %w", err)
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("caCertificateFile %s holds no PEM certificate", caFile)
		}
	}
	return &tls.Config{MinVersion: tls.VersionTLS12, ServerName: serverName, RootCAs: pool, NextProtos: []string{"http/1.1"}}, nil
}
