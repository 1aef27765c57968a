package runtime

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// XMLHttpRequest is Qt's: the request runs on its own goroutine (net/http)
// and its results reach the object on the event loop, where the
// onreadystatechange handler runs for each state, as in Qt: OPENED at
// open(), then HEADERS_RECEIVED, LOADING and DONE. A request opened with
// async false runs inside send(), holding the loop as Qt does. file:// urls
// are read only when QML_XHR_ALLOW_FILE_READ is 1, Qt's switch.

const (
	xhrUnsent = iota
	xhrOpened
	xhrHeadersReceived
	xhrLoading
	xhrDone
)

var xhrConstants = []string{"UNSENT", "OPENED", "HEADERS_RECEIVED", "LOADING", "DONE"}

// xhrMaxBody bounds a response body (Qt has no bound; a server must not be
// able to exhaust the process's memory with one reply).
const xhrMaxBody = 256 << 20

type xhrRequest struct {
	e            *Engine
	obj          *goja.Object
	state        int
	method, url  string
	async        bool
	sent         bool
	headers      [][2]string // request headers, a name once, values joined by ","
	responseType string
	status       int
	statusText   string
	respHeaders  [][2]string // lower-case names, in the order received
	body         []byte
	ctx          context.Context // the engine's: done when it stops
	cancel       context.CancelFunc
	gen          int // the request under way; results of older ones are dropped
}

// xhrResult is what the request's goroutine hands to the loop.
type xhrResult struct {
	status     int
	statusText string
	headers    [][2]string
	body       []byte
	failed     bool // network error: no response
}

func (e *Engine) installXHR() {
	vm := e.vm
	// Requests still under way when the engine stops are cancelled.
	ctx, stop := context.WithCancel(context.Background())
	e.onStop = append(e.onStop, stop)
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		x := &xhrRequest{e: e, obj: call.This, ctx: ctx}
		x.define()
		return nil
	}).(*goja.Object)
	for i, n := range xhrConstants {
		ctor.DefineDataProperty(n, vm.ToValue(i), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	vm.Set("XMLHttpRequest", ctor)
}

func (x *xhrRequest) invalidState() { panic(x.e.newError("Invalid state")) }

// define gives the JavaScript object its members.
func (x *xhrRequest) define() {
	e, vm, obj := x.e, x.e.vm, x.obj
	for i, n := range xhrConstants {
		obj.DefineDataProperty(n, vm.ToValue(i), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	getter := func(name string, get func() goja.Value) {
		obj.DefineAccessorProperty(name, e.nativeFunc(func(goja.FunctionCall) goja.Value { return get() }), nil, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	getter("readyState", func() goja.Value { return vm.ToValue(x.state) })
	// status and statusText exist once headers have arrived.
	afterHeaders := func(v func() any) func() goja.Value {
		return func() goja.Value {
			if x.state < xhrHeadersReceived {
				x.invalidState()
			}
			return vm.ToValue(v())
		}
	}
	getter("status", afterHeaders(func() any { return x.status }))
	getter("statusText", afterHeaders(func() any { return x.statusText }))
	getter("responseText", func() goja.Value {
		if x.state < xhrLoading {
			return vm.ToValue("")
		}
		return vm.ToValue(string(x.body))
	})
	getter("response", func() goja.Value {
		if x.state < xhrLoading {
			return vm.ToValue("")
		}
		switch x.responseType {
		case "arraybuffer":
			return vm.ToValue(vm.NewArrayBuffer(append([]byte(nil), x.body...)))
		case "json":
			v, err := vm.RunString("(JSON.parse)")
			if err != nil {
				return goja.Null()
			}
			parse, _ := goja.AssertFunction(v)
			r, err := parse(goja.Undefined(), vm.ToValue(string(x.body)))
			if err != nil {
				return goja.Null()
			}
			return r
		}
		return vm.ToValue(string(x.body))
	})
	obj.DefineAccessorProperty("responseType",
		e.nativeFunc(func(goja.FunctionCall) goja.Value { return vm.ToValue(x.responseType) }),
		e.nativeFunc(func(c goja.FunctionCall) goja.Value {
			x.responseType = c.Argument(0).String()
			return goja.Undefined()
		}), goja.FLAG_FALSE, goja.FLAG_FALSE)
	method := func(name string, f func(c goja.FunctionCall) goja.Value) {
		obj.DefineDataProperty(name, e.nativeFunc(f), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	method("open", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 2 {
			panic(e.newError("Incorrect argument count"))
		}
		m := strings.ToUpper(c.Argument(0).String())
		switch m {
		case "GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS", "PATCH", "PROPFIND":
		default:
			panic(e.newError("Unsupported HTTP method type"))
		}
		x.abortRequest()
		x.method, x.url = m, e.resolveURL(c.Argument(1).String())
		x.async = len(c.Arguments) < 3 || c.Argument(2).ToBoolean()
		x.headers, x.sent = nil, false
		x.status, x.statusText, x.respHeaders, x.body = 0, "", nil, nil
		x.setState(xhrOpened)
		return goja.Undefined()
	})
	method("setRequestHeader", func(c goja.FunctionCall) goja.Value {
		if x.state != xhrOpened || x.sent {
			x.invalidState()
		}
		name, value := c.Argument(0).String(), c.Argument(1).String()
		if forbiddenHeader(name) {
			return goja.Undefined()
		}
		for i, h := range x.headers {
			if strings.EqualFold(h[0], name) {
				x.headers[i][1] += "," + value
				return goja.Undefined()
			}
		}
		x.headers = append(x.headers, [2]string{name, value})
		return goja.Undefined()
	})
	method("send", func(c goja.FunctionCall) goja.Value {
		if x.state != xhrOpened || x.sent {
			x.invalidState()
		}
		var body []byte
		if v := c.Argument(0); !goja.IsUndefined(v) && !goja.IsNull(v) && x.method != "GET" && x.method != "HEAD" {
			if ab, ok := v.Export().(goja.ArrayBuffer); ok {
				body = append([]byte(nil), ab.Bytes()...)
			} else {
				body = []byte(v.String())
			}
		}
		x.sent = true
		x.start(body)
		return goja.Undefined()
	})
	method("abort", func(goja.FunctionCall) goja.Value {
		if x.state == xhrOpened && x.sent || x.state == xhrHeadersReceived || x.state == xhrLoading {
			x.abortRequest()
			x.status, x.statusText, x.respHeaders, x.body = 0, "", nil, nil
			x.setState(xhrDone)
		}
		x.state = xhrUnsent
		return goja.Undefined()
	})
	method("getResponseHeader", func(c goja.FunctionCall) goja.Value {
		if x.state < xhrHeadersReceived {
			x.invalidState()
		}
		name := strings.ToLower(c.Argument(0).String())
		var vals []string
		for _, h := range x.respHeaders {
			if h[0] == name {
				vals = append(vals, h[1])
			}
		}
		return vm.ToValue(strings.Join(vals, ", "))
	})
	method("getAllResponseHeaders", func(goja.FunctionCall) goja.Value {
		if x.state < xhrHeadersReceived {
			x.invalidState()
		}
		lines := make([]string, len(x.respHeaders))
		for i, h := range x.respHeaders {
			lines[i] = h[0] + ": " + h[1]
		}
		return vm.ToValue(strings.Join(lines, "\r\n"))
	})
}

// forbiddenHeader reports the request headers a script may not set (the
// XMLHttpRequest standard's list, which Qt follows): they are ignored.
func forbiddenHeader(name string) bool {
	n := strings.ToLower(name)
	if strings.HasPrefix(n, "proxy-") || strings.HasPrefix(n, "sec-") {
		return true
	}
	switch n {
	case "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
		"connection", "content-length", "cookie", "cookie2", "content-transfer-encoding", "date", "dnt",
		"expect", "host", "keep-alive", "origin", "referer", "te", "trailer", "transfer-encoding", "upgrade", "via":
		return true
	}
	return false
}

// setState moves to a state and runs onreadystatechange. An exception in the
// handler goes to the caller when the change comes from a script's call
// (open, a synchronous send, abort), and is reported when it comes from the
// network.
func (x *xhrRequest) setState(s int) {
	x.state = s
	fn, ok := goja.AssertFunction(x.obj.Get("onreadystatechange"))
	if !ok {
		return
	}
	if _, err := x.e.callJS(fn, x.obj); err != nil {
		var ex *goja.Exception
		if x.e.watch.depth > 0 && errors.As(err, &ex) {
			panic(ex.Value()) // inside a script's call: it throws there
		}
		x.e.reportException(err)
	}
}

func (x *xhrRequest) abortRequest() {
	x.gen++
	if x.cancel != nil {
		x.cancel()
		x.cancel = nil
	}
}

// start sends the request: on a goroutine, or here for a synchronous one.
func (x *xhrRequest) start(body []byte) {
	x.gen++
	gen := x.gen
	u, err := url.Parse(x.url)
	if err == nil && u.Scheme == "file" {
		if os.Getenv("QML_XHR_ALLOW_FILE_READ") != "1" || x.method != "GET" {
			// Qt refuses and never completes the request.
			x.e.print("XMLHttpRequest: Using " + x.method + " on a local file is disabled by default.\nSet QML_XHR_ALLOW_FILE_READ to 1 to enable this feature.")
			return
		}
	}
	ctx, cancel := context.WithCancel(x.ctx)
	x.cancel = cancel
	req := xhrHTTPRequest{method: x.method, url: x.url, headers: x.headers, body: body}
	if !x.async {
		r := req.do(ctx)
		cancel()
		x.finish(gen, r)
		return
	}
	go func() {
		r := req.do(ctx)
		cancel()
		x.e.loop.post(func() { x.finish(gen, r) })
	}()
}

// finish delivers a result on the loop, as Qt's network events arrive.
func (x *xhrRequest) finish(gen int, r xhrResult) {
	if gen != x.gen || x.state != xhrOpened {
		return // aborted or reopened meanwhile
	}
	x.cancel = nil
	if r.failed {
		x.setState(xhrDone)
		return
	}
	x.status, x.statusText, x.respHeaders, x.body = r.status, r.statusText, r.headers, r.body
	if httpErrorReported(r.status) && len(r.body) == 0 {
		// No data ever arrived: Qt goes from its error handler straight
		// to LOADING and DONE, without the headers.
		x.respHeaders = nil
		if x.setState(xhrLoading); gen == x.gen {
			x.setState(xhrDone)
		}
		return
	}
	for _, s := range []int{xhrHeadersReceived, xhrLoading} {
		if x.setState(s); gen != x.gen {
			return
		}
	}
	if httpErrorReported(r.status) {
		// Qt's error path runs the LOADING handler once more.
		if x.setState(xhrLoading); gen != x.gen {
			return
		}
	}
	x.setState(xhrDone)
}

// httpErrorReported: the statuses QNetworkReply reports as content or
// server errors, after which Qt's XMLHttpRequest passes LOADING again.
func httpErrorReported(status int) bool {
	return status >= 400 && status != 407 && status != 409 && status != 410
}

type xhrHTTPRequest struct {
	method, url string
	headers     [][2]string
	body        []byte
}

// xhrClient sends the requests: no keep-alive, so that each connection
// carries one response and its header block can be read in wire order.
var xhrClient = &http.Client{Transport: &http.Transport{
	Proxy:             http.ProxyFromEnvironment,
	DisableKeepAlives: true,
	DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		return xhrDial(ctx, network, addr, false)
	},
	DialTLSContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		return xhrDial(ctx, network, addr, true)
	},
}}

// xhrDial connects (with TLS 1.2+ when secure) and wraps the connection
// in a headerConn.
func xhrDial(ctx context.Context, network, addr string, secure bool) (net.Conn, error) {
	c, err := (&net.Dialer{Timeout: 30 * time.Second}).DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	if !secure {
		return &headerConn{Conn: c}, nil
	}
	host, _, _ := net.SplitHostPort(addr)
	t := tls.Client(c, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12})
	if err := t.HandshakeContext(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return &headerConn{Conn: t}, nil
}

// headerConn keeps the first bytes a connection reads, up to the end of
// the response's header block.
type headerConn struct {
	net.Conn
	head []byte
	done bool
}

func (c *headerConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if !c.done && n > 0 {
		c.head = append(c.head, p[:n]...)
		if i := bytes.Index(c.head, []byte("\r\n\r\n")); i >= 0 || len(c.head) > 1<<20 {
			c.head, c.done = c.head[:max(i, 0)], true
		}
	}
	return n, err
}

// wireOrder lists the header lines of a response head in the order the
// server sent them, names in lower case.
func wireOrder(head []byte) [][2]string {
	var out [][2]string
	lines := strings.Split(string(head), "\r\n")
	for _, l := range lines[min(1, len(lines)):] {
		if name, value, ok := strings.Cut(l, ":"); ok {
			out = append(out, [2]string{strings.ToLower(strings.TrimSpace(name)), strings.TrimSpace(value)})
		}
	}
	return out
}

// do performs the request (no JavaScript values: it runs off the loop).
func (q xhrHTTPRequest) do(ctx context.Context) xhrResult {
	u, err := url.Parse(q.url)
	if err != nil {
		return xhrResult{failed: true}
	}
	if u.Scheme == "file" {
		b, err := os.ReadFile(u.Path)
		if err != nil {
			return xhrResult{failed: true}
		}
		return xhrResult{status: 200, statusText: "OK", body: b}
	}
	var body io.Reader
	if q.body != nil {
		body = bytes.NewReader(q.body)
	}
	req, err := http.NewRequestWithContext(ctx, q.method, q.url, body)
	if err != nil {
		return xhrResult{failed: true}
	}
	req.Header.Set("User-Agent", "Mozilla/5.0")
	req.Header.Set("Accept-Language", "en,*")
	contentType := ""
	for _, h := range q.headers {
		req.Header.Set(h[0], h[1])
		if strings.EqualFold(h[0], "content-type") {
			contentType = h[1]
		}
	}
	if q.body != nil {
		switch {
		case contentType == "":
			req.Header.Set("Content-Type", "text/plain;charset=UTF-8")
		case !strings.Contains(strings.ToLower(contentType), "charset"):
			req.Header.Set("Content-Type", contentType+";charset=UTF-8")
		}
	}
	var conn *headerConn
	req = req.WithContext(httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		GotConn: func(info httptrace.GotConnInfo) { conn, _ = info.Conn.(*headerConn) },
	}))
	resp, err := xhrClient.Do(req)
	if err != nil {
		return xhrResult{failed: true}
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, xhrMaxBody))
	if err != nil && !errors.Is(err, context.Canceled) {
		return xhrResult{failed: true}
	}
	r := xhrResult{status: resp.StatusCode, statusText: strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode))), body: b}
	if conn != nil {
		r.headers = wireOrder(conn.head)
	}
	return r
}
