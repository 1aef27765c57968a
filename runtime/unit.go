package runtime

import (
	"time"

	"github.com/dop251/goja"
)

// A unit is one step of the event loop (the posted work, the due timers,
// the ready sockets, the end-of-turn hooks) run inside a single outer
// JavaScript frame, so that each handler it calls is a nested call:
//
//   - promise reactions queued by the handlers run when the unit ends, after
//     every handler of the step, as Qt runs them (its reactions are posted
//     events): two handlers of one signal both run before either handler's
//     `then` callbacks;
//   - goja drops its value stack after every outermost call and grows it
//     again on the next; inside a unit the stack is kept, which saves a few
//     allocations per delivered message.
//
// Exceptions and interrupts of a handler stay with that handler's call
// (reported by the caller as before); the script budget covers each handler
// and, separately, the promise reactions run at the end of the unit.
type unitRunner struct {
	tramp goja.Callable // (function (run) { run() })
	args  []goja.Value  // [run]; run is native: calls f, then arms the budget for reactions
	unit  func(func())  // Engine.unit, as a value made once (the loop passes it per wake-up)
	f     func()
	depth int
	count uint64 // outermost units run so far (the idle trimmer's clock)

	// The loop's units, made once: posted work, and due timers (with the
	// time until the next one in next).
	posted, timers func()
	next           time.Duration
}

// initUnits compiles the trampoline. Its source name starts with "<" so
// that stack traces and error locations skip its frame.
func (e *Engine) initUnits() {
	prg, err := goja.Compile("<loop>", "(function (run) { run() })", true)
	if err != nil {
		panic(err)
	}
	v, err := e.vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	e.units.tramp, _ = goja.AssertFunction(v)
	e.units.posted = func() { e.loop.runPosted() }
	e.units.timers = func() { e.units.next = e.loop.runTimers() }
	e.units.unit = e.unit
	e.units.args = []goja.Value{e.vm.ToValue(func(goja.FunctionCall) goja.Value {
		f := e.units.f
		e.units.f = nil
		f()
		// What runs after this returns are the promise reactions.
		e.watch.enter()
		return goja.Undefined()
	})}
}

// unit runs f as one unit of the event loop (see unitRunner). Loop only.
func (e *Engine) unit(f func()) {
	u := &e.units
	if u.tramp == nil || u.depth > 0 || e.watch.depth > 0 {
		f() // already inside JavaScript: reactions run when that call ends
		return
	}
	u.depth++
	u.count++
	u.f = f
	_, err := u.tramp(goja.Undefined(), u.args...)
	u.depth--
	if u.f == nil {
		e.watch.leave() // entered by run for the reactions
	}
	u.f = nil
	if err != nil {
		e.reportException(err)
	}
}
