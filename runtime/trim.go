package runtime

import (
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// An idle server gives memory back: when the event loop has had nothing to do
// for idleTrimDelay after allocating at least idleTrimAlloc since the last
// time, a background goroutine collects garbage and returns the free heap to
// the operating system. Without it, a server that has just accepted thousands
// of connections keeps the garbage of their handshakes until the next
// collection, which an idle server never reaches, and Go's scavenger keeps
// the freed pages for minutes: RSS stays near twice the live heap.
//
// The collection runs beside the loop (Go's collector is concurrent), so a
// client that wakes the loop meanwhile is served at once; a loop that is
// never idle that long is left to Go's own pacing.
type idleTrim struct {
	units   uint64    // unitRunner.count when the loop was last seen busy
	since   time.Time // when that was
	checked bool      // this idle period has been looked at
	allocs  uint64    // heap bytes allocated in total at the last trim or the engine's start
	running atomic.Bool
}

const (
	idleTrimDelay = 250 * time.Millisecond
	idleTrimAlloc = 16 << 20
)

// idleWait is called before the loop waits for at most next (< 0: no limit);
// it returns how long to wait so that the loop comes back when the idle
// delay has passed, and starts a trim when it has. Loop only.
func (e *Engine) idleWait(next time.Duration) time.Duration {
	t := &e.trim
	now := e.loop.now()
	if c := e.units.count; c != t.units || t.since.IsZero() {
		t.units, t.since, t.checked = c, now, false
	}
	if t.checked {
		return next
	}
	if left := idleTrimDelay - now.Sub(t.since); left > 0 {
		if next < 0 || left < next {
			return left
		}
		return next
	}
	t.checked = true
	if a := heapAllocated(); a-t.allocs >= idleTrimAlloc && t.running.CompareAndSwap(false, true) {
		t.allocs = a
		go func() {
			debug.FreeOSMemory()
			t.running.Store(false)
		}()
	}
	return next
}

// heapAllocated returns the bytes the process has allocated on the heap so
// far (freed or not).
func heapAllocated() uint64 {
	s := [1]metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(s[:])
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
