package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// heapFloor is the heap size below which qmlrun does not collect garbage.
// A server with a small live heap that receives large messages (a 16 KiB
// echo allocates its ArrayBuffer per message) would otherwise collect a
// hundred times a second, on the one goroutine that runs everything: below
// the floor the collector's percentage is raised so that the next
// collection comes at about heapFloor; above it Go's default applies. An
// idle server still returns its memory (runtime's idle trim), and GOGC set
// by the operator is left alone.
//
// While the live heap grows (a server accepting thousands of connections)
// the floor is not applied: what such a burst leaves behind is mixed with
// its garbage in the same pages, which then cannot be returned, so each
// connection would keep about a quarter more memory.
const heapFloor = 16 << 20

var floorOnce atomic.Bool

// keepHeapFloor re-adjusts the collector's percentage after every
// collection (a finalizer runs once per cycle on the finalizer goroutine).
// Once per process: tests run documents through cmdRun many times.
func keepHeapFloor() {
	if os.Getenv("GOGC") != "" || !floorOnce.CompareAndSwap(false, true) {
		return
	}
	type sentinel struct { // holds a pointer: the tiny allocator would batch it
		_ *int
		_ [16]byte
	}
	current := 100
	var last uint64 // the live heap after the previous collection
	var arm func(*sentinel)
	arm = func(s *sentinel) {
		live := [1]metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(live[:])
		if live[0].Value.Kind() == metrics.KindUint64 {
			percent := 100
			l := live[0].Value.Uint64()
			growing := l > last+last/4
			last = l
			if l > 0 && l < heapFloor/2 && !growing {
				percent = int(min(1600, uint64(heapFloor)*100/l-100))
			}
			if percent != current {
				current = percent
				debug.SetGCPercent(percent)
			}
		}
		runtime.SetFinalizer(&sentinel{}, arm)
	}
	runtime.SetFinalizer(&sentinel{}, arm)
}
