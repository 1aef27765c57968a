package runtime

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/qmlrun/qmlrun/parser"
)

// Qt's engine makes an error object in Qt's words: its message names what
// Qt names ("Cannot read property 'x' of null"), its stack lists the frames
// as "function@file:line", and it has its own fileName and lineNumber. goja
// makes it in its own, and has no hook where an error is made. The error
// is put in Qt's form (adoptError) where a script can first see it: as it
// enters a catch block (each compiled catch block starts by calling
// caughtHook on its parameter), when a promise's rejection handler gets
// it, when it is reported uncaught, or, for an error the script makes
// with new Error(...), as it is made (adoptScriptErrors).

// caughtHook is the global function every catch block calls first.
const caughtHook = "$qmlrun$caught"

// withCatchHooks returns the JavaScript program src with a call of
// caughtHook at the start of each catch block that binds its exception to
// a name. The call goes right after the block's '{', so every line keeps
// its number. src is returned unchanged when it does not parse (its
// compilation reports why).
func withCatchHooks(src string) string {
	if !strings.Contains(src, "catch") {
		return src
	}
	prg, err := parser.ParseJS("", src)
	if err != nil {
		return src
	}
	type hook struct {
		at   int
		name string
	}
	var hooks []hook
	parser.WalkJS(prg, func(n ast.Node) {
		c, ok := n.(*ast.CatchStatement)
		if !ok || c.Body == nil {
			return
		}
		if id, ok := c.Parameter.(*ast.Identifier); ok {
			hooks = append(hooks, hook{int(c.Body.LeftBrace), string(id.Name)})
		}
	})
	if len(hooks) == 0 {
		return src
	}
	sort.Slice(hooks, func(i, j int) bool { return hooks[i].at < hooks[j].at })
	var b strings.Builder
	last := 0
	for _, h := range hooks {
		// LeftBrace is the brace's offset plus one: the hook goes after it.
		if h.at < 1 || h.at > len(src) || h.at <= last || src[h.at-1] != '{' {
			return src
		}
		b.WriteString(src[last:h.at])
		b.WriteString(caughtHook + "(" + h.name + ");")
		last = h.at
	}
	b.WriteString(src[last:])
	return b.String()
}

// srcFrame is one frame of a goja stack: the function and where it runs.
type srcFrame struct {
	fn        string
	src       string
	line, col int
}

// gojaFrameRe matches a script frame of goja's stack text: "\tat f
// (file:5:15(7))", or "\tat file:5:15(7)" for an anonymous function.
var gojaFrameRe = regexp.MustCompile(`^\tat (?:([^()]*?) \((.+):(\d+):(\d+)\(\d+\)\)|(.+):(\d+):(\d+)\(\d+\))$`)

// gojaStackFrames reads the script frames of goja's stack text (native
// frames have no place and are left out). ok is false when the text is not
// goja's (a stack already in Qt's form, or one a script assigned).
func gojaStackFrames(stack string) (frames []srcFrame, ok bool) {
	if !strings.Contains(stack, "\n\tat ") {
		return nil, false
	}
	for _, l := range strings.Split(stack, "\n")[1:] {
		m := gojaFrameRe.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		f := srcFrame{fn: m[1], src: m[2]}
		line, col := m[3], m[4]
		if f.src == "" {
			f.src, line, col = m[5], m[6], m[7]
		}
		f.line, _ = strconv.Atoi(line)
		f.col, _ = strconv.Atoi(col)
		frames = append(frames, f)
	}
	return frames, true
}

// firstStackFrame finds the script position of the innermost frame in a
// goja stack text ("\tat f (file.qml:5:15(7))").
func firstStackFrame(stack string) (file string, line int, ok bool) {
	frames, _ := gojaStackFrames(stack)
	for _, f := range frames {
		if f.line > 0 && !strings.HasPrefix(f.src, "<") {
			return f.src, f.line, true
		}
	}
	return "", 0, false
}

// qtStack is Qt's stack text for the frames: "function@file:line", one a
// line, innermost first; the top level of a JavaScript file ends it, as in
// stackText.
func (e *Engine) qtStack(frames []srcFrame) string {
	var lines []string
	for _, f := range frames {
		if f.line == 0 || f.src == "" || strings.HasPrefix(f.src, "<") {
			continue
		}
		lines = append(lines, displayFuncName(f.fn)+"@"+e.displayURL(f.src)+":"+strconv.Itoa(f.line))
		if f.fn == entryName {
			break
		}
	}
	return strings.Join(lines, "\n")
}

// caught is caughtHook: the error a catch block receives, in Qt's form.
func (e *Engine) caught(c goja.FunctionCall) goja.Value {
	e.adoptError(c.Argument(0))
	return goja.Undefined()
}

// adoptError puts an error object made by goja in Qt's form, once: its
// message in Qt's words (qtErrorMessage, globalWriteMessage) unless the
// script made it, the stack in Qt's format, and own fileName and
// lineNumber (Qt's own properties are stack, fileName,
// lineNumber and message, in that order, none enumerable). Any other
// value, and an error already adopted, is left alone.
func (e *Engine) adoptError(v goja.Value) {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ClassName() != "Error" {
		return
	}
	var stack goja.Value
	if e.catch(func() { stack = obj.Get("stack") }) != nil || stack == nil {
		return
	}
	st, ok := stack.Export().(string)
	if !ok {
		return
	}
	frames, ok := gojaStackFrames(st)
	if !ok {
		return
	}
	msg := obj.Get("message")
	ownMsg := msg != nil && hasOwn(obj, "message")
	if ownMsg && len(frames) > 0 && !e.madeByScript(frames[0]) {
		if s, isStr := msg.Export().(string); isStr {
			if m, ok := e.globalWriteMessage(obj, s, frames[0]); ok {
				msg = e.vm.ToValue(m)
				_ = obj.SetPrototype(e.vm.Get("Error").ToObject(e.vm).Get("prototype").ToObject(e.vm))
			} else {
				msg = e.vm.ToValue(e.qtErrorMessage(obj, s, frames))
			}
		}
	}
	// Error.prototype's accessors give the place the stack names, or
	// what a script assigned; read before the stack changes.
	fileName, lineNumber := obj.Get("fileName"), obj.Get("lineNumber")
	_ = obj.DefineDataProperty("stack", e.vm.ToValue(e.qtStack(frames)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if ownMsg {
		obj.Delete("message") // defined again after fileName and lineNumber
	}
	if fileName != nil && !goja.IsUndefined(fileName) {
		_ = obj.DefineDataProperty("fileName", fileName, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = obj.DefineDataProperty("lineNumber", lineNumber, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if ownMsg {
		_ = obj.DefineDataProperty("message", msg, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// madeByScript reports whether the error was made by a script's own
// new TypeError(...) (or a call of an error constructor), at frame f: its
// message is the script's, whatever it says.
func (e *Engine) madeByScript(f srcFrame) bool {
	line, at := e.sourceAt(f)
	if at < 0 {
		return false
	}
	if line[at] == '(' {
		return errorConstructors[identBefore(line[:at])]
	}
	rest, ok := strings.CutPrefix(line[at:], "new")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	end := 0
	for end < len(rest) && (isIdentByte(rest[end]) || rest[end] == '.') {
		end++
	}
	return strings.HasSuffix(rest[:end], "Error")
}

// globalWriteMessage returns Qt's message for goja's ReferenceError
// "NAME is not defined" thrown by a plain assignment to NAME, which strict
// code throws for an undeclared name: Qt throws Error "Invalid write to
// global property" there, as it does (and guardGlobals does) for sloppy
// code. A compound assignment or ++ reads the name first, and stays a
// ReferenceError.
func (e *Engine) globalWriteMessage(obj *goja.Object, msg string, f srcFrame) (string, bool) {
	name, ok := strings.CutSuffix(msg, " is not defined")
	if n := obj.Get("name"); !ok || n == nil || n.String() != "ReferenceError" {
		return "", false
	}
	line, at := e.sourceAt(f)
	if at < 0 || !strings.HasPrefix(line[at:], name) {
		return "", false
	}
	after := strings.TrimLeft(line[at+len(name):], " \t")
	if !strings.HasPrefix(after, "=") || strings.HasPrefix(after, "==") || strings.HasPrefix(after, "=>") {
		return "", false
	}
	return "Invalid write to global property \"" + name + "\"", true
}

// errorConstructors are the error types a script can call without new.
var errorConstructors = map[string]bool{"Error": true, "TypeError": true, "RangeError": true,
	"SyntaxError": true, "ReferenceError": true, "EvalError": true, "URIError": true}

// hasOwn reports whether obj has an own property name.
func hasOwn(obj *goja.Object, name string) bool {
	for _, n := range obj.GetOwnPropertyNames() {
		if n == name {
			return true
		}
	}
	return false
}

// qtErrorMessage is the message Qt's engine gives the error goja made with
// message msg, thrown at frames[0]: a TypeError names what Qt names, and
// the built-ins' fixed messages are Qt's (qtBuiltinMessages).
func (e *Engine) qtErrorMessage(obj *goja.Object, msg string, frames []srcFrame) string {
	name := obj.Get("name")
	if name == nil {
		return msg
	}
	full := name.String() + ": " + msg
	if name.String() == "TypeError" {
		full = e.typeErrorMessage(e.callError(full), frames)
	}
	if full == "ReferenceError: Cannot access a variable before initialization" {
		// A let or const read before its declaration: Qt names it.
		if line, at := e.sourceAt(frames[0]); at >= 0 {
			end := at
			for end < len(line) && isIdentByte(line[end]) {
				end++
			}
			if end > at {
				return line[at:end] + " is not defined"
			}
		}
	}
	if m, ok := qtBuiltinMessages[full]; ok {
		return m
	}
	if name.String() == "TypeError" && strings.HasSuffix(msg, " is not a function") && !strings.HasPrefix(msg, "Property '") {
		// A built-in given what is not a function ([].map(5)).
		return "Type error"
	}
	for _, p := range typeErrorPrefixes {
		if strings.HasPrefix(full, p) {
			return "Type error"
		}
	}
	_, m, _ := strings.Cut(full, ": ")
	return m
}

// typeErrorPrefixes start goja's messages for what Qt reports as a bare
// "Type error": a failed write, addition, deletion or definition of a
// property in strict code or by Object.defineProperty; instanceof, in or
// new with a primitive (a call of one is named by typeErrorMessage).
var typeErrorPrefixes = []string{
	"TypeError: Cannot assign to read only property '",
	"TypeError: Cannot add property ",
	"TypeError: Cannot delete property ",
	"TypeError: Cannot redefine property: ",
	"TypeError: Invalid property descriptor.",
	"TypeError: Value is not an object: ",
}

// qtBuiltinMessages maps goja's fixed messages ("Name: message") to what
// Qt 6.4's built-ins say in the same case; "Type error" is the message of
// V4's errors thrown without one.
var qtBuiltinMessages = map[string]string{
	"TypeError: No initial value":                                               "Type error", // reduce of an empty array
	"URIError: Malformed URI":                                                   "malformed URI sequence",
	"TypeError: Cannot convert a Symbol value to a string":                      "Cannot convert a symbol to a string.",
	"TypeError: Cannot convert a Symbol value to a number":                      "Type error",
	"RangeError: Invalid time value":                                            "Invalid Date out of range", // toISOString
	"TypeError: Object.defineProperty called on non-object":                     "Type error",
	"TypeError: Class constructor cannot be invoked without 'new'":              "Cannot call a class constructor without |new|",
	"TypeError: object is not iterable":                                         "Type error",
	"TypeError: Assignment to constant variable.":                               "",
	"TypeError: The comparison function must be either a function or undefined": "Type error",
	"TypeError: Value is not a constructor":                                     "Type error",
	"TypeError: Value is not object coercible":                                  "Type error", // destructuring null
	"TypeError: Symbol is not a constructor":                                    "Symbol can't be used together with |new|.",
	"TypeError: Cyclic __proto__ value":                                         "Could not change prototype.",
}

// adoptRejections makes Promise.prototype.then (and so catch, which calls
// it) hand a rejection handler the reason in Qt's form: an error thrown in
// a promise reaction reaches no catch block.
func (e *Engine) adoptRejections() {
	e.wrapMethod("Promise", "then", func(then goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			args := c.Arguments
			if len(args) > 1 {
				if onRejected, ok := goja.AssertFunction(args[1]); ok {
					args = []goja.Value{args[0], e.vm.ToValue(func(r goja.FunctionCall) goja.Value {
						e.adoptError(r.Argument(0))
						return mustCall(onRejected, r.This, r.Argument(0))
					})}
				}
			}
			return mustCall(then, c.This, args...)
		}
	})
}

// wrapMethod replaces method name of ctor.prototype by what wrap makes of
// it (kept unenumerable, under the same name).
func (e *Engine) wrapMethod(ctor, name string, wrap func(goja.Callable) func(goja.FunctionCall) goja.Value) {
	vm := e.vm
	proto := vm.Get(ctor).ToObject(vm).Get("prototype").ToObject(vm)
	if orig, ok := goja.AssertFunction(proto.Get(name)); ok {
		proto.DefineDataProperty(name, e.namedFunc(name, wrap(orig)), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// mustCall calls fn, throwing its exception on to the calling script.
func mustCall(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// adoptScriptErrors replaces the global error constructors (Error,
// TypeError...) by ones that make the same errors, in Qt's form from the
// start: new Error().stack reads as in Qt before anything is thrown. The
// originals' prototypes stay (instanceof, and goja's own errors, are
// unchanged) and name the new constructors as theirs. As in Qt 6.4, an
// options argument ({cause}) is ignored.
func (e *Engine) adoptScriptErrors() {
	vm := e.vm
	construct, ok := goja.AssertFunction(vm.Get("Reflect").ToObject(vm).Get("construct"))
	if !ok {
		return
	}
	var base *goja.Object
	for _, name := range []string{"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"} {
		orig, ok := vm.Get(name).(*goja.Object)
		if !ok {
			continue
		}
		var ctor *goja.Object
		ctor = vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
			target := c.NewTarget
			if target == nil {
				target = ctor
			}
			args := vm.NewArray(toAny(c.Arguments[:min(len(c.Arguments), 1)])...)
			v := mustCall(construct, goja.Undefined(), orig, args, target)
			e.adoptError(v)
			return v.(*goja.Object)
		}).(*goja.Object)
		proto := orig.Get("prototype")
		// Qt's error prototypes hold name and message read-only: an
		// error's own name cannot be assigned (err.name = "X" does
		// nothing, or throws in strict code), nor a message it lacks.
		for _, p := range []string{"name", "message"} {
			po := proto.ToObject(vm)
			_ = po.DefineDataProperty(p, po.Get(p), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
		_ = ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = ctor.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = proto.ToObject(vm).DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		if base == nil {
			base = ctor
		} else {
			_ = ctor.SetPrototype(base) // Object.getPrototypeOf(TypeError) === Error
		}
		_ = vm.GlobalObject().DefineDataProperty(name, ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// toAny returns the values as a slice of any (for NewArray).
func toAny(vals []goja.Value) []any {
	out := make([]any, len(vals))
	for i, v := range vals {
		out[i] = v
	}
	return out
}
