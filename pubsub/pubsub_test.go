package pubsub_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/nats-io/jwt/v2"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nkeys"
	"github.com/qmlrun/qmlrun/pubsub"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// syncBuffer collects console output written by the loop goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runQML runs a document until it calls Qt.exit (or 10 s pass) and
// returns its console output.
func runQML(t *testing.T, src string, args ...string) string {
	t.Helper()
	e, out, ctx := loadQML(t, 10*time.Second, src, args...)
	e.Run()
	if ctx.Err() != nil {
		t.Errorf("timed out; output:\n%s", out.String())
	}
	return out.String()
}

// loadQML loads a document into a new engine with QmlRun.PubSub and
// QtWebSockets, which stops after d; args follow the program and file in
// Qt.application.arguments.
func loadQML(t *testing.T, d time.Duration, src string, args ...string) (*runtime.Engine, *syncBuffer, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	out := &syncBuffer{}
	e := runtime.New(runtime.Options{Stdout: out, Stderr: out, Context: ctx, Args: append([]string{"qmlrun", "test.qml"}, args...)})
	for _, m := range []*runtime.Module{pubsub.Module(), wsbinding.Module()} {
		if err := e.Register(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.LoadString("/tmp/test.qml", src); err != nil {
		t.Fatal(err)
	}
	return e, out, ctx
}

// natsClient connects a plain NATS client.
func natsClient(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

func startServer(t *testing.T) *server.Server {
	t.Helper()
	s, err := pubsub.StartServer("127.0.0.1", 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

// serverWith starts a NATS server with options (auth, TLS) on a loopback
// port.
func serverWith(t *testing.T, o *server.Options) *server.Server {
	t.Helper()
	o.Host, o.Port, o.NoSigs, o.NoLog = "127.0.0.1", server.RANDOM_PORT, true, true
	s, err := server.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(5 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(s.Shutdown)
	return s
}

func expectLines(t *testing.T, out string, want ...string) {
	t.Helper()
	got := strings.Split(strings.TrimSpace(out), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("output:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
}

// Strings and ArrayBuffers come back as they were sent, through wildcard
// subscriptions, on the embedded server.
func TestRoundTripEmbedded(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property int n: 0
    property Broker b: Broker {
        onStatusChanged: function () {
            if (status !== Broker.Open) return
            b.publish("chat.room1", "hello")
            var buf = new ArrayBuffer(3); var v = new Uint8Array(buf); v[0] = 1; v[1] = 0; v[2] = 255
            b.publish("chat.room2.x", buf)
            b.publish("other", "not for us")
            b.publish("chat.room1", "last")
        }
    }
    property Subscription s: Subscription {
        broker: b; subject: "chat.>"
        onMessageReceived: function (message, subject) {
            if (message instanceof ArrayBuffer)
                console.log(subject, "binary", Array.from(new Uint8Array(message)).join(","))
            else
                console.log(subject, typeof message, message)
            if (++n === 3 && starN === 2) Qt.exit(0)
        }
    }
    property int starN: 0
    property Subscription star: Subscription {
        broker: b; subject: "chat.*"
        onMessageReceived: function (message, subject) {
            console.log("star", subject, message)
            if (++starN === 2 && n === 3) Qt.exit(0)
        }
    }
}`)
	// The two subscriptions are delivered in the order NATS delivers them,
	// so compare per subscription.
	var wild, star []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, "qml: star") {
			star = append(star, l)
		} else {
			wild = append(wild, l)
		}
	}
	want := []string{"qml: chat.room1 string hello", "qml: chat.room2.x binary 1,0,255", "qml: chat.room1 string last"}
	if strings.Join(wild, "\n") != strings.Join(want, "\n") {
		t.Errorf("chat.> got:\n%s\nwant:\n%s", strings.Join(wild, "\n"), strings.Join(want, "\n"))
	}
	// chat.* matches one token: not chat.room2.x.
	if want := "qml: star chat.room1 hello\nqml: star chat.room1 last"; strings.Join(star, "\n") != want {
		t.Errorf("chat.* got:\n%s\nwant:\n%s", strings.Join(star, "\n"), want)
	}
}

// The status sequence of a Broker: Connecting, Open, then Closing, Closed
// when active goes false; errorString is empty throughout.
func TestStatusSequence(t *testing.T) {
	s := startServer(t)
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
Broker {
    id: b
    url: Qt.application.arguments[2]
    onStatusChanged: function (st) {
        console.log("status", st, JSON.stringify(errorString))
        if (st === Broker.Open) { console.log("url ok", connectedUrl === url); active = false }
        if (st === Broker.Closed) Qt.exit(0)
    }
    Component.onCompleted: console.log("completed", status)
}`, s.ClientURL())
	expectLines(t, out,
		`qml: status 0 ""`, `qml: completed 0`, `qml: status 1 ""`, `qml: url ok true`,
		`qml: status 2 ""`, `qml: status 3 ""`)
}

// Bad urls: an unsupported scheme is an error at once; a server that does
// not answer is an Error status while nats.go keeps trying.
func TestBadURL(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker bad: Broker { url: "http://127.0.0.1:1" }
    property Broker refused: Broker {
        url: "nats://127.0.0.1:1"
        onErrorStringChanged: function (e) { console.log("errorStringChanged", status, e) }
        onStatusChanged: function () {
            if (status !== Broker.Error) return
            console.log("bad", bad.status, bad.errorString)
            console.log("refused", status, errorString)
            console.log("publish while down", publish("a.b", "x"))
            console.log("bad subject", publish("a..b", "x"), errorString)
            console.log("not active", bad.publish("a", "x"), bad.errorString)
            try { publish("a", undefined) } catch (e) { console.log(e.name) }
            Qt.exit(0)
        }
    }
}`)
	// As WebSocket does: errorString changes first, then status.
	expectLines(t, out,
		`qml: errorStringChanged 0 nats: no servers available for connection`,
		`qml: bad 4 Unsupported broker url scheme: http`,
		`qml: refused 4 nats: no servers available for connection`,
		`qml: publish while down true`,
		`qml: errorStringChanged 4 Invalid subject "a..b"`,
		`qml: bad subject false Invalid subject "a..b"`,
		`qml: not active false The broker is not active`,
		`qml: TypeError`)
}

// Subscriptions are restored after the broker restarts on the same port,
// and messages flow again.
func TestReconnect(t *testing.T) {
	s := startServer(t)
	addr := s.Addr().String()
	port := s.Addr().(*net.TCPAddr).Port
	restart := make(chan struct{})
	go func() {
		<-restart
		s.Shutdown()
		s.WaitForShutdown()
		s2, err := pubsub.StartServer("127.0.0.1", port)
		if err != nil {
			t.Error(err)
			return
		}
		t.Cleanup(s2.Shutdown)
	}()
	e, out, _ := loadQML(t, 15*time.Second, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property int opened: 0
    property Broker b: Broker {
        url: Qt.application.arguments[2]
        onStatusChanged: function () {
            console.log("status", status)
            if (status === Broker.Open && ++opened === 1) publish("x.y", "before")
            if (status === Broker.Open && opened === 2) publish("x.y", "after")
        }
    }
    property Subscription s: Subscription {
        broker: b; subject: "x.*"
        onMessageReceived: function (m) {
            console.log("got", m)
            if (m === "before") restart()
            else Qt.exit(0)
        }
    }
    signal restart()
}`, "nats://"+addr)
	e.Do(func() error {
		e.Root().Connect("restart", func(args []goja.Value) { close(restart) })
		return nil
	})
	e.Run()
	expectLines(t, out.String(), "qml: status 0", "qml: status 1", "qml: got before", "qml: status 0", "qml: status 1", "qml: got after")
}

// The bounds: with the server unreachable, messages beyond bufferSize are
// dropped with an errorString and counted, and publish never blocks.
func TestBufferFull(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
Broker {
    url: "nats://127.0.0.1:1"
    bufferSize: 1000
    property bool done: false
    onStatusChanged: function () {
        if (status !== Broker.Error || done) return
        done = true
        var msg = new Array(101).join("x")
        // Refused at once when the worker's queue is full, later when
        // nats.go's reconnect buffer is.
        for (var i = 0; i < 50; i++)
            publish("a.b", msg)
        t.start()
    }
    property Timer t: Timer {
        interval: 300
        onTriggered: {
            console.log("dropped", droppedMessages >= 40, /buffer full|queue full/.test(errorString))
            Qt.exit(0)
        }
    }
}`)
	expectLines(t, out, "qml: dropped true true")
}

// A flood faster than the loop delivers is cut at bufferSize: the rest is
// counted as dropped and errorString reports a slow consumer.
func TestSlowConsumer(t *testing.T) {
	s := startServer(t)
	nc := natsClient(t, s.ClientURL())
	ready := make(chan struct{})
	go func() {
		<-ready
		payload := make([]byte, 1000)
		for i := 0; i < 20000; i++ {
			nc.Publish("flood", payload)
		}
		// "end" after the flood is through, lest it be dropped too.
		nc.Flush()
		time.Sleep(time.Second)
		nc.Publish("end", nil)
		nc.Flush()
	}()
	e, out, _ := loadQML(t, 15*time.Second, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property int n: 0
    property Broker b: Broker { url: Qt.application.arguments[2]; bufferSize: 100000 }
    property Subscription flood: Subscription {
        broker: b; subject: "flood"
        onSubscribedChanged: if (subscribed) ready()
        onMessageReceived: function (m) {
            // a slow handler
            var x = 0; for (var i = 0; i < 2000; i++) x += i
            n++
        }
    }
    property Subscription end: Subscription {
        broker: b; subject: "end"
        onMessageReceived: {
            console.log("all delivered", n + b.droppedMessages === 20000, "dropped", b.droppedMessages > 0, /Slow consumer/.test(b.errorString))
            Qt.exit(0)
        }
    }
    signal ready()
}`, s.ClientURL())
	e.Do(func() error {
		e.Root().Connect("ready", func([]goja.Value) { close(ready) })
		return nil
	})
	e.Run()
	expectLines(t, out.String(), "qml: all delivered true dropped true true")
}

// Destroying a Broker and its Subscriptions: nothing is delivered to
// destroyed objects.
func TestDestroy(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    id: root
    property Component c: Component {
        Broker {
            id: b
            property Subscription s: Subscription { broker: b; subject: "x"; onMessageReceived: console.log("destroyed one received") }
        }
    }
    property var dyn
    property Broker live: Broker {
        onStatusChanged: function (st) {
            if (st !== Broker.Open) return
            dyn.destroy()
            publish("x", "hello")
        }
    }
    property Subscription s: Subscription {
        broker: live; subject: "x"
        onMessageReceived: function (m) { console.log("live received", m); Qt.exit(0) }
    }
    Component.onCompleted: dyn = c.createObject(root)
}`)
	expectLines(t, out, "qml: live received hello")
}

// An embedded server whose address is taken is an Error.
func TestListenInUse(t *testing.T) {
	s := startServer(t)
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
Broker {
    listen: Qt.application.arguments[2]
    onStatusChanged: function (st) {
        console.log(st, errorString.indexOf("address already in use") >= 0)
        if (st === Broker.Error) Qt.exit(0)
    }
}`, s.Addr().String())
	expectLines(t, out, "qml: 0 false", "qml: 4 true")
}

// Subscriptions in one queue group share the messages: each is delivered
// once; a bad queue name is the Subscription's errorString.
func TestQueueGroup(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property int n: 0
    property int ready: 0
    property Broker b: Broker {}
    property Subscription w1: Subscription { broker: b; subject: "jobs"; queue: "workers"; onSubscribedChanged: start(); onMessageReceived: count() }
    property Subscription w2: Subscription { broker: b; subject: "jobs"; queue: "workers"; onSubscribedChanged: start(); onMessageReceived: count() }
    property Subscription bad: Subscription {
        broker: b; subject: "jobs"; queue: "no good"
        onErrorStringChanged: function (e) { console.log("bad queue:", e) }
    }
    function start() {
        if (++ready < 2) return
        for (var i = 0; i < 10; i++) b.publish("jobs", "job" + i)
        b.publish("done", "")
    }
    function count() { n++ }
    property Subscription done: Subscription {
        broker: b; subject: "done"
        onMessageReceived: { console.log("delivered", n); Qt.exit(0) }
    }
}`)
	expectLines(t, out, "qml: bad queue: nats: invalid queue name", "qml: delivered 10")
}

// testCA is a private certificate authority for TLS tests, its
// certificate in caFile.
type testCA struct {
	cert   *x509.Certificate
	key    *ecdsa.PrivateKey
	dir    string
	caFile string
}

func newTestCA(t *testing.T) *testCA {
	t.Helper()
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	ca := &testCA{cert: cert, key: key, dir: t.TempDir()}
	ca.caFile = filepath.Join(ca.dir, "ca.pem")
	os.WriteFile(ca.caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	return ca
}

// issue signs a certificate for 127.0.0.1 with the given usage and
// writes it and its key to NAME.pem and NAME-key.pem.
func (ca *testCA) issue(t *testing.T, name string, usage x509.ExtKeyUsage) (tls.Certificate, string, string) {
	t.Helper()
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(time.Now().UnixNano()), Subject: pkix.Name{CommonName: name}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, ExtKeyUsage: []x509.ExtKeyUsage{usage}, KeyUsage: x509.KeyUsageDigitalSignature}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile := filepath.Join(ca.dir, name+".pem"), filepath.Join(ca.dir, name+"-key.pem")
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, certFile, keyFile
}

// tlsPair runs a document with two Brokers on a TLS url: "refused" must
// end in Error with an errorString matching refusal, then "accepted"
// (inactive until then) must open. Both take the bindings given.
func tlsPair(t *testing.T, url, refused, refusal, accepted string) {
	t.Helper()
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker refused: Broker {
        url: Qt.application.arguments[2]; `+refused+`
        onStatusChanged: function (st) {
            if (st !== Broker.Error) return
            console.log("refused", /`+refusal+`/.test(errorString), errorString); active = false; accepted.active = true
        }
    }
    property Broker accepted: Broker {
        url: Qt.application.arguments[2]; `+accepted+`; active: false
        onStatusChanged: function (st) { if (st === Broker.Open) { console.log("accepted open"); Qt.exit(0) } }
    }
}`, url)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "qml: refused true ") || lines[1] != "qml: accepted open" {
		t.Errorf("output:\n%s", out)
	}
}

// TLS: a server with a certificate from a private CA is reached with
// caFile, and refused without it.
func TestTLS(t *testing.T) {
	ca := newTestCA(t)
	cert, _, _ := ca.issue(t, "server", x509.ExtKeyUsageServerAuth)
	s := serverWith(t, &server.Options{TLS: true, TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}})
	tlsPair(t, "tls://"+s.Addr().String(), ``, `certificate`, `caFile: "`+ca.caFile+`"`)
}

// Mutual TLS: a server that verifies client certificates accepts a Broker
// with certFile and keyFile signed by its CA, and refuses one without.
func TestMutualTLS(t *testing.T) {
	ca := newTestCA(t)
	cert, _, _ := ca.issue(t, "server", x509.ExtKeyUsageServerAuth)
	_, certFile, keyFile := ca.issue(t, "client", x509.ExtKeyUsageClientAuth)
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	s := serverWith(t, &server.Options{TLS: true, TLSVerify: true, TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12,
		ClientCAs: pool, ClientAuth: tls.RequireAndVerifyClientCert}})
	caOnly := `caFile: "` + ca.caFile + `"`
	tlsPair(t, "tls://"+s.Addr().String(), caOnly, `tls`, caOnly+`; certFile: "`+certFile+`"; keyFile: "`+keyFile+`"`)
}

// A flood of messages from NATS, more than the loop can handle, takes
// turns with socket I/O: a WebSocket echo on the same loop keeps answering.
func TestFloodKeepsSocketsServed(t *testing.T) {
	s := startServer(t)
	nc := natsClient(t, s.ClientURL())
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		payload := make([]byte, 200)
		for {
			select {
			case <-stop:
				return
			default:
			}
			for i := 0; i < 1000; i++ {
				nc.Publish("flood", payload)
			}
			nc.Flush()
		}
	}()
	e, _, ctx := loadQML(t, 20*time.Second, `
import QtQml
import QtWebSockets
import QmlRun.PubSub 1.0
WebSocketServer {
    listen: true
    property int n: 0
    property Broker b: Broker { url: Qt.application.arguments[2] }
    property Subscription flood: Subscription {
        broker: b; subject: "flood"
        onMessageReceived: function (m) { var x = 0; for (var i = 0; i < 100; i++) x += i; n++ }
    }
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m + " " + n) })
    }
}`, s.ClientURL())
	go e.Run()
	defer e.Quit(0)
	var url string
	for url == "" || strings.HasSuffix(url, ":0") {
		e.Do(func() error { url = e.Root().Property("url").String(); return nil })
		time.Sleep(10 * time.Millisecond)
	}
	conn, _, _, err := ws.Dial(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Wait until the flood is being delivered, then ping through it.
	var delivered int64
	for delivered < 2000 && ctx.Err() == nil {
		e.Do(func() error { delivered = e.Root().Property("n").ToInteger(); return nil })
		time.Sleep(10 * time.Millisecond)
	}
	t.Logf("%d delivered before the pings", delivered)
	for i := 0; i < 5; i++ {
		start := time.Now()
		conn.SetDeadline(start.Add(3 * time.Second))
		if err := wsutil.WriteClientText(conn, []byte("ping")); err != nil {
			t.Fatal(err)
		}
		msg, err := wsutil.ReadServerText(conn)
		if err != nil {
			t.Fatalf("ping %d: no echo in 3 s during the flood (%v)", i, err)
		}
		t.Logf("echo %q in %v", msg, time.Since(start))
	}
}

// nkeySeedFile writes a new user nkey's seed to a file and returns the
// file and the public key.
func nkeySeedFile(t *testing.T) (string, string) {
	t.Helper()
	kp, err := nkeys.CreateUser()
	if err != nil {
		t.Fatal(err)
	}
	seed, _ := kp.Seed()
	pub, _ := kp.PublicKey()
	f := filepath.Join(t.TempDir(), "user.nk")
	if err := os.WriteFile(f, seed, 0o600); err != nil {
		t.Fatal(err)
	}
	return f, pub
}

// A Broker's credentials against standalone servers that require them:
// user and password, token, an nkey seed file, a .creds file (operator
// mode); missing or wrong ones are an Error.
func TestCredentials(t *testing.T) {
	seed, pub := nkeySeedFile(t)
	otherSeed, _ := nkeySeedFile(t)
	opOpts, goodCreds, badCreds := operatorServer(t)
	for _, c := range []struct {
		name      string
		opts      *server.Options
		good, bad string // Broker bindings
	}{
		{"user", &server.Options{Username: "u", Password: "p"}, `user: "u"; password: "p"`, `user: "u"; password: "wrong"`},
		{"token", &server.Options{Authorization: "s3cret"}, `token: "s3cret"`, `name: "no token"`},
		{"nkey", &server.Options{Nkeys: []*server.NkeyUser{{Nkey: pub}}}, `nkeySeedFile: "` + seed + `"`, `nkeySeedFile: "` + otherSeed + `"`},
		{"creds", opOpts, `credentialsFile: "` + goodCreds + `"`, `credentialsFile: "` + badCreds + `"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := serverWith(t, c.opts)
			out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker bad: Broker {
        url: Qt.application.arguments[2]; `+c.bad+`
        onStatusChanged: function (st) { if (st === Broker.Error) { console.log("bad", errorString); active = false; good.active = true } }
    }
    property Broker good: Broker {
        url: Qt.application.arguments[2]; `+c.good+`; active: false
        onStatusChanged: function (st) { if (st === Broker.Open) { console.log("good open"); Qt.exit(0) } }
    }
}`, s.ClientURL())
			expectLines(t, out, "qml: bad nats: Authorization Violation", "qml: good open")
		})
	}
}

// An embedded server started by a Broker with credentials (or a
// certificate) requires them: a client joining it (another process)
// without them is refused, one with them exchanges messages with the
// Broker.
func TestEmbeddedAuth(t *testing.T) {
	seed, _ := nkeySeedFile(t)
	nkeyOpt, err := nats.NkeyOptionFromSeed(seed)
	if err != nil {
		t.Fatal(err)
	}
	ca := newTestCA(t)
	_, certFile, keyFile := ca.issue(t, "server", x509.ExtKeyUsageServerAuth)
	const violation = "Authorization Violation"
	for _, c := range []struct {
		name     string
		bindings string
		opts     []nats.Option
		refused  string // the error of a client without opts
	}{
		{"user", `user: "u"; password: "p"`, []nats.Option{nats.UserInfo("u", "p")}, violation},
		{"token", `token: "s3cret"`, []nats.Option{nats.Token("s3cret")}, violation},
		{"nkey", `nkeySeedFile: "` + seed + `"`, []nats.Option{nkeyOpt}, violation},
		// TLS required from clients over the network (the Broker's own
		// connection is in-process), with a token.
		{"tls", `listenCertFile: "` + certFile + `"; listenKeyFile: "` + keyFile + `"; token: "s3cret"`,
			[]nats.Option{nats.RootCAs(ca.caFile), nats.Token("s3cret")}, "certificate"},
	} {
		t.Run(c.name, func(t *testing.T) {
			l, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			addr := l.Addr().String()
			l.Close()
			e, out, ctx := loadQML(t, 15*time.Second, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker b: Broker { listen: Qt.application.arguments[2]; `+c.bindings+` }
    property Subscription s: Subscription {
        broker: b; subject: "to.qml"
        onMessageReceived: function (m) { b.publish("to.go", "echo " + m) }
    }
}`, addr)
			go e.Run()
			defer e.Quit(0)
			url := "nats://" + addr
			// Without credentials: refused once the server is up.
			for {
				nc, err := nats.Connect(url)
				if err == nil {
					nc.Close()
					t.Fatal("connected without credentials")
				}
				if strings.Contains(err.Error(), c.refused) {
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("embedded server not up: %v\n%s", err, out.String())
				}
				time.Sleep(20 * time.Millisecond)
			}
			nc, err := nats.Connect(url, c.opts...)
			if err != nil {
				t.Fatal(err)
			}
			defer nc.Close()
			got, err := nc.SubscribeSync("to.go")
			if err != nil {
				t.Fatal(err)
			}
			// The Broker subscribes in its own time: ask until it answers.
			for {
				nc.Publish("to.qml", []byte("hi"))
				m, err := got.NextMsg(50 * time.Millisecond)
				if err == nil {
					if string(m.Data) != "echo hi" {
						t.Errorf("got %q", m.Data)
					}
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("no answer from the Broker:\n%s", out.String())
				}
			}
		})
	}
}

// Credentials an embedded server cannot check are an Error of the Broker
// that would start it.
func TestEmbeddedAuthErrors(t *testing.T) {
	out := runQML(t, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker two: Broker { token: "t"; user: "u"; password: "p" }
    property Broker creds: Broker { credentialsFile: "/nonexistent.creds" }
    property Broker seed: Broker { nkeySeedFile: "/nonexistent.nk" }
    property Broker tls: Broker { caFile: "/nonexistent.pem" }
    property Timer t: Timer {
        running: true; interval: 200
        onTriggered: {
            console.log(two.status, two.errorString)
            console.log(creds.status, /cannot check a credentialsFile/.test(creds.errorString))
            console.log(seed.status, /Cannot read nkeySeedFile/.test(seed.errorString))
            console.log(tls.status, /listenCertFile/.test(tls.errorString))
            Qt.exit(0)
        }
    }
}`)
	expectLines(t, out,
		"qml: 4 The embedded NATS server takes one kind of credentials: user and password, token or nkeySeedFile",
		"qml: 4 true", "qml: 4 true", "qml: 4 true")
}

// operatorServer returns the options of a server in operator mode and
// two .creds files (user JWT and seed): one of an account the server
// knows, one of an account it does not.
func operatorServer(t *testing.T) (opts *server.Options, good, bad string) {
	t.Helper()
	op, _ := nkeys.CreateOperator()
	opPub, _ := op.PublicKey()
	resolver := &server.MemAccResolver{}
	creds := func(name string) string {
		acc, _ := nkeys.CreateAccount()
		accPub, _ := acc.PublicKey()
		accJWT, err := jwt.NewAccountClaims(accPub).Encode(op)
		if err != nil {
			t.Fatal(err)
		}
		if name == "good" {
			resolver.Store(accPub, accJWT)
		}
		user, _ := nkeys.CreateUser()
		userPub, _ := user.PublicKey()
		uc := jwt.NewUserClaims(userPub)
		uc.IssuerAccount = accPub
		userJWT, err := uc.Encode(acc)
		if err != nil {
			t.Fatal(err)
		}
		seed, _ := user.Seed()
		b, err := jwt.FormatUserConfig(userJWT, seed)
		if err != nil {
			t.Fatal(err)
		}
		f := filepath.Join(t.TempDir(), name+".creds")
		if err := os.WriteFile(f, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return f
	}
	return &server.Options{TrustedKeys: []string{opPub}, AccountResolver: resolver}, creds("good"), creds("unknown")
}

// A NATS cluster given by its urls, comma-separated: when the server the
// Broker is connected to goes down, it moves to the other one, its
// subscription is restored there and messages published on that server
// arrive.
func TestNATSCluster(t *testing.T) {
	s1 := serverWith(t, &server.Options{Cluster: server.ClusterOpts{Name: "c", Host: "127.0.0.1", Port: server.RANDOM_PORT}})
	s2 := serverWith(t, &server.Options{Cluster: server.ClusterOpts{Name: "c", Host: "127.0.0.1", Port: server.RANDOM_PORT},
		Routes: server.RoutesFromStr("nats://" + s1.ClusterAddr().String())})
	for s1.NumRoutes() == 0 || s2.NumRoutes() == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	e, out, ctx := loadQML(t, 15*time.Second, `
import QtQml
import QmlRun.PubSub 1.0
QtObject {
    property Broker b: Broker { url: Qt.application.arguments[2] }
    property Subscription s: Subscription {
        broker: b; subject: "x"
        onMessageReceived: function (m) { console.log("got", m); if (m === "after") Qt.exit(0) }
    }
    property string connected: b.status === Broker.Open ? b.connectedUrl : ""
    property bool subscribed: s.subscribed
}`, s1.ClientURL()+", "+s2.ClientURL())
	done := make(chan struct{})
	go func() { e.Run(); close(done) }()
	defer func() { e.Quit(0); <-done }()
	get := func(name string) (v string) {
		e.Do(func() error { v = e.Root().Property(name).String(); return nil })
		return v
	}
	// publish sends msg through the server at url until the Broker prints
	// it (interest crosses the route in its own time).
	publish := func(url, msg string) {
		nc := natsClient(t, url)
		for !strings.Contains(out.String(), "got "+msg) {
			if ctx.Err() != nil {
				t.Fatalf("%q not received:\n%s", msg, out.String())
			}
			nc.Publish("x", []byte(msg))
			time.Sleep(20 * time.Millisecond)
		}
	}
	for get("subscribed") != "true" && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	first := get("connected")
	gone, other := s1, s2
	if strings.Contains(first, s2.Addr().String()) {
		gone, other = s2, s1
	}
	publish(other.ClientURL(), "before")
	gone.Shutdown()
	for {
		if c := get("connected"); c != "" && c != first {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the Broker did not move to the other server:\n%s", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	publish(other.ClientURL(), "after")
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatal("not finished")
	}
}
