// Command wsbench measures WebSocket echo servers: throughput and latency
// with every echoed byte and the order checked, against reference servers
// measured in the same run.
//
//	wsbench echo -url ws://127.0.0.1:8080 -conns 100 -size 64 -inflight 1 -duration 5s
//	wsbench serve                     # a plain gobwas/ws echo server (the reference)
//	wsbench compare -rounds 3 \
//	    -server 'gobwas=wsbench serve' \
//	    -server 'qmlrun=qmlrun testdata/examples/echo-server.qml -- 0' \
//	    -server 'node=node testdata/interop/node-server.js'
//
// compare starts each server command, reads the URL (or bare port) it
// prints, runs the echo load against it, stops it, and repeats the servers
// in interleaved rounds; it prints each server's median and its ratio to the
// first server. Pin processes to cores with taskset for stable numbers.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobwas/httphead"
	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsflate"
	"github.com/gobwas/ws/wsutil"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: wsbench echo|serve|compare [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "echo":
		err = cmdEcho(os.Args[2:])
	case "serve":
		err = cmdServe(os.Args[2:])
	case "compare":
		err = cmdCompare(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wsbench:", err)
		os.Exit(1)
	}
}

type loadConfig struct {
	conns, size, inflight int
	binary                bool
	pipeline              bool
	duration              time.Duration
}

func (c *loadConfig) flags(fs *flag.FlagSet) {
	fs.IntVar(&c.conns, "conns", 100, "connections")
	fs.IntVar(&c.size, "size", 64, "message size in bytes")
	fs.IntVar(&c.inflight, "inflight", 1, "messages in flight per connection")
	fs.BoolVar(&c.binary, "binary", false, "binary messages instead of text")
	fs.BoolVar(&c.pipeline, "pipeline", false, "send the replacements for echoes that arrived together in one write (default: one write per echo)")
	fs.DurationVar(&c.duration, "duration", 5*time.Second, "measurement time")
	fs.BoolVar(&offerDeflate, "deflate", false, "offer permessage-deflate (idle mode only: echo mode does not inflate replies)")
}

// offerDeflate makes dial offer permessage-deflate.
var offerDeflate bool

// dial opens a WebSocket; wss:// servers are not verified (benchmarks run
// against test certificates).
func dial(url string) (net.Conn, error) {
	d := ws.Dialer{TLSConfig: &tls.Config{InsecureSkipVerify: true}}
	if offerDeflate {
		d.Extensions = []httphead.Option{wsflate.DefaultParameters.Option()}
	}
	c, _, _, err := d.Dial(context.Background(), url)
	return c, err
}

type result struct {
	msgs     int64
	elapsed  time.Duration
	p50, p99 time.Duration
}

func (r result) rate() float64 { return float64(r.msgs) / r.elapsed.Seconds() }

func cmdEcho(args []string) error {
	fs := flag.NewFlagSet("echo", flag.ExitOnError)
	url := fs.String("url", "ws://127.0.0.1:8080", "server url")
	var cfg loadConfig
	cfg.flags(fs)
	fs.Parse(args)
	r, err := runLoad(*url, cfg)
	if err != nil {
		return err
	}
	fmt.Printf("%.0f msg/s  p50 %v  p99 %v  (%d messages in %v)\n", r.rate(), r.p50, r.p99, r.msgs, r.elapsed.Round(time.Millisecond))
	return nil
}

// runLoad opens the connections, then each keeps `inflight` messages in
// flight: every message carries its sequence number, and each echo must
// match the oldest message sent on that connection byte for byte.
func runLoad(url string, cfg loadConfig) (result, error) {
	conns := make([]net.Conn, cfg.conns)
	for i := range conns {
		c, err := dial(url)
		if err != nil {
			for _, c := range conns[:i] {
				c.Close()
			}
			return result{}, fmt.Errorf("dial %d: %w", i, err)
		}
		conns[i] = c
	}
	op := ws.OpText
	if cfg.binary {
		op = ws.OpBinary
	}
	var total atomic.Int64
	var stop atomic.Bool
	var mu sync.Mutex
	var lat []time.Duration
	errc := make(chan error, cfg.conns)
	start := time.Now()
	var wg sync.WaitGroup
	for _, c := range conns {
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			var seq, next uint64
			sent := make([]time.Time, 0, cfg.inflight)
			payload := func(n uint64) []byte {
				p := bytes.Repeat([]byte{'a' + byte(n%26)}, cfg.size)
				if cfg.size >= 8 {
					binary.BigEndian.PutUint64(p, n)
					for i := 0; i < 8; i++ {
						p[i] = 'a' + p[i]%26 // keep text valid ASCII
					}
				}
				return p
			}
			w := bufio.NewWriter(c)
			send := func() error {
				sent = append(sent, time.Now())
				if err := wsutil.WriteClientMessage(w, op, payload(seq)); err != nil {
					return err
				}
				seq++
				return nil
			}
			for i := 0; i < cfg.inflight; i++ {
				if err := send(); err != nil {
					errc <- err
					return
				}
			}
			if err := w.Flush(); err != nil {
				errc <- err
				return
			}
			var local []time.Duration
			r := bufio.NewReader(c)
			for next < seq {
				msg, gotOp, err := wsutil.ReadServerData(struct {
					io.Reader
					io.Writer
				}{r, c})
				if err != nil {
					if !stop.Load() {
						errc <- err
					}
					break
				}
				if gotOp != op || !bytes.Equal(msg, payload(next)) {
					errc <- fmt.Errorf("echo %d lost, changed or out of order", next)
					break
				}
				local = append(local, time.Since(sent[0]))
				sent = sent[1:]
				next++
				total.Add(1)
				if !stop.Load() {
					if err := send(); err != nil {
						errc <- err
						break
					}
				}
				// With -pipeline, the replacements for echoes that arrived
				// together go out in one write once those echoes are all
				// handled: one system call per batch, as a pipelining client
				// makes, so that the generator's core is not the limit and
				// the servers' own costs show. Every byte still to come
				// belongs to a message already flushed, so reading on cannot
				// wait for the ones held back.
				if !cfg.pipeline || r.Buffered() == 0 {
					if err := w.Flush(); err != nil {
						errc <- err
						break
					}
				}
			}
			mu.Lock()
			lat = append(lat, local...)
			mu.Unlock()
		}(c)
	}
	time.Sleep(cfg.duration)
	stop.Store(true)
	elapsed := time.Since(start)
	msgs := total.Load()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		for _, c := range conns {
			c.Close()
		}
		return result{}, errors.New("echoes still missing 10 s after the load stopped")
	}
	for _, c := range conns {
		c.Close()
	}
	select {
	case err := <-errc:
		return result{}, err
	default:
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := result{msgs: msgs, elapsed: elapsed}
	if len(lat) > 0 {
		r.p50, r.p99 = lat[len(lat)/2], lat[len(lat)*99/100]
	}
	return r, nil
}

// cmdServe runs the reference: a gobwas/ws echo server, one goroutine per
// connection, reading through a buffer and writing each batch of echoes
// with one system call. With -plain it is the echo loop of gobwas/ws's
// README instead (wsutil on the bare connection: a few reads per frame and
// one write per message), the "plain Go echo server" of issue 7's table.
func cmdServe(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:0", "listen address")
	plain := fs.Bool("plain", false, "the gobwas/ws README echo loop: no read buffer, one write per message")
	fs.Parse(args)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Printf("ws://%s\n", ln.Addr())
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go func() {
			defer c.Close()
			if _, err := ws.Upgrade(c); err != nil {
				return
			}
			if *plain {
				for {
					msg, op, err := wsutil.ReadClientData(c)
					if err != nil {
						return
					}
					if err := wsutil.WriteServerMessage(c, op, msg); err != nil {
						return
					}
				}
			}
			r := bufio.NewReader(c)
			w := bufio.NewWriter(c)
			for {
				msg, op, err := wsutil.ReadClientData(struct {
					io.Reader
					io.Writer
				}{r, c})
				if err != nil {
					return
				}
				if err := wsutil.WriteServerMessage(w, op, msg); err != nil {
					return
				}
				if r.Buffered() == 0 {
					if err := w.Flush(); err != nil {
						return
					}
				}
			}
		}()
	}
}

type serverFlag []string

func (s *serverFlag) String() string     { return strings.Join(*s, "; ") }
func (s *serverFlag) Set(v string) error { *s = append(*s, v); return nil }

var urlPattern = regexp.MustCompile(`ws://[0-9.]+:[0-9]+|^[0-9]+$`)

// startServer runs a server command and waits for the URL it prints.
func startServer(command string) (*exec.Cmd, string, error) {
	cmd := exec.Command("sh", "-c", "exec "+command)
	pr, pw := io.Pipe()
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		return nil, "", err
	}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sent := false
		for sc.Scan() {
			if m := urlPattern.FindString(strings.TrimSpace(sc.Text())); m != "" && !sent {
				if !strings.HasPrefix(m, "ws://") {
					m = "ws://127.0.0.1:" + m
				}
				found <- m
				sent = true
			}
		}
	}()
	select {
	case u := <-found:
		return cmd, u, nil
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return nil, "", fmt.Errorf("%q printed no url", command)
	}
}

func cmdCompare(args []string) error {
	fs := flag.NewFlagSet("compare", flag.ExitOnError)
	var servers serverFlag
	fs.Var(&servers, "server", "NAME=COMMAND of a server that prints its url (repeatable; the first is the reference)")
	rounds := fs.Int("rounds", 3, "interleaved rounds")
	mode := fs.String("mode", "echo", "what to measure: echo (throughput), idle (memory per idle connection, accept rate, start-up time)")
	var cfg loadConfig
	cfg.flags(fs)
	fs.Parse(args)
	if len(servers) == 0 {
		return errors.New("no -server given")
	}
	names := make([]string, len(servers))
	rates := make([][]float64, len(servers))
	idle := make([][]idleStats, len(servers))
	for round := 0; round < *rounds; round++ {
		for i, s := range servers {
			name, command, _ := strings.Cut(s, "=")
			names[i] = name
			started := time.Now()
			cmd, url, err := startServer(command)
			if err != nil {
				return err
			}
			if *mode == "idle" {
				st, err := measureIdle(cmd, url, started, cfg.conns)
				cmd.Process.Signal(os.Interrupt)
				go func() { time.Sleep(3 * time.Second); cmd.Process.Kill() }()
				cmd.Wait()
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				rates[i] = append(rates[i], st.perConnKiB)
				idle[i] = append(idle[i], st)
				fmt.Printf("round %d %-8s %6.2f KiB/conn (%.2f after one echo)  %6.0f conns/s accepted  first handshake %v\n", round+1, name, st.perConnKiB, st.echoedKiB, st.acceptRate, st.startup.Round(time.Millisecond))
				continue
			}
			r, err := runLoad(url, cfg)
			cmd.Process.Signal(os.Interrupt)
			go func() { time.Sleep(3 * time.Second); cmd.Process.Kill() }()
			cmd.Wait()
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
			rates[i] = append(rates[i], r.rate())
			fmt.Printf("round %d %-8s %8.0f msg/s  p50 %v  p99 %v\n", round+1, name, r.rate(), r.p50, r.p99)
		}
	}
	if *mode == "idle" {
		fmt.Printf("\nmedians (%d idle connections):\n", cfg.conns)
		for i, name := range names {
			var kib, echoed, acc, up []float64
			for _, st := range idle[i] {
				kib = append(kib, st.perConnKiB)
				echoed = append(echoed, st.echoedKiB)
				acc = append(acc, st.acceptRate)
				up = append(up, float64(st.startup.Milliseconds()))
			}
			fmt.Printf("  %-8s %6.2f KiB/conn (%.2f after one echo)  %6.0f conns/s  start→first handshake %3.0f ms\n", name, median(kib), median(echoed), median(acc), median(up))
		}
		return nil
	}
	ref := median(rates[0])
	fmt.Printf("\nmedians (%d conns, %d B %s, %d in flight%s, %v per run):\n", cfg.conns, cfg.size, map[bool]string{false: "text", true: "binary"}[cfg.binary], cfg.inflight, map[bool]string{false: "", true: ", pipelined"}[cfg.pipeline], cfg.duration)
	for i, name := range names {
		m := median(rates[i])
		fmt.Printf("  %-8s %8.0f msg/s  %.2fx\n", name, m, m/ref)
	}
	return nil
}

type idleStats struct {
	perConnKiB float64
	// echoedKiB: the same once every connection has had one message
	// echoed and is idle again (a server may keep state per active peer)
	echoedKiB  float64
	acceptRate float64
	startup    time.Duration
}

// rssKiB reads a process's resident set size.
func rssKiB(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			var kb float64
			fmt.Sscanf(strings.TrimSpace(v), "%f", &kb)
			return kb, nil
		}
	}
	return 0, errors.New("no VmRSS")
}

// measureIdle opens n connections that stay idle and measures the server's
// memory per connection, how fast it accepted them, and how long after its
// start the first handshake completed. Every connection must still echo at
// the end.
func measureIdle(cmd *exec.Cmd, url string, started time.Time, n int) (idleStats, error) {
	var st idleStats
	first, err := dial(url)
	if err != nil {
		return st, err
	}
	st.startup = time.Since(started)
	defer first.Close()
	time.Sleep(200 * time.Millisecond)
	before, err := rssKiB(cmd.Process.Pid)
	if err != nil {
		return st, err
	}
	conns := make([]net.Conn, 0, n)
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	t0 := time.Now()
	var mu sync.Mutex
	var wg sync.WaitGroup
	errc := make(chan error, 1)
	sem := make(chan struct{}, 64)
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := dial(url)
			if err != nil {
				select {
				case errc <- err:
				default:
				}
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}()
	}
	wg.Wait()
	st.acceptRate = float64(n) / time.Since(t0).Seconds()
	select {
	case err := <-errc:
		return st, err
	default:
	}
	time.Sleep(time.Second)
	after, err := rssKiB(cmd.Process.Pid)
	if err != nil {
		return st, err
	}
	st.perConnKiB = (after - before) / float64(n)
	// Every connection is still alive: each echoes one message.
	for _, c := range conns {
		c.SetDeadline(time.Now().Add(5 * time.Second))
		if err := wsutil.WriteClientText(c, []byte("alive")); err != nil {
			return st, err
		}
	}
	for _, c := range conns {
		if m, err := wsutil.ReadServerText(c); err != nil || string(m) != "alive" {
			return st, fmt.Errorf("an idle connection did not echo: %v", err)
		}
	}
	time.Sleep(time.Second)
	echoed, err := rssKiB(cmd.Process.Pid)
	if err != nil {
		return st, err
	}
	st.echoedKiB = (echoed - before) / float64(n)
	return st, nil
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[len(s)/2]
}
