package wsbinding_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	goruntime "runtime"
	"strings"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// testPKI is a CA and a server certificate for 127.0.0.1 and localhost,
// written as PEM files in a temporary directory.
type testPKI struct {
	dir      string
	caFile   string
	certFile string
	keyFile  string
	pool     *x509.CertPool
	ca       *x509.Certificate
	caKey    *ecdsa.PrivateKey
}

func (p *testPKI) issueWithCA(t *testing.T, name string, serial int64) (certFile, keyFile string) {
	return p.issue(t, name, p.ca, p.caKey, serial)
}

func newTestPKI(t *testing.T) *testPKI {
	t.Helper()
	dir := t.TempDir()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	caTmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "qmlrun test CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		IsCA:                  true,
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	p := &testPKI{dir: dir, caFile: filepath.Join(dir, "ca.pem"), pool: x509.NewCertPool(), ca: caCert, caKey: caKey}
	p.pool.AddCert(caCert)
	writePEM(t, p.caFile, "CERTIFICATE", caDER)
	p.certFile, p.keyFile = p.issue(t, "server", caCert, caKey, 2)
	return p
}

// issue makes a server certificate signed by the CA and returns its files.
func (p *testPKI) issue(t *testing.T, name string, ca *x509.Certificate, caKey *ecdsa.PrivateKey, serial int64) (certFile, keyFile string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial),
		Subject:      pkix.Name{CommonName: name},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:     []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile = filepath.Join(p.dir, name+".pem")
	keyFile = filepath.Join(p.dir, name+"-key.pem")
	writePEM(t, certFile, "CERTIFICATE", der)
	writePEM(t, keyFile, "EC PRIVATE KEY", keyDER)
	return certFile, keyFile
}

func writePEM(t *testing.T, path, typ string, der []byte) {
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

// writeQML writes a document to a temporary file and returns its path.
func writeQML(t *testing.T, src string) string {
	path := filepath.Join(t.TempDir(), "main.qml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wssServer holds the properties of a secure server on any free port with
// the certificate files given as arguments.
const wssServer = `
    port: 0
    secure: true
    certificateFile: Qt.application.arguments[2]
    privateKeyFile: Qt.application.arguments[3]
    listen: true
`

const wssEchoServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {` + wssServer + `
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m) })
        ws.onBinaryMessageReceived.connect(function (m) { ws.sendBinaryMessage(m) })
    }
    onErrorStringChanged: console.log("server error:", errorString)
}`

// dialWSS opens a wss:// connection with Go's TLS and gobwas/ws.
func dialWSS(t *testing.T, url string, pool *x509.CertPool) net.Conn {
	t.Helper()
	d := ws.Dialer{TLSConfig: &tls.Config{RootCAs: pool}, Timeout: 5 * time.Second}
	c, br, _, err := d.Dial(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if br != nil {
		// Frames that arrived with the handshake response.
		return bufferedConn{c, br}
	}
	return c
}

type bufferedConn struct {
	net.Conn
	r io.Reader
}

func (b bufferedConn) Read(p []byte) (int, error) { return b.r.Read(p) }

// TestWSSEcho: a secure server's url uses wss, and a Go TLS client
// exchanges text, a large binary message (many TLS records) and closes.
func TestWSSEcho(t *testing.T) {
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, wssEchoServer), pki.certFile, pki.keyFile)
	url := rootURL(t, e)
	if !strings.HasPrefix(url, "wss://127.0.0.1:") {
		t.Fatalf("url %q", url)
	}
	c := dialWSS(t, url, pki.pool)
	if err := wsutil.WriteClientText(c, []byte("héllo over TLS")); err != nil {
		t.Fatal(err)
	}
	if msg, err := wsutil.ReadServerText(c); err != nil || string(msg) != "héllo over TLS" {
		t.Fatalf("got %q, %v", msg, err)
	}
	big := make([]byte, 300000)
	for i := range big {
		big[i] = byte(i * 7)
	}
	if err := wsutil.WriteClientBinary(c, big); err != nil {
		t.Fatal(err)
	}
	if msg, err := wsutil.ReadServerBinary(c); err != nil || string(msg) != string(big) {
		t.Fatalf("binary echo: %d bytes, %v", len(msg), err)
	}
	// A client offering at most TLS 1.1 is refused (MinVersion too: Go's
	// client alone would not offer TLS 1.1 and fail before sending a hello).
	old, err := tls.Dial("tcp", strings.TrimPrefix(url, "wss://"), &tls.Config{RootCAs: pki.pool, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
	if err == nil {
		old.Close()
		t.Fatal("a TLS 1.1 handshake succeeded")
	}
	if !strings.Contains(err.Error(), "remote error: tls: protocol version not supported") {
		t.Fatalf("TLS 1.1 client: %v, want the server's protocol_version alert", err)
	}
}

// TestWSSClient: the QML client connects to the QML secure server,
// trusting the test CA with caCertificateFile; without it the handshake
// fails with an SSL error in errorString, and the server reports its side.
func TestWSSClient(t *testing.T) {
	pki := newTestPKI(t)
	src := `import QtQml
import QmlRun.WebSockets
import QtWebSockets as QtWS
QtObject {
    property var server: WebSocketServer {` + wssServer + `
        onClientConnected: function (ws) {
            ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage("echo " + m) })
        }
        onServerError: function (code) { console.log("serverError", code, errorString.indexOf("SSL handshake failed") === 0) }
    }
    property var trusted: WebSocket {
        active: true
        caCertificateFile: Qt.application.arguments[4]
        onStatusChanged: function (s) { if (s === WebSocket.Open) sendTextMessage("hi") }
        onTextMessageReceived: function (m) { console.log("trusted got", m); active = false; untrusted.url = server.url.toString().replace("127.0.0.1", "localhost") }
    }
    property var untrusted: QtWS.WebSocket { // Qt's own type: wss with the system roots
        active: true
        onStatusChanged: function (s) {
            if (s === WebSocket.Error) console.log("untrusted:", errorString)
        }
    }
    Component.onCompleted: trusted.url = server.url
}`
	_, out := startQML(t, writeQML(t, src), pki.certFile, pki.keyFile, pki.caFile)
	for _, want := range []string{"qml: trusted got echo hi", "untrusted: SSL handshake failed", "serverError 1015 true"} {
		waitFor(t, out, want)
	}
}

// TestWSSCertificateReload: replacing the certificate files changes the
// certificate of the next handshake, without restarting the server.
func TestWSSCertificateReload(t *testing.T) {
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, wssEchoServer), pki.certFile, pki.keyFile)
	addr := strings.TrimPrefix(rootURL(t, e), "wss://")
	serial := func() int64 {
		c, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: pki.pool})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		return c.ConnectionState().PeerCertificates[0].SerialNumber.Int64()
	}
	if got := serial(); got != 2 {
		t.Fatalf("serial %d, want 2", got)
	}
	// A new certificate from the same CA, written over the old files.
	newCert, newKey := pki.issueWithCA(t, "renewed", 3)
	for _, f := range [][2]string{{newCert, pki.certFile}, {newKey, pki.keyFile}} {
		b, err := os.ReadFile(f[0])
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f[1], b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if got := serial(); got != 3 {
		t.Fatalf("serial %d after the files changed, want 3", got)
	}
	// A file that does not load (a half-written renewal, say) keeps the
	// certificate in use.
	if err := os.WriteFile(pki.certFile, []byte("not a certificate"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := serial(); got != 3 {
		t.Fatalf("serial %d after a bad certificate file, want 3 (the previous one)", got)
	}
}

// TestWSSWithNodeWS: npm `ws` over wss, trusting the test CA through
// NODE_EXTRA_CA_CERTS.
func TestWSSWithNodeWS(t *testing.T) {
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, wssEchoServer), pki.certFile, pki.keyFile)
	runPeerEnv(t, []string{"NODE_EXTRA_CA_CERTS=" + pki.caFile}, "node", filepath.Join(dir, "node-client.js"), rootURL(t, e))
}

// TestWSSWithPythonWebsockets: Python's websockets over wss, trusting the
// test CA through SSL_CERT_FILE.
func TestWSSWithPythonWebsockets(t *testing.T) {
	py := pythonPeer(t)
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, wssEchoServer), pki.certFile, pki.keyFile)
	runPeerEnv(t, []string{"SSL_CERT_FILE=" + pki.caFile}, py, filepath.Join(interopDir(t), "py-client.py"), rootURL(t, e))
}

// TestWSSWithChromium: headless Chromium over wss (the test certificate
// accepted with --ignore-certificate-errors).
func TestWSSWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, wssEchoServer), pki.certFile, pki.keyFile)
	runChromium(t, chrome, rootURL(t, e), "", "--ignore-certificate-errors")
}

// TestSecureChatExample runs testdata/examples/secure-chat-server.qml with
// a test certificate: two clients over wss see the joins and messages.
func TestSecureChatExample(t *testing.T) {
	pki := newTestPKI(t)
	e, _ := startQML(t, "../testdata/examples/secure-chat-server.qml", "0", pki.certFile, pki.keyFile)
	url := rootURL(t, e)
	a := dialWSS(t, url, pki.pool)
	if msg, err := wsutil.ReadServerText(a); err != nil || string(msg) != "user1 joined from 127.0.0.1" {
		t.Fatalf("got %q, %v", msg, err)
	}
	b := dialWSS(t, url, pki.pool)
	for _, c := range []net.Conn{a, b} {
		if msg, err := wsutil.ReadServerText(c); err != nil || string(msg) != "user2 joined from 127.0.0.1" {
			t.Fatalf("got %q, %v", msg, err)
		}
	}
	if err := wsutil.WriteClientText(b, []byte("hi")); err != nil {
		t.Fatal(err)
	}
	if msg, err := wsutil.ReadServerText(a); err != nil || string(msg) != "user2: hi" {
		t.Fatalf("got %q, %v", msg, err)
	}
	b.Close()
	if msg, err := wsutil.ReadServerText(a); err != nil || string(msg) != "user2 left (1000)" {
		t.Fatalf("got %q, %v", msg, err)
	}
}

// TestWSSBadCertificate: a secure server whose certificate does not load
// does not listen and says why in errorString.
func TestWSSBadCertificate(t *testing.T) {
	pki := newTestPKI(t)
	_, out := startQML(t, writeQML(t, wssEchoServer), filepath.Join(pki.dir, "missing.pem"), pki.keyFile)
	waitFor(t, out, "qml: server error: stat "+filepath.Join(pki.dir, "missing.pem")+": no such file or directory")
	_, out = startQML(t, writeQML(t, wssEchoServer), pki.keyFile, pki.keyFile)
	waitFor(t, out, "qml: server error: loading the certificate: tls: failed to find certificate PEM data")
}

// TestWSSDeflateWithNodeWS: TLS and permessage-deflate together, with npm
// `ws`.
func TestWSSDeflateWithNodeWS(t *testing.T) {
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, strings.Replace(wssEchoServer, "listen: true", "listen: true\n    compression: true", 1)), pki.certFile, pki.keyFile)
	runPeerEnv(t, []string{"NODE_EXTRA_CA_CERTS=" + pki.caFile, "EXPECT_EXTENSIONS=permessage-deflate"}, "node", filepath.Join(dir, "node-client.js"), rootURL(t, e))
}

// TestWSSSwitchOn: setting secure on a listening server serves wss:// on
// the same port from the next connection on.
func TestWSSSwitchOn(t *testing.T) {
	pki := newTestPKI(t)
	e, _ := startQML(t, writeQML(t, strings.Replace(wssEchoServer, "secure: true", "secure: false", 1)), pki.certFile, pki.keyFile)
	url := rootURL(t, e)
	dialRaw(t, url)
	if err := e.Do(func() error { return e.Root().SetProperty("secure", true) }); err != nil {
		t.Fatal(err)
	}
	wss := rootURL(t, e)
	if wss != "wss://"+strings.TrimPrefix(url, "ws://") {
		t.Fatalf("url %q after %q", wss, url)
	}
	c := dialWSS(t, wss, pki.pool)
	if err := wsutil.WriteClientText(c, []byte("now secure")); err != nil {
		t.Fatal(err)
	}
	if msg, err := wsutil.ReadServerText(c); err != nil || string(msg) != "now secure" {
		t.Fatalf("got %q, %v", msg, err)
	}
}

// TestWSSClientRefusesTLS11: the QML client speaks TLS 1.2 and later only;
// against a server that offers at most TLS 1.1 the handshake fails and
// errorString says so.
func TestWSSClientRefusesTLS11(t *testing.T) {
	pki := newTestPKI(t)
	cert, err := tls.LoadX509KeyPair(pki.certFile, pki.keyFile)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	served := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			served <- err
			return
		}
		defer c.Close()
		served <- c.(*tls.Conn).Handshake()
	}()
	client := writeQML(t, `import QtQml
import QmlRun.WebSockets
WebSocket {
    url: Qt.application.arguments[2]
    caCertificateFile: Qt.application.arguments[3]
    active: true
    onStatusChanged: function (s) {
        if (s === WebSocket.Open) { console.log("open over TLS 1.1"); Qt.quit() }
        if (s === WebSocket.Error) { console.log(errorString); Qt.exit(1) }
    }
}`)
	out, rc := runClientRC(t, client, "wss://"+ln.Addr().String(), pki.caFile)
	if rc != 1 || !strings.HasPrefix(out, "qml: SSL handshake failed: ") || !strings.Contains(out, "protocol version") {
		t.Fatalf("rc %d, output %q", rc, out)
	}
	if err := <-served; err == nil {
		t.Fatal("the TLS 1.1 server completed a handshake")
	}
}

// TestWSSSystemRoots: without caCertificateFile a client trusts the
// system roots. Go reads them once per process, from SSL_CERT_FILE when it
// is set, so the test runs again in a child process whose system roots
// are the test CA: there Qt's own WebSocket and QmlRun.WebSockets' connect.
func TestWSSSystemRoots(t *testing.T) {
	if os.Getenv("QMLRUN_TEST_SYSTEM_ROOTS") == "" {
		pki := newTestPKI(t)
		cmd := exec.Command(os.Args[0], "-test.run=^TestWSSSystemRoots$", "-test.v")
		cmd.Env = append(os.Environ(), "QMLRUN_TEST_SYSTEM_ROOTS="+strings.Join([]string{pki.certFile, pki.keyFile}, string(os.PathListSeparator)),
			"SSL_CERT_FILE="+pki.caFile)
		if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "--- PASS: TestWSSSystemRoots") {
			t.Fatalf("child: %v\n%s", err, out)
		}
		return
	}
	files := filepath.SplitList(os.Getenv("QMLRUN_TEST_SYSTEM_ROOTS"))
	src := `import QtQml
import QmlRun.WebSockets
import QtWebSockets as QtWS
QtObject {
    property var server: WebSocketServer {` + wssServer + `
        onClientConnected: function (ws) {
            ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m) })
        }
    }
    property var qt: QtWS.WebSocket {
        onStatusChanged: function (s) {
            if (s === QtWS.WebSocket.Open) sendTextMessage("qt")
            if (s === QtWS.WebSocket.Error) console.log("error", errorString)
        }
        onTextMessageReceived: function (m) { console.log("echo", m); ext.url = server.url; ext.active = true }
    }
    property var ext: WebSocket {
        onStatusChanged: function (s) {
            if (s === WebSocket.Open) sendTextMessage("ext")
            if (s === WebSocket.Error) console.log("error", errorString)
        }
        onTextMessageReceived: function (m) { console.log("echo", m) }
    }
    Component.onCompleted: { qt.url = server.url; qt.active = true }
}`
	_, out := startQML(t, writeQML(t, src), files[0], files[1])
	waitFor(t, out, "qml: echo qt\nqml: echo ext\n")
}

// TestWSSHandshakeTimeout: on a secure server, handshakeTimeout also
// bounds the TLS handshake: a client that connects and says nothing, and
// one that stops halfway through its ClientHello, are dropped, and the
// goroutines that ran their handshakes end.
func TestWSSHandshakeTimeout(t *testing.T) {
	pki := newTestPKI(t)
	src := strings.Replace(wssEchoServer, "listen: true", "listen: true\n    handshakeTimeout: 300\n    onServerError: function (code) { console.log(\"serverError\", code, errorString) }", 1)
	e, out := startQML(t, writeQML(t, src), pki.certFile, pki.keyFile)
	addr := strings.TrimPrefix(rootURL(t, e), "wss://")
	before := goruntime.NumGoroutine()
	silent, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	partial, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer partial.Close()
	// A TLS record header announcing a 512-byte handshake message, and
	// only its first bytes.
	partial.Write([]byte{0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03})
	start := time.Now()
	for _, c := range []net.Conn{silent, partial} {
		c.SetDeadline(time.Now().Add(3 * time.Second))
		if _, err := io.ReadAll(c); err != nil {
			t.Fatalf("connection not dropped: %v", err)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("dropped after %v", d)
	}
	waitFor(t, out, "qml: serverError 1006 The handshake timed out.\nqml: serverError 1006 The handshake timed out.\n")
	deadline := time.Now().Add(5 * time.Second)
	for goruntime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines, %d before the handshakes", goruntime.NumGoroutine(), before)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The server still serves.
	c := dialWSS(t, rootURL(t, e), pki.pool)
	if err := wsutil.WriteClientText(c, []byte("after")); err != nil {
		t.Fatal(err)
	}
	if msg, err := wsutil.ReadServerText(c); err != nil || string(msg) != "after" {
		t.Fatalf("got %q, %v", msg, err)
	}
}
