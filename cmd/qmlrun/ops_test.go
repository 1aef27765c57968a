package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
)

// syncClient is a WebSocket client that reads one message at a time.
type syncClient struct {
	conn net.Conn
	rw   io.ReadWriter
}

func dialSync(t *testing.T, port int) *syncClient {
	t.Helper()
	conn, rw := dialWS(t, port)
	t.Cleanup(func() { conn.Close() })
	conn.SetDeadline(time.Now().Add(20 * time.Second))
	return &syncClient{conn, rw}
}

// echo sends msg and returns the answer.
func (c *syncClient) echo(t *testing.T, msg string) string {
	t.Helper()
	if err := wsutil.WriteClientText(c.conn, []byte(msg)); err != nil {
		t.Fatal(err)
	}
	b, err := wsutil.ReadServerText(c.rw)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// closed reads until the server's close frame, answers it as a client
// does (so that a draining server need not wait for its timeout), and
// returns its code and reason.
func (c *syncClient) closed(t *testing.T) (int, string) {
	t.Helper()
	for {
		f, err := ws.ReadFrame(c.rw)
		if err != nil {
			t.Fatalf("reading: %v, want a close frame", err)
		}
		if f.Header.OpCode == ws.OpClose {
			code, reason := 1005, ""
			if len(f.Payload) >= 2 {
				code, reason = int(f.Payload[0])<<8|int(f.Payload[1]), string(f.Payload[2:])
			}
			ws.WriteFrame(c.conn, ws.MaskFrame(ws.NewCloseFrame(ws.NewCloseFrameBody(ws.StatusCode(code), ""))))
			return code, reason
		}
	}
}

// status sends an upgrade request with extra header lines and returns the
// response's status code.
func status(t *testing.T, port int, extra string) int {
	t.Helper()
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n%s\r\n", extra)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode
}

// echoDoc is an echo server on QtWebSockets (Qt's own types) answering
// PREFIX + message.
func echoDoc(prefix string) string {
	return `import QtQml
import QtWebSockets
WebSocketServer {
    port: Number(Qt.application.arguments[2])
    listen: true
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage("` + prefix + `" + m) })
        ws.onStatusChanged.connect(function (s) { if (s === WebSocket.Closed) console.log("socket closed") })
    }
    Component.onCompleted: console.log("serving ` + prefix + `")
    Component.onDestruction: console.log("destroyed")
}
`
}

// startEcho builds qmlrun and runs echoDoc(prefix) with flags on a free
// port, returning the process, the port and the document's path.
func startEcho(t *testing.T, prefix string, flags ...string) (*proc, int, string) {
	t.Helper()
	dir := t.TempDir()
	bin := buildQmlrun(t, dir)
	doc := filepath.Join(dir, "echo.qml")
	os.WriteFile(doc, []byte(echoDoc(prefix)), 0o644)
	port := freePort(t)
	return startDoc(t, bin, doc, "qml: serving "+prefix, port, flags), port, doc
}

// TestOperatorFlags runs qmlrun with limits, JSON logs and metrics: 503
// and 403 in the handshake, their log records and counters, the scraped
// metrics, and SIGTERM closing a real client's connection with 1001.
func TestOperatorFlags(t *testing.T) {
	mport := freePort(t)
	p, port, _ := startEcho(t, "", "--max-connections", "1", "--allowed-origins", "https://ok.example",
		"--log-format", "json", "--metrics", fmt.Sprintf("127.0.0.1:%d", mport))
	c := dialSync(t, port)
	if got := c.echo(t, "hello"); got != "hello" {
		t.Fatalf("echo %q", got)
	}
	if code := status(t, port, ""); code != 503 {
		t.Errorf("second connection: %d, want 503", code)
	}
	if code := status(t, port, "Origin: https://evil.example\r\n"); code != 403 {
		t.Errorf("other origin: %d, want 403", code)
	}
	p.waitFor(t, `"msg":"websocket handshake refused","reason":"max_connections"`)
	p.waitFor(t, `"reason":"origin"`)

	// The refused connections are closed right after their log records.
	body := scrapeUntil(t, mport, "\nqmlrun_websocket_connections_open 1\n")
	for _, want := range []string{
		"\nqmlrun_websocket_connections_open 1\n",
		"\nqmlrun_websocket_connections_accepted_total 3\n",
		"\nqmlrun_websocket_messages_received_total 1\n",
		"\nqmlrun_websocket_messages_sent_total 1\n",
		`qmlrun_websocket_handshake_failures_total{reason="max_connections"} 1`,
		`qmlrun_websocket_handshake_failures_total{reason="origin"} 1`,
		"# TYPE qmlrun_js_handler_seconds summary\n",
		"# TYPE go_goroutines gauge\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
	if m := regexp.MustCompile(`qmlrun_js_handler_seconds_count (\d+)`).FindStringSubmatch(body); m == nil || m[1] == "0" {
		t.Errorf("no handler time counted:\n%s", body)
	}

	// A protocol error (an unmasked frame): 1002, logged and counted;
	// the slot is free again.
	c.conn.Write([]byte{0x81, 0x01, 'x'})
	if code, _ := c.closed(t); code != 1002 {
		t.Errorf("close code after an unmasked frame %d, want 1002", code)
	}
	p.waitFor(t, `"msg":"websocket protocol error"`)
	if m := scrapeUntil(t, mport, "\nqmlrun_websocket_connections_closed_total 3\n"); !strings.Contains(m, `qmlrun_websocket_limit_closes_total{reason="protocol_error"} 1`) {
		t.Errorf("after a protocol error:\n%s", m)
	}
	c = dialSync(t, port)

	p.cmd.Process.Signal(syscall.SIGTERM)
	if code, _ := c.closed(t); code != 1001 {
		t.Errorf("close code on SIGTERM %d, want 1001", code)
	}
	if err := p.wait(); err != nil {
		t.Fatalf("exit: %v\n%s", err, p.output())
	}
	out := p.output()
	if i, j := strings.Index(out, "qml: socket closed"), strings.Index(out, "qml: destroyed"); i < 0 || j < i {
		t.Errorf("want the socket closed, then onDestruction:\n%s", out)
	}
}

// scrape reads the metrics endpoint.
func scrape(t *testing.T, port int) string {
	t.Helper()
	resp, err := http.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", port))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type %q", ct)
	}
	body, _ := io.ReadAll(resp.Body)
	return string(body)
}

// scrapeUntil scrapes until the metrics contain want (at most 5 s).
func scrapeUntil(t *testing.T, port int, want string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		m := scrape(t, port)
		if strings.Contains(m, want) || time.Now().After(deadline) {
			return m
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestDrainDeadline: a client that neither answers the close frame nor
// closes TCP does not hold qmlrun past --drain-timeout.
func TestDrainDeadline(t *testing.T) {
	p, port, doc := startEcho(t, "", "--drain-timeout", "300ms", "--log-format", "text")
	c := dialSync(t, port)
	c.echo(t, "x")
	start := time.Now()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.wait(); err != nil {
		t.Fatalf("exit: %v\n%s", err, p.output())
	}
	// Without the deadline: 1 s for the close frame, 2 s of lingering.
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("exited %v after SIGTERM, drain timeout 300ms", d)
	}
	if code, _ := c.closed(t); code != 1001 {
		t.Errorf("close code %d, want 1001", code)
	}
	if out, rc := runMain("--log-format", "xml", doc); rc != 2 || !strings.Contains(out, "want text or json") {
		t.Errorf("--log-format xml: rc %d %q", rc, out)
	}
}

// TestWatchReload runs qmlrun --watch: a change of the document closes the
// connections with 1012 and serves the new version; a broken edit keeps
// the running one; SIGHUP reloads too.
func TestWatchReload(t *testing.T) {
	p, port, doc := startEcho(t, "v1:", "--watch")
	c := dialSync(t, port)
	if got := c.echo(t, "a"); got != "v1:a" {
		t.Fatalf("echo %q", got)
	}
	write := func(src string) {
		// A different size, so that the change is seen whatever the clock.
		os.WriteFile(doc+".tmp", []byte(src), 0o644)
		os.Rename(doc+".tmp", doc)
	}
	write(echoDoc("v22:"))
	if code, reason := c.closed(t); code != 1012 || reason != "service restart" {
		t.Fatalf("close %d %q, want 1012 service restart", code, reason)
	}
	p.waitFor(t, "qml: serving v22:")
	c = dialSync(t, port)
	if got := c.echo(t, "b"); got != "v22:b" {
		t.Fatalf("echo after reload %q", got)
	}
	write("import QtQml\nQtObject {\n  nope: 1\n}\n")
	p.waitFor(t, `Cannot assign to non-existent property "nope"`)
	if got := c.echo(t, "c"); got != "v22:c" {
		t.Fatalf("echo after a broken edit %q", got)
	}
	write(echoDoc("v3-"))
	if code, _ := c.closed(t); code != 1012 {
		t.Fatalf("close %d, want 1012", code)
	}
	p.waitFor(t, "qml: serving v3-")
	c = dialSync(t, port)
	p.cmd.Process.Signal(syscall.SIGHUP)
	if code, _ := c.closed(t); code != 1012 {
		t.Fatalf("close on SIGHUP %d, want 1012", code)
	}
	p.waitFor(t, "qml: serving v3-")
	c = dialSync(t, port)
	if got := c.echo(t, "d"); got != "v3-d" {
		t.Fatalf("echo after SIGHUP %q", got)
	}
}

// TestDrainStopsAccepting: from SIGTERM on, the port refuses connections
// while the open ones are still closing (1001), and the process exits once
// the client answers the close; --max-header-size and --handshake-timeout
// reach the server, and their refusals are logged in slog's text format.
func TestDrainStopsAccepting(t *testing.T) {
	p, port, _ := startEcho(t, "", "--drain-timeout", "10s", "--max-header-size", "1024", "--handshake-timeout", "300ms", "--log-format", "text")
	if code := status(t, port, "X-Big: "+strings.Repeat("a", 2000)+"\r\n"); code != 431 {
		t.Errorf("request over --max-header-size: %d, want 431", code)
	}
	silent, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	silent.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := silent.Read(make([]byte, 1)); err != io.EOF {
		t.Errorf("a connection that sends no request: %v, want EOF after --handshake-timeout", err)
	}
	p.waitFor(t, `level=WARN msg="websocket handshake refused" reason=header_too_large`)
	p.waitFor(t, `level=WARN msg="websocket handshake refused" reason=timeout`)
	c := dialSync(t, port)
	c.echo(t, "x")
	start := time.Now()
	p.cmd.Process.Signal(syscall.SIGTERM)
	for {
		f, err := ws.ReadFrame(c.rw)
		if err != nil {
			t.Fatalf("reading: %v, want a close frame", err)
		}
		if f.Header.OpCode == ws.OpClose {
			if code := int(f.Payload[0])<<8 | int(f.Payload[1]); code != 1001 {
				t.Fatalf("close code %d, want 1001", code)
			}
			break
		}
	}
	// The close is not answered yet: the process is draining.
	if _, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 2*time.Second); err == nil {
		t.Errorf("a connection was accepted while draining")
	}
	select {
	case <-p.eof:
		t.Fatalf("qmlrun exited before the client answered the close:\n%s", p.output())
	default:
	}
	ws.WriteFrame(c.conn, ws.MaskFrame(ws.NewCloseFrame(ws.NewCloseFrameBody(1001, ""))))
	if err := p.wait(); err != nil {
		t.Fatalf("exit: %v\n%s", err, p.output())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("exited %v after SIGTERM; the client had answered", d)
	}
	if out := p.output(); !strings.Contains(out, "qml: socket closed") || !strings.Contains(out, "qml: destroyed") {
		t.Errorf("want the socket closed and onDestruction:\n%s", out)
	}
}

// TestScriptTimeoutFlag: -script-timeout sets the budget of one call into
// JavaScript (the interrupt is reported at its line and logged, and the
// program goes on); 0 sets no limit.
func TestScriptTimeoutFlag(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "loop.qml")
	os.WriteFile(doc, []byte(`import QtQml
QtObject {
    property Timer t: Timer { interval: 10; running: true; onTriggered: { console.log("still running"); Qt.quit() } }
    Component.onCompleted: { var end = Date.now() + 400; while (Date.now() < end) {} console.log("loop done") }
}
`), 0o644)
	out, rc := runMain("-script-timeout", "100ms", "--log-format", "json", doc)
	if rc != 0 || !strings.Contains(out, "loop.qml:4: Error: JavaScript ran longer than 100ms and was interrupted\n") ||
		!strings.Contains(out, `"msg":"javascript interrupted"`) || strings.Contains(out, "loop done") || !strings.Contains(out, "qml: still running\n") {
		t.Errorf("-script-timeout 100ms: rc %d\n%s", rc, out)
	}
	if out, rc := runMain("-script-timeout", "0", doc); rc != 0 || out != "qml: loop done\nqml: still running\n" {
		t.Errorf("-script-timeout 0: rc %d %q", rc, out)
	}
}
