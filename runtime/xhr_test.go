package runtime_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
)

// pyHTTPServer answers as the small Python http.server the expected output
// of testdata/xhr_http.qml was recorded against with Qt 6.4 (same status
// lines, headers in the same order, same bodies), so that the headers'
// order and every state change can be compared.
func pyHTTPServer(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go servePy(c)
		}
	}()
	return ln.Addr().String()
}

func servePy(c net.Conn) {
	defer c.Close()
	br := bufio.NewReader(c)
	for {
		req, err := http.ReadRequest(br)
		if err != nil {
			return
		}
		body, _ := io.ReadAll(req.Body)
		var out bytes.Buffer
		head := func(code int, reason string) {
			fmt.Fprintf(&out, "HTTP/1.1 %d %s\r\nServer: BaseHTTP/0.6 Python/3.11.2\r\nDate: %s\r\n", code, reason, time.Now().UTC().Format(http.TimeFormat))
		}
		send := func(code int, reason, ctype string, b []byte) {
			head(code, reason)
			fmt.Fprintf(&out, "Content-Type: %s\r\nContent-Length: %d\r\nX-Custom: yes\r\n\r\n", ctype, len(b))
			out.Write(b)
		}
		text := "text/plain; charset=utf-8"
		switch {
		case req.Method == "POST" || req.Method == "PUT":
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			quote := func(s string) string { b.Reset(); enc.Encode(s); return strings.TrimSpace(b.String()) }
			msg := fmt.Sprintf(`{"method": "POST", "ctype": %s, "body": %s}`, quote(req.Header.Get("Content-Type")), quote(string(body)))
			send(200, "OK", "application/json", []byte(msg))
		case req.Method == "DELETE":
			send(200, "OK", text, []byte("deleted"))
		case req.Method == "HEAD":
			head(501, "Unsupported method ('HEAD')")
			out.WriteString("Connection: close\r\nContent-Type: text/html;charset=utf-8\r\nContent-Length: 497\r\n\r\n")
		case req.URL.Path == "/hello":
			send(200, "OK", text, []byte("hi there"))
		case req.URL.Path == "/json":
			send(200, "OK", "application/json", []byte(`{"a": 1, "b": [1, 2]}`))
		case req.URL.Path == "/404":
			send(404, "Not Found", text, []byte("nope"))
		case req.URL.Path == "/redirect":
			head(302, "Found")
			out.WriteString("Location: /hello\r\nContent-Length: 0\r\n\r\n")
		case req.URL.Path == "/bin":
			b := make([]byte, 256)
			for i := range b {
				b[i] = byte(i)
			}
			send(200, "OK", "application/octet-stream", b)
		case req.URL.Path == "/utf8":
			send(200, "OK", text, []byte("héllo €"))
		default:
			send(500, "Internal Server Error", text, []byte("err"))
		}
		if _, err := c.Write(out.Bytes()); err != nil || req.Method == "HEAD" {
			return
		}
	}
}

// TestXMLHttpRequest runs requests of every kind against a real server
// and compares each state change, status, header and body with what Qt 6.4
// printed for the same script and replies (testdata/xhr_http.out).
func TestXMLHttpRequest(t *testing.T) {
	addr := pyHTTPServer(t)
	src, err := os.ReadFile("testdata/xhr_http.qml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/xhr_http.out")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(addr)
	doc := strings.ReplaceAll(string(src), "127.0.0.1:28765", "127.0.0.1:"+port)
	out := &bytes.Buffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	e := runtime.New(runtime.Options{Stdout: out, Stderr: out, Context: ctx})
	if err := e.LoadString("/tmp/xhr_http.qml", doc); err != nil {
		t.Fatal(err)
	}
	if rc := e.Run(); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	if got := out.String(); got != string(want) {
		t.Errorf("got:\n%s\nwant (Qt 6.4):\n%s", got, want)
	}
}
