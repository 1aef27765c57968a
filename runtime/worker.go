package runtime

import (
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// workerModule is QtQml.WorkerScript: a script that runs on its own
// goroutine with its own JavaScript runtime, talking to the document only
// by messages, which are copied (plain data: numbers, strings, booleans,
// arrays, objects, dates, ArrayBuffers) as Qt copies them between its
// threads. The event loop's runtime is never touched by the worker.
func workerModule() *Module {
	return &Module{
		Name:    "QtQml.WorkerScript",
		Accepts: func(major, minor int) bool { return major == 2 || major == 6 },
		Types:   []*TypeSpec{workerScriptSpec()},
	}
}

func workerScriptSpec() *TypeSpec {
	return &TypeSpec{
		Name: "WorkerScript", Base: "QtObject", ClassName: "QQuickWorkerScript",
		Properties: []PropertySpec{
			{Name: "source", Type: "url", Changed: func(o *Object) {
				if o.completed {
					o.Data.(*workerScript).load()
				}
			}},
			{Name: "ready", Type: "bool", ReadOnly: true},
		},
		Signals: []SignalSpec{{Name: "message", Params: []ParamSpec{{Name: "messageObject", Type: "var"}}}},
		Methods: []MethodSpec{{Name: "sendMessage", Call: func(o *Object, c goja.FunctionCall) goja.Value {
			w := o.Data.(*workerScript)
			if w.in == nil {
				return goja.Undefined()
			}
			w.in <- exportMessage(c.Argument(0), 0)
			return goja.Undefined()
		}}},
		Init:     func(o *Object) { o.Data = &workerScript{o: o} },
		Complete: func(o *Object) { o.Data.(*workerScript).load() },
		Destroy:  func(o *Object) { o.Data.(*workerScript).stop() },
	}
}

// workerScript is the loop's side of a worker.
type workerScript struct {
	o  *Object
	in chan any      // messages to the worker; closed to stop it
	vm *goja.Runtime // the worker's own runtime, interrupted when it stops
}

// load starts the worker for the current source, replacing any earlier one.
func (w *workerScript) load() {
	w.stop()
	e := w.o.e
	src := w.o.Property("source").String()
	if src == "" {
		return
	}
	// A relative source is relative to the document the worker is
	// declared in.
	if !strings.Contains(src, ":") && w.o.ctx != nil && w.o.ctx.doc != nil {
		if !strings.HasPrefix(src, "/") {
			src = fileURL(filepath.Join(w.o.ctx.doc.dir, src))
		} else {
			src = fileURL(src)
		}
	}
	u, err := url.Parse(src)
	if err != nil || u.Scheme != "file" && u.Scheme != "" {
		e.print(fmt.Sprintf("WorkerScript: Cannot find source file %q", src))
		return
	}
	code, err := os.ReadFile(u.Path)
	if err != nil {
		e.print(fmt.Sprintf("WorkerScript: Cannot find source file %q", src))
		return
	}
	// Read as a .js resource is (Qt's compiler warnings, syntax errors in
	// its words), before goja compiles it.
	if _, err := e.parseScript(src, string(code)); err != nil {
		var ds parser.Diagnostics
		if errors.As(err, &ds) {
			d := ds[0]
			e.print(fmt.Sprintf("%s:%d:%d: SyntaxError: %s", src, d.Pos.Line, d.Pos.Column, d.Message))
		} else {
			e.print(fmt.Sprintf("%s: %v", src, err))
		}
		w.o.SetInternal("ready", true) // as Qt's: its engine is there, the script is not
		return
	}
	js := withCatchHooks(string(code)) // caught errors in Qt's form, as a document's
	prg, err := goja.Compile(src, js, false)
	if err != nil {
		e.print(fmt.Sprintf("%s: %v", src, err))
		return
	}
	in := make(chan any, 64)
	w.in = in
	obj := w.o
	// Replies are delivered on the loop, in order; one from a worker that
	// was replaced or stopped meanwhile is dropped.
	reply := func(m any) {
		e.loop.post(func() {
			if w.in == in && !obj.destroyed {
				e.unit(func() { obj.Emit("message", importMessage(e.vm, m)) })
			}
		})
	}
	// Its exceptions are reported on the loop too, in order with its
	// replies, as Qt posts them to the WorkerScript.
	fail := func(text string) {
		e.loop.post(func() {
			if w.in == in && !obj.destroyed {
				e.print(text)
			}
		})
	}
	// The worker has an engine of its own, with the globals a document's
	// has (Qt, console, Qt's Date forms...) as Qt's worker engine has;
	// only its goroutine uses it, and it prints through this engine.
	we := New(Options{Stdout: e.stdout, Stderr: e.stderr, writableGlobals: true})
	// Its console lines go through the loop, in order with its replies:
	// the document engine's warning handler (QtTest's) runs JavaScript.
	we.printTo = func(level, line string) { e.loop.post(func() { e.printAt(level, line) }) }
	we.consoleTag = "js: "
	we.noteSource(src, js)
	w.vm = we.vm
	go runWorker(we, prg, in, reply, fail)
	w.o.SetInternal("ready", true)
}

func (w *workerScript) stop() {
	if w.in != nil {
		close(w.in)
		w.in = nil
		w.vm.Interrupt("worker stopped") // a handler that never returns ends too
	}
}

// runWorker owns the worker's engine: it runs the script, then each
// message through WorkerScript.onMessage, until in is closed. Its console
// prints at once, its exceptions go to fail.
func runWorker(we *Engine, prg *goja.Program, in <-chan any, reply func(any), fail func(string)) {
	vm := we.vm
	ws := vm.NewObject()
	ws.Set("sendMessage", func(c goja.FunctionCall) goja.Value {
		reply(exportMessage(c.Argument(0), 0))
		return goja.Undefined()
	})
	vm.Set("WorkerScript", ws)
	// Exceptions print as Qt prints them: FILE:LINE: Error: message.
	report := func(err error) {
		if _, stopped := err.(*goja.InterruptedError); stopped {
			return
		}
		fail(we.exceptionText(err))
	}
	we.inEntry = true
	_, err := vm.RunProgram(prg)
	we.inEntry = false
	if err != nil {
		report(err)
	}
	for m := range in {
		fn, ok := goja.AssertFunction(ws.Get("onMessage"))
		if !ok {
			continue
		}
		if _, err := fn(goja.Undefined(), importMessage(vm, m)); err != nil {
			report(err)
		}
	}
}

// A message crosses between runtimes as plain Go data: nil is undefined,
// msgNull null, and objects keep their keys' order.
type (
	msgNull   struct{}
	msgObject struct {
		keys []string
		vals []any
	}
)

// maxMessageDepth bounds the nesting copied (and stops cycles).
const maxMessageDepth = 64

func exportMessage(v goja.Value, depth int) any {
	switch {
	case v == nil || goja.IsUndefined(v):
		return nil
	case goja.IsNull(v):
		return msgNull{}
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		switch x := v.Export().(type) {
		case bool, string, float64:
			return x
		case int64:
			return float64(x)
		}
		return v.String()
	}
	if depth >= maxMessageDepth {
		return nil
	}
	switch x := obj.Export().(type) {
	case time.Time:
		return x
	case goja.ArrayBuffer:
		return &msgObject{} // Qt's message copy keeps no ArrayBuffer contents
	case *objWrapper:
		return nil // a QObject crosses as undefined, as in Qt
	}
	if _, isFn := goja.AssertFunction(obj); isFn {
		return nil
	}
	if obj.ClassName() == "Array" {
		n := obj.Get("length").ToInteger()
		n = min(n, 1<<20)
		out := make([]any, n)
		for i := int64(0); i < n; i++ {
			out[i] = exportMessage(obj.Get(strconv.FormatInt(i, 10)), depth+1)
		}
		return out
	}
	m := &msgObject{}
	for _, k := range obj.Keys() {
		m.keys = append(m.keys, k)
		m.vals = append(m.vals, exportMessage(obj.Get(k), depth+1))
	}
	return m
}

func importMessage(vm *goja.Runtime, m any) goja.Value {
	switch x := m.(type) {
	case nil:
		return goja.Undefined()
	case msgNull:
		return goja.Null()
	case bool, string:
		return vm.ToValue(x)
	case float64:
		if math.IsNaN(x) {
			return vm.ToValue(math.NaN())
		}
		return vm.ToValue(x)
	case time.Time:
		d, err := vm.New(vm.Get("Date"), vm.ToValue(float64(x.UnixMilli())))
		if err != nil {
			return goja.Undefined()
		}
		return d
	case []any:
		vals := make([]any, len(x))
		for i, v := range x {
			vals[i] = importMessage(vm, v)
		}
		return vm.NewArray(vals...)
	case *msgObject:
		obj := vm.NewObject()
		for i, k := range x.keys {
			obj.Set(k, importMessage(vm, x.vals[i]))
		}
		return obj
	}
	return goja.Undefined()
}
