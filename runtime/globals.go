package runtime

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dop251/goja"
)

// guardGlobals makes the global object read-only to scripts, as Qt's is:
// an assignment to a global, existing (Math = 1) or not (a loop counter
// without var), throws Error "Invalid write to global property". Qt's
// engine rejects the write so that a binding cannot leave state behind in
// the engine shared by every component. Defining a property (defineProperty
// on the global `this`) is allowed, as in Qt; writes from Go go to e.global.
func (e *Engine) guardGlobals() {
	p := e.vm.NewProxy(e.global, &goja.ProxyTrapConfig{
		Set: func(_ *goja.Object, name string, _, _ goja.Value) bool {
			panic(e.newError("Invalid write to global property \"%s\"", name))
		},
	})
	e.vm.SetGlobalObject(e.vm.ToValue(p).(*goja.Object))
}

// installGlobals sets up the JavaScript globals QML code sees: Qt, console,
// print, qsTr and friends, and String.prototype.arg.
func (e *Engine) installGlobals() {
	vm := e.vm
	vm.GlobalObject().Delete("globalThis") // Qt 6.4's engine has no globalThis
	e.bindProto = vm.NewObject()

	qt := vm.NewObject()
	// Qt's members are not enumerable (for-in over Qt lists nothing): they
	// are defined so, rather than redefined by a script afterwards (which
	// took a quarter of the engine's creation).
	hide := func(name string, v goja.Value) {
		qt.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	set := func(o *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
		switch {
		case o == qt && name == "callLater":
			hide(name, e.namedFunc(name, f))
		case o == qt:
			// Qt's methods are C++ invokables, which have no name:
			// console.log(Qt.quit) prints "function() { [native code] }".
			// Only callLater is a named JavaScript built-in.
			hide(name, e.nativeFunc(f))
		default:
			o.DefineDataProperty(name, e.namedFunc(name, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	set(qt, "quit", func(goja.FunctionCall) goja.Value { e.exit(0, false); return goja.Undefined() })
	set(qt, "exit", func(c goja.FunctionCall) goja.Value {
		e.exit(int(c.Argument(0).ToInteger()), false)
		return goja.Undefined()
	})
	set(qt, "callLater", e.qtCallLater)
	// A JavaScript file's Qt.include calls its own include function
	// (runScript); this one is what other code finds.
	set(qt, "include", func(goja.FunctionCall) goja.Value {
		panic(e.newError("Qt.include(): Can only be called from JavaScript files"))
	})
	set(qt, "binding", func(c goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(c.Argument(0))
		if !ok {
			panic(e.newError("binding(): argument (binding expression) must be a function"))
		}
		// The result is a function (typeof "function") that the property
		// assignment recognises and turns into a binding.
		b := vm.ToValue(func(c goja.FunctionCall) goja.Value {
			v, err := fn(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}).(*goja.Object)
		b.DefineDataProperty("name", vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		e.bindFns[b] = fn
		return b
	})
	set(qt, "btoa", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(base64.StdEncoding.EncodeToString(latin1(c.Argument(0).String())))
	})
	set(qt, "atob", func(c goja.FunctionCall) goja.Value {
		b, _ := base64.StdEncoding.DecodeString(c.Argument(0).String())
		return vm.ToValue(fromLatin1(b))
	})
	set(qt, "md5", func(c goja.FunctionCall) goja.Value {
		sum := md5.Sum([]byte(c.Argument(0).String()))
		return vm.ToValue(hex.EncodeToString(sum[:]))
	})
	// A headless runtime has no desktop to hand a url to: Qt answers
	// false when no application takes it, and so does qmlrun, always.
	set(qt, "openUrlExternally", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			panic(e.newError("Insufficient arguments"))
		}
		return vm.ToValue(false)
	})
	set(qt, "point", func(c goja.FunctionCall) goja.Value {
		return e.newPoint(c.Argument(0).ToFloat(), c.Argument(1).ToFloat())
	})
	set(qt, "size", func(c goja.FunctionCall) goja.Value {
		return e.newSize(c.Argument(0).ToFloat(), c.Argument(1).ToFloat())
	})
	set(qt, "rect", func(c goja.FunctionCall) goja.Value {
		return e.newRect(c.Argument(0).ToFloat(), c.Argument(1).ToFloat(), c.Argument(2).ToFloat(), c.Argument(3).ToFloat())
	})
	set(qt, "resolvedUrl", func(c goja.FunctionCall) goja.Value {
		return e.newURL(e.resolveURL(c.Argument(0).String()))
	})
	// Qt.url(text) is the url value a url property given the text holds.
	set(qt, "url", func(c goja.FunctionCall) goja.Value {
		v, err := e.coerce(&propDef{kind: kURL}, c.Argument(0))
		if err != nil {
			e.incompatibleArgument(0)
		}
		return v
	})
	set(qt, "isQtObject", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		return vm.ToValue(ok && (e.objectFor(obj) != nil && !e.objectFor(obj).destroyed || obj == qt))
	})
	set(qt, "createQmlObject", e.qtCreateQmlObject)
	set(qt, "createComponent", e.qtCreateComponent)
	// Qt is a QObject in Qt: it prints as QtObject(0x...).
	qt.DefineDataProperty("toString", e.nativeFunc(func(goja.FunctionCall) goja.Value {
		return vm.ToValue("QtObject(0x55d0c0dd0000)")
	}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	// These set their members on a plain object, from which they move to
	// Qt in the same order.
	staged := vm.NewObject()
	e.installDates(staged)
	e.installLocales(staged)
	e.installXHR()
	e.installGuiStubs(staged)
	for _, k := range staged.Keys() {
		hide(k, staged.Get(k))
	}
	e.installQtEnums(qt) // non-enumerable already, and many: not staged
	qt.DefineAccessorProperty("application", e.nativeFunc(func(goja.FunctionCall) goja.Value {
		return e.wrap(e.application())
	}), nil, goja.FLAG_FALSE, goja.FLAG_FALSE)
	qt.DefineAccessorProperty("platform", e.nativeFunc(func(goja.FunctionCall) goja.Value {
		return e.wrap(e.platform())
	}), nil, goja.FLAG_FALSE, goja.FLAG_FALSE)
	hide("uiLanguage", vm.ToValue(""))
	e.strictQtArguments(qt)
	vm.Set("Qt", qt)

	// Qt's engine gives ArrayBuffer a toString that decodes the bytes as
	// UTF-8 (QString::fromUtf8: each invalid byte becomes U+FFFD), so a
	// buffer prints as its text rather than [object ArrayBuffer].
	abProto := vm.Get("ArrayBuffer").ToObject(vm).Get("prototype").ToObject(vm)
	abProto.DefineDataProperty("toString", e.namedFunc("toString", func(c goja.FunctionCall) goja.Value {
		ab, ok := c.This.Export().(goja.ArrayBuffer)
		if !ok {
			return goja.Undefined()
		}
		return vm.ToValue(string([]rune(string(ab.Bytes()))))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	console := vm.NewObject()
	logAt := func(level string) func(c goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			msg := e.joinArgs(c.Arguments)
			if e.consoleHook == nil || !e.consoleHook(level, msg) {
				e.printAt(level, e.tag()+msg)
			}
			return goja.Undefined()
		}
	}
	// console's members are defined in Qt's order, which
	// Object.getOwnPropertyNames(console) shows.
	for _, l := range [][2]string{{"debug", "debug"}, {"log", "debug"}, {"info", "info"}, {"warn", "warning"}, {"error", "critical"}} {
		set(console, l[0], logAt(l[1]))
	}
	vm.Set("print", e.namedFunc("print", logAt("debug")))
	set(console, "assert", func(c goja.FunctionCall) goja.Value {
		if c.Argument(0).ToBoolean() {
			return goja.Undefined()
		}
		e.printAt("critical", e.withStack(e.joinArgs(c.Arguments[min(1, len(c.Arguments)):])))
		return goja.Undefined()
	})
	set(console, "count", func(c goja.FunctionCall) goja.Value {
		label := ""
		if len(c.Arguments) > 0 {
			label = c.Argument(0).String()
		}
		// Qt counts per line of source, whatever the label: two calls on
		// one line share a count, and so do calls through one function.
		key := e.callSite()
		e.countMap[key]++
		e.printAt("debug", fmt.Sprintf("%s: %d", label, e.countMap[key]))
		return goja.Undefined()
	})
	// Profiling needs Qt's debug service, which a plain run has not.
	set(console, "profile", func(goja.FunctionCall) goja.Value {
		e.print("Cannot start profiling because debug service is disabled. Start with -qmljsdebugger=port:XXXXX.")
		return goja.Undefined()
	})
	set(console, "profileEnd", func(goja.FunctionCall) goja.Value {
		e.print("Ignoring console.profileEnd(): the debug service is disabled.")
		return goja.Undefined()
	})
	timers := map[string]time.Time{}
	set(console, "time", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 1 {
			panic(e.newError("console.time(): Invalid arguments"))
		}
		timers[c.Argument(0).String()] = time.Now()
		return goja.Undefined()
	})
	set(console, "timeEnd", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 1 {
			panic(e.newError("console.timeEnd(): Invalid arguments"))
		}
		label := c.Argument(0).String()
		start, ok := timers[label]
		if !ok {
			return goja.Undefined() // Qt says nothing about an unknown label
		}
		delete(timers, label)
		// Qt prints this line without the "qml: " prefix.
		e.printAt("debug", fmt.Sprintf("%s: %dms", label, time.Since(start).Milliseconds()))
		return goja.Undefined()
	})
	set(console, "trace", func(c goja.FunctionCall) goja.Value {
		if st := e.stackText(); st != "" {
			e.printAt("debug", st)
		}
		return goja.Undefined()
	})
	set(console, "exception", func(c goja.FunctionCall) goja.Value {
		e.printAt("critical", e.withStack(e.tag()+e.joinArgs(c.Arguments)))
		return goja.Undefined()
	})
	vm.Set("console", console)

	global := func(name string, f func(goja.FunctionCall) goja.Value) { vm.Set(name, e.namedFunc(name, f)) }
	global("qsTr", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 1 {
			panic(e.newError("qsTr() requires at least one argument"))
		}
		return vm.ToValue(plural(c.Argument(0).String(), c.Arguments, 2))
	})
	global("qsTranslate", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 2 {
			panic(e.newError("qsTranslate() requires at least two arguments"))
		}
		return vm.ToValue(plural(c.Argument(1).String(), c.Arguments, 3))
	})
	global("qsTrId", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 1 {
			panic(e.newError("qsTrId() requires at least one argument"))
		}
		return c.Argument(0)
	})
	global("QT_TR_NOOP", func(c goja.FunctionCall) goja.Value { return c.Argument(0) })
	global("QT_TRANSLATE_NOOP", func(c goja.FunctionCall) goja.Value { return c.Argument(1) })
	global("QT_TRID_NOOP", func(c goja.FunctionCall) goja.Value { return c.Argument(0) })
	// gc() asks Qt's engine for a collection; Go's collector needs no help.
	global("gc", func(goja.FunctionCall) goja.Value { return goja.Undefined() })

	// Qt 6.4's engine keeps no source text for functions: every function,
	// scripted or native, converts to "function NAME() { [native code] }".
	fnProto := vm.Get("Function").ToObject(vm).Get("prototype").ToObject(vm)
	fnProto.DefineDataProperty("toString", e.namedFunc("toString", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.This.(*goja.Object)
		if !ok || !callable(obj) {
			panic(vm.NewTypeError("Function.prototype.toString: not a function"))
		}
		if n := obj.Get("name"); n != nil && !goja.IsUndefined(n) && n.String() != "" {
			return vm.ToValue("function " + n.String() + "() { [native code] }")
		}
		return vm.ToValue("function() { [native code] }")
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// A Proxy is of class ProxyObject in Qt: "[object ProxyObject]" (one
	// of an array or a function converts as its target does).
	objProto := vm.Get("Object").ToObject(vm).Get("prototype").ToObject(vm)
	if toString, ok := goja.AssertFunction(objProto.Get("toString")); ok {
		proxyType := reflect.TypeOf(goja.Proxy{})
		objProto.DefineDataProperty("toString", e.namedFunc("toString", func(c goja.FunctionCall) goja.Value {
			if obj, isObj := c.This.(*goja.Object); isObj && obj.ExportType() == proxyType && !callable(obj) {
				if obj == vm.GlobalObject() {
					// The global object (a Proxy guarding writes) is
					// an ordinary object in Qt.
					return vm.ToValue("[object Object]")
				}
				if obj.Export().(goja.Proxy).Target().ClassName() != "Array" {
					return vm.ToValue("[object ProxyObject]")
				}
			}
			v, err := toString(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Qt names every bound function "__bound function__".
	if bind, ok := goja.AssertFunction(fnProto.Get("bind")); ok {
		boundName := vm.ToValue("__bound function__")
		fnProto.DefineDataProperty("bind", e.namedFunc("bind", func(c goja.FunctionCall) goja.Value {
			v, err := bind(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			if obj, isObj := v.(*goja.Object); isObj {
				_ = obj.DefineDataProperty("name", boundName, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Qt's errors carry the place they were made as lineNumber and
	// fileName; goja's have that only in their stack text.
	errProto := vm.Get("Error").ToObject(vm).Get("prototype").ToObject(vm)
	for _, name := range []string{"lineNumber", "fileName"} {
		fileName := name == "fileName"
		// An assigned value is kept under a symbol, out of the
		// error's property names.
		assigned := goja.NewSymbol(name)
		errProto.DefineAccessorProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			obj, ok := c.This.(*goja.Object)
			if !ok {
				return goja.Undefined()
			}
			if v := obj.GetSymbol(assigned); v != nil {
				return v
			}
			st := obj.Get("stack")
			if st == nil || goja.IsUndefined(st) {
				return goja.Undefined()
			}
			file, line, ok := firstStackFrame(st.String())
			switch {
			case !ok:
				return goja.Undefined()
			case fileName:
				return vm.ToValue(e.displayURL(file))
			}
			return vm.ToValue(line)
		}), e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			// Assignable, as in Qt: the error keeps the value given.
			if obj, ok := c.This.(*goja.Object); ok {
				obj.DefineDataPropertySymbol(assigned, c.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
			return goja.Undefined()
		}), goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Every compiled catch block calls it first (withCatchHooks); hidden
	// from scripts' enumeration of the globals.
	vm.GlobalObject().DefineDataProperty(caughtHook, e.nativeFunc(e.caught), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	e.adoptRejections()
	e.adoptScriptErrors()
	e.qtSortArrays()
	e.removeNewerBuiltins()
	// A list property is a QML sequence or list wrapper in Qt, not an
	// Array: Array.isArray says false for it.
	arrayCtor := vm.Get("Array").ToObject(vm)
	if isArray, ok := goja.AssertFunction(arrayCtor.Get("isArray")); ok {
		arrayCtor.DefineDataProperty("isArray", e.namedFunc("isArray", func(c goja.FunctionCall) goja.Value {
			if obj, isObj := c.Argument(0).(*goja.Object); isObj {
				if t := obj.ExportType(); t == valueListType || t == listType {
					return vm.ToValue(false)
				}
			}
			v, err := isArray(goja.Undefined(), c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Reflect has no Symbol.toStringTag in Qt 6.4: it prints as
	// [object Object].
	vm.Get("Reflect").ToObject(vm).DeleteSymbol(goja.SymToStringTag)
	// Qt 6.4's JSON.parse reports every malformed text with one message,
	// and ignores a reviver argument.
	jsonObj := vm.Get("JSON").ToObject(vm)
	if parse, ok := goja.AssertFunction(jsonObj.Get("parse")); ok {
		jsonObj.DefineDataProperty("parse", e.namedFunc("parse", func(c goja.FunctionCall) goja.Value {
			v, err := parse(c.This, c.Argument(0))
			if err != nil {
				if ex, isEx := err.(*goja.Exception); isEx {
					if obj, isObj := ex.Value().(*goja.Object); isObj && obj.Get("name").String() == "SyntaxError" {
						ctor, _ := vm.Get("SyntaxError").(*goja.Object)
						se, _ := vm.New(ctor, vm.ToValue("JSON.parse: Parse error"))
						panic(se)
					}
				}
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Qt 6.4's toPrecision formats as QLocale's 'g' does, not as the
	// standard: exponential from 1e-5 down, and trailing zeros padded to
	// the precision counting the zeros after the point (0.012340).
	numProto := vm.Get("Number").ToObject(vm).Get("prototype").ToObject(vm)
	if toPrecision, ok := goja.AssertFunction(numProto.Get("toPrecision")); ok {
		numProto.DefineDataProperty("toPrecision", e.namedFunc("toPrecision", func(c goja.FunctionCall) goja.Value {
			f, isNum := c.This.Export().(float64)
			if i, isInt := c.This.Export().(int64); isInt {
				f, isNum = float64(i), true
			}
			p := c.Argument(0).ToInteger()
			if isNum && !goja.IsUndefined(c.Argument(0)) && (p < 1 || p > 100) {
				ctor, _ := vm.Get("RangeError").(*goja.Object)
				re, _ := vm.New(ctor, vm.ToValue("Number.prototype.toPrecision: precision out of range out of range"))
				panic(re)
			}
			if !isNum || goja.IsUndefined(c.Argument(0)) || math.IsNaN(f) || math.IsInf(f, 0) {
				v, err := toPrecision(c.This, c.Arguments...)
				if err != nil {
					panic(err)
				}
				return v
			}
			return vm.ToValue(qtPrecision(f, int(p)))
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// toFixed, toExponential and toString refuse out-of-range arguments
	// with Qt's errors (toString's is an Error, not a RangeError).
	numCheck := func(name string, check func(c goja.FunctionCall) *goja.Object) {
		orig, ok := goja.AssertFunction(numProto.Get(name))
		if !ok {
			return
		}
		numProto.DefineDataProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			if _, isNum := c.This.Export().(float64); isNum || isInt(c.This) {
				if ex := check(c); ex != nil {
					panic(ex)
				}
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	rangeError := func(msg string) *goja.Object {
		ctor, _ := vm.Get("RangeError").(*goja.Object)
		re, _ := vm.New(ctor, vm.ToValue(msg))
		return re
	}
	numCheck("toFixed", func(c goja.FunctionCall) *goja.Object {
		if d := c.Argument(0).ToFloat(); !math.IsNaN(d) && (d < 0 || d >= 101) {
			return rangeError(c.This.String() + " out of range")
		}
		return nil
	})
	numCheck("toExponential", func(c goja.FunctionCall) *goja.Object {
		if d := c.Argument(0).ToFloat(); !goja.IsUndefined(c.Argument(0)) && !math.IsNaN(d) && (d < 0 || d >= 101) {
			return rangeError("Number.prototype.toExponential: fractionDigits out of range out of range")
		}
		return nil
	})
	numCheck("toString", func(c goja.FunctionCall) *goja.Object {
		if r := c.Argument(0).ToInteger(); !goja.IsUndefined(c.Argument(0)) && (r < 2 || r > 36) {
			return e.newError("Number.prototype.toString: %d is not a valid radix", r)
		}
		return nil
	})
	// A cycle is refused with Qt's wording. Qt 6.4 ignores a replacer
	// that is an array (of the property names to keep).
	if stringify, ok := goja.AssertFunction(jsonObj.Get("stringify")); ok {
		jsonObj.DefineDataProperty("stringify", e.namedFunc("stringify", func(c goja.FunctionCall) goja.Value {
			args := c.Arguments
			if len(args) > 1 && isArray(args[1]) {
				args = append([]goja.Value{args[0], goja.Undefined()}, args[2:]...)
			}
			v, err := stringify(c.This, args...)
			if err != nil {
				if ex, isEx := err.(*goja.Exception); isEx {
					if obj, isObj := ex.Value().(*goja.Object); isObj && strings.HasPrefix(obj.Get("message").String(), "Converting circular structure") {
						panic(vm.NewTypeError("Cannot convert circular structure to JSON"))
					}
				}
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// Qt names the value an Object function cannot take as an object.
	objCtor := vm.Get("Object").ToObject(vm)
	for _, name := range []string{"keys", "values", "entries", "assign", "getOwnPropertyNames", "getOwnPropertySymbols", "getOwnPropertyDescriptor", "getOwnPropertyDescriptors", "getPrototypeOf"} {
		orig, ok := goja.AssertFunction(objCtor.Get(name))
		if !ok {
			continue
		}
		objCtor.DefineDataProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			if a := c.Argument(0); goja.IsNull(a) || goja.IsUndefined(a) {
				panic(vm.NewTypeError("Value is %s and could not be converted to an object", a.String()))
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	// A prototype that is neither an object nor null is Qt's bare "Type error".
	isProto := func(v goja.Value) bool { _, isObj := v.(*goja.Object); return isObj || goja.IsNull(v) }
	for name, bad := range map[string]func(c goja.FunctionCall) bool{
		"create": func(c goja.FunctionCall) bool { return !isProto(c.Argument(0)) },
		"setPrototypeOf": func(c goja.FunctionCall) bool {
			a := c.Argument(0)
			return goja.IsNull(a) || goja.IsUndefined(a) || !isProto(c.Argument(1))
		},
	} {
		orig, ok := goja.AssertFunction(objCtor.Get(name))
		if !ok {
			continue
		}
		objCtor.DefineDataProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			if bad(c) {
				panic(vm.NewTypeError("Type error"))
			}
			v, err := orig(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	strProto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
	strProto.DefineDataProperty("arg", e.namedFunc("arg", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 1 {
			panic(e.newError("String.arg(): Invalid arguments"))
		}
		return vm.ToValue(e.stringArg(c.This.String(), c.Argument(0)))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// qtArity is how many arguments a Qt method takes: Qt's are C++ methods
// on an object with strict arguments. An overloaded one lists its
// candidates, which Qt prints when no overload fits.
type qtArity struct {
	min, max   int // max 0: not checked, noArgs: none taken
	candidates []string
}

// noArgs is the max of a method that takes no arguments.
const noArgs = -1

var qtArities = map[string]qtArity{
	"quit": {0, noArgs, nil}, "exit": {1, 1, nil},
	"binding": {1, 1, nil}, "locale": {0, 1, nil}, "openUrlExternally": {1, 1, nil}, "md5": {1, 1, nil}, "btoa": {1, 1, nil}, "atob": {1, 1, nil},
	"url": {1, 1, nil}, "point": {2, 2, nil}, "size": {2, 2, nil}, "rect": {4, 4, nil}, "isQtObject": {1, 1, nil},
	"resolvedUrl": {min: 1, max: 2, candidates: []string{"resolvedUrl(QUrl,QObject*)", "resolvedUrl(QUrl)"}},
	"formatDate": {min: 1, max: 3, candidates: []string{"formatDate(QDate)", "formatDate(QDate,QLocale)", "formatDate(QDate,QLocale,QLocale::FormatType)",
		"formatDate(QDate,Qt::DateFormat)", "formatDate(QDate,QString)"}},
	"formatTime": {min: 1, max: 3, candidates: []string{"formatTime(QString)", "formatTime(QString,QLocale)", "formatTime(QString,QLocale,QLocale::FormatType)",
		"formatTime(QTime)", "formatTime(QTime,QLocale)", "formatTime(QTime,QLocale,QLocale::FormatType)", "formatTime(QString,Qt::DateFormat)",
		"formatTime(QTime,Qt::DateFormat)", "formatTime(QString,QString)", "formatTime(QTime,QString)"}},
	"formatDateTime": {min: 1, max: 3, candidates: []string{"formatDateTime(QDateTime)", "formatDateTime(QDateTime,QLocale)",
		"formatDateTime(QDateTime,QLocale,QLocale::FormatType)", "formatDateTime(QDateTime,Qt::DateFormat)", "formatDateTime(QDateTime,QString)"}},
	"createComponent": {min: 1, max: 3, candidates: []string{"createComponent(QUrl)", "createComponent(QUrl,QQmlComponent::CompilationMode)",
		"createComponent(QUrl,QQmlComponent::CompilationMode,QObject*)", "createComponent(QUrl,QObject*)"}},
	"include": {min: 1, max: 2, candidates: []string{"include(QString)", "include(QString,QJSValue)"}},
}

// strictQtArguments makes the Qt methods in qtArities refuse too few
// arguments ("Insufficient arguments", or for an overloaded one Qt's
// "Unable to determine callable overload" listing each candidate as many
// times as there are candidates) and too many ("Too many arguments",
// trailing undefined ones not counted), as Qt does.
func (e *Engine) strictQtArguments(qt *goja.Object) {
	for name := range qtArities {
		fn, ok := goja.AssertFunction(qt.Get(name))
		if !ok {
			continue
		}
		qt.DefineDataProperty(name, e.nativeFunc(func(c goja.FunctionCall) goja.Value {
			e.checkQtArity(name, c)
			v, err := fn(c.This, c.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// checkQtArity throws Qt's error for a call of Qt method name with too few
// or too many arguments.
func (e *Engine) checkQtArity(name string, c goja.FunctionCall) {
	ar := qtArities[name]
	defined := len(c.Arguments)
	for defined > 0 && goja.IsUndefined(c.Arguments[defined-1]) {
		defined--
	}
	switch {
	case len(c.Arguments) < ar.min && ar.candidates != nil:
		list := "\n    " + strings.Join(ar.candidates, "\n    ")
		panic(e.newError("Unable to determine callable overload.  Candidates are:%s", strings.Repeat(list, len(ar.candidates))))
	case len(c.Arguments) < ar.min:
		panic(e.newError("Insufficient arguments"))
	case ar.max != 0 && defined > max(ar.max, 0):
		panic(e.newError("Too many arguments"))
	}
}

// isInt reports whether v is an integer number value (goja keeps some
// numbers as int64).
func isInt(v goja.Value) bool {
	_, ok := v.Export().(int64)
	return ok
}

// qtPrecision is Number.prototype.toPrecision(p) as Qt 6.4 computes it
// (QLocale's 'g' form with trailing zeros): p significant digits; the
// exponential form when the decimal point would be 4 or more places left
// of the first digit, or right of the p digits; otherwise digits, with the
// zeros after the point, padded with zeros to p.
func qtPrecision(f float64, p int) string {
	sign := ""
	switch {
	case f < 0:
		sign, f = "-", -f
	case f == 0:
		f = 0 // -0 prints as 0
	}
	m, x, _ := strings.Cut(strconv.FormatFloat(f, 'e', p-1, 64), "e")
	exp, _ := strconv.Atoi(x)
	// A value exactly halfway rounds up (2.5 to 3), not to even.
	if long, lx, _ := strings.Cut(strconv.FormatFloat(f, 'e', p+40, 64), "e"); strings.TrimRight(long[min(p+1, len(long)):], "0") == "5" {
		d := []byte(strings.Replace(long, ".", "", 1)[:p])
		i := len(d) - 1
		for ; i >= 0 && d[i] == '9'; i-- {
			d[i] = '0'
		}
		exp, _ = strconv.Atoi(lx)
		if i < 0 {
			d = append([]byte{'1'}, d[:len(d)-1]...)
			exp++
		} else {
			d[i]++
		}
		m = string(d)
	}
	digits := strings.TrimRight(strings.Replace(m, ".", "", 1), "0")
	if digits == "" {
		digits, exp = "0", 0
	}
	pad := func(d string) string {
		if len(d) < p {
			d += strings.Repeat("0", p-len(d))
		}
		return d
	}
	decpt := exp + 1
	if decpt <= -4 || decpt > p {
		d := pad(digits)
		out := d[:1]
		if len(d) > 1 {
			out += "." + d[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return sign + out + "e" + es + strconv.Itoa(exp)
	}
	if decpt <= 0 {
		d := pad(strings.Repeat("0", -decpt) + digits)
		return sign + "0." + d
	}
	d := pad(digits)
	if len(d) == decpt {
		return sign + d
	}
	return sign + d[:decpt] + "." + d[decpt:]
}

// plural substitutes %n in a translated text when a count is given.
func plural(text string, args []goja.Value, nIndex int) string {
	if len(args) > nIndex {
		return strings.ReplaceAll(text, "%n", args[nIndex].String())
	}
	return text
}

// argPlaceholders calls f with the start, end and number of each %N,
// %NN, %LN and %LNN in s (L: in the locale's number format), left to
// right, as the pattern %L?(\d\d?) finds them.
func argPlaceholders(s string, f func(start, end, n int, localized bool)) {
	digit := func(i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		at, localized := i+1, false
		if at < len(s) && s[at] == 'L' {
			at, localized = at+1, true
		}
		if !digit(at) {
			continue
		}
		n, end := int(s[at]-'0'), at+1
		if digit(end) {
			n, end = n*10+int(s[end]-'0'), end+1
		}
		f(i, end, n, localized)
		i = end - 1
	}
}

// stringArg implements String.prototype.arg: the lowest-numbered
// placeholder (%1..%99) is replaced everywhere it occurs.
func (e *Engine) stringArg(s string, v goja.Value) string {
	var repl string
	integer := false // Qt takes QString::arg(qlonglong), whose warning differs
	number := false
	switch x := v.Export().(type) {
	case bool:
		integer = true
		if x {
			repl = "1"
		} else {
			repl = "0"
		}
	case int64:
		number = true
		integer = x >= math.MinInt32 && x <= math.MaxInt32
		repl = strconv.FormatInt(x, 10)
		if !integer {
			repl = strconv.FormatFloat(float64(x), 'g', 6, 64)
		}
	case float64:
		// Qt passes a number that is an int32 to QString::arg(int) and any
		// other to QString::arg(double), which formats as %g ("1e+20",
		// "4.61169e+18", "nan").
		number = true
		integer = x == math.Trunc(x) && x >= math.MinInt32 && x <= math.MaxInt32
		if integer {
			repl = strconv.FormatInt(int64(x), 10) // -0 is 0
		} else {
			repl = localeFloat(x)
		}
	default:
		repl = v.String()
	}
	localized := repl // %L1: numbers in the locale's format, grouped
	if number {
		localized = localeNumber(v.ToFloat())
		if integer {
			localized = groupThousands(repl)
		}
	}
	lowest := 100
	argPlaceholders(s, func(_, _, n int, _ bool) { lowest = min(lowest, n) })
	if lowest == 100 {
		if integer {
			// This overload warns through qDebug, which quotes the string.
			e.print("QString::arg: Argument missing: " + QDebugQuote(s) + " , " + repl)
		} else {
			e.print("QString::arg: Argument missing: " + s + ", " + repl)
		}
		return s
	}
	var b strings.Builder
	done := 0
	argPlaceholders(s, func(start, end, n int, isLocalized bool) {
		if n == lowest {
			b.WriteString(s[done:start])
			if isLocalized {
				b.WriteString(localized)
			} else {
				b.WriteString(repl)
			}
			done = end
		}
	})
	b.WriteString(s[done:])
	return b.String()
}

// localeNumber is QLocale::toString(double) in Qt's default locale: format
// 'g' with precision 6, the integer part grouped by thousands.
func localeNumber(f float64) string {
	s := localeFloat(f)
	if strings.ContainsRune(s, 'e') {
		return s
	}
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if hasFrac {
		return sign + groupThousands(intPart) + "." + frac
	}
	return sign + groupThousands(intPart)
}

// groupThousands puts the default locale's group separator between each
// three digits of an integer's text (its sign kept in front).
func groupThousands(digits string) string {
	sign := ""
	if strings.HasPrefix(digits, "-") {
		sign, digits = "-", digits[1:]
	}
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String()
}

// localeFloat formats f as Qt's number formatting does with format 'g' and
// precision 6, without group separators.
func localeFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0:
		return "0"
	}
	return strconv.FormatFloat(f, 'g', 6, 64)
}

// QDebugQuote renders a string as qDebug() << QString does: in double
// quotes, with quotes and backslashes escaped, \b \f \n \r \t in short
// form and other control and format characters (and DEL) as \uXXXX (upper
// case hex; \UXXXXXXXX beyond the BMP). Other characters are written as
// they are.
func QDebugQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			switch {
			case !unicode.Is(unicode.C, r):
				b.WriteRune(r)
			case r > 0xffff:
				fmt.Fprintf(&b, "\\U%08X", r)
			default:
				fmt.Fprintf(&b, "\\u%04X", r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func fromLatin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// resolveURL resolves a URL relative to the document being run.
func (e *Engine) resolveURL(s string) string {
	// Relative URLs resolve against the document of the calling code, as
	// Qt resolves them against the calling context's base URL.
	base := ""
	if file, _ := e.CallerLine(); strings.HasPrefix(file, "file://") {
		base = filepath.Dir(urlFile(file))
	} else if e.rootDoc != nil {
		base = e.rootDoc.dir
	}
	return resolveAgainst(base, s)
}

// resolveAgainst resolves a URL relative to the directory base; absolute
// URLs and the empty string are returned as they are.
func resolveAgainst(base, s string) string {
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "file:") {
		return s
	}
	if strings.HasPrefix(s, "/") {
		return fileURL(s)
	}
	return fileURL(filepath.Join(base, s))
}

// joinArgs formats console arguments separated by spaces.
func (e *Engine) joinArgs(args []goja.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = e.formatValue(a, 0)
	}
	return strings.Join(parts, " ")
}

// Printer is a Go value given to JavaScript that console.log prints as
// QMLText says (QtQuick's anchor lines print QQuickAnchorLine()).
type Printer interface{ QMLText() string }

var printerType = reflect.TypeOf((*Printer)(nil)).Elem()

// formatValue renders a value as Qt's console does.
func (e *Engine) formatValue(v goja.Value, depth int) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "null"
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		if f, isNum := v.Export().(float64); isNum && f == 0 {
			return "0"
		}
		if _, isSym := v.(*goja.Symbol); isSym {
			return "Symbol(" + v.String() + ")"
		}
		return v.String()
	}
	if o := e.objectFor(obj); o != nil {
		if o.destroyed {
			return "TypeError: Type error" // what Qt prints for a deleted object
		}
		return o.String()
	}
	if vo := e.valueFor(obj); vo != nil {
		return vo.String()
	}
	if callable(obj) {
		name := obj.Get("name")
		n := ""
		if name != nil && !goja.IsUndefined(name) {
			n = name.String()
		}
		if n == "" {
			return "function() { [native code] }"
		}
		return "function " + n + "() { [native code] }"
	}
	if e.isList(obj) {
		// An object list property is a QmlListWrapper in Qt 6.4, which
		// console.log prints as a plain object.
		return "[object Object]"
	}
	if t := obj.ExportType(); t != nil && t.Kind() == reflect.Pointer && t.Implements(printerType) {
		// (ExportType first: exporting an array would copy it.)
		if p, ok := obj.Export().(Printer); ok {
			return p.QMLText()
		}
	}
	switch obj.ClassName() {
	case "Array":
		// An array inside itself prints as [Circular], as in Qt; nesting
		// has no other limit than a generous one against runaway depth.
		for _, a := range e.fmtArrays {
			if a == obj {
				return "[Circular]"
			}
		}
		if depth > 1000 {
			return "[...]"
		}
		e.fmtArrays = append(e.fmtArrays, obj)
		defer func() { e.fmtArrays = e.fmtArrays[:len(e.fmtArrays)-1] }()
		n := obj.Get("length").ToInteger()
		parts := make([]string, 0, min(n, 1<<16))
		for i := int64(0); i < n; i++ {
			if i&loopCheck == 0 && e.watch.overdue() {
				parts = append(parts, "...")
				break
			}
			parts = append(parts, e.formatValue(obj.Get(strconv.FormatInt(i, 10)), depth+1))
		}
		return "[" + strings.Join(parts, ",") + "]"
	case "Error":
		return e.errorMessage(obj)
	}
	if _, isList := obj.Export().([]any); isList {
		return obj.String()
	}
	if !convertible(obj) {
		return "TypeError: Type error" // Qt's conversion fails, and console prints that
	}
	return obj.String()
}

// removeNewerBuiltins deletes what goja has from ECMAScript 2019 and later
// but Qt 6.4's engine has not, so that feature tests (typeof [].flat) and
// programs see the same set of built-ins; it adds the Annex B names Qt has.
func (e *Engine) removeNewerBuiltins() {
	vm := e.vm
	get := func(path ...string) *goja.Object {
		o := vm.GlobalObject()
		for _, p := range path {
			v := o.Get(p)
			if v == nil || goja.IsUndefined(v) {
				return nil
			}
			o = v.ToObject(vm)
		}
		return o
	}
	for _, r := range []struct {
		path  []string
		names []string
	}{
		{[]string{"Object"}, []string{"fromEntries", "hasOwn"}},
		{[]string{"Array", "prototype"}, []string{"flat", "flatMap", "findLast", "findLastIndex", "at", "toSorted", "toReversed", "toSpliced", "with"}},
		{[]string{"String", "prototype"}, []string{"at", "replaceAll", "matchAll", "trimStart", "trimEnd", "trimLeft", "trimRight"}},
		{[]string{"Promise"}, []string{"allSettled", "any"}},
		{[]string{"Promise", "prototype"}, []string{"finally"}},
		{[]string{"Symbol"}, []string{"matchAll"}},
		{[]string{"Symbol", "prototype"}, []string{"description"}},
		{nil, []string{"BigInt", "AggregateError"}},
	} {
		if o := get(r.path...); o != nil {
			for _, n := range r.names {
				o.Delete(n)
			}
		}
	}
	if ta := get("Uint8Array"); ta != nil {
		// The %TypedArray% prototype all typed arrays share.
		if proto := ta.Prototype(); proto != nil {
			if p := proto.Get("prototype"); p != nil {
				p.ToObject(vm).Delete("at")
			}
		}
	}
	if dp := get("Date", "prototype"); dp != nil {
		dp.DefineDataProperty("toGMTString", dp.Get("toUTCString"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		setFullYear, _ := goja.AssertFunction(dp.Get("setFullYear"))
		dp.DefineDataProperty("setYear", e.namedFunc("setYear", func(c goja.FunctionCall) goja.Value {
			y := c.Argument(0).ToFloat()
			if y >= 0 && y <= 99 && y == math.Trunc(y) {
				y += 1900
			}
			v, err := setFullYear(c.This, vm.ToValue(y))
			if err != nil {
				panic(err)
			}
			return v
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// convertible reports whether an object converts to a primitive: it has a
// callable toString, valueOf or Symbol.toPrimitive (Object.create(null) has
// none).
func convertible(obj *goja.Object) bool {
	for _, name := range []string{"toString", "valueOf"} {
		if callable(obj.Get(name)) {
			return true
		}
	}
	return callable(obj.GetSymbol(goja.SymToPrimitive))
}

func (e *Engine) isList(obj *goja.Object) bool {
	ok := e.listFor(obj) != nil
	return ok
}

// callSite identifies the JavaScript line calling into Go (file and line:
// console.count counts per line).
func (e *Engine) callSite() string {
	st := e.vm.CaptureCallStack(2, nil)
	for _, f := range st {
		if p := f.Position(); p.Line > 0 {
			return f.SrcName() + ":" + strconv.Itoa(p.Line)
		}
	}
	return ""
}

// stackText is the JavaScript call stack as console.trace prints it:
// "function (file:line)" per frame, one a line, then the frames of the
// stack tail (SetStackTail).
func (e *Engine) stackText() string {
	var lines []string
	st := e.vm.CaptureCallStack(0, nil)
	for i, f := range st {
		p := f.Position()
		if p.Line == 0 || f.SrcName() == "" || strings.HasPrefix(f.SrcName(), "<") {
			continue
		}
		name := displayFuncName(f.FuncName())
		if e.inEntry && i == len(st)-1 {
			name = "%entry" // a worker script's top level
		}
		lines = append(lines, fmt.Sprintf("%s (%s:%d)", name, e.displayURL(f.SrcName()), p.Line))
		if f.FuncName() == entryName {
			// A file's top level runs when it is first used, in Qt when
			// it is loaded: the frames that used it are not shown.
			return strings.Join(lines, "\n")
		}
	}
	if e.stackTail != nil {
		for _, f := range e.stackTail() {
			lines = append(lines, fmt.Sprintf("%s (%s:%d)", f.Func, f.URL, f.Line))
		}
	}
	return strings.Join(lines, "\n")
}

// withStack appends the stack to a message, on lines of their own.
func (e *Engine) withStack(msg string) string {
	if st := e.stackText(); st != "" {
		return msg + "\n" + st
	}
	return msg
}

// displayFuncName turns the names of compiled QML functions into Qt's:
// handlers and bindings are "expression for NAME".
// An anonymous function has no name, and the top level of a JavaScript
// file (which runs inside the function named entryName) is "%entry".
func displayFuncName(n string) string {
	if rest, ok := strings.CutPrefix(n, "$qml_"); ok {
		return "expression for " + rest
	}
	switch n {
	case "<anonymous>":
		return ""
	case entryName:
		return "%entry"
	}
	return n
}

// entryName names the function a JavaScript file's top level runs in.
const entryName = "$qml$entry"

// qtCallLater implements Qt.callLater(fn, args...): the call runs once
// when control returns to the event loop; calling again with the same
// function before then moves it to the end of the queue with the newest
// arguments.
func (e *Engine) qtCallLater(c goja.FunctionCall) goja.Value {
	if len(c.Arguments) == 0 {
		panic(e.newError("Qt.callLater: no arguments given"))
	}
	fnv := c.Argument(0)
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		panic(e.newError("Qt.callLater: first argument not a function or signal"))
	}
	args := append([]goja.Value(nil), c.Arguments[1:]...)
	for i, cl := range e.callLater {
		if cl.fnv.SameAs(fnv) {
			e.callLater = append(e.callLater[:i], e.callLater[i+1:]...)
			break
		}
	}
	e.callLater = append(e.callLater, &callLaterEntry{fn: fn, fnv: fnv, args: args})
	if !e.callLaterArmed {
		e.callLaterArmed = true
		e.loop.schedule(e.callLaterTimer, 0)
	}
	return goja.Undefined()
}

type callLaterEntry struct {
	fn   goja.Callable
	fnv  goja.Value
	args []goja.Value
}

// runCallLater runs the functions queued so far; ones queued while they
// run (even the same function again) wait for the next turn, as in Qt.
func (e *Engine) runCallLater() {
	e.callLaterArmed = false
	queue := e.callLater
	e.callLater = nil
	for _, cl := range queue {
		if _, err := e.callJS(cl.fn, goja.Undefined(), cl.args...); err != nil {
			text := e.exceptionText(err) + " (exception occurred during delayed function evaluation)"
			e.print(text)
			e.event(slog.LevelError, "javascript exception", "message", text)
		}
	}
}

// namedFunc makes a Go function callable from JavaScript with a name, as
// console.log(fn) prints it.
func (e *Engine) namedFunc(name string, f func(goja.FunctionCall) goja.Value) goja.Value {
	obj := e.vm.ToValue(f).(*goja.Object)
	obj.DefineDataProperty("name", e.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// nativeFunc makes a Go function callable from JavaScript as a C++ method
// of a QObject is in Qt: its name is "", so console.log prints it as
// "function() { [native code] }" rather than with the Go symbol's name.
func (e *Engine) nativeFunc(f func(goja.FunctionCall) goja.Value) *goja.Object {
	obj := e.vm.ToValue(f).(*goja.Object)
	obj.DefineDataProperty("name", e.vm.ToValue(""), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// bindingFunction reports whether v is a Qt.binding() marker.
func (e *Engine) bindingFunction(v goja.Value) (goja.Callable, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	fn, ok := e.bindFns[obj]
	return fn, ok
}

// callerLocation returns "function@file:line" of the innermost JavaScript
// frame, as Qt prints it in argument warnings.
func (e *Engine) callerLocation() string {
	for _, f := range e.vm.CaptureCallStack(0, nil) {
		if p := f.Position(); p.Line > 0 && f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
			name := displayFuncName(f.FuncName())
			return name + "@" + e.displayURL(f.SrcName()) + ":" + strconv.Itoa(p.Line)
		}
	}
	if e.stackTail != nil {
		if tail := e.stackTail(); len(tail) > 0 {
			return tail[0].Func + "@" + tail[0].URL + ":" + strconv.Itoa(tail[0].Line)
		}
	}
	return ""
}

// CallerLocation returns "function@file:line" of the JavaScript code that
// called into Go, for warnings in Qt's format. Loop only.
func (e *Engine) CallerLocation() string { return e.callerLocation() }

// CallerStack returns "function@file:line" for every frame of the
// JavaScript stack that called into Go, innermost first, as Qt's
// engine->stackTrace() lists them in its argument conversion warnings.
// Loop only.
func (e *Engine) CallerStack() []string {
	var out []string
	for _, f := range e.vm.CaptureCallStack(0, nil) {
		p := f.Position()
		if p.Line == 0 || f.SrcName() == "" || strings.HasPrefix(f.SrcName(), "<") {
			continue
		}
		name := displayFuncName(f.FuncName())
		if name == "<anonymous>" {
			name = ""
		}
		out = append(out, name+"@"+e.displayURL(f.SrcName())+":"+strconv.Itoa(p.Line))
	}
	return out
}
