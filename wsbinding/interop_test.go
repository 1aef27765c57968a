package wsbinding_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// startQML runs a document with QtWebSockets on its own event loop and
// returns the engine; the loop stops when the test ends.
func startQML(t *testing.T, path string, args ...string) (*runtime.Engine, *lockedBuffer) {
	t.Helper()
	out := &lockedBuffer{}
	return startQMLWith(t, runtime.Options{Stdout: out, Stderr: out, Args: append([]string{"qmlrun", path}, args...)}, wsbinding.Options{}, path), out
}

// startQMLWith is startQML with the engine's options (its Context is
// replaced by one the test's end cancels) and the modules' options.
func startQMLWith(t *testing.T, opts runtime.Options, wsOpts wsbinding.Options, path string) *runtime.Engine {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	opts.Context = ctx
	e := runtime.New(opts)
	registerWSWith(t, e, wsOpts)
	if err := e.Load(path); err != nil {
		t.Fatal(err)
	}
	done := make(chan int)
	go func() { done <- e.Run() }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Error("engine did not stop")
		}
	})
	return e
}

// registerWS registers QtWebSockets and its qmlrun extensions.
func registerWS(t *testing.T, e *runtime.Engine) {
	t.Helper()
	registerWSWith(t, e, wsbinding.Options{})
}

// registerWSWith registers QtWebSockets and its qmlrun extensions with the
// operator's options.
func registerWSWith(t *testing.T, e *runtime.Engine, opts wsbinding.Options) {
	t.Helper()
	for _, m := range []*runtime.Module{wsbinding.ModuleWith(opts), wsbinding.ExtensionsWith(opts)} {
		if err := e.Register(m); err != nil {
			t.Fatal(err)
		}
	}
}

// rootURL reads the root object's url property through the loop.
func rootURL(t *testing.T, e *runtime.Engine) string {
	var u string
	if err := e.Do(func() error { u = e.Root().Property("url").String(); return nil }); err != nil {
		t.Fatal(err)
	}
	return u
}

// peer returns the path of a tool a test needs. In CI (CI=true) a missing
// peer is a failure, since .ci/run installs them; elsewhere the test skips.
func peer(t *testing.T, path string) string {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s missing (.ci/run installs it): %v", path, err)
		}
		t.Skipf("%s missing: run .ci/run once to install the interop peers", path)
	}
	return path
}

func interopDir(t *testing.T) string {
	dir, err := filepath.Abs("../testdata/interop")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func runPeer(t *testing.T, name string, args ...string) {
	t.Helper()
	runPeerEnv(t, nil, name, args...)
}

// runPeerEnv runs a peer with extra environment variables.
func runPeerEnv(t *testing.T, env []string, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = interopDir(t)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	if !strings.Contains(string(out), ": ok") {
		t.Fatalf("%s did not report ok:\n%s", name, out)
	}
}

func TestEchoServerWithNodeWS(t *testing.T) {
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	runPeer(t, "node", filepath.Join(dir, "node-client.js"), rootURL(t, e))
}

func TestEchoServerWithPythonWebsockets(t *testing.T) {
	py := pythonPeer(t)
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	runPeer(t, py, filepath.Join(interopDir(t), "py-client.py"), rootURL(t, e))
}

// pythonPeer returns the Python with the websockets package.
func pythonPeer(t *testing.T) string {
	py := peer(t, "/usr/bin/python3")
	if err := exec.Command(py, "-c", "import websockets").Run(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("python3-websockets missing (.ci/run installs it)")
		}
		t.Skip("python3-websockets missing")
	}
	return py
}

// startNodeServer runs testdata/interop/node-server.js with extra
// environment variables until the test ends and returns its url.
func startNodeServer(t *testing.T, env ...string) string {
	dir := interopDir(t)
	peer(t, filepath.Join(dir, "node_modules/ws/package.json"))
	return startPeerServer(t, env, "node", filepath.Join(dir, "node-server.js"))
}

// startPeerServer runs a server peer with extra environment variables
// until the test ends; the peer prints its port first. It returns its url.
func startPeerServer(t *testing.T, env []string, name string, args ...string) string {
	ctx, cancel := context.WithCancel(context.Background())
	srv := exec.CommandContext(ctx, name, args...)
	srv.Env = append(os.Environ(), env...)
	stdout, _ := srv.StdoutPipe()
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cancel()
		srv.Wait()
	})
	port, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	return "ws://127.0.0.1:" + strings.TrimSpace(port)
}

// runClient runs a client document to its end (Qt.quit) and returns its
// output; it must exit 0.
func runClient(t *testing.T, path string, args ...string) string {
	t.Helper()
	out, rc := runClientRC(t, path, args...)
	if rc != 0 {
		t.Fatalf("client exited %d:\n%s", rc, out)
	}
	return out
}

// runClientRC runs a client document and returns its output and exit code.
func runClientRC(t *testing.T, path string, args ...string) (string, int) {
	var out bytes.Buffer
	e := runtime.New(runtime.Options{Stdout: &out, Stderr: &out, Args: append([]string{"qmlrun", path}, args...)})
	registerWS(t, e)
	rc := runtime.RunFile(e, path)
	return out.String(), rc
}

// TestClientWithNodeServer runs the example client against an npm `ws`
// echo server.
func TestClientWithNodeWSServer(t *testing.T) {
	url := startNodeServer(t)
	if got := runClient(t, "../testdata/examples/client.qml", url, "from qmlrun"); got != "qml: received: from qmlrun\n" {
		t.Fatalf("client output %q", got)
	}
}

// chromePage opens a WebSocket to the url in the query string, exchanges a
// text and a binary message with the echo server, and reports the outcome
// to /result.
const chromePage = `<!doctype html><title>qmlrun interop</title><script>
const url = new URLSearchParams(location.search).get('ws');
const report = (r) => fetch('/result?r=' + encodeURIComponent(r));
const ws = new WebSocket(url);
ws.binaryType = 'arraybuffer';
const bin = new Uint8Array([0, 1, 2, 127, 128, 255]);
const long = 'chat message from chromium, '.repeat(200);
ws.onopen = () => ws.send('héllo from chromium');
ws.onmessage = (ev) => {
  if (typeof ev.data === 'string') {
    if (ev.data === long) {
      ws.send(bin.buffer);
      return;
    }
    if (ev.data !== 'héllo from chromium') return report('text mismatch: ' + ev.data.slice(0, 40));
    ws.send(long);
    return;
  }
  const got = new Uint8Array(ev.data);
  if (got.length !== bin.length || got.some((v, i) => v !== bin[i])) return report('binary mismatch');
  ws.close(1000);
  report('ok ' + ws.extensions);
};
ws.onerror = () => report('error event');
</script>`

// TestEchoServerWithChromium has headless Chromium load a page from a test
// HTTP server whose script talks to the qmlrun echo server.
func TestEchoServerWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	e, _ := startQML(t, "../testdata/examples/echo-server.qml", "0")
	runChromium(t, chrome, rootURL(t, e), "")
}

// runChromium has headless Chromium run chromePage against wsURL; the
// page reports "ok" and the negotiated extensions, which must be ext.
func runChromium(t *testing.T, chrome, wsURL, ext string, flags ...string) {
	t.Helper()
	runChromiumWant(t, chrome, wsURL, "ok "+ext, flags...)
}

// runChromiumWant has headless Chromium run chromePage against wsURL and
// checks what the page reports.
func runChromiumWant(t *testing.T, chrome, wsURL, want string, flags ...string) {
	t.Helper()
	runChromiumPage(t, chrome, chromePage, wsURL, want, flags...)
}

// runChromiumPage has headless Chromium load page, which finds wsURL in
// its query string (ws=) and reports to /result?r=, and checks the report.
func runChromiumPage(t *testing.T, chrome, page, wsURL, want string, flags ...string) {
	t.Helper()
	results := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	})
	mux.HandleFunc("/result", func(w http.ResponseWriter, r *http.Request) {
		select {
		case results <- r.URL.Query().Get("r"):
		default:
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir())
	cmd.Args = append(append(cmd.Args, flags...), srv.URL+"/?ws="+wsURL)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cancel()
		cmd.Wait()
	}()
	select {
	case r := <-results:
		if r != want {
			t.Fatalf("chromium reported %q, want %q", r, want)
		}
	case <-time.After(60 * time.Second):
		t.Fatalf("no result from chromium in 60 s; its stderr:\n%s", stderr.String())
	}
}

// TestEmbedExample runs the embedding example program (a Go host that
// embeds a QML WebSocket server and talks to it).
func TestEmbedExample(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "go", "run", "../testdata/examples/embed").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if want := "QML signal received: Go\nreply: bonjour, Go\n"; string(out) != want {
		t.Fatalf("output %q, want %q", out, want)
	}
}

// TestClientWithPythonServer runs a QtWebSockets client through the
// behaviours of a Python websockets server (testdata/interop/py-server.py):
// echoes, closes with codes, fragmented and large messages, a ping, an
// abort, a refused handshake, a subprotocol. The output, status sequences
// and what the next event sees after a close included, must be the one
// recorded with Qt 6.4 against the same server (py-server-client.out).
func TestClientWithPythonServer(t *testing.T) {
	dir := interopDir(t)
	url := startPeerServer(t, nil, pythonPeer(t), filepath.Join(dir, "py-server.py"))
	want, err := os.ReadFile(filepath.Join(dir, "py-server-client.out"))
	if err != nil {
		t.Fatal(err)
	}
	got := runClient(t, filepath.Join(dir, "py-server-client.qml"), url)
	if got != string(want) {
		t.Fatalf("got\n%s\nwant (Qt 6.4)\n%s", got, want)
	}
}

// TestServerCloseWithChromium: a server-side socket set inactive closes
// with 1000 and waits for the browser's close frame before it closes TCP,
// so Chromium sees a clean close. (Qt's server closes TCP right after its
// close frame: Chromium reports the same close with wasClean false.)
func TestServerCloseWithChromium(t *testing.T) {
	chrome := peer(t, "/usr/bin/chromium")
	e, _ := startQML(t, writeQML(t, `import QtQml
import QtWebSockets
WebSocketServer {
    listen: true
    onClientConnected: function (ws) {
        ws.onTextMessageReceived.connect(function (m) { if (m === "close") ws.active = false })
    }
}`))
	const page = `<!doctype html><script>
const ws = new WebSocket(new URLSearchParams(location.search).get('ws'));
ws.onopen = () => ws.send('close');
ws.onclose = (ev) => fetch('/result?r=' + encodeURIComponent(ev.code + ' ' + ev.wasClean + ' ' + JSON.stringify(ev.reason)));
</script>`
	runChromiumPage(t, chrome, page, rootURL(t, e), `1000 true ""`)
}
