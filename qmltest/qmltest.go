// Package qmltest provides the QML module QtTest (TestCase) and runs test
// documents the way Qt's qmltestrunner does, printing its report format.
package qmltest

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
	"github.com/qmlrun/qmlrun/quick"
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

// testCaseQML is where Qt's TestCase.qml lives; its frames call the test
// functions.
const testCaseQML = "qrc:/qt-project.org/imports/QtTest/TestCase.qml"

// frame is a stack frame of TestCase.qml.
func frame(fn string, line int) runtime.StackFrame {
	return runtime.StackFrame{Func: fn, URL: testCaseQML, Line: line}
}

// runner follows TestCase.qml's qtest_run and QTestResult's state: a test
// data row fails at its first failure (later ones are still reported),
// passes at its end unless it failed or skipped; checks honour an expected
// failure.
type runner struct {
	e       *runtime.Engine
	out     io.Writer
	cases   []*runtime.Object
	current string // "qmltestrunner::Name::func()", "" between functions
	tag     string // data row of the current test function
	started bool
	waiting []*runtime.Object // mandatory TestCases that have not run (TestLogger)
	quit    bool              // every mandatory TestCase ran: the run is over
	temps   []*runtime.Object // createTemporaryObject results, destroyed after the test
	mouse   mouseState        // the MouseArea holding the mouse (mousePress)
	expect  *expectation
	// rowFailed is QTest's failed flag for the current data row; skipping
	// is TestResult.skipped, which qtest_run clears only after a row or a
	// function.
	rowFailed, skipping     bool
	resolved                bool // the row's result is counted
	passed, failed, skipped int
	// ignored are the warnings ignoreWarning() announced for the current
	// test function and that have not come yet; failOn the patterns of
	// failOnWarning().
	ignored, failOn []ignoredWarning
	// tail is the TestCase.qml frames under the running test code; bottom
	// the one that started the run (onCompleted or onWhenChanged).
	tail      []runtime.StackFrame
	bottom    runtime.StackFrame
	createQML goja.Callable // see createQmlObject
	makeError map[site]goja.Callable
	// result is what the last test member called returned
	// (qtest_testCaseResult), an empty array when it threw.
	result goja.Value
}

// ignoredWarning is an ignoreWarning() argument: a message, or a RegExp.
type ignoredWarning struct {
	text string
	re   *goja.Object
}

// matches reports whether an ignoreWarning/failOnWarning pattern matches
// a message.
func (r *runner) matches(w ignoredWarning, msg string) bool {
	if w.re == nil {
		return w.text == msg
	}
	test, isFn := goja.AssertFunction(w.re.Get("test"))
	if !isFn {
		return false
	}
	v, err := test(w.re, r.e.Runtime().ToValue(msg))
	return err == nil && v.ToBoolean()
}

// swallow reports whether a warning was announced with ignoreWarning,
// consuming the announcement (each one ignores one message).
func (r *runner) swallow(msg string) bool {
	for i, w := range r.ignored {
		if r.matches(w, msg) {
			r.ignored = append(r.ignored[:i], r.ignored[i+1:]...)
			return true
		}
	}
	return false
}

// pattern reads an ignoreWarning/failOnWarning argument.
func pattern(c goja.FunctionCall) ignoredWarning {
	w := ignoredWarning{text: optArg(c, 0, "")}
	if obj, ok := c.Argument(0).(*goja.Object); ok && obj.ClassName() == "RegExp" {
		w.re = obj
	}
	return w
}

// unreceived prints the announced warnings that never came (INFO lines).
func (r *runner) unreceived() {
	for _, w := range r.ignored {
		if w.re != nil {
			fmt.Fprintf(r.out, "INFO   : %s Did not receive any message matching: \"%s\"\n", r.id(), w.re.Get("source").String())
		} else {
			fmt.Fprintf(r.out, "INFO   : %s Did not receive message: \"%s\"\n", r.id(), w.text)
		}
	}
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

// id names the running test function in the log.
func (r *runner) id() string {
	if r.current == "" {
		return "qmltestrunner::UnknownTestFunc()"
	}
	return r.current
}

// printResult writes a result line (and its location line).
func (r *runner) printResult(kind, msg, where string) {
	if msg != "" {
		msg = " " + msg
	}
	fmt.Fprintf(r.out, "%s: %s%s\n", kind, r.id(), msg)
	if where != "" {
		fmt.Fprintln(r.out, where)
	}
}

// addFailure is QTestResult::addFailure: a FAIL line, counted; the row
// has failed.
func (r *runner) addFailure(msg, where string) {
	r.expect = nil
	r.printResult("FAIL!  ", msg, where)
	r.count(&r.failed)
	r.rowFailed = true
}

// callerLoc is the Loc line of the test code calling a TestCase method.
func (r *runner) callerLoc() string {
	file, line := r.e.CallerLine()
	return loc(file, line)
}

// checkStatement is QTestResult's: a check that fails is a failure unless
// one is expected (XFAIL), one that passes while a failure is expected is
// an XPASS, counted as a failure. It reports whether the test goes on
// (after an expected failure only with expectFailContinue).
func (r *runner) checkStatement(ok bool, failMsg, xpassMsg string) bool {
	x := r.expect
	switch {
	case ok && x == nil:
		return true
	case ok:
		r.expect = nil
		r.printResult("XPASS  ", xpassMsg, r.callerLoc())
		r.count(&r.failed)
		r.rowFailed = true
		return x.cont
	case x != nil:
		r.expect = nil
		r.printResult("XFAIL  ", latin1(x.msg), r.callerLoc())
		return x.cont
	}
	r.addFailure(failMsg, r.callerLoc())
	return false
}

// verify is TestResult.verify: the message is the statement (verify()
// when empty and failing).
func (r *runner) verify(ok bool, msg string, at site) {
	what := msg
	if what == "" && !ok {
		what = "verify()"
	}
	if !r.checkStatement(ok, "'"+what+"' returned FALSE. ()", "'"+what+"' returned TRUE unexpectedly. ()") {
		r.throw("fail", at)
	}
}

// compare is TestResult.compare with the values already printed.
func (r *runner) compare(ok bool, msg, act, exp string, line int) {
	if !r.checkStatement(ok, truncate(msg+actualExpected(act, exp)), "QCOMPARE(, ) returned TRUE unexpectedly.") {
		r.throw("fail", at(line))
	}
}

// truncate cuts a check's message to QTestResult's 1024-byte buffer.
func truncate(msg string) string {
	if len(msg) > 1023 {
		return msg[:1023]
	}
	return msg
}

// fail stops the test with a failure at the caller's line.
func (r *runner) fail(msg string, line int) {
	r.addFailure(msg, r.callerLoc())
	r.throw("fail", at(line))
}

// warn is TestResult.warn: a WARNING line.
func (r *runner) warn(msg, where string) {
	r.printResult("WARNING", msg, where)
}

// site is where TestCase.qml (or SignalSpy.qml) throws.
type site struct {
	url  string
	line int
}

// at is a line of TestCase.qml.
func at(line int) site { return site{testCaseQML, line} }

// throw unwinds the test function with the exception QtQuickTest throws,
// made where TestCase.qml throws it, so that one escaping a signal
// handler is reported there (a test may catch it; the recorded result
// stands).
func (r *runner) throw(kind string, where site) {
	if r.makeError == nil {
		r.makeError = map[site]goja.Callable{}
	}
	mk := r.makeError[where]
	if mk == nil {
		v, err := r.e.Runtime().RunScript(where.url, strings.Repeat("\n", where.line-1)+"(function (m) { return new Error(m) })")
		if err != nil {
			panic(err)
		}
		mk, _ = goja.AssertFunction(v)
		r.makeError[where] = mk
	}
	obj, err := mk(goja.Undefined(), r.e.Runtime().ToValue("QtQuickTest::"+kind))
	if err != nil {
		panic(err)
	}
	panic(obj)
}

// finishTestData is QTestResult::finishedCurrentTestData, after a test
// function (before cleanup): an expected failure that never came, and
// announced warnings that never came, fail the row.
func (r *runner) finishTestData() {
	if r.expect != nil {
		r.addFailure("QEXPECT_FAIL was called without any subsequent verification statements", "")
	}
	r.expect = nil
	if !r.rowFailed && len(r.ignored) > 0 {
		r.unreceived()
		r.addFailure("Not all expected messages were received", "")
	}
	r.ignored, r.failOn = nil, nil
}

// finishTestDataCleanup ends a row: it passes unless it failed or skipped.
func (r *runner) finishTestDataCleanup() {
	if !r.rowFailed && !r.skipping {
		fmt.Fprintf(r.out, "PASS   : %s\n", r.id())
		r.count(&r.passed)
	}
	r.rowFailed = false
	r.resolved = false
}

// count counts a result unless the row already has one (QTestLog counts
// the first result of a row: a failure after a skip, a second failure, do
// not count).
func (r *runner) count(n *int) {
	if !r.resolved {
		*n++
		r.resolved = true
	}
}

// finishTestFunction ends a test function.
func (r *runner) finishTestFunction() {
	r.ignored, r.failOn = nil, nil
	r.expect = nil
	r.rowFailed = false
	r.resolved = false
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
	m := func(name string, f method) runtime.MethodSpec {
		return runtime.MethodSpec{Name: name, Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
			return f(runnerOf(o.Engine()), o, c)
		}}
	}
	undef := goja.Undefined()
	empty := func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value { return undef }
	return append([]runtime.MethodSpec{
		// TestCase.qml's empty defaults, which a test may call or override.
		m("initTestCase", empty), m("cleanupTestCase", empty), m("init", empty), m("cleanup", empty),
		m("compare", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			act, exp := c.Argument(0), c.Argument(1)
			r.compare(r.equal(act, exp), optArg(c, 2, "Compared values are not the same"), r.show(act), r.show(exp), 840)
			return undef
		}),
		m("fuzzyCompare", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if goja.IsUndefined(c.Argument(2)) {
				// qtest_fail(msg, 2): the location is qtest_runInternal's.
				r.addFailure("A delta value is required for fuzzyCompare", loc(testCaseQML, 1776))
				r.throw("fail", at(399))
			}
			act, exp, delta := c.Argument(0), c.Argument(1), c.Argument(2)
			msg := optArg(c, 3, "Compared values are not the same with delta("+delta.String()+")")
			r.compare(r.fuzzyEqual(act, exp, delta.ToFloat()), msg, r.variantText(act), r.variantText(exp), 870)
			return undef
		}),
		m("verify", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if len(c.Arguments) > 2 {
				r.fail("More than two arguments given to verify(). Did you mean tryVerify() or tryCompare()?", 399)
			}
			r.verify(c.Argument(0).ToBoolean(), optArg(c, 1, ""), at(416))
			return undef
		}),
		m("fail", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.fail(optArg(c, 0, ""), 391)
			return undef
		}),
		m("skip", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.printResult("SKIP   ", optArg(c, 0, ""), r.callerLoc())
			r.count(&r.skipped)
			r.skipping = true
			r.throw("skip", at(1045))
			return undef
		}),
		m("ignoreWarning", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.ignored = append(r.ignored, pattern(c))
			return undef
		}),
		m("failOnWarning", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.failOn = append(r.failOn, pattern(c))
			return undef
		}),
		m("sleep", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			time.Sleep(time.Duration(c.Argument(0).ToInteger()) * time.Millisecond)
			return undef
		}),
		m("warn", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.warn(optArg(c, 0, ""), r.callerLoc())
			return undef
		}),
		m("expectFail", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.expectFail(c, false, 1063)
			return undef
		}),
		m("expectFailContinue", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.expectFail(c, true, 1089)
			return undef
		}),
		m("findChild", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			// Visual children first, then QObject children; at each level
			// the direct children before their descendants, as
			// TestCase.findChild and QObject::findChild search.
			name := c.Argument(1).String()
			if x := r.findVisualChild(c.Argument(0), name); x != nil {
				return x
			}
			var find func(p *runtime.Object) *runtime.Object
			find = func(p *runtime.Object) *runtime.Object {
				kids := p.Children()
				for _, x := range kids {
					if x.Property("objectName").String() == name {
						return x
					}
				}
				for _, x := range kids {
					if f := find(x); f != nil {
						return f
					}
				}
				return nil
			}
			if parent := r.e.ObjectOf(c.Argument(0)); parent != nil {
				if x := find(parent); x != nil {
					return x.JS()
				}
			}
			return goja.Null()
		}),
		m("createTemporaryObject", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			if goja.IsNull(c.Argument(0)) {
				// typeof null is "object": TestCase.qml goes on to call
				// createObject on it.
				r.addFailure("Uncaught exception: Cannot read property 'createObject' of null", loc(testCaseQML, 637))
				r.throw("fail", at(637))
			}
			comp := r.e.ObjectOf(c.Argument(0))
			if comp == nil || comp.Type().Name() != "Component" {
				r.fail("First argument must be a Component; actual type is "+jsType(c.Argument(0)), 625)
			}
			props := c.Argument(2)
			if !goja.IsUndefined(props) && !goja.IsNull(props) {
				if _, ok := props.(*goja.Object); !ok {
					r.fail("Third argument must be an object; actual type is "+jsType(props), 631)
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
			if t := jsType(c.Argument(0)); t != "string" {
				r.fail("First argument must be a string of QML; actual type is "+t, 581)
			}
			if t := jsType(c.Argument(1)); !c.Argument(1).ToBoolean() || t != "object" {
				r.fail("Second argument must be a valid parent object; actual type is "+t, 587)
			}
			if t := jsType(c.Argument(2)); t != "undefined" && t != "string" {
				r.fail("Third argument must be a file path string; actual type is "+t, 593)
			}
			v, err := r.createQmlObject()(goja.Undefined(), c.Arguments...)
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
			prop := c.Argument(1)
			if _, isStr := prop.Export().(string); !isStr {
				if _, isNum := number(prop.Export()); !isNum {
					r.fail("A property name as string or index is required for tryCompare", 1002)
				}
			}
			if len(c.Arguments) < 3 {
				r.fail("A value is required for tryCompare", 1007)
			}
			exp, timeoutArg := c.Argument(2), c.Argument(3)
			if !goja.IsUndefined(timeoutArg) {
				if _, ok := number(timeoutArg.Export()); !ok {
					r.fail("timeout should be a number", 1013)
				}
			}
			timeout := timeoutArg.ToInteger()
			if timeout == 0 {
				timeout = 5000
			}
			msg := optArg(c, 4, "property "+prop.String())
			vm := r.e.Runtime()
			get := func() goja.Value {
				obj := c.Argument(0)
				if goja.IsUndefined(obj) || goja.IsNull(obj) {
					// The TypeError comes from TestCase.qml's tryCompare.
					r.addFailure("Uncaught exception: Cannot read property '"+prop.String()+"' of "+obj.String(), loc(testCaseQML, 1019))
					r.throw("fail", at(1019))
				}
				return valueOrUndefined(obj.ToObject(vm).Get(prop.String()))
			}
			r.waitUntil(timeout, func() bool { return r.equal(get(), exp) })
			act := get()
			r.compare(r.equal(act, exp), msg, r.show(act), r.show(exp), 1031)
			return undef
		}),
		m("tryVerify", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(c.Argument(0))
			if !ok {
				r.fail("First argument must be a function", 454)
			}
			timeoutArg, msgArg := c.Argument(1), c.Argument(2)
			if timeoutArg.ToBoolean() {
				if _, ok := number(timeoutArg.Export()); !ok {
					r.fail("timeout argument must be a number", 459)
				}
			}
			if msgArg.ToBoolean() {
				if _, ok := msgArg.Export().(string); !ok {
					r.fail("message argument must be a string", 464)
				}
			}
			timeout := int64(5000)
			if timeoutArg.ToBoolean() {
				timeout = timeoutArg.ToInteger()
			}
			call := func() bool {
				v, err := fn(goja.Undefined())
				if err != nil {
					panic(err)
				}
				return v.ToBoolean()
			}
			r.waitUntil(timeout, call)
			r.verify(call(), optArg(c, 2, "function returned false"), at(483))
			return undef
		}),
	}, eventMethods(m)...)
}

// createQmlObject calls Qt.createQmlObject from TestCase.qml's line 596,
// as createTemporaryQmlObject does there: a relative file path names a
// document beside TestCase.qml, and an error thrown points at that line.
func (r *runner) createQmlObject() goja.Callable {
	if r.createQML == nil {
		v, err := r.e.Runtime().RunScript(testCaseQML, strings.Repeat("\n", 595)+"(function () { return Qt.createQmlObject.apply(Qt, arguments) })")
		if err != nil {
			panic(err)
		}
		r.createQML, _ = goja.AssertFunction(v)
	}
	return r.createQML
}

// waitUntil is the polling of tryCompare and tryVerify: wait(0) unless
// done holds, then wait(50) while it does not, until timeout milliseconds
// of waits have passed.
func (r *runner) waitUntil(timeout int64, done func() bool) {
	if !done() {
		r.e.ProcessEvents(0)
	}
	for i := int64(0); i < timeout && !done(); i += 50 {
		r.e.ProcessEvents(50 * time.Millisecond)
	}
}

// expectFail is TestCase.expectFail(Continue): missing arguments are
// warned about (from TestCase.qml's lines warnLine and warnLine+4); a tag
// that is not the current row's is ignored; a second one fails.
func (r *runner) expectFail(c goja.FunctionCall, cont bool, warnLine int) {
	name := "expectFail"
	if cont {
		name = "expectFailContinue"
	}
	tag, msg := c.Argument(0), c.Argument(1)
	if goja.IsUndefined(tag) {
		r.warn("tag argument missing from "+name+"()", loc(testCaseQML, warnLine))
		tag = r.e.Runtime().ToValue("")
	}
	if goja.IsUndefined(msg) {
		r.warn("message argument missing from "+name+"()", loc(testCaseQML, warnLine+4))
		msg = r.e.Runtime().ToValue("")
	}
	if t := tag.String(); t != "" && (r.tag == "" || t != r.tag) {
		return
	}
	if r.expect != nil {
		r.addFailure("Already expecting a fail", r.callerLoc())
		r.throw("expectFail", at(warnLine+8))
	}
	r.expect = &expectation{tag: tag.String(), msg: msg.String(), cont: cont}
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
	switch v.(type) {
	case *goja.Symbol:
		return "symbol"
	case *goja.Object:
		if _, ok := goja.AssertFunction(v); ok {
			return "function"
		}
		return "object"
	}
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
// ISO 8601 time with milliseconds (a QDateTime), a vector3d as
// Qt.vector3d(X, Y, Z), a symbol as Symbol(DESC),
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
	case r.e.ValueClass(v) == "vector3d":
		return "Qt.vector3d(" + argFloat(o.Get("x")) + ", " + argFloat(o.Get("y")) + ", " + argFloat(o.Get("z")) + ")"
	case o.ClassName() == "Date" && !math.IsNaN(o.ToFloat()):
		if t, ok := o.Export().(time.Time); ok {
			return t.Local().Format("2006-01-02T15:04:05.000")
		}
	}
	return r.e.FormatValue(v)
}

// argFloat formats a vector3d component as QString::arg(float) does: %g
// with 6 significant digits, -0 as 0.
func argFloat(v goja.Value) string {
	f := float64(float32(v.ToFloat()))
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 0):
		if f > 0 {
			return "inf"
		}
		return "-inf"
	case f == 0:
		return "0"
	}
	return strconv.FormatFloat(f, 'g', 6, 64)
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
		r.runCase(o, frame("expression for onCompleted", 2034))
		return
	}
	var disconnect func()
	disconnect, _ = o.Connect("whenChanged", func([]goja.Value) {
		if !o.Property("when").ToBoolean() || o.Property("running").ToBoolean() {
			return
		}
		disconnect()
		r.runCase(o, frame("expression for onWhenChanged", 2013))
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
		return r.message(level, "qml: "+msg)
	})
	// The engine's own warnings (binding errors, Qt's messages) reach
	// QtTest's message handler too.
	r.e.SetWarningHandler(r.message)
	r.e.SetStackTail(func() []runtime.StackFrame { return r.tail })
}

// message logs a message the way QtTest's message handler does once the
// test log has started: a tagged line for the current test function, a
// warning ignoreWarning() announced swallowed. Before that it is printed
// plainly (false).
func (r *runner) message(level, msg string) bool {
	if !r.started {
		return false
	}
	if level == "warning" {
		text := strings.TrimPrefix(msg, "qml: ")
		if r.swallow(text) {
			return true
		}
		for _, w := range r.failOn {
			if r.matches(w, text) {
				// failOnWarning: the warning becomes a failure; the test
				// goes on.
				r.addFailure("Received a warning that resulted in a failure:\n"+text, r.callerLoc())
				return true
			}
		}
	}
	tag := map[string]string{"debug": "QDEBUG : ", "info": "QINFO  : ", "warning": "QWARN  : ", "critical": "QCRITICAL: "}[level]
	id := r.current
	if id == "" {
		id = "qmltestrunner::UnknownTestFunc()"
	}
	fmt.Fprintf(r.out, "%s%s %s\n", tag, id, msg)
	return true
}

func (r *runner) runCase(o *runtime.Object, bottom runtime.StackFrame) {
	if !r.started {
		r.started = true
		io.WriteString(r.out, header)
	}
	savedBottom := r.bottom
	r.bottom = bottom
	defer func() { r.bottom = savedBottom }()
	setNotify(o, "running", true)
	name := o.Property("name").String()
	prefix := "qmltestrunner::"
	if name != "" {
		prefix += name + "::"
	}
	this := o.JS()
	has := func(m string) bool { return this.Get(m) != nil }
	r.current = prefix + "initTestCase()"
	runTests := r.runInternal(o, "initTestCase", goja.Undefined(), frame("qtest_run", 1889))
	r.finishTestData()
	r.finishTestDataCleanup()
	r.finishTestFunction()
	var tests []string
	if runTests {
		for _, m := range forInKeys(this) {
			// Of the benchmarks only benchmark_once_ functions run: the
			// others repeat until their timing settles, which no golden
			// can hold.
			if (strings.HasPrefix(m, "test_") || strings.HasPrefix(m, "benchmark_once_")) && !strings.HasSuffix(m, "_data") {
				tests = append(tests, m)
			}
		}
		sort.Slice(tests, func(i, j int) bool { return utf16Less(tests[i], tests[j]) })
	}
	for _, prop := range tests {
		bench := strings.HasPrefix(prop, "benchmark_")
		r.current = prefix + prop + "()"
		dataFn := prop + "_data"
		if !has(dataFn) {
			dataFn = "init_data" // rows for every test without its own
		}
		switch {
		case has(dataFn):
			if !r.runInternal(o, dataFn, goja.Undefined(), frame("qtest_run", 1923)) {
				break // a failed data function runs nothing
			}
			table, _ := r.result.(*goja.Object)
			haveData := false
			if table != nil {
				for _, index := range forInKeys(table) {
					haveData = true
					row := valueOrUndefined(table.Get(index))
					tag := "undefined"
					if ro, ok := row.(*goja.Object); ok {
						if !valueOrUndefined(ro.Get("tag")).ToBoolean() {
							ro.Set("tag", "row "+index) // must have something
						}
						tag = ro.Get("tag").String()
					}
					r.tag = tag
					r.current = prefix + prop + "(" + tag + ")"
					if bench {
						r.runBenchmark(o, prop, row, 1944)
					} else {
						r.runFunction(o, prop, row, 1946)
					}
					r.tag = ""
					r.current = prefix + prop + "()"
					r.skipping = false
				}
			}
			if !haveData {
				if dataFn == "init_data" {
					r.runFunction(o, prop, goja.Null(), 1952)
				} else {
					r.warn("no data supplied for "+prop+"() by "+dataFn+"()", loc(r.bottom.URL, r.bottom.Line))
				}
			}
		case bench:
			r.runBenchmark(o, prop, goja.Null(), 1960)
		default:
			r.runFunction(o, prop, goja.Null(), 1962)
		}
		r.finishTestFunction()
		r.skipping = false
	}
	r.skipping = false
	r.current = prefix + "cleanupTestCase()"
	r.runInternal(o, "cleanupTestCase", goja.Undefined(), frame("qtest_run", 1974))
	// Qt reports cleanupTestCase's pass after running and completed
	// change; a TestCase those start runs in between, and the pass is then
	// reported for no function.
	setNotify(o, "running", false)
	setNotify(o, "completed", true)
	r.finishTestData()
	r.finishTestDataCleanup()
	r.finishTestFunction()
	r.current = ""
	r.caseDone(o)
}

// runInternal is qtest_runInternal: it calls a member of the TestCase with
// one argument and reports an exception the test code did not catch
// (QtTest's own end the function silently). It reports whether the row
// has not failed.
func (r *runner) runInternal(o *runtime.Object, prop string, arg goja.Value, frames ...runtime.StackFrame) bool {
	saved := r.tail
	r.tail = append(append([]runtime.StackFrame{frame("qtest_runInternal", 1776)}, frames...), r.bottom)
	defer func() { r.tail = saved }()
	r.result = goja.Undefined()
	member := o.JS().Get(prop)
	if member == nil {
		return !r.rowFailed // TestCase.qml's empty init() and the like
	}
	fn, ok := goja.AssertFunction(member)
	if !ok {
		r.result = r.e.Runtime().NewArray()
		r.addFailure("Uncaught exception: Type error", loc(testCaseQML, 1776))
		return !r.rowFailed
	}
	v, err := r.e.CallFunction(fn, o.JS(), arg)
	if err != nil {
		r.result = r.e.Runtime().NewArray()
		if file, line, msg := r.e.ExceptionLine(err); !strings.HasPrefix(msg, "QtQuickTest::") {
			// Qt reports the error's fileName and lineNumber, which a
			// script may set.
			var ex *goja.Exception
			if errors.As(err, &ex) {
				if obj, ok := ex.Value().(*goja.Object); ok {
					if f := obj.Get("fileName"); f != nil && !goja.IsUndefined(f) {
						file, line = f.String(), int(valueOrUndefined(obj.Get("lineNumber")).ToInteger())
					}
				}
			}
			r.addFailure("Uncaught exception: "+msg, loc(file, line))
		}
		return !r.rowFailed
	}
	r.result = v
	return !r.rowFailed
}

// runRow runs one row of a test function as TestCase.qml's caller (with
// its lines for init, the function and cleanup) does: init, and unless
// that skipped, the function, cleanup, then (for qtest_runFunction) the
// temporary objects go, and the event loop turns once (wait(0)). It
// reports whether the function ran.
func (r *runner) runRow(o *runtime.Object, prop string, arg goja.Value, caller string, lines [3]int, runLine int) bool {
	at := frame("qtest_run", runLine)
	r.runInternal(o, "init", goja.Undefined(), frame(caller, lines[0]), at)
	if r.skipping {
		return false
	}
	r.runInternal(o, prop, arg, frame(caller, lines[1]), at)
	r.finishTestData()
	r.runInternal(o, "cleanup", goja.Undefined(), frame(caller, lines[2]), at)
	if caller == "qtest_runFunction" {
		r.destroyTemps()
	}
	r.finishTestDataCleanup()
	r.e.ProcessEvents(0)
	return true
}

// runFunction is qtest_runFunction.
func (r *runner) runFunction(o *runtime.Object, prop string, arg goja.Value, runLine int) {
	r.runRow(o, prop, arg, "qtest_runFunction", [3]int{1790, 1792, 1794}, runLine)
}

// runBenchmark is qtest_runBenchmarkFunction for a benchmark_once_
// function: QBenchmark runs it twice (a warm-up and the measured run, each
// reported) unless it skips, then prints the measurement, nothing
// measurable for a script.
func (r *runner) runBenchmark(o *runtime.Object, prop string, arg goja.Value, runLine int) {
	for pass := 0; pass < 2 && r.runRow(o, prop, arg, "qtest_runBenchmarkFunction", [3]int{1810, 1820, 1829}, runLine); pass++ {
	}
	result := "RESULT : qmltestrunner::" + prop + ":"
	if r.tag != "" {
		result += "\"" + r.tag + "\":"
	}
	fmt.Fprintf(r.out, "%s\n     0 msecs per iteration (total: 0, iterations: 1)\n", result)
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

// findVisualChild is TestCase.qml's qtest_findVisualChild: the search
// through the children property of items.
func (r *runner) findVisualChild(parent goja.Value, name string) goja.Value {
	p, ok := parent.(*goja.Object)
	if !ok {
		return nil
	}
	kids, ok := valueOrUndefined(p.Get("children")).(*goja.Object)
	if !ok {
		return nil
	}
	n := kids.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		if child, ok := kids.Get(strconv.FormatInt(i, 10)).(*goja.Object); ok && valueOrUndefined(child.Get("objectName")).String() == name {
			return child
		}
	}
	for i := int64(0); i < n; i++ {
		if x := r.findVisualChild(valueOrUndefined(kids.Get(strconv.FormatInt(i, 10))), name); x != nil {
			return x
		}
	}
	return nil
}

// destroyTemps destroys the objects createTemporaryObject made during the
// test that just finished, with destroy(): they go when the event loop
// next turns.
func (r *runner) destroyTemps() {
	temps := r.temps
	r.temps = nil
	for _, x := range temps {
		if x.Destroyed() {
			continue
		}
		if destroy, ok := goja.AssertFunction(x.JS().Get("destroy")); ok {
			destroy(x.JS())
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
	// qmltestrunner first collects the TestCases of the file, whose names
	// must be string literals.
	if src, err := os.ReadFile(path); err == nil {
		if doc, err := parser.ParseSyntax(path, string(src)); err == nil {
			if at := nonLiteralName(doc.Root); at != nil {
				msg := "the 'name' property of a TestCase must be a literal string"
				return compileFailure(out, name, fmt.Sprintf("%s:%d,%d: %s", path, at.Line, at.Column, msg), "", msg, loc(path, at.Line))
			}
		}
	}
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
	// Qt.quit() while loading also keeps qmltestrunner out of its event
	// loop.
	if !r.quit && !e.Quitting() && len(r.waiting) > 0 {
		// The window is shown once the document is loaded; the event
		// loop then tells the TestCases (QTimer::singleShot(0)).
		e.AfterFunc(0, func() {
			// The shown window is active: its focus item has the
			// active focus.
			if root := e.Root(); root != nil && !root.Destroyed() {
				quick.ActivateWindow(root)
			}
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

// nonLiteralName finds a TestCase declaration whose name is bound to
// anything but a string literal, and returns where the binding is.
func nonLiteralName(o *parser.Object) *parser.Pos {
	if o == nil {
		return nil
	}
	for _, m := range o.Members {
		var kids []*parser.Object
		switch m := m.(type) {
		case *parser.Binding:
			if (o.Type == "TestCase" || strings.HasSuffix(o.Type, ".TestCase")) && m.Name == "name" && m.Value != nil {
				if sc := m.Value.Script; sc == nil || sc.IsBlock() || !stringLiteral(strings.TrimSpace(sc.Code())) {
					return &m.Pos // Qt points at the binding's name
				}
			}
			if m.Value != nil {
				kids = append(kids, m.Value.List...)
				if m.Value.Object != nil {
					kids = append(kids, m.Value.Object)
				}
			}
		case *parser.Property:
			if m.Value != nil {
				kids = append(kids, m.Value.List...)
				if m.Value.Object != nil {
					kids = append(kids, m.Value.Object)
				}
			}
		case *parser.ObjectMember:
			kids = append(kids, m.Object)
		case *parser.InlineComponent:
			kids = append(kids, m.Object)
		}
		for _, k := range kids {
			if at := nonLiteralName(k); at != nil {
				return at
			}
		}
	}
	return nil
}

// stringLiteral reports whether code is one JavaScript string literal.
func stringLiteral(code string) bool {
	if len(code) < 2 || code[0] != '"' && code[0] != '\'' || code[len(code)-1] != code[0] {
		return false
	}
	for i := 1; i < len(code)-1; i++ {
		switch code[i] {
		case '\\':
			i++
		case code[0]:
			return false
		}
	}
	return true
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
