package wsbinding_test

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/gobwas/ws"
	"github.com/gobwas/ws/wsutil"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

// BenchmarkEchoRoundTrip sends a 64 B text message to
// testdata/examples/echo-server.qml (a JavaScript handler per message) and
// waits for the echo, one at a time: the latency and the allocations of
// one message through the loop, the handler and back. cmd/wsbench measures
// throughput against other servers.
func BenchmarkEchoRoundTrip(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	e := runtime.New(runtime.Options{Args: []string{"qmlrun", "echo-server.qml", "0"}, Context: ctx, Stdout: io.Discard, Stderr: io.Discard})
	if err := e.Register(wsbinding.Module()); err != nil {
		b.Fatal(err)
	}
	if err := e.Load("../testdata/examples/echo-server.qml"); err != nil {
		b.Fatal(err)
	}
	done := make(chan int)
	go func() { done <- e.Run() }()
	defer func() { cancel(); <-done }()
	var url string
	for url == "" || url == "undefined" {
		time.Sleep(10 * time.Millisecond)
		e.Do(func() error { url = e.Root().Property("url").String(); return nil })
	}
	c, _, _, err := ws.Dial(context.Background(), url)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	msg := []byte("0123456789012345678901234567890123456789012345678901234567890123")
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := wsutil.WriteClientText(c, msg); err != nil {
			b.Fatal(err)
		}
		if _, err := wsutil.ReadServerText(c); err != nil {
			b.Fatal(err)
		}
	}
}
