package pubsub

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/qmlrun/qmlrun/runtime"
)

// kindHeader carries the kind of a message published from QML: "binary"
// for ArrayBuffers; messages without it (from QML strings or from other
// NATS clients) are delivered as strings.
const kindHeader = "Qmlrun-Kind"

// deliverBatch is how many received messages one loop turn delivers.
const deliverBatch = 256

// msgOverhead is what a queued message counts besides payload and subject.
const msgOverhead = 64

// config is what a worker needs to connect, read from the Broker's
// properties on the loop.
type config struct {
	url      string // "" for the embedded server
	listen   string // embedded server address
	name     string
	bufSize  int
	user     string
	password string
	token    string
	creds    string
	nkeySeed string
	// the embedded server's certificate
	listenCert string
	listenKey  string
	caFile     string
	certFile   string
	keyFile    string
}

// op is one request from the loop to the worker.
type op struct {
	kind    opKind
	id      uint64 // subscription id
	subject string
	queue   string
	data    []byte
	binary  bool
}

type opKind uint8

const (
	opPublish opKind = iota
	opSubscribe
	opUnsubscribe
)

// inMsg is a received message waiting for the loop.
type inMsg struct {
	id      uint64
	subject string
	data    []byte
	binary  bool
}

// worker owns one NATS connection. Its goroutine makes every nats.go call;
// the loop talks to it through ops, and it answers with Engine.Post. Only
// the fields under mu are shared.
type worker struct {
	e   *runtime.Engine
	cfg config
	m   *module
	// events receives status changes and errors on the loop.
	events func(ev event)
	// deliver receives a batch of messages on the loop.
	deliver func(msgs []inMsg)

	mu       sync.Mutex
	ops      []op
	opBytes  int
	closed   bool
	wake     chan struct{}
	done     chan struct{}
	in       []inMsg
	inBytes  int
	inDrop   int
	inPosted bool

	// ids maps nats.go's subscriptions to ours, for the forwarder.
	ids map[*nats.Subscription]uint64
	// slow holds the subscriptions nats.go reported as slow consumers
	// (mch was full) with the drops already counted.
	slow map[*nats.Subscription]int
	// mch receives every subscription's messages from nats.go's reader
	// goroutine, in the order they arrived on the connection; when it is
	// full nats.go drops and reports a slow consumer.
	mch chan *nats.Msg

	// worker goroutine only
	nc   *nats.Conn
	subs map[uint64]*nats.Subscription
}

// mchSize is the capacity of the channel between nats.go's reader and
// the forwarder, which only moves messages to the inbound queue.
const mchSize = 4096

// event is a change reported by the worker to the loop.
type event struct {
	status  int    // -1: no status change
	err     string // errorString to set ("" with a status: clear)
	dropped int    // messages dropped
	url     string // connected server
	subID   uint64 // the error belongs to this subscription
	// ready lists subscriptions the server has confirmed.
	ready []uint64
}

func newWorker(m *module, cfg config, events func(event), deliver func([]inMsg)) *worker {
	w := &worker{e: m.e, m: m, cfg: cfg, events: events, deliver: deliver, wake: make(chan struct{}, 1), done: make(chan struct{}),
		subs: map[uint64]*nats.Subscription{}, ids: map[*nats.Subscription]uint64{}, slow: map[*nats.Subscription]int{}, mch: make(chan *nats.Msg, mchSize)}
	go w.run()
	return w
}

func (w *worker) post(ev event) { w.e.Post(func() { w.events(ev) }) }

// enqueue hands an op to the worker; false when the outbound queue is full
// or the worker is closed. Loop side; never blocks.
func (w *worker) enqueue(o op) bool {
	n := len(o.data) + len(o.subject) + msgOverhead
	w.mu.Lock()
	if w.closed || (o.kind == opPublish && w.opBytes+n > w.cfg.bufSize) {
		w.mu.Unlock()
		return false
	}
	w.ops = append(w.ops, o)
	w.opBytes += n
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
	return true
}

// close stops the worker: queued ops are still carried out, then the
// connection is flushed and closed. Loop side; never blocks.
func (w *worker) close() {
	w.mu.Lock()
	w.closed = true
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *worker) run() {
	defer close(w.done)
	if !w.connect() {
		return
	}
	stop := make(chan struct{})
	defer close(stop)
	go w.forward(stop)
	for {
		<-w.wake
		w.mu.Lock()
		ops, closed := w.ops, w.closed
		w.ops, w.opBytes = nil, 0
		w.mu.Unlock()
		w.apply(ops)
		if closed {
			if w.nc.IsConnected() {
				w.nc.FlushTimeout(time.Second)
			}
			w.nc.Close()
			return
		}
	}
}

// connect dials the broker (starting the embedded server first if needed).
// It reports false when the worker must stop.
func (w *worker) connect() bool {
	url := w.cfg.url
	var inProcess nats.Option
	if url == "" {
		s, err := w.m.embedded(w.cfg)
		if err != nil {
			w.post(event{status: Error, err: err.Error()})
			return false
		}
		// The embedded server is reached through an in-process pipe,
		// without TLS even when it requires TLS from other processes;
		// the url names it for connectedUrl.
		url = "nats://" + s.Addr().String()
		inProcess = nats.InProcessServer(s)
	}
	opts := []nats.Option{
		nats.Name(w.cfg.name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(250 * time.Millisecond),
		nats.ReconnectJitter(100*time.Millisecond, time.Second),
		nats.ReconnectBufSize(w.cfg.bufSize),
		nats.Timeout(2 * time.Second),
		nats.ConnectHandler(w.opened),
		nats.ReconnectHandler(w.opened),
		nats.DisconnectErrHandler(func(nc *nats.Conn, err error) {
			if nc.IsClosed() {
				return
			}
			msg := "Disconnected from the broker"
			if err != nil {
				msg += ": " + err.Error()
			}
			w.post(event{status: Connecting, err: msg})
		}),
		nats.ErrorHandler(func(nc *nats.Conn, s *nats.Subscription, err error) {
			if errors.Is(err, nats.ErrSlowConsumer) && s != nil {
				// Counted and reported by the next drain.
				w.mu.Lock()
				if _, ok := w.slow[s]; !ok {
					w.slow[s] = 0
				}
				w.mu.Unlock()
				return
			}
			w.post(event{status: -1, err: err.Error()})
		}),
		// nats.go gives up on its own only after repeated authorization
		// errors; closing the Broker itself calls no handler.
		nats.ClosedHandler(func(nc *nats.Conn) {
			msg := "Connection closed"
			if err := nc.LastError(); err != nil {
				msg += ": " + err.Error()
			}
			w.post(event{status: Error, err: msg})
		}),
		nats.NoCallbacksAfterClientClose(),
	}
	if w.cfg.user != "" || w.cfg.password != "" {
		opts = append(opts, nats.UserInfo(w.cfg.user, w.cfg.password))
	}
	if w.cfg.token != "" {
		opts = append(opts, nats.Token(w.cfg.token))
	}
	if w.cfg.creds != "" {
		opts = append(opts, nats.UserCredentials(w.cfg.creds))
	}
	if inProcess != nil {
		opts = append(opts, inProcess)
	}
	if w.cfg.nkeySeed != "" {
		o, err := nats.NkeyOptionFromSeed(w.cfg.nkeySeed)
		if err != nil {
			w.post(event{status: Error, err: fmt.Sprintf("Invalid nkeySeedFile %s: %v", w.cfg.nkeySeed, err)})
			return false
		}
		opts = append(opts, o)
	}
	if w.cfg.caFile != "" {
		opts = append(opts, nats.RootCAs(w.cfg.caFile))
	}
	if w.cfg.certFile != "" || w.cfg.keyFile != "" {
		opts = append(opts, nats.ClientCert(w.cfg.certFile, w.cfg.keyFile))
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		// The first attempt failed: say why, then let nats.go keep
		// trying in the background (its ConnectHandler reports success).
		w.post(event{status: Error, err: err.Error()})
		nc, err = nats.Connect(url, append(opts, nats.RetryOnFailedConnect(true))...)
		if err != nil {
			return false
		}
	}
	w.nc = nc
	return true
}

// opened reports a (re)connection.
func (w *worker) opened(nc *nats.Conn) {
	w.post(event{status: Open, url: nc.ConnectedUrlRedacted()})
}

// apply carries out ops in order.
func (w *worker) apply(ops []op) {
	dropped, lastErr := 0, ""
	var subscribed []uint64
	for _, o := range ops {
		switch o.kind {
		case opPublish:
			msg := &nats.Msg{Subject: o.subject, Data: o.data}
			if o.binary {
				msg.Header = nats.Header{kindHeader: []string{"binary"}}
			}
			if err := w.nc.PublishMsg(msg); err != nil {
				dropped++
				lastErr = publishError(err, o.subject, w.cfg.bufSize)
			}
		case opSubscribe:
			s, err := w.nc.ChanQueueSubscribe(o.subject, o.queue, w.mch)
			if err != nil {
				w.post(event{status: -1, subID: o.id, err: err.Error()})
				continue
			}
			w.mu.Lock()
			w.ids[s] = o.id
			w.mu.Unlock()
			w.subs[o.id] = s
			subscribed = append(subscribed, o.id)
		case opUnsubscribe:
			if s := w.subs[o.id]; s != nil {
				s.Unsubscribe()
				delete(w.subs, o.id)
				w.mu.Lock()
				delete(w.ids, s)
				delete(w.slow, s)
				w.mu.Unlock()
			}
		}
	}
	if dropped > 0 {
		w.post(event{status: -1, err: lastErr, dropped: dropped})
	}
	// A round trip to the server confirms the new subscriptions; while
	// disconnected, nats.go sends them on reconnecting and the next
	// subscribe (or none) confirms.
	if len(subscribed) > 0 && w.nc.IsConnected() && w.nc.FlushTimeout(2*time.Second) == nil {
		w.post(event{status: -1, ready: subscribed})
	}
}

func publishError(err error, subject string, bufSize int) string {
	if errors.Is(err, nats.ErrReconnectBufExceeded) {
		return fmt.Sprintf("Reconnect buffer full (%d bytes): message to %s dropped", bufSize, subject)
	}
	return fmt.Sprintf("Cannot publish to %s: %v", subject, err)
}

// forward moves messages from nats.go to the inbound queue until stop.
func (w *worker) forward(stop chan struct{}) {
	for {
		select {
		case m := <-w.mch:
			w.receive(m)
		case <-stop:
			return
		}
	}
}

// receive queues a message for the loop, or drops it when the inbound
// queue is full. Messages of a subscription removed meanwhile are dropped.
func (w *worker) receive(m *nats.Msg) {
	n := len(m.Data) + len(m.Subject) + msgOverhead
	im := inMsg{subject: m.Subject, data: m.Data, binary: m.Header.Get(kindHeader) == "binary"}
	w.mu.Lock()
	im.id = w.ids[m.Sub]
	if im.id == 0 {
		w.mu.Unlock()
		return
	}
	if w.inBytes+n > w.cfg.bufSize {
		w.inDrop++
	} else {
		w.in = append(w.in, im)
		w.inBytes += n
	}
	post := !w.inPosted
	w.inPosted = true
	w.mu.Unlock()
	if post {
		w.e.Post(w.drain)
	}
}

// drain delivers up to deliverBatch messages on the loop. The next batch
// waits for the module's turn hook (see module.turn).
func (w *worker) drain() {
	w.mu.Lock()
	k := min(len(w.in), deliverBatch)
	batch := make([]inMsg, k)
	copy(batch, w.in)
	rest := copy(w.in, w.in[k:])
	clear(w.in[rest:])
	w.in = w.in[:rest]
	for _, im := range batch {
		w.inBytes -= len(im.data) + len(im.subject) + msgOverhead
	}
	dropped := w.inDrop
	w.inDrop = 0
	for s, seen := range w.slow {
		if n, err := s.Dropped(); err == nil && n > seen {
			dropped += n - seen
			w.slow[s] = n
		}
	}
	w.mu.Unlock()
	w.m.rearm = append(w.m.rearm, w)
	if dropped > 0 {
		w.events(event{status: -1, dropped: dropped, err: fmt.Sprintf("Slow consumer: %d received messages dropped (buffer %d bytes)", dropped, w.cfg.bufSize)})
	}
	w.deliver(batch)
}

// more runs in the loop's turn hook after a drain: it reports whether
// messages are waiting (the module serves them later); otherwise the next
// received message posts a drain.
func (w *worker) more() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.inPosted = len(w.in) > 0 || w.inDrop > 0
	return w.inPosted
}
