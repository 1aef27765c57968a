package runtime

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/qmlrun/qmlrun/parser"
)

// Options configure an Engine.
type Options struct {
	// ImportPaths are searched for module imports (like qml -I).
	ImportPaths []string
	// Stdout and Stderr receive program output; console output goes to
	// Stderr as in Qt. Default: os.Stdout, os.Stderr.
	Stdout, Stderr io.Writer
	// Logger receives structured runtime events (JavaScript exceptions,
	// binding errors and loops) besides the Qt-style lines on Stderr; nil
	// discards them.
	Logger *slog.Logger
	// Args is Qt.application.arguments (the first entry is the program).
	Args []string
	// Context stops the engine when done, as Quit would.
	Context context.Context
	// ScriptTimeout bounds one call into JavaScript (a handler, a binding
	// evaluation, a callback): code still running after it is interrupted
	// and reported like an exception, and the loop goes on. Zero means
	// DefaultScriptTimeout; a negative value disables the limit.
	ScriptTimeout time.Duration
	// CallStats, when set, adds up the time spent in JavaScript: every
	// outermost call (a handler, a binding, a callback) counts once.
	// Its fields are atomic, so a metrics server may read them meanwhile.
	CallStats *CallStats

	// writableGlobals: a WorkerScript's engine, whose script declares its
	// own globals, as Qt's worker engine lets it (see guardGlobals).
	writableGlobals bool
}

// CallStats counts the calls into JavaScript and the time they took.
type CallStats struct {
	Calls atomic.Int64
	Nanos atomic.Int64
}

// Engine runs QML documents. Create one with New, add Go types with
// Register, load a document with Load or LoadString, then Run it. The
// engine's event loop owns every QML object and the JavaScript runtime;
// Engine methods may be called from any goroutine unless documented
// otherwise: they are carried out on the loop.
type Engine struct {
	qmldirs map[string]*qmldir // by directory, read once (qmldirOf)
	opts    Options
	vm      *goja.Runtime
	global  *goja.Object // the global object itself; JavaScript sees it through guardGlobals' proxy
	loop    *loop
	reg     *registry
	stdout  io.Writer
	stderr  io.Writer
	outMu   sync.Mutex
	// printTo, when set, takes the lines print writes (a WorkerScript's
	// engine prints through its document's), and consoleTag replaces the
	// "qml: " before console output (a worker's is "js: ").
	printTo    func(level, line string)
	consoleTag string
	inEntry    bool           // a worker runs its script's top level
	fmtArrays  []*goja.Object // the arrays formatValue is inside
	// ownMu is held by whoever owns the engine's objects: Run for the life
	// of the loop, or a Do that runs directly while there is no loop.
	ownMu sync.Mutex

	tracking  *binding
	watch     *watchdog
	units     unitRunner
	trim      idleTrim
	guiLoaded bool    // a module with Gui was imported: Qt.rgba & co. work
	app       *Object // Qt.application, once a script has read it
	// platformObj is Qt.platform, once a script has read it.
	platformObj *Object
	nextID      uint64
	// qmlTypeN numbers the types documents add, as Qt's one counter
	// does for the NAME_QMLTYPE_N and BASE_QML_N class names.
	qmlTypeN int

	running  bool
	loopG    bool // a Run call is executing the loop
	quitting bool
	exitNow  bool
	exitCode int

	quitPending    bool
	quitTimer      *timer
	creating       int // depth of component creation in progress
	deferredErrors []deferredError
	callLater      []*callLaterEntry
	callLaterArmed bool
	completing     *creation // whose Complete hooks are running
	callLaterTimer *timer

	// pendingInitial is Object.Instantiate's initial function, taken by
	// the creation it starts (not by those nested in it).
	pendingInitial func(*Object)

	docs           map[string]*document
	root           *Object
	protoQObj      *goja.Object
	bindProto      *goja.Object
	typeObjs       map[*Type]*goja.Object
	countMap       map[string]int
	injectWarn     map[*handlerInfo]bool
	onStop         []func()
	bindFns        map[*goja.Object]goja.Callable
	rootDoc        *document
	turnHooks      []func()
	state          map[any]any
	sigSym         *goja.Symbol // holds a signal object's *sigRef
	sigProto       *goja.Object
	handProto      *goja.Object
	seqProto       *goja.Object            // prototype of value lists (sequenceProto)
	listProtoObj   *goja.Object            // prototype of list<T> property values (listProto)
	pendingComps   []*Object               // components waiting for a completion (componentData.pending)
	lastMiss       memberMiss              // the last member an object did not have (callError)
	lastRead       lastRead                // the last property read (typeErrorMessage)
	sources        map[string]string       // compiled JavaScript by URL (typeErrorMessage)
	parsedSources  map[string]*ast.Program // sources parsed on demand (paramIsNull)
	completeN      int                     // completions so far (Object.completeSeq)
	orphans        map[*Object]struct{}    // live objects JavaScript created without a parent
	unknownTypeObj *goja.Object            // what a directory import's qualifier gives for a name it lacks
	// innerErrors are the errors of the last component file that failed
	// to load, reported after the error of the document using it.
	innerErrors parser.Diagnostics
	// compiling is the stack of documents being compiled, to name both
	// ends of a cycle.
	compiling []*document
	// checkAll makes a document report every error it has, not only the
	// one Qt would print (Check).
	checkAll   bool
	dirNames   map[string][]string // .qml type names per directory (hints)
	scripts    map[string]*jsResource
	singletons map[*Type]*Object
	// singletonBusy: singletons being created (a second request while
	// one is made must not start another)
	singletonBusy map[*Type]bool
	rootCtx       *qmlContext
	// consoleHook, when set, receives console output first (test runners
	// print it in their own format).
	consoleHook func(level, msg string) bool
	// warningHook, when set, receives the other messages first.
	warningHook func(level, msg string) bool
	stackTail   func() []StackFrame     // see SetStackTail
	urlMethods  [3]*goja.Object         // see urlMethod
	defaults    map[*propDef]goja.Value // see comparedDefault
}

// SetConsoleHandler routes console.log/info/debug/warn/error through h:
// level is "debug", "info", "warning" or "critical", msg the formatted
// arguments. When h returns false the line is printed as usual. Loop only.
func (e *Engine) SetConsoleHandler(h func(level, msg string) bool) { e.consoleHook = h }

// SetWarningHandler routes the engine's other messages (binding errors,
// Qt's warnings, console.count/trace/assert...) through h, as Qt's message
// handler gets them: level is "debug", "warning" or "critical". When h
// returns false the message is printed as usual. Loop only.
func (e *Engine) SetWarningHandler(h func(level, msg string) bool) { e.warningHook = h }

// StackFrame is a frame of script code that calls into the engine from
// outside its JavaScript stack, such as QtTest's TestCase.qml calling the
// test functions.
type StackFrame struct {
	Func, URL string
	Line      int
}

// SetStackTail makes f supply the frames below the JavaScript stack:
// console.trace() and friends list them after the script's frames, and a
// warning about a call that no script made names the first one. Loop only.
func (e *Engine) SetStackTail(f func() []StackFrame) { e.stackTail = f }

// CallerLine returns the file and line of the innermost JavaScript frame
// (where a Go function was called from). Loop only.
func (e *Engine) CallerLine() (string, int) {
	for _, f := range e.vm.CaptureCallStack(0, nil) {
		if p := f.Position(); p.Line > 0 && f.SrcName() != "" {
			return f.SrcName(), p.Line
		}
	}
	return "", 0
}

// FormatValue renders a value as console.log does. Loop only.
func (e *Engine) FormatValue(v goja.Value) string { return e.formatValue(v, 0) }

// ExceptionLine returns the file and line where a JavaScript exception was
// thrown, and its message as Qt prints it.
func (e *Engine) ExceptionLine(err error) (file string, line int, msg string) {
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		return "", 0, err.Error()
	}
	e.adoptError(ex.Value())
	msg = e.errorMessage(ex.Value())
	if obj, ok := ex.Value().(*goja.Object); ok {
		if m := obj.Get("message"); m != nil && !goja.IsUndefined(m) {
			msg = m.String()
		}
	}
	for _, f := range ex.Stack() {
		if p := f.Position(); p.Line > 0 && f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
			return f.SrcName(), p.Line, msg
		}
	}
	return "", 0, msg
}

// Methods lists the QML-declared functions of an object (not in any order).
func (o *Object) Methods() []string {
	names := make([]string, 0, len(o.peek().methods))
	for n := range o.peek().methods {
		names = append(names, n)
	}
	return names
}

// Call calls a method of the object with this = the object; a JavaScript
// exception comes back as the error. Loop only.
func (o *Object) Call(name string, args ...goja.Value) (goja.Value, error) {
	fn, ok := goja.AssertFunction(o.member(name))
	if !ok {
		return nil, &Error{Message: "no method " + name}
	}
	return o.e.callJS(fn, o.e.wrap(o), args...)
}

// ProcessEvents runs the event loop (timers, posted work, I/O) for d, from
// inside a handler: what QtTest's wait() does. Loop only.
func (e *Engine) ProcessEvents(d time.Duration) {
	deadline := time.Now().Add(d)
	// The handlers that run meanwhile are timed on their own, and the
	// waiting handler's time starts again when the wait is over.
	defer e.watch.suspend()()
	for {
		e.loop.runPosted()
		next := e.loop.runTimers()
		for _, f := range e.turnHooks {
			f()
		}
		left := time.Until(deadline)
		if left <= 0 {
			return
		}
		if next < 0 || next > left {
			next = left
		}
		e.loop.waitFor(next, func(f func()) { f() })
	}
}

// Error is a runtime error outside JavaScript (a load error carries
// parser.Diagnostics instead).
type Error struct {
	Message string
}

func (e *Error) Error() string { return e.Message }

// maxCallDepth is the depth of JavaScript calls at which a recursion
// stops, as deep as Qt 6.4 lets a function recurse.
const maxCallDepth = 1235

// New creates an engine with the QtQml module registered.
func New(opts Options) *Engine {
	e := &Engine{opts: opts, vm: goja.New(), loop: newLoop(), reg: newRegistry()}
	e.stdout, e.stderr = opts.Stdout, opts.Stderr
	if e.stdout == nil {
		e.stdout = os.Stdout
	}
	if e.stderr == nil {
		e.stderr = os.Stderr
	}
	e.trim.allocs = heapAllocated()
	// Qt's JavaScript stack holds about 1230 nested calls; deeper
	// recursion is a RangeError.
	e.vm.SetMaxCallStackSize(maxCallDepth)
	e.watch = &watchdog{vm: e.vm, budget: opts.ScriptTimeout, stats: opts.CallStats}
	if e.watch.budget == 0 {
		e.watch.budget = DefaultScriptTimeout
	}
	e.docs = map[string]*document{}
	e.typeObjs = map[*Type]*goja.Object{}
	e.countMap = map[string]int{}
	e.injectWarn = map[*handlerInfo]bool{}
	e.callLaterTimer = newTimer(e.runCallLater)
	e.quitTimer = newTimer(func() { e.quitPending = true })
	e.bindFns = map[*goja.Object]goja.Callable{}
	e.sigSym = goja.NewSymbol("qmlrun.signal")
	if err := e.reg.register(qtqmlModule()); err != nil {
		panic(err)
	}
	if err := e.reg.register(modelsModule()); err != nil {
		panic(err)
	}
	if err := e.reg.register(workerModule()); err != nil {
		panic(err)
	}
	e.installGlobals()
	e.global = e.vm.GlobalObject()
	if !opts.writableGlobals {
		e.guardGlobals()
	}
	e.initUnits()
	return e
}

// SetGlobal defines a JavaScript global that QML code can read. Scripts
// cannot assign globals (see guardGlobals); a Go host adds them here, not
// with the goja runtime's Set. Call it before Load, or on the loop.
func (e *Engine) SetGlobal(name string, v any) {
	e.global.Set(name, v)
}

// Register adds a module of Go types. Call it before Load.
func (e *Engine) Register(m *Module) error { return e.reg.register(m) }

// Runtime returns the goja runtime. Use it only on the loop goroutine
// (in TypeSpec hooks, handlers, or functions passed to Do).
func (e *Engine) Runtime() *goja.Runtime { return e.vm }

// Root returns the root object of the loaded document (loop goroutine).
func (e *Engine) Root() *Object { return e.root }

// Post runs f on the loop goroutine without waiting. Safe from any goroutine.
func (e *Engine) Post(f func()) { e.loop.post(f) }

// Do runs f on the loop goroutine and waits for it (do not call it from the
// loop goroutine itself, e.g. from a handler). When the loop is not
// running (before Run, after it returned) f runs on the caller's goroutine,
// which then owns the engine. A panic in f is returned as an error.
func (e *Engine) Do(f func() error) (err error) {
	// run's own result carries the panic: `return run()` below would
	// overwrite an error stored in Do's result by a deferred recover.
	run := func() (rerr error) {
		defer func() {
			if r := recover(); r != nil {
				rerr = fmt.Errorf("runtime: %v", r)
			}
		}()
		return f()
	}
	for {
		e.outMu.Lock()
		loopRunning := e.loopG
		e.outMu.Unlock()
		if loopRunning {
			done := make(chan error, 1)
			e.loop.post(func() { done <- run() })
			return <-done
		}
		// No loop: run here, holding ownership so that a Run starting
		// meanwhile waits for f to finish.
		if e.ownMu.TryLock() {
			defer e.ownMu.Unlock()
			return run()
		}
		// Run is starting: once it marks the loop running, post to it.
		time.Sleep(50 * time.Microsecond)
	}
}

// Load parses and instantiates a .qml file as the root document.
func (e *Engine) Load(path string) error {
	abs, src, err := readSource(path)
	if err != nil {
		return err
	}
	return e.LoadString(abs, src)
}

// singletonRootError is Qt's error for a pragma Singleton document given
// to QQmlComponent (run as the root document).
func singletonRootError(d *document) error {
	return parser.Diagnostics{{Pos: parser.Pos{Filename: d.url}, Message: "No matching type found, pragma Singleton files cannot be used by QQmlComponent."}}
}

// readSource reads a document, returning its absolute path.
func readSource(path string) (abs, src string, err error) {
	if abs, err = filepath.Abs(path); err != nil {
		return "", "", err
	}
	b, err := os.ReadFile(abs)
	return abs, string(b), err
}

// LoadString instantiates a document given as text; path names it (for
// errors and relative imports).
func (e *Engine) LoadString(path, src string) error {
	return e.Do(func() error {
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		doc, err := e.compileDocument(abs, src)
		if err != nil {
			return err
		}
		if doc.singleton {
			return singletonRootError(doc)
		}
		e.rootDoc = doc
		e.numberDocument(doc, true)
		var root *Object
		e.unit(func() { root, err = e.instantiate(doc, nil) })
		if err != nil {
			return err
		}
		e.root = root
		return nil
	})
}

// Check loads a document and the components and scripts it uses and
// resolves its types, ids, properties and bindings without creating any
// object or running its code: the static pass `qmlrun check` reports. It
// returns every error found, as parser.Diagnostics. Call it before Run.
func (e *Engine) Check(path string) error {
	abs, src, err := readSource(path)
	if err != nil {
		return err
	}
	return e.Do(func() error {
		e.checkAll = true
		defer func() { e.checkAll = false }()
		d, err := e.compileDocument(abs, src)
		if err == nil && d.singleton && !startsUpper(filepath.Base(abs)) {
			// A lower-case file is a program, not a module's type: run,
			// Qt refuses it.
			return singletonRootError(d)
		}
		return err
	})
}

// Run runs the event loop until Qt.quit()/Qt.exit(), the context given in
// Options is done, or Quit is called, and returns the exit code.
func (e *Engine) Run() int {
	e.ownMu.Lock()
	defer e.ownMu.Unlock()
	e.outMu.Lock()
	e.loopG = true
	e.outMu.Unlock()
	defer func() {
		e.outMu.Lock()
		e.loopG = false
		e.outMu.Unlock()
	}()
	if ctx := e.opts.Context; ctx != nil {
		stop := context.AfterFunc(ctx, func() { e.loop.post(func() { e.exit(0, true) }) })
		defer stop()
	}
	for !e.exitNow {
		e.runPosted()
		if e.exitNow {
			break
		}
		next := e.loop.untilDue()
		if next == 0 {
			e.unit(e.units.timers)
			next = e.units.next
		}
		if e.exitNow {
			break
		}
		if e.quitPending {
			// Qt.quit()/exit() arrive through the event queue: what was
			// due when they were called has run; now stop.
			e.runPosted()
			break
		}
		if e.runPosted() {
			continue
		}
		for _, f := range e.turnHooks {
			f()
		}
		if e.runPosted() {
			continue
		}
		e.loop.waitFor(e.idleWait(next), e.units.unit)
	}
	e.shutdown()
	return e.exitCode
}

// runPosted runs the posted work as one unit; it reports whether there was any.
func (e *Engine) runPosted() bool {
	if !e.loop.pending() {
		return false
	}
	e.unit(e.units.posted)
	return true
}

// Quit stops the engine as Qt.exit(code) would. Safe from any goroutine.
func (e *Engine) Quit(code int) {
	e.loop.post(func() { e.exit(code, true) })
}

// exit records the exit code; Qt delivers quit and exit through the event
// queue, so the current handler, pending timers and callLater functions
// that are due still run before the loop stops.
func (e *Engine) exit(code int, now bool) {
	e.exitCode = code
	if now {
		e.exitNow = true
		e.loop.stopped = true
		return
	}
	if !e.quitting {
		e.quitting = true
		e.loop.schedule(e.quitTimer, 0)
	}
}

// Quitting reports whether Qt.quit() or Qt.exit() was called. Loop only.
func (e *Engine) Quitting() bool { return e.quitting || e.exitNow }

// shutdown destroys the object tree after the loop stopped, running
// Component.onDestruction handlers in Qt's order.
func (e *Engine) shutdown() {
	e.loop.stopped = false
	e.exitNow = false
	e.aboutToQuit()
	if e.root != nil {
		root := e.root
		e.root = nil
		e.shutdownDestruction(root)
		e.destroyObject(root)
	}
	for o := range e.orphans {
		e.destroyObject(o)
	}
	// Singletons go last, with the engine (Qt destroys them after the
	// root context), in the order they were made.
	var singles []*Object
	for _, o := range e.singletons {
		if o != nil && !o.destroyed {
			singles = append(singles, o)
		}
	}
	sort.Slice(singles, func(i, j int) bool { return singles[i].id < singles[j].id })
	for _, o := range singles {
		e.destroyTree(o)
	}
	// Components outside the tree (Qt.createComponent's) go with the
	// engine; those still pending say so, as Qt's do when collected.
	for _, c := range e.pendingComps {
		e.componentGone(c)
	}
	e.pendingComps = nil
	for _, f := range e.onStop {
		f()
	}
	for _, f := range e.turnHooks {
		f()
	}
	e.loop.mu.Lock()
	p, ok := e.loop.poller.(*epoller)
	e.loop.poller = nil // post from other goroutines reads it under mu
	e.loop.mu.Unlock()
	if ok {
		p.close()
	}
	e.exitNow = true
}

// OnStop registers f to run on the loop when the engine shuts down
// (network modules close their sockets here).
func (e *Engine) OnStop(f func()) { e.onStop = append(e.onStop, f) }

// Loop access for modules that need timers or posted work.

// AfterFunc runs f on the loop after d; the returned function cancels it.
// Loop goroutine only.
func (e *Engine) AfterFunc(d time.Duration, f func()) (cancel func()) {
	t := newTimer(f)
	e.loop.schedule(t, d)
	return func() { e.loop.cancel(t) }
}

// print writes a line to stderr (console output, warnings).
func (e *Engine) print(line string) { e.printAt("warning", line) }

// printAt prints a message of a level ("debug", "warning", "critical"),
// through the warning handler when there is one.
func (e *Engine) printAt(level, line string) {
	// Qt's message handler writes messages as C strings: a NUL ends the
	// line.
	if i := strings.IndexByte(line, 0); i >= 0 {
		line = line[:i]
	}
	if e.printTo != nil {
		e.printTo(level, line)
		return
	}
	if e.warningHook != nil && e.warningHook(level, line) {
		return
	}
	e.outMu.Lock()
	io.WriteString(e.stderr, line+"\n")
	e.outMu.Unlock()
}

// Warn prints a warning line as Qt prints them (loop goroutine).
func (e *Engine) Warn(msg string) { e.print(msg) }

// catch runs f and converts a JavaScript exception it throws into an error.
func (e *Engine) catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Exception:
				err = errors.New(x.Value().String())
			case *goja.Object:
				err = errors.New(x.String())
			default:
				panic(r)
			}
		}
	}()
	f()
	return nil
}

// callJS calls a JavaScript function, turning a thrown exception into an
// error and stopping on interrupts.
func (e *Engine) callJS(fn goja.Callable, this goja.Value, args ...goja.Value) (v goja.Value, err error) {
	e.watch.enter()
	defer func() {
		if err != nil && interrupted(err) {
			err = e.watch.stopped(err)
		}
		e.watch.leave()
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Object:
				err = e.exceptionFromValue(x)
			default:
				if x, ok := r.(goruntime.Error); ok && faultInGoja() {
					// A fault inside goja itself (its parser, reached
					// through eval("var[...0(0"), indexes out of range):
					// goja has put its state back at each call on the way
					// out, so this call fails as an uncaught error and the
					// program goes on. A fault in qmlrun's own code still
					// stops it (and the fuzzers see it).
					err = e.exceptionFromValue(e.newError("%v", x))
					break
				}
				panic(r)
			}
		}
	}()
	return fn(this, args...)
}

// faultInGoja reports, from a deferred function recovering a panic, whether
// the panic started in goja's code: the first function below the first
// panic on the stack (goja panics again on its way out) is goja's.
func faultInGoja() bool {
	pcs := make([]uintptr, 256)
	frames := goruntime.CallersFrames(pcs[:goruntime.Callers(2, pcs)])
	origin, below := "", false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			origin, below = "", true
		case below && origin == "" && !strings.HasPrefix(f.Function, "runtime."):
			origin = f.Function
		}
		if !more {
			break
		}
	}
	return strings.HasPrefix(origin, "github.com/dop251/goja")
}

// CallFunction calls a JavaScript function as the engine calls handlers
// (under its script time limit); a JavaScript exception comes back as the
// error. Loop only.
func (e *Engine) CallFunction(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, error) {
	return e.callJS(fn, this, args...)
}

// exceptionFromValue wraps a thrown value that escaped as a Go panic.
func (e *Engine) exceptionFromValue(v goja.Value) error {
	ex, err := e.vm.RunString("(function(v){throw v})")
	if err != nil {
		return err
	}
	f, _ := goja.AssertFunction(ex)
	_, err = f(nil, v)
	return err
}

// newError creates a JavaScript Error object with a message.
func (e *Engine) newError(format string, args ...any) *goja.Object {
	ctor := e.vm.Get("Error")
	obj, err := e.vm.New(ctor, e.vm.ToValue(fmt.Sprintf(format, args...)))
	if err != nil {
		panic(err)
	}
	return obj
}

// reportException prints an exception from a handler the way Qt does:
// FILE:LINE: Name: message, with the line of the throw.
func (e *Engine) reportException(err error) {
	if interrupted(err) && e.watch.depth > 0 {
		return // the outermost call reports where the runaway code was stopped
	}
	text := e.exceptionText(err)
	e.print(text)
	if interrupted(err) {
		e.event(slog.LevelError, "javascript interrupted", "message", text, "budget", e.watch.budget.String())
		return
	}
	e.event(slog.LevelError, "javascript exception", "message", text)
}

// event logs a structured runtime event to Options.Logger.
func (e *Engine) event(level slog.Level, msg string, args ...any) {
	if e.opts.Logger != nil {
		e.opts.Logger.Log(context.Background(), level, msg, args...)
	}
}

// Event logs a structured event to Options.Logger (nothing without one):
// modules report connection errors and limits here. Any goroutine.
func (e *Engine) Event(level slog.Level, msg string, args ...any) { e.event(level, msg, args...) }

// Logging reports whether Options.Logger is set, so that callers can skip
// preparing the attributes of an Event.
func (e *Engine) Logging() bool { return e.opts.Logger != nil }

func (e *Engine) exceptionText(err error) string {
	var stack []goja.StackFrame
	var msg string
	var ex *goja.Exception
	var ie *goja.InterruptedError
	var so *goja.StackOverflowError
	switch {
	case errors.As(err, &ie):
		stack, msg = ie.Stack(), "Error: "+fmt.Sprint(ie.Value())
	case errors.As(err, &so):
		// Qt names the file of the innermost call, at line 1.
		for _, f := range so.Stack() {
			if f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
				return e.displayURL(f.SrcName()) + ":1: RangeError: Maximum call stack size exceeded."
			}
		}
		return "<Unknown File>: RangeError: Maximum call stack size exceeded."
	case errors.As(err, &ex):
		e.adoptError(ex.Value())
		stack, msg = ex.Stack(), e.errorMessage(ex.Value())
	default:
		return "qmlrun: " + err.Error()
	}
	loc := ""
	for _, f := range stack {
		p := f.Position()
		if p.Line > 0 && f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
			loc = e.displayURL(f.SrcName()) + ":" + itoa(p.Line) + ": "
			break
		}
	}
	if loc == "" {
		loc = "<Unknown File>: "
	}
	return loc + msg
}

// errorMessage renders a thrown value as Qt prints it: "Error: message"
// for Error objects, the value's string otherwise.
func (e *Engine) errorMessage(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if obj, ok := v.(*goja.Object); ok {
		name := obj.Get("name")
		msg := obj.Get("message")
		if name != nil && msg != nil && !goja.IsUndefined(name) {
			m := msg.String()
			if m == "" {
				return name.String()
			}
			return name.String() + ": " + m
		}
	}
	return e.formatValue(v, 0)
}

func itoa(n int) string { return fmt.Sprint(n) }

// displayURL is how a document's URL appears in messages.
func (e *Engine) displayURL(u string) string { return u }

// toValue converts a Go value to JavaScript (goja values pass through).
func (e *Engine) toValue(v any) goja.Value {
	switch x := v.(type) {
	case nil:
		return goja.Null()
	case goja.Value:
		return x
	case *Object:
		return e.wrap(x)
	case []string:
		arr := make([]any, len(x))
		for i, s := range x {
			arr[i] = s
		}
		return e.vm.NewArray(arr...)
	}
	return e.vm.ToValue(v)
}

// deferredError is a binding error held back during creation: Qt reports
// those after Component.onCompleted, newest first, and drops the ones whose
// binding recovered in the meantime.
type deferredError struct {
	b    *binding
	text string
}

func (e *Engine) bindingError(b *binding, err error) {
	if interrupted(err) && e.watch.depth > 0 {
		return // reported by the outermost call
	}
	text := e.exceptionText(err)
	if interrupted(err) {
		e.event(slog.LevelError, "javascript interrupted", "message", text, "budget", e.watch.budget.String())
	} else {
		e.event(slog.LevelError, "binding error", "message", text)
	}
	e.reportBindingError(b, text)
}

// reportBindingError prints a binding's error, or keeps it until the
// creation in progress ends, as Qt does: a binding that evaluates well
// meanwhile drops its error, and one that fails again replaces it.
func (e *Engine) reportBindingError(b *binding, text string) {
	if e.creating > 0 {
		for i := range e.deferredErrors {
			if e.deferredErrors[i].b == b {
				e.deferredErrors[i].text = text
				return
			}
		}
		e.deferredErrors = append(e.deferredErrors, deferredError{b: b, text: text})
		return
	}
	e.print(text)
}

func (e *Engine) bindingRecovered(b *binding) {
	if e.creating == 0 || len(e.deferredErrors) == 0 {
		return
	}
	for i := range e.deferredErrors {
		if e.deferredErrors[i].b == b {
			e.deferredErrors = append(e.deferredErrors[:i], e.deferredErrors[i+1:]...)
			return
		}
	}
}

func (e *Engine) flushDeferredErrors() {
	errs := e.deferredErrors
	e.deferredErrors = nil
	for i := len(errs) - 1; i >= 0; i-- {
		// Qt's delayed error goes with its binding: an object destroyed
		// meanwhile reports nothing.
		if o := errs[i].b.obj; o != nil && o.Destroyed() || errs[i].b.removed {
			continue // so does a binding removed meanwhile (`x = 7`)
		}
		e.print(errs[i].text)
	}
}

// bindingAssignError reports a binding result the property's type refuses:
// the property keeps its value, and Qt warns "FILE:LINE:COL: Unable to
// assign QString to int" at the binding (late while a creation is in
// progress, and not at all if the binding recovers before it ends).
func (e *Engine) bindingAssignError(b *binding, v goja.Value, err error) {
	rest, ok := strings.CutPrefix(err.Error(), "Cannot assign ")
	if !ok || b.pos.Line == 0 {
		return
	}
	if goja.IsNull(v) {
		// A binding's null is named "null" here, not std::nullptr_t.
		rest = "null" + strings.TrimPrefix(rest, "std::nullptr_t")
	}
	where := fmt.Sprintf("%s:%d:%d:", e.displayURL(b.pos.Filename), b.pos.Line, b.pos.Column)
	text := where + " Unable to assign " + rest
	if _, isBinding := e.bindingFunction(v); isBinding {
		text = where + " Invalid use of Qt.binding() in a binding declaration."
	}
	e.event(slog.LevelWarn, "binding assign error", "message", text)
	e.reportBindingError(b, text)
}

func (e *Engine) warnBindingLoop(b *binding) {
	o := b.obj
	pos := o.declPos()
	e.print(fmt.Sprintf("%s:%d:%d: QML %s: Binding loop detected for property \"%s\"",
		e.displayURL(pos.Filename), pos.Line, pos.Column, o.qmlTypeName(), b.prop.name))
	e.event(slog.LevelWarn, "binding loop", "file", pos.Filename, "line", pos.Line, "property", b.prop.name)
}

// deliver calls one endpoint of a signal.
func (e *Engine) deliver(o *Object, ep *endpoint, args []goja.Value) {
	switch {
	case ep.binding != nil:
		ep.binding.evaluate()
	case ep.goFn != nil:
		ep.goFn(args)
	case ep.fn != nil:
		e.callHandler(ep.fn, ep.thisValue(), ep.handler, args)
	case ep.funcValue != nil:
		// A connect()ed function gets its Go caller when first called:
		// many (a client's handlers on a quiet connection) never are.
		ep.fn, _ = goja.AssertFunction(ep.funcValue)
		e.callHandler(ep.fn, ep.thisValue(), ep.handler, args)
	}
}

// callHandler calls a signal's JavaScript receiver, reporting what it
// throws; info is set for handlers declared in QML.
func (e *Engine) callHandler(fn goja.Callable, this goja.Value, info *handlerInfo, args []goja.Value) {
	if info != nil {
		e.checkInjection(info)
	}
	if _, err := e.callJS(fn, this, args...); err != nil {
		e.reportException(err)
	}
}

// State returns the value a module keeps for this engine under key,
// creating it with init on first use. Modules keep their per-engine state
// here instead of in globals, so engines stay independent. Loop only.
func (e *Engine) State(key any, init func() any) any {
	if e.state == nil {
		e.state = map[any]any{}
	}
	v, ok := e.state[key]
	if !ok {
		v = init()
		e.state[key] = v
	}
	return v
}

// Log prints a console message at a level ("debug", "info", "warning",
// "critical") as console.log and friends do. Loop only.
func (e *Engine) Log(level, msg string) {
	if e.consoleHook == nil || !e.consoleHook(level, msg) {
		e.print(e.tag() + msg)
	}
}

// tag is what console output starts with: "qml: ", or the engine's
// consoleTag.
func (e *Engine) tag() string {
	if e.consoleTag != "" {
		return e.consoleTag
	}
	return "qml: "
}
