package main

import (
	"net"
	"testing"
	"time"
)

// TestLoadAgainstReference runs a short load against the reference server
// in-process: every echo is verified, so this checks the checker too.
func TestLoadAgainstReference(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	go cmdServe([]string{"-addr", addr})
	time.Sleep(100 * time.Millisecond)
	for _, cfg := range []loadConfig{
		{conns: 4, size: 64, inflight: 3, duration: 200 * time.Millisecond},
		{conns: 4, size: 64, inflight: 4, pipeline: true, duration: 200 * time.Millisecond},
		{conns: 2, size: 20000, inflight: 1, binary: true, duration: 200 * time.Millisecond},
	} {
		r, err := runLoad("ws://"+addr, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if r.msgs == 0 {
			t.Fatalf("%+v: no messages echoed", cfg)
		}
	}
}
