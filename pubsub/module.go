package pubsub

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/qmlrun/qmlrun/runtime"
	"golang.org/x/sys/unix"
)

// Status values of Broker.status, as WebSocket.status has them.
const (
	Connecting = 0
	Open       = 1
	Closing    = 2
	Closed     = 3
	Error      = 4
)

// DefaultBufferSize is Broker.bufferSize's default: 8 MiB.
const DefaultBufferSize = 8 << 20

// Options configure the module for an engine.
type Options struct {
	// Listen is where an embedded NATS server listens when a Broker does
	// not say (its listen property): "host:port". Default 127.0.0.1 on a
	// free port. qmlrun's --nats-listen flag sets it.
	Listen string
}

// Module returns QmlRun.PubSub 1.0 with default options.
func Module() *runtime.Module { return ModuleWith(Options{}) }

// ModuleWith returns QmlRun.PubSub 1.0: Broker and Subscription. Register
// it with runtime.Engine.Register.
func ModuleWith(opts Options) *runtime.Module {
	return &runtime.Module{
		Name:    "QmlRun.PubSub",
		Accepts: func(major, minor int) bool { return major == 1 && minor == 0 },
		Types:   []*runtime.TypeSpec{brokerSpec(opts), subscriptionSpec(opts)},
	}
}

// module is the per-engine state: live workers, the embedded server.
type module struct {
	e       *runtime.Engine
	opts    Options
	nextID  uint64
	workers map[*worker]struct{}
	// rearm lists the workers that delivered a batch this turn; backlog
	// the ones with more waiting, to be served when the loop next polls
	// its sockets, through the eventfd efd (0: not created yet).
	rearm   []*worker
	backlog []*worker
	efd     int

	srvMu   sync.Mutex
	srv     *server.Server
	stopped bool
}

type moduleKey struct{}

func moduleOf(e *runtime.Engine, opts Options) *module {
	return e.State(moduleKey{}, func() any {
		m := &module{e: e, opts: opts, workers: map[*worker]struct{}{}}
		e.OnTurn(m.turn)
		e.OnStop(m.stop)
		return m
	}).(*module)
}

// turn runs after each loop turn, once WebSocket output is flushed: a
// worker that delivered a batch and has more waiting is served again when
// the loop polls its sockets, so a flood of messages from NATS takes turns
// with socket I/O instead of starving it.
func (m *module) turn() {
	if m.workers == nil {
		return // stopped
	}
	r := m.rearm
	m.rearm = nil
	for _, w := range r {
		if w.more() {
			m.backlog = append(m.backlog, w)
		}
	}
	if len(m.backlog) == 0 {
		return
	}
	if m.efd == 0 {
		fd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
		if err == nil {
			if err = m.e.Watch(fd, runtime.Readable, runtime.ReadyFunc(m.serveBacklog)); err != nil {
				unix.Close(fd)
			}
		}
		if err != nil {
			m.efd = -1
		} else {
			m.efd = fd
		}
	}
	if m.efd < 0 {
		// No eventfd: posted work is served before the sockets.
		b := m.backlog
		m.backlog = nil
		for _, w := range b {
			m.e.Post(w.drain)
		}
		return
	}
	one := [8]byte{1}
	unix.Write(m.efd, one[:])
}

// serveBacklog delivers the next batch of every worker with a backlog.
func (m *module) serveBacklog(uint32) {
	var buf [8]byte
	unix.Read(m.efd, buf[:])
	b := m.backlog
	m.backlog = nil
	for _, w := range b {
		w.drain()
	}
}

// stop runs after the object tree is destroyed (every worker is closing):
// it gives the workers up to 3 s to flush, then stops the embedded server.
func (m *module) stop() {
	deadline := time.After(3 * time.Second)
	for w := range m.workers {
		w.close()
		select {
		case <-w.done:
		case <-deadline:
		}
	}
	m.workers = nil
	m.backlog = nil
	if m.efd > 0 {
		m.e.Unwatch(m.efd)
		unix.Close(m.efd)
		m.efd = -1
	}
	m.stopEmbedded()
}

// start makes a worker, forgetting the ones that finished.
func (m *module) start(cfg config, events func(*worker, event), deliver func(*worker, []inMsg)) *worker {
	for w := range m.workers {
		select {
		case <-w.done:
			delete(m.workers, w)
		default:
		}
	}
	var w *worker
	w = newWorker(m, cfg, func(ev event) { events(w, ev) }, func(b []inMsg) { deliver(w, b) })
	if m.workers != nil {
		m.workers[w] = struct{}{}
	} else {
		w.close()
	}
	return w
}

// broker is the Go side of a QML Broker.
type broker struct {
	m        *module
	o        *runtime.Object
	w        *worker
	complete bool
	subs     []*subscription
	byID     map[uint64]*subscription
}

func brk(o *runtime.Object) *broker { return o.Data.(*broker) }

func brokerSpec(opts Options) *runtime.TypeSpec {
	restart := func(o *runtime.Object) { brk(o).restart() }
	str := func(name string) runtime.PropertySpec {
		return runtime.PropertySpec{Name: name, Type: "string", Changed: restart}
	}
	return lifecycle(&runtime.TypeSpec{
		Name:      "Broker",
		Base:      "QtObject",
		ClassName: "QmlRunBroker",
		Enums:     map[string]int{"Connecting": Connecting, "Open": Open, "Closing": Closing, "Closed": Closed, "Error": Error},
		Properties: []runtime.PropertySpec{
			str("url"), str("listen"), str("listenCertFile"), str("listenKeyFile"), str("name"), str("user"), str("password"), str("token"),
			str("credentialsFile"), str("nkeySeedFile"), str("caFile"), str("certFile"), str("keyFile"),
			{Name: "active", Type: "bool", Default: true, Changed: restart},
			{Name: "bufferSize", Type: "int", Default: DefaultBufferSize, Changed: restart},
			{Name: "status", Type: "int", ReadOnly: true, Default: Closed},
			{Name: "errorString", Type: "string", ReadOnly: true},
			{Name: "connectedUrl", Type: "string", ReadOnly: true},
			{Name: "droppedMessages", Type: "int", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{
			{Name: "statusChanged", Params: []runtime.ParamSpec{{Name: "status", Type: "int"}}},
			{Name: "errorStringChanged", Params: []runtime.ParamSpec{{Name: "errorString", Type: "string"}}},
		},
		Methods: []runtime.MethodSpec{
			{Name: "publish", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				return o.Runtime().ToValue(brk(o).publish(c.Argument(0), c.Argument(1)))
			}},
		},
		Init: func(o *runtime.Object) {
			o.Data = &broker{m: moduleOf(o.Engine(), opts), o: o, byID: map[uint64]*subscription{}}
		},
	})
}

// node is the Go side of Broker and Subscription: started when the object
// is complete, finished when it is destroyed.
type node interface {
	start()
	finish()
}

// lifecycle sets a spec's Complete and Destroy hooks from its node.
func lifecycle(spec *runtime.TypeSpec) *runtime.TypeSpec {
	spec.Complete = func(o *runtime.Object) { o.Data.(node).start() }
	spec.Destroy = func(o *runtime.Object) { o.Data.(node).finish() }
	return spec
}

func (b *broker) start() {
	b.complete = true
	b.restart()
}

// finish closes the connection without signals (the object is going).
func (b *broker) finish() {
	b.complete = false
	b.stop(false)
	for _, s := range b.subs {
		s.b = nil
	}
	b.subs = nil
}

// config reads the connection settings; a url NATS cannot use is an error.
func (b *broker) config() (config, error) {
	o := b.o
	get := func(name string) string { return o.Property(name).String() }
	cfg := config{
		url: strings.TrimSpace(get("url")), listen: get("listen"), name: get("name"),
		listenCert: get("listenCertFile"), listenKey: get("listenKeyFile"),
		user: get("user"), password: get("password"), token: get("token"),
		creds: get("credentialsFile"), nkeySeed: get("nkeySeedFile"), caFile: get("caFile"), certFile: get("certFile"), keyFile: get("keyFile"),
		bufSize: int(o.Property("bufferSize").ToInteger()),
	}
	if cfg.url == "embedded" {
		cfg.url = ""
	}
	if cfg.bufSize <= 0 {
		return cfg, fmt.Errorf("Invalid bufferSize %d", cfg.bufSize)
	}
	if cfg.url == "" {
		return cfg, nil
	}
	for _, u := range strings.Split(cfg.url, ",") {
		scheme, _, ok := strings.Cut(strings.TrimSpace(u), "://")
		if !ok {
			return cfg, fmt.Errorf("Invalid broker url %q", u)
		}
		switch scheme {
		case "nats", "tls", "ws", "wss":
		default:
			return cfg, fmt.Errorf("Unsupported broker url scheme: %s", scheme)
		}
	}
	return cfg, nil
}

// restart (re)connects after a setting changed: the old connection is
// closed (Closing, Closed) and a new one started if active.
func (b *broker) restart() {
	if !b.complete {
		return
	}
	b.stop(true)
	if !b.o.Property("active").ToBoolean() {
		return
	}
	cfg, err := b.config()
	if err != nil {
		b.setStatus(Error, err.Error())
		return
	}
	b.setStatus(Connecting, "")
	b.w = b.m.start(cfg, b.event, b.deliver)
	for _, s := range b.subs {
		b.subscribe(s)
	}
}

// stop closes the connection; signals false while being destroyed.
func (b *broker) stop(signals bool) {
	w := b.w
	if w == nil {
		return
	}
	b.w = nil
	w.close()
	clear(b.byID)
	for _, s := range b.subs {
		s.id = 0
	}
	if !signals {
		return
	}
	for _, s := range b.subs {
		s.o.SetInternal("subscribed", false)
	}
	if st := b.status(); st == Open || st == Connecting {
		b.setStatus(Closing, "")
	}
	b.setStatus(Closed, "")
	b.o.SetInternal("connectedUrl", "")
}

func (b *broker) status() int { return int(b.o.Property("status").ToInteger()) }

// setStatus changes status as WebSocket does: for Error the text is set
// first, then the status; otherwise the status is stored, errorString set
// (usually cleared) and statusChanged emitted.
func (b *broker) setStatus(st int, errStr string) {
	o := b.o
	if st == Error {
		o.SetInternal("errorString", errStr)
		o.SetInternal("status", Error)
		return
	}
	if b.status() == st {
		o.SetInternal("errorString", errStr)
		return
	}
	o.SetSilently("status", st)
	o.SetInternal("errorString", errStr)
	o.EmitChanged("status")
}

// event applies a worker's report on the loop.
func (b *broker) event(w *worker, ev event) {
	if b.w != w {
		return
	}
	if ev.dropped > 0 {
		b.o.SetInternal("droppedMessages", b.o.Property("droppedMessages").ToInteger()+int64(ev.dropped))
	}
	for _, id := range ev.ready {
		if s := b.byID[id]; s != nil {
			s.o.SetInternal("subscribed", true)
		}
	}
	switch {
	case ev.subID != 0:
		if s := b.byID[ev.subID]; s != nil {
			s.o.SetInternal("errorString", ev.err)
		}
	case ev.status >= 0:
		if ev.status == Open {
			b.o.SetInternal("connectedUrl", ev.url)
		}
		b.setStatus(ev.status, ev.err)
	case ev.err != "":
		b.o.SetInternal("errorString", ev.err)
	}
}

// deliver emits messageReceived for a batch of received messages.
func (b *broker) deliver(w *worker, batch []inMsg) {
	vm := b.o.Runtime()
	for _, im := range batch {
		if b.w != w {
			return
		}
		s := b.byID[im.id]
		if s == nil {
			continue
		}
		var v goja.Value
		if im.binary {
			v = vm.ToValue(vm.NewArrayBuffer(im.data))
		} else {
			v = vm.ToValue(string(im.data))
		}
		s.o.Emit("messageReceived", v, im.subject)
	}
}

// publish queues a message; false (with errorString) when it cannot.
func (b *broker) publish(subject, message goja.Value) bool {
	vm := b.o.Runtime()
	data, binary, ok := payload(message)
	if !ok {
		panic(vm.NewTypeError("Broker.publish: the message must be a string or an ArrayBuffer"))
	}
	subj := subject.String()
	if goja.IsUndefined(subject) || !validSubject(subj, false) {
		b.o.SetInternal("errorString", fmt.Sprintf("Invalid subject %q", subj))
		return false
	}
	if b.w == nil {
		b.o.SetInternal("errorString", "The broker is not active")
		return false
	}
	if !b.w.enqueue(op{kind: opPublish, subject: subj, data: data, binary: binary}) {
		b.o.SetInternal("droppedMessages", b.o.Property("droppedMessages").ToInteger()+1)
		b.o.SetInternal("errorString", fmt.Sprintf("Publish queue full (%d bytes): message to %s dropped", b.w.cfg.bufSize, subj))
		return false
	}
	return true
}

// payload converts a message to publish: strings (and numbers, booleans)
// as text, ArrayBuffers and Uint8Arrays as binary.
func payload(v goja.Value) (data []byte, binary, ok bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, false, false
	}
	switch x := v.Export().(type) {
	case string:
		return []byte(x), false, true
	case bool, int64, float64:
		return []byte(v.String()), false, true
	case goja.ArrayBuffer:
		return append([]byte(nil), x.Bytes()...), true, true
	case []byte:
		return append([]byte(nil), x...), true, true
	}
	return nil, false, false
}

// validSubject checks a NATS subject: dot-separated non-empty tokens
// without white space; wildcards ("*" tokens, a final ">") only where
// subscribing allows them.
func validSubject(s string, wildcards bool) bool {
	if s == "" || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	toks := strings.Split(s, ".")
	for i, t := range toks {
		switch {
		case t == "":
			return false
		case t == "*" || t == ">":
			if !wildcards || (t == ">" && i != len(toks)-1) {
				return false
			}
		}
	}
	return true
}

// subscribe registers s on the current connection under a new id.
func (b *broker) subscribe(s *subscription) {
	if b.w == nil {
		return
	}
	b.m.nextID++
	s.id = b.m.nextID
	b.byID[s.id] = s
	b.w.enqueue(op{kind: opSubscribe, id: s.id, subject: s.o.Property("subject").String(), queue: s.o.Property("queue").String()})
}

// detach removes s from the broker and unsubscribes it.
func (b *broker) detach(s *subscription) {
	for i, x := range b.subs {
		if x == s {
			b.subs = append(b.subs[:i], b.subs[i+1:]...)
			break
		}
	}
	if s.id != 0 {
		delete(b.byID, s.id)
		if b.w != nil {
			b.w.enqueue(op{kind: opUnsubscribe, id: s.id})
		}
		s.id = 0
	}
	s.b = nil
}

// subscription is the Go side of a QML Subscription.
type subscription struct {
	o        *runtime.Object
	b        *broker
	id       uint64
	complete bool
}

func sub(o *runtime.Object) *subscription { return o.Data.(*subscription) }

func subscriptionSpec(opts Options) *runtime.TypeSpec {
	update := func(o *runtime.Object) { sub(o).update() }
	return lifecycle(&runtime.TypeSpec{
		Name:      "Subscription",
		Base:      "QtObject",
		ClassName: "QmlRunSubscription",
		Properties: []runtime.PropertySpec{
			{Name: "broker", Type: "Broker", Changed: update},
			{Name: "subject", Type: "string", Changed: update},
			{Name: "queue", Type: "string", Changed: update},
			{Name: "active", Type: "bool", Default: true, Changed: update},
			{Name: "errorString", Type: "string", ReadOnly: true},
			// subscribed turns true when the server confirmed the
			// subscription: messages published from then on arrive.
			{Name: "subscribed", Type: "bool", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{
			{Name: "messageReceived", Params: []runtime.ParamSpec{{Name: "message", Type: "var"}, {Name: "subject", Type: "string"}}},
			{Name: "errorStringChanged", Params: []runtime.ParamSpec{{Name: "errorString", Type: "string"}}},
		},
		Init: func(o *runtime.Object) {
			moduleOf(o.Engine(), opts)
			o.Data = &subscription{o: o}
		},
	})
}

func (s *subscription) start() {
	s.complete = true
	s.update()
}

func (s *subscription) finish() {
	s.complete = false
	if s.b != nil {
		s.b.detach(s)
	}
}

// update (re)subscribes after broker, subject, queue or active changed.
func (s *subscription) update() {
	if !s.complete {
		return
	}
	if s.b != nil {
		s.b.detach(s)
	}
	o := s.o
	o.SetInternal("subscribed", false)
	var b *broker
	if bo := o.Engine().ObjectOf(o.Property("broker")); bo != nil && !bo.Destroyed() {
		b, _ = bo.Data.(*broker)
	}
	subject := o.Property("subject").String()
	if b == nil || !o.Property("active").ToBoolean() || subject == "" {
		o.SetInternal("errorString", "")
		return
	}
	if !validSubject(subject, true) {
		o.SetInternal("errorString", fmt.Sprintf("Invalid subject %q", subject))
		return
	}
	o.SetInternal("errorString", "")
	s.b = b
	b.subs = append(b.subs, s)
	b.subscribe(s)
}
