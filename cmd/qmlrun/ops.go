package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// opsFlags are the operator's settings of `qmlrun FILE`: server limits,
// structured logs, metrics, draining and reloading.
type opsFlags struct {
	ws           wsbinding.Options
	origins      string
	logFormat    string
	metrics      string
	watch        bool
	drainTimeout time.Duration
}

func (f *opsFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.ws.MaxConnections, "max-connections", 0, "open connections per server; more get HTTP 503 (0: no limit)")
	fs.StringVar(&f.origins, "allowed-origins", "", "comma-separated Origins allowed to connect; others get HTTP 403 (empty: all)")
	fs.IntVar(&f.ws.MaxHeaderSize, "max-header-size", wsbinding.DefaultMaxHeaderSize, "bytes of a handshake request; more get HTTP 431")
	fs.DurationVar(&f.ws.IdleTimeout, "idle-timeout", 0, "ping a connection silent this long, close it (1001) if it stays silent as long again (0: never)")
	fs.IntVar(&f.ws.MaxBufferedAmount, "max-buffered-amount", wsbinding.DefaultMaxBufferedAmount, "bytes queued for one connection before sends are refused")
	fs.IntVar(&f.ws.MaxBufferedMessages, "max-buffered-messages", wsbinding.DefaultMaxBufferedMessages, "messages queued for one connection before sends are refused")
	fs.DurationVar(&f.ws.BufferFullTimeout, "buffer-full-timeout", wsbinding.DefaultBufferFullTimeout, "a connection whose queue stays full this long is closed with 1008")
	fs.DurationVar(&f.ws.HandshakeTimeout, "handshake-timeout", 10*time.Second, "drop a connection whose handshake (TLS and HTTP) takes longer")
	fs.IntVar(&f.ws.MaxPendingConnections, "max-pending-connections", 0, "connections in their handshake per server; more are closed at once (default: 30 on QmlRun.WebSockets' server, no limit on Qt's)")
	fs.StringVar(&f.logFormat, "log-format", "", "structured logs on stderr: text or json (default: none)")
	fs.StringVar(&f.metrics, "metrics", "", "serve Prometheus metrics on http://ADDR/metrics")
	fs.BoolVar(&f.watch, "watch", false, "reload the document when it changes or on SIGHUP")
	fs.DurationVar(&f.drainTimeout, "drain-timeout", 5*time.Second, "on SIGTERM/SIGINT or a reload, how long to wait for connections to close")
}

// setup completes the options from the flags: the logger, and the
// metrics endpoint (started here).
func (f *opsFlags) setup(opts *runtime.Options, stderr io.Writer) error {
	if f.origins != "" {
		for _, o := range strings.Split(f.origins, ",") {
			if o = strings.TrimSpace(o); o != "" {
				f.ws.AllowedOrigins = append(f.ws.AllowedOrigins, o)
			}
		}
	}
	switch f.logFormat {
	case "":
	case "text":
		opts.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	case "json":
		opts.Logger = slog.New(slog.NewJSONHandler(stderr, nil))
	default:
		return fmt.Errorf("--log-format %q: want text or json", f.logFormat)
	}
	if f.metrics != "" {
		f.ws.Metrics = &wsbinding.Metrics{}
		opts.CallStats = &runtime.CallStats{}
		l, err := net.Listen("tcp", f.metrics)
		if err != nil {
			return fmt.Errorf("--metrics: %w", err)
		}
		mux := http.NewServeMux()
		ws, calls := f.ws.Metrics, opts.CallStats
		mux.HandleFunc("/metrics", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
			writeMetrics(w, ws, calls)
		})
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
		go srv.Serve(l)
	}
	return nil
}

// writeMetrics writes the counters in Prometheus' text format.
func writeMetrics(w io.Writer, m *wsbinding.Metrics, calls *runtime.CallStats) {
	metric := func(name, typ, help string, samples ...string) {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
		for _, s := range samples {
			fmt.Fprintf(w, "%s%s\n", name, s)
		}
	}
	v := func(n int64) string { return fmt.Sprintf(" %d", n) }
	metric("qmlrun_websocket_connections_open", "gauge", "WebSocket connections open (server and client side, handshakes included).", v(m.Open.Load()))
	metric("qmlrun_websocket_connections_accepted_total", "counter", "TCP connections accepted by WebSocket servers.", v(m.Accepted.Load()))
	metric("qmlrun_websocket_connections_closed_total", "counter", "WebSocket connections closed.", v(m.Closed.Load()))
	metric("qmlrun_websocket_messages_received_total", "counter", "WebSocket messages received.", v(m.MessagesIn.Load()))
	metric("qmlrun_websocket_messages_sent_total", "counter", "WebSocket messages queued for sending.", v(m.MessagesOut.Load()))
	metric("qmlrun_websocket_bytes_received_total", "counter", "Bytes read from WebSocket sockets.", v(m.BytesIn.Load()))
	metric("qmlrun_websocket_bytes_sent_total", "counter", "Bytes written to WebSocket sockets.", v(m.BytesOut.Load()))
	metric("qmlrun_websocket_queued_bytes", "gauge", "Bytes waiting in write queues at the end of the last loop turn.", v(m.Queued.Load()))
	metric("qmlrun_websocket_refused_sends_total", "counter", "Messages refused because the write queue was full.", v(m.RefusedSends.Load()))
	var fails []string
	for i, r := range wsbinding.FailureReasons {
		fails = append(fails, fmt.Sprintf("{reason=%q} %d", r, m.HandshakeFailures[i].Load()))
	}
	metric("qmlrun_websocket_handshake_failures_total", "counter", "Connections that failed before becoming WebSockets, by reason.", fails...)
	metric("qmlrun_websocket_limit_closes_total", "counter", "Connections closed by this side for a limit or a protocol error, by reason.",
		fmt.Sprintf("{reason=\"buffer_full\"} %d", m.BufferFullCloses.Load()),
		fmt.Sprintf("{reason=\"idle\"} %d", m.IdleCloses.Load()),
		fmt.Sprintf("{reason=\"message_too_big\"} %d", m.TooBigCloses.Load()),
		fmt.Sprintf("{reason=\"protocol_error\"} %d", m.ProtocolCloses.Load()))
	// Goroutines of the whole process, for the soak test's check that a
	// server's count comes back after a load: connections cost none (the
	// event loop watches their descriptors), so a leak shows here.
	metric("go_goroutines", "gauge", "Number of goroutines that currently exist.", v(int64(goruntime.NumGoroutine())))
	metric("qmlrun_js_handler_seconds", "summary", "Time spent in JavaScript (handlers, bindings, callbacks), per outermost call.",
		fmt.Sprintf("_sum %g", float64(calls.Nanos.Load())/1e9), fmt.Sprintf("_count %d", calls.Calls.Load()))
}

// drain closes every connection of the engine's servers with code and
// reason, waits for them (at most timeout), then stops the engine.
func drain(e *runtime.Engine, code int, reason string, timeout time.Duration) {
	e.Post(func() { wsbinding.Drain(e, code, reason, timeout, func() { e.Quit(0) }) })
}

// runWithSignals runs the engine; SIGINT or SIGTERM shut it down gracefully
// (every WebSocket closed with 1001 within the drain timeout, exit status
// 0), a second signal exits at once.
func runWithSignals(e *runtime.Engine, sigs chan os.Signal, timeout time.Duration) int {
	go func() {
		if _, ok := <-sigs; !ok {
			return
		}
		drain(e, 1001, "", timeout)
		if _, ok := <-sigs; ok {
			os.Exit(130)
		}
	}()
	return e.Run()
}

// runWatch runs the document and reloads it when its file changes or on
// SIGHUP: the running engine's connections are closed with 1012 "service
// restart", it stops, and a new engine loads the document. A document that
// fails its check is reported and the running one goes on (if none runs,
// qmlrun waits for the next change). A document that quits by itself ends
// qmlrun with its exit code.
func runWatch(file string, newEng func() (*runtime.Engine, error), sigs chan os.Signal, stderr io.Writer, timeout time.Duration) int {
	changed := make(chan struct{}, 1)
	// The first stamp is taken here, before anything runs: taken by the
	// polling goroutine, it could miss an edit made before that goroutine
	// got to run.
	go pollFile(file, fileStamp(file), changed)
	for {
		e, err := newEng()
		if err == nil {
			err = e.Load(file)
		}
		if err != nil {
			fmt.Fprintln(stderr, err)
			if !waitChange(sigs, changed) {
				return 0
			}
			continue
		}
		done := make(chan int, 1)
		go func() { done <- e.Run() }()
	wait:
		for {
			select {
			case rc := <-done:
				return rc
			case sig := <-sigs:
				if sig != syscall.SIGHUP {
					drain(e, 1001, "", timeout)
					go func() {
						if _, ok := <-sigs; ok {
							os.Exit(130)
						}
					}()
					return <-done
				}
			case <-changed:
			}
			// Reload: check the new document first, so that a broken edit
			// keeps the running server.
			c, err := newEng()
			if err == nil {
				err = c.Check(file)
			}
			if err != nil {
				fmt.Fprintln(stderr, err)
				continue wait
			}
			drain(e, 1012, "service restart", timeout)
			<-done
			break
		}
	}
}

// waitChange waits for a change of the document or SIGHUP; false for
// another signal.
func waitChange(sigs chan os.Signal, changed chan struct{}) bool {
	select {
	case sig := <-sigs:
		return sig == syscall.SIGHUP
	case <-changed:
		return true
	}
}

// fileStamp is a file's modification time and size ("" if it is missing).
func fileStamp(file string) string {
	st, err := os.Stat(file)
	if err != nil {
		return ""
	}
	return fmt.Sprint(st.ModTime().UnixNano(), st.Size())
}

// pollFile signals when the file's stamp differs from last, checking every
// 500 ms.
func pollFile(file, last string, changed chan struct{}) {
	for range time.Tick(500 * time.Millisecond) {
		if s := fileStamp(file); s != last && s != "" {
			last = s
			select {
			case changed <- struct{}{}:
			default:
			}
		}
	}
}
