package runtime

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// DefaultScriptTimeout is how long one call into JavaScript (a handler, a
// binding, a timer's or a socket's callback) may run before it is
// interrupted, unless Options.ScriptTimeout says otherwise.
const DefaultScriptTimeout = time.Second

// watchdog interrupts JavaScript that runs longer than its budget, so that
// an endless loop in one handler stops that handler and not the server.
// Only the outermost call is timed: a handler that emits a signal whose
// handlers run is one call.
type watchdog struct {
	budget time.Duration
	vm     *goja.Runtime
	stats  *CallStats // nil: calls are not timed for metrics
	t0     time.Time  // start of the outermost call, for stats
	depth  int        // nesting of JavaScript calls on the loop (loop only)

	// first is the interrupt of the innermost call, reported for the
	// whole outermost call (loop only).
	first error

	mu    sync.Mutex // guards busy, start, armed and the VM's interrupt flag
	busy  bool
	start time.Time
	timer *time.Timer
	// armed: the timer is pending. It is not reset for every call (a
	// server makes hundreds of thousands a second): it fires at most once
	// a budget, and then looks at the call under way, if any.
	armed bool
}

// errInterrupted is the value a runaway call is interrupted with.
type errInterrupted struct{ budget time.Duration }

func (e errInterrupted) Error() string {
	return fmt.Sprintf("JavaScript ran longer than %v and was interrupted", e.budget)
}

// enter marks the start of a call into JavaScript.
func (w *watchdog) enter() {
	w.depth++
	if w.depth > 1 || (w.budget <= 0 && w.stats == nil) {
		return
	}
	now := time.Now()
	w.t0 = now
	if w.budget <= 0 {
		return
	}
	w.mu.Lock()
	w.busy, w.start = true, now
	arm := !w.armed
	w.armed = true
	w.mu.Unlock()
	if !arm {
		return // the pending timer fires no later than now + budget
	}
	if w.timer == nil {
		w.timer = time.AfterFunc(w.budget, w.fire)
	} else {
		w.timer.Reset(w.budget)
	}
}

// leave marks the end of a call into JavaScript. An interrupt that arrived
// after the code finished is cleared so that it cannot hit the next call.
func (w *watchdog) leave() {
	w.depth--
	if w.depth > 0 {
		return
	}
	if w.stats != nil {
		w.stats.Calls.Add(1)
		w.stats.Nanos.Add(int64(time.Since(w.t0)))
	}
	if w.budget <= 0 {
		return
	}
	w.mu.Lock()
	w.busy = false
	w.vm.ClearInterrupt()
	w.mu.Unlock()
}

// suspend stops timing the current call while the loop runs nested (a
// test's wait()); the returned function resumes it with a fresh budget.
func (w *watchdog) suspend() (resume func()) {
	depth := w.depth
	if depth == 0 {
		return func() {}
	}
	w.depth = 1
	w.leave()
	return func() {
		w.enter()
		w.depth = depth
	}
}

// stopped handles a call that was interrupted. An interrupt stops the
// whole outermost call, not only the handler it hit: inside another call
// the VM is interrupted again, so the JavaScript above stops too, and the
// outermost call returns the first interrupt, which says where the runaway
// code was.
func (w *watchdog) stopped(err error) error {
	if w.first == nil {
		w.first = err
	}
	if w.depth > 1 {
		w.vm.Interrupt(errInterrupted{w.budget})
		return err
	}
	err, w.first = w.first, nil
	return err
}

// fire runs on the timer's goroutine: goja's Interrupt is the one call
// that may be made on a runtime from another goroutine.
func (w *watchdog) fire() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.busy {
		w.armed = false // the next call arms it again
		return
	}
	if left := w.budget - time.Since(w.start); left > 0 {
		w.timer.Reset(left) // a newer call started since the timer was set
		return
	}
	w.armed = false
	w.vm.Interrupt(errInterrupted{w.budget})
}

// cutShort reports whether an interrupt has stopped the outermost call
// under way: the rest of it, Go code included, is being unwound.
func (w *watchdog) cutShort() bool { return w.depth > 0 && w.first != nil }

// overdue reports whether the current call has run past its budget. Go
// loops over JavaScript data check it every loopCheck iterations: an
// interrupt only stops JavaScript, and an array's length can be 2^32-1
// without memory behind it (a = []; a.length = 4294967295), so converting
// one would otherwise hold the loop for minutes or exhaust memory.
func (w *watchdog) overdue() bool {
	if w.budget <= 0 {
		return false
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.busy || time.Since(w.start) < w.budget {
		return false
	}
	// Interrupt now rather than when the timer's goroutine gets to run:
	// the JavaScript after the Go loop must not go on meanwhile into
	// native code that cannot be interrupted (joining a huge array).
	w.vm.Interrupt(errInterrupted{w.budget})
	return true
}

// loopCheck is how often (a mask of iterations) Go loops over JavaScript
// arrays ask the watchdog whether to stop.
const loopCheck = 1<<10 - 1

// interrupted reports whether err is a watchdog interrupt.
func interrupted(err error) bool {
	var ie *goja.InterruptedError
	return errors.As(err, &ie)
}
