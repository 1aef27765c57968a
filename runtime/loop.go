package runtime

import (
	"container/heap"
	"sync"
	"time"
)

// loop is the event loop. Exactly one goroutine runs it; that goroutine
// owns the goja runtime and every QML object. Other goroutines hand work to
// it with post, which never blocks. Timers and file-descriptor readiness
// (the poller, used by network modules) are served by the same goroutine,
// so QML handlers never run concurrently.
type loop struct {
	mu      sync.Mutex
	posted  []func()
	spare   []func()
	wakeCh  chan struct{}
	poller  poller
	timers  timerHeap
	seq     uint64
	now     func() time.Time
	stopped bool
}

// poller waits for readiness of registered file descriptors; the loop uses
// it instead of a plain wait when network modules have registered sockets.
type poller interface {
	// wait blocks until a descriptor is ready, wake is called, or timeout
	// passes (timeout < 0: no limit), and runs the ready callbacks, all of
	// them inside one call of unit.
	wait(timeout time.Duration, unit func(func()))
	wake()
	close()
}

func newLoop() *loop {
	l := &loop{wakeCh: make(chan struct{}, 1), now: time.Now}
	return l
}

// post queues f to run on the loop goroutine. Safe from any goroutine.
func (l *loop) post(f func()) {
	l.mu.Lock()
	l.posted = append(l.posted, f)
	n := len(l.posted)
	l.mu.Unlock()
	if n == 1 {
		l.wake()
	}
}

func (l *loop) wake() {
	l.mu.Lock()
	p := l.poller
	l.mu.Unlock()
	if p != nil {
		p.wake()
	}
	select {
	case l.wakeCh <- struct{}{}:
	default:
	}
}

// pending reports whether work is posted. Loop only (a post racing with it
// wakes the loop).
func (l *loop) pending() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.posted) > 0
}

// runPosted runs everything posted so far; it reports whether there was any.
func (l *loop) runPosted() bool {
	l.mu.Lock()
	work := l.posted
	l.posted = l.spare[:0]
	l.mu.Unlock()
	for i, f := range work {
		f()
		work[i] = nil
	}
	l.spare = work
	return len(work) > 0
}

// timer is a one-shot timer entry; Timer objects and Qt.callLater's
// deferrals re-arm entries as needed.
type timer struct {
	when  time.Time
	seq   uint64
	fn    func()
	index int // in the heap; -1 when not scheduled
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].seq < h[j].seq
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// schedule arms t to fire after d. Loop goroutine only.
func (l *loop) schedule(t *timer, d time.Duration) {
	l.cancel(t)
	l.seq++
	t.seq = l.seq
	t.when = l.now().Add(d)
	heap.Push(&l.timers, t)
}

// cancel disarms t if it is scheduled. Loop goroutine only.
func (l *loop) cancel(t *timer) {
	if t.index >= 0 && t.index < len(l.timers) && l.timers[t.index] == t {
		heap.Remove(&l.timers, t.index)
	}
	t.index = -1
}

func newTimer(fn func()) *timer { return &timer{fn: fn, index: -1} }

// untilDue reports how long until the next timer is due (0: one is due
// now, -1: none is scheduled).
func (l *loop) untilDue() time.Duration {
	if len(l.timers) == 0 {
		return -1
	}
	if d := l.timers[0].when.Sub(l.now()); d > 0 {
		return d
	}
	return 0
}

// runTimers fires every timer that is due, in order of due time and then
// of scheduling. It reports how long until the next one (-1: none).
func (l *loop) runTimers() time.Duration {
	now := l.now()
	for len(l.timers) > 0 {
		t := l.timers[0]
		if t.when.After(now) {
			return t.when.Sub(now)
		}
		heap.Pop(&l.timers)
		t.fn()
		if l.stopped {
			return -1
		}
	}
	return -1
}

// waitFor blocks until posted work arrives, a poller event, or d passes;
// the poller's callbacks run inside unit.
func (l *loop) waitFor(d time.Duration, unit func(func())) {
	l.mu.Lock()
	p := l.poller
	l.mu.Unlock()
	if p != nil {
		p.wait(d, unit)
		return
	}
	if d < 0 {
		<-l.wakeCh
		return
	}
	t := time.NewTimer(d)
	select {
	case <-l.wakeCh:
	case <-t.C:
	}
	t.Stop()
}
