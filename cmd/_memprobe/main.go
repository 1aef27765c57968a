package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"runtime/pprof"
	runtime2 "runtime"
	"time"

	"github.com/gobwas/ws"
	"github.com/qmlrun/qmlrun/runtime"
	"github.com/qmlrun/qmlrun/wsbinding"
)

func main() {
	runtime2.MemProfileRate = 1
	e := runtime.New(runtime.Options{Args: []string{"qmlrun", "x", "0"}, Context: context.Background()})
	e.Register(wsbinding.Module())
	if err := e.Load(os.Args[1]); err != nil {
		panic(err)
	}
	go e.Run()
	time.Sleep(200 * time.Millisecond)
	var url string
	e.Do(func() error { url = e.Root().Property("url").String(); return nil })
	if url == "" || url == "undefined" {
		e.Do(func() error {
			s := e.Root().Property("server")
			if o := e.ObjectOf(s); o != nil {
				url = o.Property("url").String()
			}
			return nil
		})
	}
	fmt.Println("url", url)
	var conns []net.Conn
	for i := 0; i < 5000; i++ {
		c, _, _, err := ws.Dial(context.Background(), url)
		if err != nil {
			panic(err)
		}
		conns = append(conns, c)
	}
	time.Sleep(time.Second)
	runtime2.GC()
	f, _ := os.Create("/tmp/heap.prof")
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
	_ = bufio.NewReader
	fmt.Println("done", len(conns))
}
