// Command wssoak is the soak and churn test of a qmlrun WebSocket server:
// it starts `qmlrun testdata/soak/chat.qml` on a loopback port and, for a
// bounded time, keeps -conns connections opening and closing while
// numbered messages are broadcast, plus misbehaving clients, then checks
// delivery, liveness and the server's memory and threads.
//
//	wssoak -qmlrun /path/to/qmlrun -duration 10m -conns 10000
//
// # What is checked
//
// The server (testdata/soak/chat.qml) numbers every message it accepts:
// the message that gets number s is "accepted", and its lifetime on the
// server is the single loop turn in which it is numbered and queued to
// every client then in the broadcast. A client is in the broadcast from
// the moment the server sends it "welcome W" (W: the last number given so
// far) until the server answers its "leave" with "bye B" (B: the last
// number given so far), or until it is dropped or disconnects. So a
// recipient that stayed connected over a message's lifetime is exactly a
// client with W < s, and the delivery check is, per well-behaved client
// (the churning clients and the canary):
//
//   - it receives W+1, W+2, ... with no number missing, repeated or out of
//     order, up to B when it leaves ("bye B" must follow B exactly; a
//     client still connected at the end checks up to the last it got);
//   - the text carried under number s is the same for every recipient;
//   - every message a client sent before its "leave" comes back to it (it
//     is a recipient of its own messages), in the order it sent them.
//
// The server "never stopped serving": the canary, a client connected for
// the whole run, sends "echo:N" every 100 ms and must get each answer
// within 5 s (the worst latency is reported).
//
// Misbehaving clients, started continuously besides the -conns ones:
// malformed frames (unmasked, reserved opcode, invalid UTF-8, fragmented
// ping: each must get its close code, 1002 or 1007, and the connection
// closed), clients that send echo requests and never read (the server must
// stop reading from them or drop them with 1008 while the others go on),
// clients that disconnect in the middle of a frame (FIN or RST), and
// garbage handshakes (must get an HTTP 4xx).
//
// Memory, threads and goroutines: the server's VmRSS and Threads
// (/proc/PID/status) and its goroutines (go_goroutines, scraped from the
// --metrics endpoint wssoak gives it) are sampled at the start (after
// warm-up: all -conns connected and messages flowing for -warmup), every
// 30 s, and at the end (load stopped, every client gone, after -settle):
// the end values must be within 10% of the start (threads: 10% or two
// threads, since the Go runtime never ends the threads it started and a
// server has only about ten; goroutines: 10% or one, since a server has
// only a handful and a timer's callback may be running).
//
// The program exits 1 when any check fails.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gobwas/ws"
)

type config struct {
	qmlrun, qml string
	duration    time.Duration
	conns       int
	lifetime    time.Duration
	rate        float64
	size        int
	bad         float64
	warmup      time.Duration
	settle      time.Duration
	settleMax   time.Duration
	maxBacklog  int
	ramp        int
	timeout     string
	verbose     bool
}

func main() {
	var c config
	flag.StringVar(&c.qmlrun, "qmlrun", "", "qmlrun binary (default: built from this module into a temporary directory)")
	flag.StringVar(&c.qml, "qml", "testdata/soak/chat.qml", "the server document")
	flag.DurationVar(&c.duration, "duration", 10*time.Minute, "how long the load runs (after warm-up)")
	flag.IntVar(&c.conns, "conns", 10000, "well-behaved connections kept open (each closes after its lifetime and is replaced)")
	flag.DurationVar(&c.lifetime, "lifetime", 30*time.Second, "mean lifetime of a connection (uniform in [0.5, 1.5] times this)")
	flag.Float64Var(&c.rate, "rate", 10, "messages per second sent by random connections, broadcast to all")
	flag.IntVar(&c.size, "size", 64, "approximate size of a message in bytes")
	flag.Float64Var(&c.bad, "bad", 5, "misbehaving clients started per second")
	flag.DurationVar(&c.warmup, "warmup", 10*time.Second, "load before the start sample")
	flag.DurationVar(&c.settle, "settle", 10*time.Second, "wait after the load stops before the end sample")
	flag.DurationVar(&c.settleMax, "settle-max", 3*time.Minute, "then wait up to this long in all for RSS to come back")
	flag.IntVar(&c.maxBacklog, "max-backlog", 1<<20, "the server's slow-consumer bound in bytes")
	flag.IntVar(&c.ramp, "ramp", 500, "connections opened per second at the start")
	flag.StringVar(&c.timeout, "script-timeout", "", "the server's -script-timeout (default: qmlrun's, 1s)")
	flag.BoolVar(&c.verbose, "v", false, "print every failure")
	flag.Parse()
	// SIGINT or SIGTERM end the load early; the report follows and the
	// server is stopped.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := run(ctx, c, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "wssoak:", err)
		os.Exit(1)
	}
	if !rep.ok() {
		os.Exit(1)
	}
}

// raiseNoFile raises the soft limit on open files to the hard limit.
func raiseNoFile(need int) (uint64, error) {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		return 0, err
	}
	if rl.Cur < rl.Max {
		rl.Cur = rl.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
			return 0, err
		}
	}
	if rl.Cur < uint64(need) {
		return rl.Cur, fmt.Errorf("open files limit %d (hard %d) is below the %d needed: lower -conns", rl.Cur, rl.Max, need)
	}
	return rl.Cur, nil
}

// sample is the server's memory, threads and goroutines at one moment.
type sample struct {
	at         time.Duration
	rssKB      int
	threads    int
	goroutines int   // -1: the metrics endpoint did not answer
	cpuTicks   int64 // user+system, in clock ticks (100/s)
}

// serverSample reads the server's /proc status and its goroutine count
// from its metrics endpoint at metrics (host:port).
func serverSample(pid int, metrics string) sample {
	s, _ := readStatus(pid)
	s.goroutines = scrapeGoroutines(metrics)
	return s
}

// scrapeGoroutines reads go_goroutines from a qmlrun metrics endpoint, on
// a connection of its own (closed after, so that the scrape's goroutine
// on the server is counted the same way every time); -1 on failure.
func scrapeGoroutines(addr string) int {
	c := http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Get("http://" + addr + "/metrics")
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "go_goroutines "); ok {
			if n, err := strconv.Atoi(v); err == nil {
				return n
			}
		}
	}
	return -1
}

// freeAddr returns a loopback address with a port free at the moment.
func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func readStatus(pid int) (sample, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return sample{}, err
	}
	var s sample
	for _, l := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(l, ":")
		f := strings.Fields(v)
		if len(f) == 0 {
			continue
		}
		n, _ := strconv.Atoi(f[0])
		switch k {
		case "VmRSS":
			s.rssKB = n
		case "Threads":
			s.threads = n
		}
	}
	if b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid)); err == nil {
		// utime and stime, fields 14 and 15, after the command in parentheses
		if i := bytes.LastIndexByte(b, ')'); i > 0 {
			f := strings.Fields(string(b[i+1:]))
			if len(f) > 13 {
				u, _ := strconv.ParseInt(f[11], 10, 64)
				k, _ := strconv.ParseInt(f[12], 10, 64)
				s.cpuTicks = u + k
			}
		}
	}
	return s, nil
}

// stats counts what happened; every field is updated atomically.
type stats struct {
	opened, closedOK, verified   atomic.Int64
	connectFail, droppedNormal   atomic.Int64
	sent, ownBack, deliveries    atomic.Int64
	maxSeq                       atomic.Int64
	canaryEchoes, canaryMaxMs    atomic.Int64
	canaryMisses                 atomic.Int64
	badStarted                   [nBad]atomic.Int64
	badOK                        [nBad]atomic.Int64
	neverReadDropped             atomic.Int64
	neverReadThrottled           atomic.Int64
	neverReadClosed              atomic.Int64
	badNoConnect                 atomic.Int64
	failures                     atomic.Int64
	failMu                       sync.Mutex
	failSamples                  []string
	failKinds                    map[string]int // by format
	verbose                      bool
	contentMu                    sync.Mutex
	content                      map[int64]string // seq -> text, first seen
	contentChecked, contentFirst atomic.Int64
}

func (s *stats) fail(format string, args ...any) {
	s.failures.Add(1)
	msg := fmt.Sprintf(format, args...)
	s.failMu.Lock()
	if s.failKinds == nil {
		s.failKinds = map[string]int{}
	}
	s.failKinds[format]++
	if len(s.failSamples) < 20 {
		s.failSamples = append(s.failSamples, msg)
	}
	s.failMu.Unlock()
	if s.verbose {
		fmt.Fprintf(os.Stderr, "%s failure: %s\n", time.Now().Format("15:04:05.000"), msg)
	}
}

// checkContent records the text of seq the first time and compares it
// afterwards. Entries older than the oldest live client's welcome could be
// pruned; a 10-minute run at 10 msg/s keeps 6,000 short strings.
func (s *stats) checkContent(seq int64, text string) {
	s.contentMu.Lock()
	prev, ok := s.content[seq]
	if !ok {
		s.content[seq] = text
	}
	s.contentMu.Unlock()
	if ok {
		s.contentChecked.Add(1)
		if prev != text {
			s.fail("message %d: %q here, %q elsewhere", seq, text, prev)
		}
	} else {
		s.contentFirst.Add(1)
	}
	for {
		m := s.maxSeq.Load()
		if seq <= m || s.maxSeq.CompareAndSwap(m, seq) {
			break
		}
	}
}

type report struct {
	cfg                   config
	limit                 uint64
	baseline, start, end  sample
	peak                  sample
	samples               []sample
	st                    *stats
	serverClients         int
	serverDropped         int
	serverSeq             int64
	elapsed, settled      time.Duration
	rssOK, threadsOK, run bool
	goroutinesOK          bool
}

func (r *report) ok() bool {
	return r.run && r.rssOK && r.threadsOK && r.goroutinesOK && r.st.failures.Load() == 0 && r.st.canaryMisses.Load() == 0 && r.serverClients == 0
}

// dialer connects from a random loopback address (127.x.y.z): tens of
// thousands of connections opened and closed from 127.0.0.1 would run out
// of ephemeral ports (TIME_WAIT lasts a minute).
func dial(ctx context.Context, addr string, rcvbuf int) (net.Conn, *bufio.Reader, error) {
	d := ws.Dialer{
		Timeout: 30 * time.Second,
		NetDial: func(ctx context.Context, network, a string) (net.Conn, error) {
			local := &net.TCPAddr{IP: net.IPv4(127, byte(1+rand.IntN(254)), byte(rand.IntN(256)), byte(1+rand.IntN(254)))}
			nd := net.Dialer{LocalAddr: local}
			if rcvbuf > 0 {
				nd.Control = func(network, address string, c syscall.RawConn) error {
					var serr error
					c.Control(func(fd uintptr) {
						serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, rcvbuf)
					})
					return serr
				}
			}
			return nd.DialContext(ctx, network, a)
		},
	}
	c, br, _, err := d.Dial(ctx, "ws://"+addr+"/")
	if err != nil {
		return nil, nil, dialError{err}
	}
	if br == nil {
		br = bufio.NewReaderSize(c, 4096)
	}
	return c, br, nil
}

// dialError is a connection or handshake that did not succeed.
type dialError struct{ err error }

func (e dialError) Error() string { return "connect: " + e.err.Error() }

// readFrame reads one frame; continuation frames are not expected (the
// server never fragments).
func readFrame(r *bufio.Reader) (ws.Header, []byte, error) {
	h, err := ws.ReadHeader(r)
	if err != nil {
		return h, nil, err
	}
	if h.Length > 1<<24 {
		return h, nil, fmt.Errorf("frame of %d bytes", h.Length)
	}
	p := make([]byte, h.Length)
	_, err = io.ReadFull(r, p)
	return h, p, err
}

func writeText(c net.Conn, s string) error {
	return ws.WriteFrame(c, ws.MaskFrameInPlace(ws.NewTextFrame([]byte(s))))
}

func writeClose(c net.Conn, code ws.StatusCode) error {
	return ws.WriteFrame(c, ws.MaskFrameInPlace(ws.NewCloseFrame(ws.NewCloseFrameBody(code, ""))))
}

var welcomeRE = regexp.MustCompile(`^welcome (\d+)$`)

// client is a well-behaved connection: it checks the numbered messages it
// receives from its welcome on.
type client struct {
	id       int
	st       *stats
	c        net.Conn
	r        *bufio.Reader
	welcome  int64
	last     int64 // last number received
	sendMu   sync.Mutex
	sentN    int  // messages sent
	backN    int  // own messages seen back
	leaving  bool // "leave" sent
	canary   bool // answers are "echo:"
	echoes   chan string
	ownAhead []int // own message numbers sent, not yet seen back
}

// connect opens a client and reads its welcome.
func connect(ctx context.Context, addr string, id int, st *stats) (*client, error) {
	c, r, err := dial(ctx, addr, 0)
	if err != nil {
		return nil, err
	}
	c.SetReadDeadline(time.Now().Add(30 * time.Second))
	h, p, err := readFrame(r)
	if err != nil || h.OpCode != ws.OpText {
		c.Close()
		return nil, fmt.Errorf("no welcome: %v %v", h.OpCode, err)
	}
	m := welcomeRE.FindSubmatch(p)
	if m == nil {
		c.Close()
		return nil, fmt.Errorf("first message %q, want a welcome", p)
	}
	w, _ := strconv.ParseInt(string(m[1]), 10, 64)
	c.SetReadDeadline(time.Time{})
	return &client{id: id, st: st, c: c, r: r, welcome: w, last: w}, nil
}

// send sends message number n of this client.
func (cl *client) send(size int) error {
	cl.sendMu.Lock()
	defer cl.sendMu.Unlock()
	if cl.leaving {
		return nil
	}
	cl.sentN++
	cl.ownAhead = append(cl.ownAhead, cl.sentN)
	msg := fmt.Sprintf("m %d %d ", cl.id, cl.sentN)
	if pad := size - len(msg); pad > 0 {
		msg += strings.Repeat("x", pad)
	}
	cl.st.sent.Add(1)
	cl.c.SetWriteDeadline(time.Now().Add(30 * time.Second))
	return writeText(cl.c, msg)
}

func (cl *client) leave() error {
	cl.sendMu.Lock()
	defer cl.sendMu.Unlock()
	cl.leaving = true
	cl.c.SetWriteDeadline(time.Now().Add(30 * time.Second))
	return writeText(cl.c, "leave")
}

// readLoop reads until the connection ends, checking every numbered
// message; it returns nil after a complete leave (bye, close 1000).
func (cl *client) readLoop() error {
	st := cl.st
	for {
		h, p, err := readFrame(cl.r)
		if err != nil {
			return err
		}
		switch h.OpCode {
		case ws.OpClose:
			code := ws.StatusNoStatusRcvd
			if len(p) >= 2 {
				code = ws.StatusCode(binary.BigEndian.Uint16(p))
			}
			writeClose(cl.c, code)
			if code == ws.StatusPolicyViolation {
				st.droppedNormal.Add(1)
			}
			return fmt.Errorf("closed by the server with %d before bye", code)
		case ws.OpPing:
			cl.sendMu.Lock()
			ws.WriteFrame(cl.c, ws.MaskFrameInPlace(ws.NewPongFrame(p)))
			cl.sendMu.Unlock()
			continue
		case ws.OpText:
		default:
			continue
		}
		text := string(p)
		if cl.canary && strings.HasPrefix(text, "echo:") {
			cl.echoes <- text
			continue
		}
		if rest, ok := strings.CutPrefix(text, "bye "); ok {
			b, _ := strconv.ParseInt(rest, 10, 64)
			if b != cl.last {
				st.fail("client %d: bye %d after message %d (welcome %d): %d lost at the end", cl.id, b, cl.last, cl.welcome, b-cl.last)
			}
			cl.sendMu.Lock()
			if len(cl.ownAhead) > 0 {
				st.fail("client %d: %d of its messages never came back", cl.id, len(cl.ownAhead))
			}
			cl.sendMu.Unlock()
			// The close frame 1000 follows.
			h, p, err := readFrame(cl.r)
			if err != nil || h.OpCode != ws.OpClose || len(p) < 2 || binary.BigEndian.Uint16(p) != 1000 {
				st.fail("client %d: after bye: %v %q %v", cl.id, h.OpCode, p, err)
			}
			writeClose(cl.c, 1000)
			st.verified.Add(1)
			return nil
		}
		num, body, ok := strings.Cut(text, " ")
		seq, err := strconv.ParseInt(num, 10, 64)
		if !ok || err != nil {
			st.fail("client %d: unexpected message %q", cl.id, text)
			continue
		}
		if seq != cl.last+1 {
			st.fail("client %d: message %d after %d (welcome %d)", cl.id, seq, cl.last, cl.welcome)
		}
		cl.last = seq
		st.deliveries.Add(1)
		st.checkContent(seq, body)
		// Own messages: "m ID N pad".
		if f := strings.SplitN(body, " ", 4); len(f) >= 3 && f[0] == "m" && f[1] == strconv.Itoa(cl.id) {
			n, _ := strconv.Atoi(f[2])
			cl.sendMu.Lock()
			if len(cl.ownAhead) == 0 || cl.ownAhead[0] != n {
				st.fail("client %d: own message %d came back, expected %v", cl.id, n, cl.ownAhead[:min(1, len(cl.ownAhead))])
			} else {
				cl.ownAhead = cl.ownAhead[1:]
			}
			cl.sendMu.Unlock()
			st.ownBack.Add(1)
		}
	}
}

// run runs the soak and prints the report to w.
func run(ctx context.Context, cfg config, w io.Writer) (*report, error) {
	rep := &report{cfg: cfg, st: &stats{content: map[int64]string{}}}
	st := rep.st
	st.verbose = cfg.verbose
	neverReadHold = min(20*time.Second, cfg.duration/3)
	limit, err := raiseNoFile(cfg.conns + 1000)
	if err != nil {
		return nil, err
	}
	rep.limit = limit
	bin := cfg.qmlrun
	if bin == "" {
		dir, err := os.MkdirTemp("", "wssoak")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		bin = dir + "/qmlrun"
		out, err := exec.Command("go", "build", "-o", bin, "github.com/qmlrun/qmlrun/cmd/qmlrun").CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("building qmlrun: %v\n%s", err, out)
		}
	}
	metrics, err := freeAddr()
	if err != nil {
		return nil, err
	}
	args := []string{"--metrics", metrics, cfg.qml, "--", "0", strconv.Itoa(cfg.maxBacklog)}
	if cfg.timeout != "" {
		args = append([]string{"-script-timeout", cfg.timeout}, args...)
	}
	srv := exec.Command(bin, args...)
	srv.Stderr = os.Stderr
	stdout, err := srv.StdoutPipe()
	if err != nil {
		return nil, err
	}
	srv.Stderr = srv.Stdout // console.log goes to stderr
	if err := srv.Start(); err != nil {
		return nil, err
	}
	srvDone := make(chan error, 1)
	go func() { srvDone <- srv.Wait() }()
	defer func() {
		srv.Process.Signal(syscall.SIGTERM)
		select {
		case <-srvDone:
		case <-time.After(10 * time.Second):
			srv.Process.Kill()
		}
	}()
	addrCh := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		re := regexp.MustCompile(`ws://(127\.0\.0\.1:\d+)`)
		sent := false
		for sc.Scan() {
			if m := re.FindStringSubmatch(sc.Text()); m != nil && !sent {
				addrCh <- m[1]
				sent = true
			} else {
				fmt.Fprintln(os.Stderr, "server:", sc.Text())
			}
		}
	}()
	var addr string
	select {
	case addr = <-addrCh:
	case err := <-srvDone:
		return nil, fmt.Errorf("server exited: %v", err)
	case <-time.After(30 * time.Second):
		return nil, errors.New("server did not print its url")
	}
	pid := srv.Process.Pid
	rep.baseline = serverSample(pid, metrics)
	t0 := time.Now()
	fmt.Fprintf(w, "wssoak: server pid %d at ws://%s; %d connections, lifetime %v, %.0f msg/s of %d bytes, %.0f misbehaving/s, %v (+%v warm-up)\n",
		pid, addr, cfg.conns, cfg.lifetime, cfg.rate, cfg.size, cfg.bad, cfg.duration, cfg.warmup)

	loadCtx, stopLoad := context.WithCancel(ctx)
	defer stopLoad()
	var wg sync.WaitGroup

	// Canary.
	canaryDone := make(chan struct{})
	{
		cl, err := connect(ctx, addr, 0, st)
		if err != nil {
			return nil, fmt.Errorf("canary: %v", err)
		}
		cl.canary = true
		cl.echoes = make(chan string, 16)
		readErr := make(chan error, 1)
		go func() { readErr <- cl.readLoop() }()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(canaryDone)
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			for n := 1; ; n++ {
				select {
				case <-loadCtx.Done():
					cl.leave()
					select {
					case err := <-readErr:
						if err != nil {
							st.fail("canary: %v", err)
						}
					case <-time.After(30 * time.Second):
						st.fail("canary: no bye")
					}
					cl.c.Close()
					return
				case <-tick.C:
				}
				probe := fmt.Sprintf("echo:%d", n)
				sent := time.Now()
				cl.sendMu.Lock()
				cl.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
				err := writeText(cl.c, probe)
				cl.sendMu.Unlock()
				if err != nil {
					st.canaryMisses.Add(1)
					st.fail("canary: write: %v", err)
					return
				}
				// Wait for this probe's echo; echoes of earlier probes that
				// missed their 5 s arrive first and are skipped.
				timeout := time.After(5 * time.Second)
			wait:
				for {
					select {
					case got := <-cl.echoes:
						if got != probe {
							if late, _ := strconv.Atoi(strings.TrimPrefix(got, "echo:")); late < n {
								continue // a late echo, already counted as missed
							}
							st.fail("canary: %q for %q", got, probe)
						}
						ms := time.Since(sent).Milliseconds()
						for {
							m := st.canaryMaxMs.Load()
							if ms <= m || st.canaryMaxMs.CompareAndSwap(m, ms) {
								break
							}
						}
						st.canaryEchoes.Add(1)
						break wait
					case err := <-readErr:
						st.canaryMisses.Add(1)
						st.fail("canary: connection ended: %v", err)
						return
					case <-timeout:
						st.canaryMisses.Add(1)
						st.fail("canary: no echo of %s within 5s", probe)
						break wait
					}
				}
			}
		}()
	}

	// Well-behaved churning clients: -conns slots, each reconnecting.
	var live sync.Map // id -> *client
	var nextID atomic.Int64
	nextID.Store(1)
	openSlot := func(first bool) {
		defer wg.Done()
		for loadCtx.Err() == nil {
			id := int(nextID.Add(1))
			cl, err := connect(loadCtx, addr, id, st)
			if err != nil {
				if loadCtx.Err() == nil {
					st.connectFail.Add(1)
					if st.connectFail.Load() <= 5 || cfg.verbose {
						fmt.Fprintf(os.Stderr, "wssoak: connect: %v\n", err)
					}
					time.Sleep(time.Second)
				}
				continue
			}
			st.opened.Add(1)
			live.Store(id, cl)
			life := time.Duration((0.5 + rand.Float64()) * float64(cfg.lifetime))
			if first {
				// Spread the first generation's departures.
				life = time.Duration(rand.Float64() * 1.5 * float64(cfg.lifetime))
				first = false
			}
			readErr := make(chan error, 1)
			go func() { readErr <- cl.readLoop() }()
			timer := time.NewTimer(life)
			select {
			case <-timer.C:
			case <-loadCtx.Done():
				timer.Stop()
			case err := <-readErr:
				// Dropped by the server (1008 when it fell behind).
				timer.Stop()
				live.Delete(id)
				st.fail("client %d: connection ended while connected: %v", id, err)
				cl.c.Close()
				continue
			}
			live.Delete(id)
			if err := cl.leave(); err != nil {
				st.fail("client %d: leave: %v", id, err)
			}
			cl.c.SetReadDeadline(time.Now().Add(60 * time.Second))
			if err := <-readErr; err != nil {
				st.fail("client %d: leaving: %v", id, err)
			} else {
				st.closedOK.Add(1)
			}
			cl.c.Close()
		}
	}
	// Open the first generation at a bounded pace.
	ramp := max(cfg.ramp, 10)
	for i := 0; i < cfg.conns; i++ {
		wg.Add(1)
		go openSlot(true)
		if i%(ramp/10) == ramp/10-1 {
			time.Sleep(100 * time.Millisecond)
		}
	}

	// Senders: random live clients send numbered messages.
	wg.Add(1)
	go func() {
		defer wg.Done()
		if cfg.rate <= 0 {
			return
		}
		tick := time.NewTicker(time.Duration(float64(time.Second) / cfg.rate))
		defer tick.Stop()
		var ids []*client
		refresh := time.Now()
		for {
			select {
			case <-loadCtx.Done():
				return
			case <-tick.C:
			}
			if time.Since(refresh) > time.Second || len(ids) == 0 {
				ids = ids[:0]
				live.Range(func(_, v any) bool { ids = append(ids, v.(*client)); return true })
				refresh = time.Now()
			}
			if len(ids) == 0 {
				continue
			}
			cl := ids[rand.IntN(len(ids))]
			go func() {
				if err := cl.send(cfg.size); err != nil && loadCtx.Err() == nil {
					// The client may be leaving at the same moment: its
					// leave reports a real failure.
				}
			}()
		}
	}()

	// Misbehaving clients.
	wg.Add(1)
	go func() {
		defer wg.Done()
		if cfg.bad <= 0 {
			return
		}
		tick := time.NewTicker(time.Duration(float64(time.Second) / cfg.bad))
		defer tick.Stop()
		for k := 0; ; k++ {
			select {
			case <-loadCtx.Done():
				return
			case <-tick.C:
			}
			kind := k % nBad
			st.badStarted[kind].Add(1)
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := misbehave(loadCtx, addr, kind, k, st)
				var de dialError
				switch {
				case errors.As(err, &de):
					st.badNoConnect.Add(1)
				case err != nil && loadCtx.Err() == nil:
					st.fail("%s client: %v", badNames[kind], err)
				case err == nil:
					st.badOK[kind].Add(1)
				}
			}()
		}
	}()

	// Warm-up, then the start sample; samples every 30 s.
	warm := time.NewTimer(cfg.warmup)
	select {
	case <-warm.C:
	case err := <-srvDone:
		return nil, fmt.Errorf("server exited during warm-up: %v", err)
	}
	rep.start = serverSample(pid, metrics)
	rep.start.at = time.Since(t0)
	rep.peak = rep.start
	self0, _ := readStatus(os.Getpid())
	selfPrev := self0.cpuTicks
	fmt.Fprintf(w, "start (after %v warm-up): %d open, RSS %d KiB, %d threads, %d goroutines\n", cfg.warmup, countLive(&live), rep.start.rssKB, rep.start.threads, rep.start.goroutines)
	end := time.After(cfg.duration)
	every := time.NewTicker(30 * time.Second)
	if cfg.duration < 2*time.Minute {
		every.Reset(cfg.duration / 4)
	}
	rep.run = true
loop:
	for {
		select {
		case <-end:
			break loop
		case <-ctx.Done():
			st.fail("interrupted after %v", time.Since(t0).Round(time.Second))
			break loop
		case err := <-srvDone:
			rep.run = false
			st.fail("server exited: %v", err)
			break loop
		case <-every.C:
			s := serverSample(pid, metrics)
			s.at = time.Since(t0)
			prev := rep.start
			if len(rep.samples) > 0 {
				prev = rep.samples[len(rep.samples)-1]
			}
			cpu := float64(s.cpuTicks-prev.cpuTicks) / (s.at - prev.at).Seconds() // ticks/s = percent
			self, _ := readStatus(os.Getpid())
			selfCPU := float64(self.cpuTicks-selfPrev) / (s.at - prev.at).Seconds()
			selfPrev = self.cpuTicks
			rep.samples = append(rep.samples, s)
			rep.peak.rssKB = max(rep.peak.rssKB, s.rssKB)
			rep.peak.threads = max(rep.peak.threads, s.threads)
			rep.peak.goroutines = max(rep.peak.goroutines, s.goroutines)
			fmt.Fprintf(w, "  %6.0fs: %5d open, %7d opened, %9d deliveries, seq %6d, server RSS %6d KiB, %3d threads, %3d goroutines, CPU %3.0f%% (wssoak %3.0f%%), canary max %d ms, connect failures %d, failures %d\n",
				s.at.Seconds(), countLive(&live), st.opened.Load(), st.deliveries.Load(), st.maxSeq.Load(), s.rssKB, s.threads, s.goroutines, cpu, selfCPU, st.canaryMaxMs.Load(), st.connectFail.Load(), st.failures.Load())
		}
	}
	every.Stop()
	stopLoad()
	waitCh := make(chan struct{})
	go func() { wg.Wait(); close(waitCh) }()
	select {
	case <-waitCh:
	case <-time.After(2 * time.Minute):
		st.fail("clients did not finish within 2 minutes of the end of the load")
	}
	<-canaryDone
	if cfg.verbose {
		fmt.Fprintf(os.Stderr, "load stopped, clients done after %v\n", time.Since(t0).Round(time.Second))
	}
	// Load stopped: let the server settle, then the end sample and its
	// own count of clients.
	rep.end, rep.settled = settle(addr, pid, metrics, cfg, rep.start)
	rep.end.at = time.Since(t0)
	if rep.run {
		if err := serverStats(addr, rep); err != nil {
			st.fail("stats: %v", err)
			rep.serverClients = -1
		}
	}
	rep.elapsed = time.Since(t0)
	rep.rssOK = rep.end.rssKB <= rep.start.rssKB*110/100
	// Go keeps the OS threads it started (idle ones are parked, not
	// ended), and with a handful of threads 10% is less than one: allow
	// two more threads than the start.
	rep.threadsOK = rep.end.threads <= max(rep.start.threads*110/100, rep.start.threads+2)
	// A server has a handful of goroutines (the loop, signals, the metrics
	// endpoint and the scrape it serves, a timer's callback at times): 10%
	// or one more than the start.
	rep.goroutinesOK = rep.start.goroutines > 0 && rep.end.goroutines > 0 &&
		rep.end.goroutines <= max(rep.start.goroutines*110/100, rep.start.goroutines+1)
	rep.print(w)
	return rep, nil
}

// settle waits -settle, then until the server's RSS is back within 10% of
// start or -settle-max has passed. Meanwhile one client exchanges 32 KiB
// echo messages with the server, about 4 MB/s: an idle Go program does
// not run its garbage collector (until the forced collection every two
// minutes), so memory freed when the load stopped would otherwise stay
// counted in RSS; light traffic lets the collector run and the runtime
// return free pages, as it would in a server that goes on working.
func settle(addr string, pid int, metrics string, cfg config, start sample) (sample, time.Duration) {
	t := time.Now()
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, r, err := dial(context.Background(), addr, 0)
		if err != nil {
			return
		}
		defer c.Close()
		msg := "echo:" + strings.Repeat("s", 32<<10)
		tick := time.NewTicker(8 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				writeText(c, "leave")
				c.SetReadDeadline(time.Now().Add(10 * time.Second))
				for {
					if h, _, err := readFrame(r); err != nil || h.OpCode == ws.OpClose {
						writeClose(c, 1000)
						return
					}
				}
			case <-tick.C:
			}
			c.SetDeadline(time.Now().Add(10 * time.Second))
			if writeText(c, msg) != nil {
				return
			}
			for {
				h, p, err := readFrame(r)
				if err != nil {
					return
				}
				if h.OpCode == ws.OpText && strings.HasPrefix(string(p), "echo:") {
					break
				}
			}
		}
	}()
	var s sample
	for {
		time.Sleep(time.Second)
		s, _ = readStatus(pid)
		if d := time.Since(t); d >= cfg.settle && (s.rssKB <= start.rssKB*110/100 || d >= cfg.settleMax) {
			break
		}
	}
	close(stop)
	<-done
	time.Sleep(500 * time.Millisecond)
	return serverSample(pid, metrics), time.Since(t)
}

func countLive(m *sync.Map) int {
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	return n
}

// serverStats asks the server for its count of clients (the stats
// connection itself is one).
func serverStats(addr string, rep *report) error {
	c, r, err := dial(context.Background(), addr, 0)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, _, err := readFrame(r); err != nil { // welcome
		return err
	}
	if err := writeText(c, "stats"); err != nil {
		return err
	}
	_, p, err := readFrame(r)
	if err != nil {
		return err
	}
	var s struct {
		Clients, Dropped int
		Seq              int64
	}
	if err := json.Unmarshal(p, &s); err != nil {
		return fmt.Errorf("%q: %v", p, err)
	}
	rep.serverClients, rep.serverDropped, rep.serverSeq = s.Clients-1, s.Dropped, s.Seq
	writeClose(c, 1000)
	return nil
}

// Misbehaving clients.
const (
	badMalformed = iota
	badNeverRead
	badMidFrame
	badHandshake
	nBad
)

var badNames = [nBad]string{"malformed-frame", "never-read", "mid-frame-disconnect", "garbage-handshake"}

func maskedHeader(fin bool, op ws.OpCode, n int) []byte {
	b0 := byte(op)
	if fin {
		b0 |= 0x80
	}
	h := []byte{b0}
	switch {
	case n < 126:
		h = append(h, 0x80|byte(n))
	case n <= 0xffff:
		h = append(h, 0x80|126)
		h = binary.BigEndian.AppendUint16(h, uint16(n))
	default:
		h = append(h, 0x80|127)
		h = binary.BigEndian.AppendUint64(h, uint64(n))
	}
	return append(h, 0, 0, 0, 0) // a zero mask: the payload goes as it is
}

// neverReadHold is how long a never-read client writes before it reads
// what came back (shorter in short runs: set by run).
var neverReadHold = 20 * time.Second

// misbehave runs one misbehaving client of the given kind.
func misbehave(ctx context.Context, addr string, kind, k int, st *stats) error {
	switch kind {
	case badHandshake:
		c, err := net.DialTimeout("tcp", addr, 30*time.Second)
		if err != nil {
			return dialError{err}
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(30 * time.Second))
		reqs := []string{
			"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n",
			"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n",
			"POST / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
		}
		io.WriteString(c, reqs[k/nBad%len(reqs)])
		b, err := io.ReadAll(c)
		if err != nil && len(b) == 0 {
			return err
		}
		if !regexp.MustCompile(`^HTTP/1\.1 4\d\d `).Match(b) {
			return fmt.Errorf("answer %q", b[:min(len(b), 40)])
		}
		return nil
	case badMalformed:
		c, r, err := dial(ctx, addr, 0)
		if err != nil {
			return err
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(30 * time.Second))
		cases := []struct {
			frame []byte
			code  int
		}{
			{[]byte{0x81, 0x02, 'h', 'i'}, 1002},                         // unmasked
			{append(maskedHeader(true, 3, 1), 'x'), 1002},                // reserved opcode
			{append(maskedHeader(true, ws.OpText, 2), 0xff, 0xfe), 1007}, // invalid UTF-8
			{maskedHeader(false, ws.OpPing, 0), 1002},                    // fragmented control frame
			{append(maskedHeader(true, ws.OpContinuation, 1), 'x'), 1002},
		}
		cs := cases[k/nBad%len(cases)]
		if _, err := c.Write(cs.frame); err != nil {
			return err
		}
		// Broadcasts may come first; then the close frame and EOF.
		for {
			h, p, err := readFrame(r)
			if err != nil {
				return fmt.Errorf("no close frame: %v", err)
			}
			if h.OpCode != ws.OpClose {
				continue
			}
			if len(p) < 2 || int(binary.BigEndian.Uint16(p)) != cs.code {
				return fmt.Errorf("close %x, want %d", p, cs.code)
			}
			break
		}
		if _, err := r.ReadByte(); err != io.EOF {
			return fmt.Errorf("connection not closed after the close frame: %v", err)
		}
		return nil
	case badMidFrame:
		c, _, err := dial(ctx, addr, 0)
		if err != nil {
			return err
		}
		frame := append(maskedHeader(true, ws.OpText, 1000), bytes.Repeat([]byte("y"), 10)...)
		c.Write(frame)
		time.Sleep(time.Duration(rand.IntN(200)) * time.Millisecond)
		if k/nBad%2 == 0 {
			c.(*net.TCPConn).SetLinger(0) // RST
		}
		return c.Close()
	case badNeverRead:
		// A small receive buffer, echo requests as fast as the socket
		// takes them, never a read: the server must stop reading from it
		// (its queue over 8 MiB) or drop it (over -max-backlog: 1008).
		c, r, err := dial(ctx, addr, 4096)
		if err != nil {
			return err
		}
		defer c.Close()
		msg := []byte("echo:" + strings.Repeat("z", 16<<10))
		frame := append(maskedHeader(true, ws.OpText, len(msg)), msg...)
		hold := time.Now().Add(neverReadHold)
		pending := frame
		for time.Now().Before(hold) && ctx.Err() == nil {
			c.SetWriteDeadline(time.Now().Add(500 * time.Millisecond))
			n, err := c.Write(pending)
			pending = pending[n:]
			if len(pending) == 0 {
				pending = frame
			}
			if err != nil {
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					continue // throttled: the server stopped reading
				}
				break // dropped: the server closed
			}
		}
		// Now read what is there: a 1008 close frame if it was dropped.
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		for {
			h, p, err := readFrame(r)
			if err != nil {
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					st.neverReadThrottled.Add(1) // still open, reading paused
				} else {
					// Closed by the server; its close frame, behind the
					// unread backlog, was dropped when the linger ended.
					st.neverReadClosed.Add(1)
				}
				return nil
			}
			if h.OpCode == ws.OpClose {
				if len(p) >= 2 && binary.BigEndian.Uint16(p) == 1008 {
					st.neverReadDropped.Add(1)
					return nil
				}
				return fmt.Errorf("close %x, want 1008", p)
			}
		}
	}
	return nil
}

func (r *report) print(w io.Writer) {
	st := r.st
	c := r.cfg
	pass := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "FAIL"
	}
	fmt.Fprintf(w, "\nwssoak report: %v of load (+%v warm-up), %d connections kept (open files limit %d), lifetime %v, %.0f msg/s of %d bytes, %.0f misbehaving clients/s\n",
		c.duration, c.warmup, c.conns, r.limit, c.lifetime, c.rate, c.size, c.bad)
	fmt.Fprintf(w, "connections: %d opened, %d left cleanly with every message checked (+ canary), %d connect failures, %d dropped by the server\n",
		st.opened.Load(), st.verified.Load(), st.connectFail.Load(), st.droppedNormal.Load())
	fmt.Fprintf(w, "messages: %d sent, %d accepted (last number %d), %d deliveries checked in order, %d own messages back to their sender, text of %d messages compared %d times\n",
		st.sent.Load(), r.serverSeq, st.maxSeq.Load(), st.deliveries.Load(), st.ownBack.Load(), st.contentFirst.Load(), st.contentChecked.Load())
	fmt.Fprintf(w, "canary: %d echoes, worst %d ms, %d missed\n", st.canaryEchoes.Load(), st.canaryMaxMs.Load(), st.canaryMisses.Load())
	for k := 0; k < nBad; k++ {
		fmt.Fprintf(w, "misbehaving %-21s %6d started, %6d as expected\n", badNames[k]+":", st.badStarted[k].Load(), st.badOK[k].Load())
	}
	fmt.Fprintf(w, "misbehaving clients that could not connect within 30 s: %d\n", st.badNoConnect.Load())
	fmt.Fprintf(w, "never-read clients: %d dropped with 1008, %d closed (the close frame behind the unread backlog), %d throttled (still open, not read by the server)\n",
		st.neverReadDropped.Load(), st.neverReadClosed.Load(), st.neverReadThrottled.Load())
	fmt.Fprintf(w, "server: %d slow consumers dropped; %d clients left in its broadcast after the load (%s)\n", r.serverDropped, r.serverClients, pass(r.serverClients == 0))
	fmt.Fprintf(w, "end sample %v after the load stopped\n", r.settled.Round(time.Second))
	fmt.Fprintf(w, "server RSS:     baseline %d KiB, start %d KiB, peak %d KiB, end %d KiB (%+.1f%% of start: %s)\n",
		r.baseline.rssKB, r.start.rssKB, r.peak.rssKB, r.end.rssKB, pct(r.end.rssKB, r.start.rssKB), pass(r.rssOK))
	fmt.Fprintf(w, "server threads: baseline %d, start %d, peak %d, end %d (%+.1f%% of start: %s)\n",
		r.baseline.threads, r.start.threads, r.peak.threads, r.end.threads, pct(r.end.threads, r.start.threads), pass(r.threadsOK))
	fmt.Fprintf(w, "server goroutines: baseline %d, start %d, peak %d, end %d (%+.1f%% of start: %s)\n",
		r.baseline.goroutines, r.start.goroutines, r.peak.goroutines, r.end.goroutines, pct(r.end.goroutines, r.start.goroutines), pass(r.goroutinesOK))
	fmt.Fprintf(w, "checks: delivery (every accepted message, in order, to every client connected over its lifetime), canary, misbehaving clients' outcomes, RSS, threads and goroutines back within 10%% of the start, no client left in the server\n")
	fmt.Fprintf(w, "failures: %d\n", st.failures.Load())
	for k, n := range st.failKinds {
		fmt.Fprintf(w, "  %6d × %s\n", n, k)
	}
	fmt.Fprintln(w, "  first ones:")
	for _, f := range st.failSamples {
		fmt.Fprintln(w, "    ", f)
	}
	fmt.Fprintf(w, "result: %s (%v)\n", map[bool]string{true: "PASS", false: "FAIL"}[r.ok()], r.elapsed.Round(time.Second))
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a-b) / float64(b)
}
