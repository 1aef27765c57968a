// Package qmltest provides the QML module QtTest (TestCase) and runs test
// documents the way Qt's qmltestrunner does, printing its report format.
package qmltest

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
	"github.com/qmlrun/qmlrun/runtime"
)

const (
	header = "********* Start testing of qmltestrunner *********\n" +
		"Config: Using QtTest library 6.4.2, Qt 6.4.2 (x86_64-little_endian-lp64 shared (dynamic) release build; by GCC 12.2.0), debian 12\n"
	footer = "********* Finished testing of qmltestrunner *********\n"
)

// Module returns the QtTest module (TestCase). Register it with the engine
// that runs test documents.
func Module() *runtime.Module {
	return &runtime.Module{
		Name: "QtTest",
		Types: []*runtime.TypeSpec{spySpec(), {
			Name:      "TestCase",
			Base:      "QtQuick.Item", // TestCase.qml's root is an Item
			ClassName: "TestCase",
			QMLFile:   true,
			Properties: []runtime.PropertySpec{
				{Name: "name", Type: "string"},
				{Name: "when", Type: "bool", Default: true},
				{Name: "optional", Type: "bool"},
				{Name: "completed", Type: "bool", ReadOnly: true},
				{Name: "running", Type: "bool", ReadOnly: true},
				// True once qmltestrunner's window is shown, just after the
				// document loaded: a TestCase that waits for it runs then.
				{Name: "windowShown", Type: "bool", ReadOnly: true},
			},
			Methods: methods(),
			Init: func(o *runtime.Object) {
				o.SetSilently("visible", false) // TestCase.qml: visible: false
				r := runnerOf(o.Engine())
				r.cases = append(r.cases, o)
				// TestCases run from their Component.onCompleted, before the
				// document's own handlers; the first one to complete runs
				// them all (inner TestCases and later siblings first).
				o.OnCompleted(func() { r.caseCompleted(o) })
			},
		}},
	}
}

// failure is how compare/verify/fail/skip stop a test function: the Go side
// records the result and throws this marker through the JavaScript.
type outcome struct {
	kind    string // "FAIL!  ", "SKIP   "
	msg     string
	loc     string
	printed bool // reported when it happened (QtTest prints failures at once)
}

type runner struct {
	e                       *runtime.Engine
	out                     io.Writer
	cases                   []*runtime.Object
	current                 string // "qmltestrunner::Name::func()"
	result                  *outcome
	tag                     string // data row of the current test function
	started                 bool
	waiting                 []*runtime.Object // mandatory TestCases that have not run (TestLogger)
	quit                    bool              // every mandatory TestCase ran: the run is over
	temps                   []*runtime.Object // createTemporaryObject results, destroyed after the test
	expect                  *expectation
	xfailed                 bool // stopped at an expected failure: the function passes
	passed, failed, skipped int
	// ignored are the warnings ignoreWarning() announced for the current
	// test function and that have not come yet.
	ignored []ignoredWarning
}

// ignoredWarning is an ignoreWarning() argument: a message, or a RegExp.
type ignoredWarning struct {
	text string
	re   *goja.Object
}

// swallow reports whether a warning was announced with ignoreWarning,
// consuming the announcement (each one ignores one message).
func (r *runner) swallow(msg string) bool {
	for i, w := range r.ignored {
		ok := w.re == nil && w.text == msg
		if w.re != nil {
			if test, isFn := goja.AssertFunction(w.re.Get("test")); isFn {
				v, err := test(w.re, r.e.Runtime().ToValue(msg))
				ok = err == nil && v.ToBoolean()
			}
		}
		if ok {
			r.ignored = append(r.ignored[:i], r.ignored[i+1:]...)
			return true
		}
	}
	return false
}

// unreceived reports the announced warnings that never came, as QtTest does
// when a test data row ends, and returns the failure it causes.
func (r *runner) unreceived(id string) *outcome {
	if len(r.ignored) == 0 {
		return nil
	}
	for _, w := range r.ignored {
		if w.re != nil {
			fmt.Fprintf(r.out, "INFO   : %s Did not receive any message matching: \"%s\"\n", id, w.re.Get("source").String())
		} else {
			fmt.Fprintf(r.out, "INFO   : %s Did not receive message: \"%s\"\n", id, w.text)
		}
	}
	r.ignored = nil
	return &outcome{kind: "FAIL!  ", msg: "Not all expected messages were received"}
}

type runnerKey struct{}

func runnerOf(e *runtime.Engine) *runner {
	return e.State(runnerKey{}, func() any { return &runner{e: e} }).(*runner)
}

// expectation is an expectFail/expectFailContinue in force.
type expectation struct {
	tag, msg string
	cont     bool
}

// check applies a verification's result, honouring an expected failure.
func (r *runner) check(ok bool, failMsg string) {
	if x := r.expect; x != nil && (x.tag == "" || x.tag == r.tag) {
		r.expect = nil
		file, line := r.e.CallerLine()
		if !ok {
			fmt.Fprintf(r.out, "XFAIL  : %s %s\n%s\n", r.current, latin1(x.msg), loc(file, line))
			if !x.cont {
				r.xfailed = true
				r.throw("FAIL")
			}
			return
		}
		r.result = &outcome{kind: "XPASS  ", msg: "QCOMPARE(, ) returned TRUE unexpectedly.", loc: loc(file, line)}
		r.print(r.current, r.result)
		r.throw("FAIL")
	}
	if !ok {
		r.stop("FAIL!  ", failMsg)
	}
}

// stop records an outcome and unwinds the test function.
func (r *runner) stop(kind, msg string) {
	file, line := r.e.CallerLine()
	r.result = &outcome{kind: kind, msg: msg, loc: loc(file, line)}
	r.print(r.current, r.result)
	r.throw(kind)
}

// print writes a non-passing result line and counts it.
func (r *runner) print(id string, res *outcome) {
	msg := res.msg
	if msg != "" || strings.HasPrefix(res.kind, "FAIL") && strings.Contains(res.msg, "\n") {
		msg = " " + msg
	}
	fmt.Fprintf(r.out, "%s: %s%s\n", res.kind, id, msg)
	if res.loc != "" {
		fmt.Fprintln(r.out, res.loc)
	}
	if strings.HasPrefix(res.kind, "SKIP") {
		r.skipped++
	} else {
		r.failed++
	}
	res.printed = true
}

// throw unwinds the test function with the exception QtQuickTest throws
// (a test may catch it; the recorded result stands).
func (r *runner) throw(kind string) {
	what := "QtQuickTest::fail"
	if strings.HasPrefix(kind, "SKIP") {
		what = "QtQuickTest::skip"
	}
	obj, _ := r.e.Runtime().New(r.e.Runtime().Get("Error"), r.e.Runtime().ToValue(what))
	panic(obj)
}

// optArg is argument i as a string, or def when it was not given or is
// undefined (TestCase.qml tests `msg === undefined`).
func optArg(c goja.FunctionCall, i int, def string) string {
	if !goja.IsUndefined(c.Argument(i)) {
		return c.Argument(i).String()
	}
	return def
}

func loc(file string, line int) string {
	return fmt.Sprintf("   Loc: [%s(%d)]", file, line)
}

func methods() []runtime.MethodSpec {
	m := func(name string, f func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value) runtime.MethodSpec {
		return runtime.MethodSpec{Name: name, Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return f(runnerOf(o.Engine()), o, c)
		}}
	}
	undef := goja.Undefined()
	return []runtime.MethodSpec{
		m("compare", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			act, exp := c.Argument(0), c.Argument(1)
			msg := optArg(c, 2, "Compared values are not the same")
			r.check(r.equal(act, exp), msg+actualExpected(r.show(act), r.show(exp)))
			return undef
		}),
		m("fuzzyCompare", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if goja.IsUndefined(c.Argument(2)) {
				r.result = &outcome{kind: "FAIL!  ", msg: "A delta value is required for fuzzyCompare", loc: "   Loc: [qrc:/qt-project.org/imports/QtTest/TestCase.qml(1776)]"}
				r.print(r.current, r.result)
				r.throw("FAIL")
			}
			act, exp, delta := c.Argument(0), c.Argument(1), c.Argument(2)
			msg := optArg(c, 3, "Compared values are not the same with delta("+delta.String()+")")
			r.check(r.fuzzyEqual(act, exp, delta.ToFloat()), msg+actualExpected(r.variantText(act), r.variantText(exp)))
			return undef
		}),
		m("verify", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if len(c.Arguments) > 2 {
				r.stop("FAIL!  ", "More than two arguments given to verify(). Did you mean tryVerify() or tryCompare()?")
			}
			what := optArg(c, 1, "verify()")
			r.check(c.Argument(0).ToBoolean(), "'"+what+"' returned FALSE. ()")
			return undef
		}),
		m("fail", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.stop("FAIL!  ", optArg(c, 0, ""))
			return undef
		}),
		m("skip", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.stop("SKIP   ", optArg(c, 0, ""))
			return undef
		}),
		m("ignoreWarning", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			w := ignoredWarning{text: c.Argument(0).String()}
			if obj, ok := c.Argument(0).(*goja.Object); ok && obj.ClassName() == "RegExp" {
				w.re = obj
			}
			r.ignored = append(r.ignored, w)
			return undef
		}),
		m("warn", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			file, line := r.e.CallerLine()
			fmt.Fprintf(r.out, "WARNING: %s %s\n%s\n", r.current, c.Argument(0).String(), loc(file, line))
			return undef
		}),
		m("expectFail", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if tag := c.Argument(0).String(); tag == "" || tag == r.tag {
				r.expect = &expectation{tag: tag, msg: c.Argument(1).String()}
			}
			return undef
		}),
		m("expectFailContinue", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if tag := c.Argument(0).String(); tag == "" || tag == r.tag {
				r.expect = &expectation{tag: tag, msg: c.Argument(1).String(), cont: true}
			}
			return undef
		}),
		m("findChild", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			parent := r.e.ObjectOf(c.Argument(0))
			name := c.Argument(1).String()
			queue := []*runtime.Object{}
			if parent != nil {
				queue = parent.Children()
			}
			for len(queue) > 0 {
				x := queue[0]
				queue = queue[1:]
				if x.Property("objectName").String() == name {
					return x.JS()
				}
				queue = append(queue, x.Children()...)
			}
			return goja.Null()
		}),
		m("createTemporaryObject", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			comp := r.e.ObjectOf(c.Argument(0))
			if comp == nil || comp.Type().Name() != "Component" {
				r.stop("FAIL!  ", "First argument must be a Component; actual type is "+jsType(c.Argument(0)))
			}
			props := c.Argument(2)
			if !goja.IsUndefined(props) && !goja.IsNull(props) {
				if _, ok := props.(*goja.Object); !ok {
					r.stop("FAIL!  ", "Third argument must be an object; actual type is "+jsType(props))
				}
			}
			v, err := comp.Call("createObject", c.Argument(1), props)
			if err != nil {
				panic(err)
			}
			if x := r.e.ObjectOf(v); x != nil {
				r.temps = append(r.temps, x)
			}
			return v
		}),
		m("createTemporaryQmlObject", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			create, _ := goja.AssertFunction(r.e.Runtime().Get("Qt").ToObject(r.e.Runtime()).Get("createQmlObject"))
			v, err := create(goja.Undefined(), c.Arguments...)
			if err != nil {
				panic(err)
			}
			if x := r.e.ObjectOf(v); x != nil {
				r.temps = append(r.temps, x)
			}
			return v
		}),
		m("wait", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.e.ProcessEvents(time.Duration(c.Argument(0).ToInteger()) * time.Millisecond)
			return undef
		}),
		m("tryCompare", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			obj, _ := c.Argument(0).(*goja.Object)
			if len(c.Arguments) < 3 {
				r.stop("FAIL!  ", "A value is required for tryCompare")
			}
			if _, isStr := c.Argument(1).Export().(string); !isStr {
				if _, isNum := number(c.Argument(1).Export()); !isNum {
					r.stop("FAIL!  ", "A property name as string or index is required for tryCompare")
				}
			}
			prop := c.Argument(1).String()
			exp := c.Argument(2)
			timeout := int64(5000)
			if len(c.Arguments) > 3 && !goja.IsUndefined(c.Argument(3)) {
				if _, ok := number(c.Argument(3).Export()); !ok {
					r.stop("FAIL!  ", "timeout should be a number")
				}
				timeout = c.Argument(3).ToInteger()
			}
			deadline := time.Now().Add(time.Duration(timeout) * time.Millisecond)
			for {
				act := obj.Get(prop)
				if r.equal(act, exp) {
					return undef
				}
				if time.Now().After(deadline) {
					msg := "property " + prop
					if len(c.Arguments) > 4 {
						msg = c.Argument(4).String()
					}
					r.stop("FAIL!  ", msg+actualExpected(r.show(act), r.show(exp)))
				}
				r.e.ProcessEvents(5 * time.Millisecond)
			}
		}),
		m("tryVerify", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(c.Argument(0))
			if !ok {
				r.stop("FAIL!  ", "First argument must be a function")
			}
			timeout := int64(5000)
			if len(c.Arguments) > 1 && !goja.IsUndefined(c.Argument(1)) {
				if _, ok := number(c.Argument(1).Export()); !ok {
					r.stop("FAIL!  ", "timeout argument must be a number")
				}
				timeout = c.Argument(1).ToInteger()
			}
			if len(c.Arguments) > 2 {
				if _, ok := c.Argument(2).Export().(string); !ok {
					r.stop("FAIL!  ", "message argument must be a string")
				}
			}
			deadline := time.Now().Add(time.Duration(timeout) * time.Millisecond)
			for {
				v, err := fn(goja.Undefined())
				if err == nil && v.ToBoolean() {
					return undef
				}
				if time.Now().After(deadline) {
					msg := "function returned false"
					if len(c.Arguments) > 2 {
						msg = c.Argument(2).String()
					}
					r.stop("FAIL!  ", "'"+msg+"' returned FALSE. ()")
				}
				r.e.ProcessEvents(5 * time.Millisecond)
			}
		}),
	}
}

// equal is QtTest's comparison (TestCase.qml's qtest_compareInternal):
// identical values are equal; otherwise null and undefined equal nothing;
// values of different QtTest types (qtestType) differ, except a string
// against an object or a visual item, which compare with ==; strings and
// booleans compare with == when one is a wrapper object, numbers with a
// small tolerance, NaN equals NaN, vectors (objects with x, y and z)
// member by member with that tolerance, dates by time value, regular
// expressions by source and flags, arrays element by element, and other
// objects (QML objects too) when they have the same constructor and the
// same enumerable properties (own or inherited) with equal values, or, with
// none at all, the same JSON; functions and symbols only when identical.
func (r *runner) equal(a, b goja.Value) bool {
	if a.StrictEquals(b) {
		return true
	}
	if goja.IsUndefined(a) || goja.IsNull(a) || goja.IsUndefined(b) || goja.IsNull(b) {
		return false
	}
	ta, tb := r.qtestType(a), r.qtestType(b)
	if ta != tb {
		if tb == "string" && ta == "object" || ta == "declarativeitem" || (tb == "object" || tb == "declarativeitem") && ta == "string" {
			return a.Equals(b)
		}
		return false
	}
	switch tb {
	case "string", "boolean":
		return a.Equals(b)
	case "nan":
		return true
	case "number":
		return math.Abs(a.ToFloat()-b.ToFloat()) <= 0.00001
	case "vector3d":
		oa, ob := a.(*goja.Object), b.(*goja.Object)
		for _, k := range []string{"x", "y", "z"} {
			if !(math.Abs(oa.Get(k).ToFloat()-ob.Get(k).ToFloat()) <= 0.00001) {
				return false
			}
		}
		return true
	case "date":
		return a.ToFloat() == b.ToFloat()
	case "regexp":
		oa, ob := a.(*goja.Object), b.(*goja.Object)
		for _, k := range []string{"source", "global", "ignoreCase", "multiline"} {
			if !oa.Get(k).StrictEquals(ob.Get(k)) {
				return false
			}
		}
		return true
	case "array":
		oa, ob := a.(*goja.Object), b.(*goja.Object)
		la, lb := oa.Get("length").ToInteger(), ob.Get("length").ToInteger()
		if la != lb {
			return false
		}
		for i := int64(0); i < la; i++ {
			k := strconv.FormatInt(i, 10)
			if !r.equal(valueOrUndefined(oa.Get(k)), valueOrUndefined(ob.Get(k))) {
				return false
			}
		}
		return true
	case "object", "declarativeitem":
		return r.equalObjects(a.(*goja.Object), b.(*goja.Object))
	}
	return false
}

// equalObjects is TestCase.qml's qtest_compareInternalObjects.
func (r *runner) equalObjects(a, b *goja.Object) bool {
	if !valueOrUndefined(a.Get("constructor")).StrictEquals(valueOrUndefined(b.Get("constructor"))) {
		return false
	}
	ka, kb := forInKeys(a), forInKeys(b)
	eq := true
	for _, k := range ka {
		if !r.equal(valueOrUndefined(a.Get(k)), valueOrUndefined(b.Get(k))) {
			eq = false
			break
		}
	}
	if len(ka) == 0 && len(kb) == 0 {
		return eq && r.json(a) == r.json(b)
	}
	if !eq || len(ka) != len(kb) {
		return false
	}
	sort.Slice(ka, func(i, j int) bool { return utf16Less(ka[i], ka[j]) })
	sort.Slice(kb, func(i, j int) bool { return utf16Less(kb[i], kb[j]) })
	for i := range ka {
		if ka[i] != kb[i] {
			return false
		}
	}
	return true
}

// forInKeys lists the names a for-in loop visits: enumerable string keys,
// own then inherited.
func forInKeys(o *goja.Object) []string {
	var keys []string
	seen := map[string]bool{}
	for x := o; x != nil; x = x.Prototype() {
		for _, k := range x.Keys() {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// json is JSON.stringify(v), "" when it throws or gives undefined.
func (r *runner) json(v goja.Value) string {
	vm := r.e.Runtime()
	stringify, ok := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("stringify"))
	if !ok {
		return ""
	}
	res, err := stringify(goja.Undefined(), v)
	if err != nil || res == nil || goja.IsUndefined(res) {
		return ""
	}
	return res.String()
}

// valueOrUndefined turns the nil of a missing property into undefined.
func valueOrUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// qtestType is TestCase.qml's qtest_typeof: wrapper objects count as their
// primitive type, NaN is a type of its own, arrays, dates and regular
// expressions are told by instanceof, objects with mapFromItem and
// mapToItem are visual items, other objects with x, y and z are vectors;
// a symbol has no type ("").
func (r *runner) qtestType(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		return ""
	}
	o, ok := v.(*goja.Object)
	if !ok {
		switch v.Export().(type) {
		case string:
			return "string"
		case bool:
			return "boolean"
		case int64, float64:
			if math.IsNaN(v.ToFloat()) {
				return "nan"
			}
			return "number"
		}
		return ""
	}
	vm := r.e.Runtime()
	global := func(name string) goja.Value { return vm.Get(name) }
	switch ctor := valueOrUndefined(o.Get("constructor")); {
	case ctor.StrictEquals(global("String")):
		return "string"
	case ctor.StrictEquals(global("Boolean")):
		return "boolean"
	case ctor.StrictEquals(global("Number")):
		if math.IsNaN(o.ToFloat()) {
			return "nan"
		}
		return "number"
	}
	for _, c := range []struct{ ctor, typ string }{{"Array", "array"}, {"Date", "date"}, {"RegExp", "regexp"}} {
		if instanceOf(vm, o, c.ctor) {
			return c.typ
		}
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return "function"
	}
	if hasProperty(o, "mapFromItem") && hasProperty(o, "mapToItem") {
		return "declarativeitem"
	}
	if hasProperty(o, "x") && hasProperty(o, "y") && hasProperty(o, "z") {
		return "vector3d"
	}
	return "object"
}

// instanceOf is `o instanceof NAME` for a global constructor NAME.
func instanceOf(vm *goja.Runtime, o *goja.Object, name string) bool {
	ctor, ok := vm.Get(name).(*goja.Object)
	if !ok {
		return false
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok {
		return false
	}
	for x := o.Prototype(); x != nil; x = x.Prototype() {
		if x == proto {
			return true
		}
	}
	return false
}

// hasProperty is JavaScript's `name in o` (own or inherited).
func hasProperty(o *goja.Object, name string) bool { return o.Get(name) != nil }

// jsType is JavaScript's typeof of a value.
func jsType(v goja.Value) string {
	switch v.Export().(type) {
	case string:
		return "string"
	case int64, float64:
		return "number"
	case bool:
		return "boolean"
	}
	if goja.IsUndefined(v) {
		return "undefined"
	}
	return "object"
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// show renders a compared value as TestResult.stringify does: a string as
// itself, an array as "[" + its toString() + "]" (a list property is no
// array: "[object Object]"), a url as Qt.url(TEXT), a valid date as local
// ISO 8601 time with milliseconds (a QDateTime), a symbol as Symbol(DESC),
// anything else as its text (FormatValue prints QML objects and value
// types as Qt does).
func (r *runner) show(v goja.Value) string {
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	if s, ok := v.Export().(string); ok {
		return s
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return r.e.FormatValue(v)
	}
	if _, isFn := goja.AssertFunction(o); isFn {
		return r.e.FormatValue(v)
	}
	switch {
	case o.ClassName() == "Array":
		if instanceOf(r.e.Runtime(), o, "Array") {
			return "[" + o.String() + "]"
		}
		return o.String()
	case r.e.ValueClass(v) == "url":
		return "Qt.url(" + o.String() + ")"
	case o.ClassName() == "Date" && !math.IsNaN(o.ToFloat()):
		if t, ok := o.Export().(time.Time); ok {
			return t.Local().Format("2006-01-02T15:04:05.000")
		}
	}
	return r.e.FormatValue(v)
}

// caseCompleted is a TestCase's Component.onCompleted (TestCase.qml's,
// before the document's own handlers): it registers the TestCase with the
// mandatory ones the run waits for (TestLogger), unless optional, and runs
// it if `when` holds; otherwise it runs when `when` becomes true.
func (r *runner) caseCompleted(o *runtime.Object) {
	if !o.Property("optional").ToBoolean() {
		r.waiting = append(r.waiting, o)
	}
	if o.Property("when").ToBoolean() {
		r.runCase(o)
		return
	}
	var disconnect func()
	disconnect, _ = o.Connect("whenChanged", func([]goja.Value) {
		if !o.Property("when").ToBoolean() || o.Property("running").ToBoolean() {
			return
		}
		disconnect()
		r.runCase(o)
	})
}

// caseDone takes a TestCase that ran off the waiting list; when none is
// left, the run ends (TestLogger.log_complete_test, then Qt.quit()): a
// TestCase that completes later does not run unless the document is still
// being created.
func (r *runner) caseDone(o *runtime.Object) {
	for i, w := range r.waiting {
		if w == o {
			r.waiting = append(r.waiting[:i], r.waiting[i+1:]...)
			break
		}
	}
	if len(r.waiting) == 0 {
		r.quit = true
		r.e.Quit(0)
	}
}

// finish prints the totals and returns qmltestrunner's exit code (the
// number of failures, at most 127).
func (r *runner) finish() int {
	if !r.started {
		io.WriteString(r.out, header)
	}
	fmt.Fprintf(r.out, "Totals: %d passed, %d failed, %d skipped, 0 blacklisted, 0ms\n", r.passed, r.failed, r.skipped)
	io.WriteString(r.out, footer)
	if r.failed > 127 {
		return 127
	}
	return r.failed
}

// attach makes the engine report console output in qmltestrunner's format.
func (r *runner) attach(out io.Writer) {
	r.out = out
	r.e.SetConsoleHandler(func(level, msg string) bool {
		if !r.started {
			return false
		}
		if level == "warning" && r.swallow(msg) {
			return true
		}
		tag := map[string]string{"debug": "QDEBUG : ", "info": "QINFO  : ", "warning": "QWARN  : ", "critical": "QCRITICAL: "}[level]
		id := r.current
		if id == "" {
			id = "qmltestrunner::UnknownTestFunc()"
		}
		fmt.Fprintf(r.out, "%s%s qml: %s\n", tag, id, msg)
		return true
	})
}

func (r *runner) runCase(o *runtime.Object) {
	if !r.started {
		r.started = true
		io.WriteString(r.out, header)
	}
	setNotify(o, "running", true)
	name := o.Property("name").String()
	prefix := "qmltestrunner::"
	if name != "" {
		prefix += name + "::"
	}
	has := map[string]bool{}
	for _, m := range o.Methods() {
		has[m] = true
	}
	var tests []string
	for m := range has {
		// Of the benchmarks only benchmark_once_ functions run: the others
		// repeat until their timing settles, which no golden can hold.
		if (strings.HasPrefix(m, "test_") || strings.HasPrefix(m, "benchmark_once_")) && !strings.HasSuffix(m, "_data") {
			tests = append(tests, m)
		}
	}
	sort.Slice(tests, func(i, j int) bool { return utf16Less(tests[i], tests[j]) })
	call := func(fn string, arg ...goja.Value) *outcome {
		r.result, r.expect, r.xfailed = nil, nil, false
		_, err := o.Call(fn, arg...)
		if r.result != nil {
			return r.result
		}
		if r.xfailed {
			return nil
		}
		if r.expect != nil {
			r.expect = nil
			return &outcome{kind: "FAIL!  ", msg: "QEXPECT_FAIL was called without any subsequent verification statements"}
		}
		if err != nil {
			file, line, msg := r.e.ExceptionLine(err)
			return &outcome{kind: "FAIL!  ", msg: "Uncaught exception: " + msg, loc: loc(file, line)}
		}
		return nil
	}
	report := func(id string, res *outcome) bool {
		if res == nil {
			fmt.Fprintf(r.out, "PASS   : %s\n", id)
			r.passed++
			return true
		}
		if !res.printed {
			r.print(id, res)
		}
		return false
	}
	run := func(fn string) *outcome {
		if !has[fn] {
			return nil
		}
		return call(fn)
	}
	r.current = prefix + "initTestCase()"
	res := run("initTestCase")
	if !report(r.current, res) {
		if strings.HasPrefix(res.kind, "FAIL") {
			tests = nil // a failed initTestCase runs no test function
		} else if len(tests) > 0 {
			tests = tests[1:] // Qt's quirk: the skip also swallows the first test
		}
	}
	for _, t := range tests {
		rows := []goja.Value{nil}
		var tags []string
		dataFn := t + "_data"
		if !has[dataFn] && has["init_data"] {
			dataFn = "init_data" // rows for every test without its own
		}
		if has[dataFn] {
			r.current = prefix + t + "()"
			v, err := o.Call(dataFn)
			rows, tags = nil, nil
			if err == nil {
				if arr, ok := v.(*goja.Object); ok {
					n := arr.Get("length").ToInteger()
					for i := int64(0); i < n; i++ {
						row := arr.Get(fmt.Sprint(i))
						tag := ""
						if ro, ok := row.(*goja.Object); ok {
							if tv := ro.Get("tag"); tv != nil && !goja.IsUndefined(tv) {
								tag = tv.String()
							}
							if tag == "" {
								tag = fmt.Sprintf("row %d", i)
								ro.Set("tag", tag)
							}
						}
						rows = append(rows, row)
						tags = append(tags, tag)
					}
				}
			}
			if len(rows) == 0 {
				fmt.Fprintf(r.out, "WARNING: %s%s() no data supplied for %s() by %s_data()\n   Loc: [qrc:/qt-project.org/imports/QtTest/TestCase.qml(2034)]\n", prefix, strings.TrimPrefix(t, ""), t, t)
				continue
			}
		}
		// runRow runs init, the test and cleanup for one row and reports
		// whether it was skipped.
		runRow := func(id string, row goja.Value) bool {
			if res := run("init"); res != nil {
				report(id, res)
				if strings.HasPrefix(res.kind, "SKIP") {
					return true
				}
				// A failed init still runs the test and cleanup; the test
				// is not reported again.
				if row != nil {
					call(t, row)
				} else {
					call(t)
				}
				if cres := run("cleanup"); cres != nil {
					report(id, cres)
				}
				return false
			}
			var res *outcome
			if row != nil {
				res = call(t, row)
			} else {
				res = call(t)
			}
			if res != nil {
				// A failure is reported at once; cleanup runs after it.
				report(id, res)
				if cres := run("cleanup"); cres != nil {
					report(id, cres)
				}
				r.ignored = nil
				r.destroyTemps()
				return strings.HasPrefix(res.kind, "SKIP")
			}
			cres := run("cleanup")
			if cres == nil {
				cres = r.unreceived(id)
			}
			r.ignored = nil
			report(id, cres)
			r.destroyTemps()
			return false
		}
		bench := strings.HasPrefix(t, "benchmark_once_")
		for i, row := range rows {
			id := prefix + t + "()"
			if tags != nil {
				id = prefix + t + "(" + tags[i] + ")"
			}
			r.current = id
			r.tag = ""
			if tags != nil {
				r.tag = tags[i]
			}
			if !bench {
				runRow(id, row)
				continue
			}
			// QBenchmark runs a RunOnce benchmark twice (a warm-up and the
			// measured run, each reported) unless it skips, then prints
			// the measurement: nothing measurable for a script.
			for n := 0; n < 2 && !runRow(id, row); n++ {
			}
			result := "RESULT : qmltestrunner::" + t + ":"
			if tags != nil {
				result += "\"" + tags[i] + "\":"
			}
			fmt.Fprintf(r.out, "%s\n     0 msecs per iteration (total: 0, iterations: 1)\n", result)
		}
	}
	r.current = prefix + "cleanupTestCase()"
	res = run("cleanupTestCase")
	if res != nil {
		report(r.current, res)
	}
	// Qt reports cleanupTestCase's pass after running and completed
	// change; a TestCase those start runs in between, and the pass is then
	// reported for no function (qtest_run's finishTestFunction).
	setNotify(o, "running", false)
	setNotify(o, "completed", true)
	if res == nil {
		id := r.current
		if id == "" {
			id = "qmltestrunner::UnknownTestFunc()"
		}
		report(id, nil)
	}
	r.current = ""
	r.caseDone(o)
}

// setNotify sets a read-only property of a TestCase and emits its change
// signal when the value changes.
func setNotify(o *runtime.Object, name string, v bool) {
	if o.Property(name).ToBoolean() == v {
		return
	}
	o.SetSilently(name, v)
	o.EmitChanged(name)
}

// destroyTemps destroys the objects createTemporaryObject made during the
// test that just finished.
func (r *runner) destroyTemps() {
	temps := r.temps
	r.temps = nil
	for _, x := range temps {
		if !x.Destroyed() {
			x.Destroy()
		}
	}
}

// utf16Less orders strings as JavaScript's default sort does.
func utf16Less(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	for i := 0; i < len(ra) && i < len(rb); i++ {
		if ra[i] != rb[i] {
			return ra[i] < rb[i]
		}
	}
	return len(ra) < len(rb)
}

// RunFile loads a test document and runs its TestCases, printing the
// report (or qmltestrunner's compile failure) to out.
func RunFile(e *runtime.Engine, path string, out io.Writer) int {
	out = printable{out}
	r := runnerOf(e)
	r.attach(out)
	name := strings.TrimSuffix(filepathBase(path), ".qml")
	if err := e.Load(path); err != nil {
		file, line, col, msg := path, 0, 0, err.Error()
		var ds parser.Diagnostics
		if errors.As(err, &ds) && len(ds) > 0 {
			file, line, col, msg = ds[0].Pos.Filename, ds[0].Pos.Line, ds[0].Pos.Column, ds[0].Message
		}
		return compileFailure(out, name, fmt.Sprintf("%s:%d,%d: %s", file, line, col, msg), "", msg, loc(file, line))
	}
	if root := e.Root(); root != nil && root.Property("anchors") == nil {
		// qmltestrunner shows the document in a QQuickView, which
		// refuses a root that is not an Item once it is complete.
		fmt.Fprint(out, "QQuickView only supports loading of root objects that derive from QQuickItem. \n\n"+
			"Ensure your QML code is written for QtQuick 2, and uses a root that is or \n"+
			"inherits from QtQuick's Item (not a Timer, QtObject, etc). \n\n")
		msg := "QQuickView: invalid root object."
		return compileFailure(out, name, ": "+msg, "View: QQuickView, ", msg, loc("", -1))
	}
	if len(r.cases) == 0 {
		// Without a TestCase qmltestrunner reports nothing.
		return 0
	}
	if !r.quit && len(r.waiting) > 0 {
		// The window is shown once the document is loaded; the event
		// loop then tells the TestCases (QTimer::singleShot(0)).
		e.AfterFunc(0, func() {
			for _, o := range r.cases {
				if !o.Destroyed() {
					o.SetSilently("windowShown", true)
					o.EmitChanged("windowShown")
				}
			}
		})
		e.Run()
	}
	var rc int
	e.Do(func() error { rc = r.finish(); return nil })
	return rc
}

// compileFailure prints qmltestrunner's report of a document that did not
// load: the error list as a warning of a compile() function, which fails.
func compileFailure(out io.Writer, name, listed, view, msg, where string) int {
	fmt.Fprint(out, header)
	fmt.Fprintf(out, "QWARN  : qmltestrunner::%s::compile() \n  %s.qml produced 1 error(s):\n    %s\n", name, name, listed)
	fmt.Fprintf(out, "  Working directory: .\n  %sImport paths:\n    '/usr/lib/qt6/bin'\n    'qrc:/qt-project.org/imports'\n    '/usr/lib/x86_64-linux-gnu/qt6/qml'\n  Plugin paths:\n    '.'\n\n", view)
	fmt.Fprintf(out, "FAIL!  : qmltestrunner::%s::compile() %s\n%s\n", name, msg, where)
	fmt.Fprint(out, "Totals: 0 passed, 1 failed, 0 skipped, 0 blacklisted, 0ms\n", footer)
	return 1
}

func filepathBase(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }
