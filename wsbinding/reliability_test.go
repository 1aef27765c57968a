package wsbinding_test

import (
	"bufio"
	"context"
	"log/slog"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

const runawayServer = `import QtQml
import QmlRun.WebSockets
WebSocketServer {
    id: server
    port: 0
    listen: true
    property int count: 0
    property int slow: { if (count === 3) { while (true) {} } return count }
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) {
            if (m === "loop") { while (true) {} }
            if (m === "bind") server.count = 3
            ws.sendTextMessage(m + " " + server.count + " " + server.slow)
        })
    }
}`

// TestRunawayHandlerKeepsServing: an endless loop in a socket's handler,
// and in a binding that a handler's assignment re-evaluates, is
// interrupted after the script timeout and reported like an exception at
// the line where it was stopped, with a log record; the server goes on
// serving that client and the others, and the interrupted binding keeps
// its previous value while the assignment before it stays done.
func TestRunawayHandlerKeepsServing(t *testing.T) {
	out, logs := &lockedBuffer{}, &lockedBuffer{}
	path := writeQML(t, runawayServer)
	e := startQMLWith(t, runtime.Options{Stdout: out, Stderr: out, ScriptTimeout: 200 * time.Millisecond,
		Logger: slog.New(slog.NewJSONHandler(logs, nil))}, wsbinding.Options{}, path)
	url := rootURL(t, e)
	a, b := dialRaw(t, url), dialRaw(t, url)
	a.sendText("loop")
	b.sendText("hi")
	b.expectText("hi 0 0")
	waitFor(t, out, "main.qml:11: Error: JavaScript ran longer than 200ms and was interrupted\n")
	a.sendText("again")
	a.expectText("again 0 0")
	a.sendText("bind")
	waitFor(t, out, "main.qml:8: Error: JavaScript ran longer than 200ms and was interrupted\n")
	a.sendText("after")
	a.expectText("after 3 0")
	b.sendText("still")
	b.expectText("still 3 0")
	waitFor(t, logs, `"msg":"javascript interrupted"`)
	if strings.Count(logs.String(), `"budget":"200ms"`) != 2 {
		t.Errorf("want two interrupt records:\n%s", logs.String())
	}
}

// nodeLimits starts testdata/interop/node-limits.js; lines gives its
// output lines, and a line written to stdin resumes a paused client.
func nodeLimits(t *testing.T, args ...string) (lines chan string, stdin func()) {
	t.Helper()
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	cmd := exec.CommandContext(ctx, "node", append([]string{filepath.Join(dir, "node-limits.js")}, args...)...)
	cmd.Dir = dir
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	outp, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines = make(chan string, 10)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s := bufio.NewScanner(outp)
		for s.Scan() {
			lines <- strings.TrimPrefix(s.Text(), "node-limits: ")
		}
		close(lines)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		cmd.Wait()
	})
	return lines, func() { in.Write([]byte("\n")) }
}

// nodeLine returns the next line of a node-limits.js run.
func nodeLine(t *testing.T, lines chan string) string {
	t.Helper()
	select {
	case l, ok := <-lines:
		if !ok {
			t.Fatal("node-limits.js ended without a result")
		}
		return l
	case <-time.After(25 * time.Second):
		t.Fatal("no result from node-limits.js")
	}
	return ""
}

// TestLimitsWithNodeWS meets the limits with npm ws clients: one that
// answers pings (as ws does by itself) stays connected through several
// idleTimeouts, one that does not is closed with 1001; a request head over
// maxHeaderSize gets 431; a client that stops reading is closed with 1008
// after bufferFullTimeout (the server's queue stays within its bound) and
// still gets the close frame once it reads again.
func TestLimitsWithNodeWS(t *testing.T) {
	src := strings.Replace(idleServer, "idleTimeout: 200", "idleTimeout: 200\n    maxHeaderSize: 2048", 1)
	e, out := startQML(t, writeQML(t, src))
	url := rootURL(t, e)
	lines, _ := nodeLimits(t, "idle", url, "1500", "1")
	if l := nodeLine(t, lines); !strings.HasPrefix(l, "open pings ") {
		t.Errorf("answering pings: %q, want still open", l)
	} else if n, _ := strconv.Atoi(strings.TrimPrefix(l, "open pings ")); n < 2 {
		t.Errorf("answering pings: %q, want two pings or more in 1.5 s", l)
	}
	lines, _ = nodeLimits(t, "idle", url, "5000", "0")
	if l := nodeLine(t, lines); l != "close 1001 idle timeout pings 1" {
		t.Errorf("not answering pings: %q, want close 1001 idle timeout after one ping", l)
	}
	waitFor(t, out, "qml: closed 1001 idle timeout\n")
	for _, tt := range []struct{ size, want string }{{"3000", "http 431"}, {"1000", "open"}} {
		lines, _ = nodeLimits(t, "header", url, tt.size)
		if l := nodeLine(t, lines); l != tt.want {
			t.Errorf("header of %s bytes: %q, want %q", tt.size, l, tt.want)
		}
	}

	e, out = startQML(t, writeQML(t, slowServer))
	lines, resume := nodeLimits(t, "slow", rootURL(t, e))
	if l := nodeLine(t, lines); l != "paused" {
		t.Fatalf("slow client: %q", l)
	}
	waitFor(t, out, "qml: closed 1008 write queue full most true\n")
	resume()
	if l := nodeLine(t, lines); l != "close 1008 write queue full messages>0" {
		t.Errorf("slow client: %q, want close 1008 after its messages", l)
	}
}

// TestLimitLogsAndMetrics: the limits a connection meets reach the logs
// and the counters: a slow consumer (buffer full, then closed 1008), an
// idle peer that does not answer pings (closed 1001), a peer that resets
// its connection (a connection error); once they are gone, no connection
// is counted open and no byte queued.
func TestLimitLogsAndMetrics(t *testing.T) {
	out, logs := &lockedBuffer{}, &lockedBuffer{}
	m := &wsbinding.Metrics{}
	opts := runtime.Options{Stdout: out, Stderr: out, Logger: slog.New(slog.NewJSONHandler(logs, nil))}
	slow := startQMLWith(t, opts, wsbinding.Options{Metrics: m}, writeQML(t, slowServer))
	dialSmallBuffer(t, rootURL(t, slow)).sendText("flood")
	idle := startQMLWith(t, opts, wsbinding.Options{Metrics: m}, writeQML(t, idleServer))
	url := rootURL(t, idle)
	dialRaw(t, url) // never answers the ping
	reset := dialRaw(t, url)
	reset.conn.(*net.TCPConn).SetLinger(0)
	reset.conn.Close()
	waitFor(t, out, "qml: closed 1008 write queue full most true\n")
	waitFor(t, out, "qml: closed 1001 idle timeout\n")
	waitFor(t, logs, `"msg":"websocket connection error"`)
	for _, want := range []string{
		`"msg":"websocket buffer full","peer":"127.0.0.1:`,
		`"msg":"websocket closed: buffer full","peer":"127.0.0.1:`,
		`"code":1008,"reason":"write queue full"}`,
		`"msg":"websocket closed: idle","peer":"127.0.0.1:`,
		`"code":1001,"reason":"idle timeout"}`,
		`"error":"The remote host closed the connection"}`,
	} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %s:\n%s", want, logs.String())
		}
	}
	if m.BufferFullCloses.Load() != 1 || m.IdleCloses.Load() != 1 || m.RefusedSends.Load() == 0 || m.Accepted.Load() != 3 {
		t.Errorf("counters: %d buffer-full closes, %d idle closes, %d refused sends, %d accepted; want 1, 1, some, 3",
			m.BufferFullCloses.Load(), m.IdleCloses.Load(), m.RefusedSends.Load(), m.Accepted.Load())
	}
	deadline := time.Now().Add(5 * time.Second)
	for (m.Open.Load() != 0 || m.Queued.Load() != 0) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if m.Open.Load() != 0 || m.Queued.Load() != 0 || m.Closed.Load() != 3 {
		t.Errorf("after the closes: %d open, %d bytes queued, %d closed; want 0, 0, 3", m.Open.Load(), m.Queued.Load(), m.Closed.Load())
	}
}

// chromeIdlePage stays silent on its WebSocket for 1.5 s, then sends
// "still here" and reports the answer, or how the socket closed (the
// first of the two only: the reports race to the test's HTTP server).
const chromeIdlePage = `<!doctype html><title>qmlrun idle</title><script>
const url = new URLSearchParams(location.search).get('ws');
let reported = false;
const report = (r) => { if (!reported) { reported = true; fetch('/result?r=' + encodeURIComponent(r)); } };
const ws = new WebSocket(url);
ws.onopen = () => setTimeout(() => ws.send('still here'), 1500);
ws.onmessage = (ev) => { report('echo ' + ev.data); ws.close(1000); };
ws.onclose = (ev) => report('closed ' + ev.code + ' ' + ev.reason);
</script>`

// TestIdleTimeoutWithChromium: a browser answers the server's idle pings
// by itself, so a page that sends nothing for several idleTimeouts keeps
// its connection.
func TestIdleTimeoutWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	src := strings.Replace(idleServer, "onClientConnected: function (ws) {", `onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) { ws.sendTextMessage(m) })`, 1)
	e, out := startQML(t, writeQML(t, src))
	runChromiumPage(t, chrome, chromeIdlePage, rootURL(t, e), "echo still here")
	if strings.Contains(out.String(), "closed 1001") {
		t.Fatalf("the page was closed as idle:\n%s", out.String())
	}
}
