package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/qmlrun/qmlrun/pubsub"
)

// The cluster tests run testdata/examples/chat-cluster.qml as several
// qmlrun processes sharing one NATS server, with Go WebSocket clients.

const chatCluster = "../../testdata/examples/chat-cluster.qml"

// buildQmlrun builds the command into dir.
func buildQmlrun(t testing.TB, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "qmlrun")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// freePort returns a loopback port nobody listens on.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// natsServer starts a standalone NATS server on a loopback port (0: any).
func natsServer(t testing.TB, port int) *server.Server {
	t.Helper()
	s, err := pubsub.StartServer("127.0.0.1", port)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return s
}

// proc is a running qmlrun process.
type proc struct {
	cmd   *exec.Cmd
	port  int
	lines chan string
	eof   chan struct{} // closed once all of stderr is read
	mu    sync.Mutex
	log   strings.Builder
}

// startChat runs chat-cluster.qml on a WebSocket port; flags go before
// the document, args after the port.
func startChat(t testing.TB, bin string, port int, flags []string, args ...string) *proc {
	t.Helper()
	return startDoc(t, bin, chatCluster, "subscribed to chat.room", port, flags, args...)
}

// startDoc runs a document taking its WebSocket port as first argument
// and waits for a line of output containing ready.
func startDoc(t testing.TB, bin, doc, ready string, port int, flags []string, args ...string) *proc {
	t.Helper()
	cmdArgs := append(append(append([]string{}, flags...), doc, "--", strconv.Itoa(port)), args...)
	p := &proc{cmd: exec.Command(bin, cmdArgs...), port: port, lines: make(chan string, 1000), eof: make(chan struct{})}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			p.mu.Lock()
			p.log.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
			select {
			case p.lines <- sc.Text():
			default:
			}
		}
		close(p.lines)
		close(p.eof)
	}()
	t.Cleanup(func() { p.stop(t) })
	p.waitFor(t, ready)
	return p
}

// waitFor reads the process's output until a line contains s.
func (p *proc) waitFor(t testing.TB, s string) {
	t.Helper()
	deadline := time.After(15 * time.Second)
	for {
		select {
		case l, ok := <-p.lines:
			if !ok {
				t.Fatalf("process on %d exited before %q:\n%s", p.port, s, p.output())
			}
			if strings.Contains(l, s) {
				return
			}
		case <-deadline:
			t.Fatalf("process on %d: no %q in 15 s:\n%s", p.port, s, p.output())
		}
	}
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// wait waits for the process to end, its output read to the end first:
// exec's Wait closes the pipe, and lines not read by then would be lost.
func (p *proc) wait() error {
	select {
	case <-p.eof:
	case <-time.After(20 * time.Second):
	}
	return p.cmd.Wait()
}

// stop sends SIGTERM and waits (SIGKILL after 5 s).
func (p *proc) stop(t testing.TB) {
	if p.cmd.ProcessState != nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- p.wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("process on %d: %v\n%s", p.port, err, p.output())
		}
	case <-time.After(5 * time.Second):
		p.cmd.Process.Kill()
		<-done
		t.Errorf("process on %d did not stop in 5 s:\n%s", p.port, p.output())
	}
}

// wsClient is a Go WebSocket client that records the text it receives.
type wsClient struct {
	conn net.Conn
	mu   sync.Mutex
	got  []string
	done chan struct{}
}

func dialChat(t testing.TB, port int) *wsClient {
	t.Helper()
	conn, rw := dialWS(t, port)
	c := &wsClient{conn: conn, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		for {
			msg, err := wsutil.ReadServerText(rw)
			if err != nil {
				return
			}
			c.mu.Lock()
			c.got = append(c.got, string(msg))
			c.mu.Unlock()
		}
	}()
	t.Cleanup(func() { conn.Close(); <-c.done })
	return c
}

// dialWS opens a WebSocket to a local port; reads go through rw (the
// handshake may have buffered the first bytes).
func dialWS(t testing.TB, port int) (net.Conn, io.ReadWriter) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, br, _, err := ws.Dial(ctx, fmt.Sprintf("ws://127.0.0.1:%d/", port))
	if err != nil {
		t.Fatal(err)
	}
	var r io.Reader = conn
	if br != nil {
		r = io.MultiReader(br, conn)
	}
	return conn, struct {
		io.Reader
		io.Writer
	}{r, conn}
}

func (c *wsClient) send(t testing.TB, msg string) {
	t.Helper()
	if err := wsutil.WriteClientText(c.conn, []byte(msg)); err != nil {
		t.Fatal(err)
	}
}

// chat returns the chat lines received with the given body prefix, by
// sender: "user1@9001: r-3" → sender "user1@9001", body "r-3".
func (c *wsClient) chat(prefix string) map[string][]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string][]string{}
	for _, m := range c.got {
		name, body, ok := strings.Cut(m, ": ")
		if ok && strings.HasPrefix(body, prefix) {
			out[name] = append(out[name], body)
		}
	}
	return out
}

// count returns how many chat lines with the prefix c received.
func (c *wsClient) count(prefix string) int {
	n := 0
	for _, b := range c.chat(prefix) {
		n += len(b)
	}
	return n
}

// exchange has every client send k messages "PREFIX-i" and checks that
// every client receives all of them, in order per sender.
func exchange(t *testing.T, clients []*wsClient, prefix string, k int) {
	t.Helper()
	for i := 0; i < k; i++ {
		for _, c := range clients {
			c.send(t, fmt.Sprintf("%s-%d", prefix, i))
		}
	}
	want := k * len(clients)
	deadline := time.Now().Add(20 * time.Second)
	for _, c := range clients {
		for c.count(prefix+"-") < want && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
	}
	checkChat(t, clients, prefix, k, len(clients))
}

// checkChat checks that each client got k messages PREFIX-0..k-1, in
// order, from each of senders senders.
func checkChat(t *testing.T, clients []*wsClient, prefix string, k, senders int) {
	t.Helper()
	for ci, c := range clients {
		got := c.chat(prefix + "-")
		if len(got) != senders {
			t.Errorf("client %d: messages from %d senders, want %d", ci, len(got), senders)
		}
		for name, bodies := range got {
			ok := len(bodies) == k
			for i := 0; ok && i < k; i++ {
				ok = bodies[i] == fmt.Sprintf("%s-%d", prefix, i)
			}
			if !ok {
				t.Errorf("client %d: from %s got %d messages, want %s-0..%d in order: %v", ci, name, len(bodies), prefix, k-1, bodies)
			}
		}
	}
}

// settle sends probes from one client until the other receives one:
// after a reconnection, nats.go has resent the subscriptions when it
// reports being connected, but the server applies them concurrently with
// other connections' messages.
func settle(t *testing.T, from, to *wsClient) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for to.count("probe") == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no probe received in 10 s")
		}
		from.send(t, "probe")
		time.Sleep(20 * time.Millisecond)
	}
}

// sendDown has every client send k messages "down-i" while its process's
// broker is disconnected.
func sendDown(t *testing.T, clients []*wsClient, k int) {
	t.Helper()
	for i := 0; i < k; i++ {
		for _, c := range clients {
			c.send(t, fmt.Sprintf("down-%d", i))
		}
	}
}

// checkDown checks the documented policy for messages published while
// the broker was down (sendDown), once the brokers are back: they waited
// in the reconnect buffer, which nats.go sends after restoring the
// subscriptions, so the clients of the publishing process (on port) get
// every one of them, in order; another process gets those that reach the
// server after its own subscription is back: in order, none twice.
func checkDown(t *testing.T, c *wsClient, port, k int) {
	t.Helper()
	own := fmt.Sprintf("@%d", port)
	for name, bodies := range c.chat("down-") {
		t.Logf("client on %d: %d messages from %s published while the broker was down", port, len(bodies), name)
		for i, b := range bodies {
			if i > 0 && !downBefore(bodies[i-1], b) {
				t.Errorf("client on %d: from %s, %q after %q", port, name, b, bodies[i-1])
			}
		}
		if strings.HasSuffix(name, own) && len(bodies) != k {
			t.Errorf("client on %d: from its own process's %s, %d of the %d messages published while the broker was down: %v", port, name, len(bodies), k, bodies)
		}
	}
	if len(c.chat("down-")) == 0 {
		t.Errorf("client on %d: none of the messages published while the broker was down", port)
	}
}

// downBefore reports whether "down-i" a precedes "down-j" b (i < j).
func downBefore(a, b string) bool {
	i, _ := strconv.Atoi(strings.TrimPrefix(a, "down-"))
	j, _ := strconv.Atoi(strings.TrimPrefix(b, "down-"))
	return i < j
}

// TestCluster runs two and three chat processes on a standalone NATS
// server: each of their clients receives every message, in order per
// sender.
func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("builds qmlrun and runs processes")
	}
	bin := buildQmlrun(t, t.TempDir())
	for _, n := range []int{2, 3} {
		t.Run(fmt.Sprintf("%d processes", n), func(t *testing.T) {
			url := natsServer(t, 0).ClientURL()
			var clients []*wsClient
			for i := 0; i < n; i++ {
				p := startChat(t, bin, freePort(t), nil, url)
				clients = append(clients, dialChat(t, p.port), dialChat(t, p.port))
			}
			exchange(t, clients, "m", 200)
		})
	}

	// One process runs the embedded server (--nats-listen), the other
	// joins it; restarting the joining process loses nothing but its own
	// connections: the first process's clients keep every message.
	t.Run("embedded, process restart", func(t *testing.T) {
		natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
		a := startChat(t, bin, freePort(t), []string{"--nats-listen", natsAddr})
		bPort := freePort(t)
		b := startChat(t, bin, bPort, nil, "nats://"+natsAddr)
		a1, a2, b1 := dialChat(t, a.port), dialChat(t, a.port), dialChat(t, bPort)
		exchange(t, []*wsClient{a1, a2, b1}, "m", 100)

		// b restarts while a's clients keep talking.
		b.stop(t)
		<-b1.done
		const k = 100
		for i := 0; i < k/2; i++ {
			a1.send(t, fmt.Sprintf("r-%d", i))
		}
		b = startChat(t, bin, bPort, nil, "nats://"+natsAddr)
		for i := k / 2; i < k; i++ {
			a1.send(t, fmt.Sprintf("r-%d", i))
		}
		b2 := dialChat(t, bPort)
		exchange(t, []*wsClient{a1, a2, b2}, "n", 100)
		checkChat(t, []*wsClient{a1, a2}, "r", k, 1)
	})

	// The process running the embedded server is killed (SIGKILL) and
	// started again on the same addresses: the other process's broker
	// reconnects to it, its clients stay connected, and new messages flow.
	t.Run("embedded broker killed", func(t *testing.T) {
		natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
		aPort := freePort(t)
		a := startChat(t, bin, aPort, []string{"--nats-listen", natsAddr})
		b := startChat(t, bin, freePort(t), nil, "nats://"+natsAddr)
		a1, b1 := dialChat(t, aPort), dialChat(t, b.port)
		exchange(t, []*wsClient{a1, b1}, "m", 100)
		a.cmd.Process.Kill()
		a.cmd.Wait()
		b.waitFor(t, "broker status 0")
		sendDown(t, []*wsClient{b1}, 20)
		a = startChat(t, bin, aPort, []string{"--nats-listen", natsAddr})
		b.waitFor(t, "broker open")
		a2 := dialChat(t, aPort)
		settle(t, a2, b1)
		settle(t, b1, a2)
		exchange(t, []*wsClient{a2, b1}, "n", 100)
		checkDown(t, b1, b.port, 20)
	})

	// The NATS server is killed and restarted on the same port: the
	// brokers reconnect, subscriptions are restored and new messages flow.
	t.Run("broker restart", func(t *testing.T) {
		port := freePort(t)
		s := natsServer(t, port)
		var procs []*proc
		var clients []*wsClient
		for i := 0; i < 2; i++ {
			p := startChat(t, bin, freePort(t), nil, s.ClientURL())
			procs = append(procs, p)
			clients = append(clients, dialChat(t, p.port))
		}
		exchange(t, clients, "m", 100)
		s.Shutdown()
		s.WaitForShutdown()
		for _, p := range procs {
			p.waitFor(t, "broker status 0")
		}
		sendDown(t, clients, 20)
		natsServer(t, port)
		for _, p := range procs {
			p.waitFor(t, "broker open")
		}
		settle(t, clients[0], clients[1])
		settle(t, clients[1], clients[0])
		exchange(t, clients, "n", 100)
		for i, c := range clients {
			checkDown(t, c, procs[i].port, 20)
		}
	})
}

// TestFanoutBenchmark measures chat-cluster.qml fanning out one
// publisher's messages to 1,000 WebSocket clients, in one process and
// spread over two processes (the second joins the first one's embedded
// NATS server), beside chat-server.qml broadcasting without NATS. The
// set-ups stay up and are measured in alternating rounds; the medians
// are reported. Not part of the default run:
//
//	QMLRUN_PUBSUB_BENCH=1 go test -run TestFanoutBenchmark -v ./cmd/qmlrun
//
// QMLRUN_PUBSUB_BENCH_MSGS sets the messages per round (default 1000).
func TestFanoutBenchmark(t *testing.T) {
	if os.Getenv("QMLRUN_PUBSUB_BENCH") == "" {
		t.Skip("set QMLRUN_PUBSUB_BENCH=1 to run")
	}
	msgs := 1000
	if n, err := strconv.Atoi(os.Getenv("QMLRUN_PUBSUB_BENCH_MSGS")); err == nil && n > 0 {
		msgs = n
	}
	const clients, rounds = 1000, 5
	bin := buildQmlrun(t, t.TempDir())
	plain, one, two := newFanout(t, bin, 0, clients), newFanout(t, bin, 1, clients), newFanout(t, bin, 2, clients)
	var r0, r1, r2 []float64
	for i := 0; i < rounds; i++ {
		r0 = append(r0, plain.round(t, msgs))
		r1 = append(r1, one.round(t, msgs))
		r2 = append(r2, two.round(t, msgs))
	}
	m0, m1, m2 := median(r0), median(r1), median(r2)
	t.Logf("%d messages to %d clients, median of %d rounds: 1 process %.0f msg/s (%.0f deliveries/s), 2 processes %.0f msg/s (%.0f deliveries/s); ratio 2/1 = %.2f; chat-server.qml without NATS %.0f msg/s",
		msgs, clients, rounds, m1, m1*clients, m2, m2*clients, m2/m1, m0)
	t.Logf("rounds, without NATS: %.0f; 1 process: %.0f; 2 processes: %.0f", r0, r1, r2)
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// fanout is a running set-up: chat processes, clients spread over them,
// a publisher on the first. Zero processes stands for one chat-server.qml,
// which broadcasts without NATS.
type fanout struct {
	clients     int
	pub         *wsClient
	got, synced atomic.Int64
}

func newFanout(t *testing.T, bin string, procs, clients int) *fanout {
	f := &fanout{clients: clients}
	natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	var ps []*proc
	if procs == 0 {
		ps = append(ps, startDoc(t, bin, "../../testdata/examples/chat-server.qml", "listening", freePort(t), nil))
	} else {
		ps = append(ps, startChat(t, bin, freePort(t), []string{"--nats-listen", natsAddr}))
	}
	for i := 1; i < procs; i++ {
		ps = append(ps, startChat(t, bin, freePort(t), nil, "nats://"+natsAddr))
	}
	for i := 0; i < clients; i++ {
		countingClient(t, ps[i%len(ps)].port, &f.got, &f.synced)
	}
	f.pub = dialChat(t, ps[0].port)
	// Joins are announced to everyone; a sync message received by every
	// client marks the end of the set-up.
	f.pub.send(t, "sync")
	waitCount(t, &f.synced, int64(clients))
	return f
}

// round sends msgs messages and returns messages per second, from the
// first send to the last delivery.
func (f *fanout) round(t *testing.T, msgs int) float64 {
	f.got.Store(0)
	start := time.Now()
	for i := 0; i < msgs; i++ {
		f.pub.send(t, fmt.Sprintf("b-%d", i))
	}
	waitCount(t, &f.got, int64(f.clients*msgs))
	return float64(msgs) / time.Since(start).Seconds()
}

func waitCount(t *testing.T, c *atomic.Int64, want int64) {
	deadline := time.Now().Add(120 * time.Second)
	for c.Load() < want {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d messages after 120 s", c.Load(), want)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// countingClient connects a WebSocket client that counts chat lines with
// a "b-" body into got and "sync" ones into synced.
func countingClient(t *testing.T, port int, got, synced *atomic.Int64) {
	conn, rw := dialWS(t, port)
	r := bufio.NewReader(rw)
	go func() {
		for {
			h, err := ws.ReadHeader(r)
			if err != nil {
				return
			}
			b := make([]byte, h.Length)
			if _, err := io.ReadFull(r, b); err != nil {
				return
			}
			switch _, body, _ := strings.Cut(string(b), ": "); {
			case strings.HasPrefix(body, "b-"):
				got.Add(1)
			case body == "sync":
				synced.Add(1)
			}
		}
	}()
	t.Cleanup(func() { conn.Close() })
}
