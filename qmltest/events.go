package qmltest

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// method is a TestCase method implemented by the runner.
type method func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value

// eventMethods are TestCase's event and rendering helpers. The mouse and
// touch functions check their item, as TestCase.qml does, and deliver to
// MouseAreas (mouse.go); the key functions deliver to the focus item's Keys
// (keys.go) and process pending events as QTest's key events do. An item
// changed since the last frame is rendered at once, so waitForRendering
// returns true after processing events.
func eventMethods(m func(string, method) runtime.MethodSpec) []runtime.MethodSpec {
	undef := goja.Undefined()
	mouse := func(name string, deliver func(r *runner, item *runtime.Object, c goja.FunctionCall)) runtime.MethodSpec {
		return m(name, func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.verifyItem(c.Argument(0), name)
			r.checkShown(o)
			if deliver != nil {
				deliver(r, r.e.ObjectOf(c.Argument(0)), c)
			}
			return undef
		})
	}
	key := func(name string, press, release bool) runtime.MethodSpec {
		return m(name, func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.checkShown(o)
			r.keyEvents(c, press, release)
			return undef
		})
	}
	return []runtime.MethodSpec{
		mouse("mousePress", func(r *runner, item *runtime.Object, c goja.FunctionCall) {
			x, y, b := mouseArgs(item, c, 3)
			r.mousePress(item, x, y, b, c.Argument(4), false)
		}),
		mouse("mouseRelease", func(r *runner, item *runtime.Object, c goja.FunctionCall) {
			x, y, _ := mouseArgs(item, c, 3)
			r.mouseRelease(item, x, y, c.Argument(4))
		}),
		mouse("mouseClick", func(r *runner, item *runtime.Object, c goja.FunctionCall) {
			x, y, b := mouseArgs(item, c, 3)
			r.mousePress(item, x, y, b, c.Argument(4), false)
			r.mouseRelease(item, x, y, c.Argument(4))
		}),
		mouse("mouseDoubleClickSequence", func(r *runner, item *runtime.Object, c goja.FunctionCall) {
			x, y, b := mouseArgs(item, c, 3)
			r.mousePress(item, x, y, b, c.Argument(4), false)
			r.mouseRelease(item, x, y, c.Argument(4))
			r.mousePress(item, x, y, b, c.Argument(4), true)
			r.mouseRelease(item, x, y, c.Argument(4))
		}),
		mouse("mouseMove", func(r *runner, item *runtime.Object, c goja.FunctionCall) {
			x, y, _ := mouseArgs(item, c, -1)
			r.mouseMove(item, x, y)
		}),
		mouse("mouseWheel", func(r *runner, item *runtime.Object, c goja.FunctionCall) { r.mouseWheel(item, c) }),
		mouse("mouseDrag", func(r *runner, item *runtime.Object, c goja.FunctionCall) { r.mouseDrag(item, c) }),
		m("touchEvent", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.verifyItem(c.Argument(0), "touchEvent")
			return r.touchEvent(r.e.ObjectOf(c.Argument(0)))
		}),
		key("keyPress", true, false), key("keyRelease", false, true), key("keyClick", true, true),
		m("keySequence", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.checkShown(o)
			r.keySequence(c.Argument(0))
			return undef
		}),
		m("waitForRendering", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.verifyItem(c.Argument(0), "waitForRendering")
			r.e.ProcessEvents(0)
			return r.e.Runtime().ToValue(true)
		}),
		m("isPolishScheduled", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.checkItemArg(c.Argument(0), "Argument", 516)
			return r.e.Runtime().ToValue(false)
		}),
		m("waitForItemPolished", func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.checkItemArg(c.Argument(0), "First argument", 538)
			if t := c.Argument(1); !goja.IsUndefined(t) {
				if tt := jsType(t); tt != "number" {
					r.fail("Second argument must be a number; actual type is "+tt, 544)
				}
			}
			return r.e.Runtime().ToValue(true)
		}),
	}
}

// checkItemArg is the argument check of isPolishScheduled and
// waitForItemPolished: a truthy object.
func (r *runner) checkItemArg(v goja.Value, what string, line int) {
	if t := jsType(v); !v.ToBoolean() || t != "object" {
		r.fail(what+" must be a valid Item; actual type is "+t, line)
	}
}

// verifyItem is TestCase.qml's qtest_verifyItem: anything but an Item
// fails twice, at the caller's line and, as the exception thrown by the
// first failure is caught there and failed again one frame further, at
// the line that called the caller (qtest_runInternal's for a test
// function).
func (r *runner) verifyItem(v goja.Value, name string) {
	if x := r.e.ObjectOf(v); x != nil && x.Property("anchors") != nil {
		return
	}
	msg := "TypeError: " + name + " requires an Item or Window type"
	r.addFailure(msg, r.callerLoc())
	r.addFailure(msg, r.outerLoc())
	r.throw("fail", at(399))
}

// checkShown fails the test, as qtest_fail("window not shown", 2) does,
// when an event is sent before qmltestrunner's window is shown.
func (r *runner) checkShown(o *runtime.Object) {
	if !o.Property("windowShown").ToBoolean() {
		r.addFailure("window not shown", r.outerLoc())
		r.throw("fail", at(399))
	}
}

// outerLoc is the Loc of the line calling the caller of a TestCase method:
// qtest_runInternal's in TestCase.qml for a test function.
func (r *runner) outerLoc() string {
	var frames []string
	for _, f := range r.e.Runtime().CaptureCallStack(0, nil) {
		if p := f.Position(); p.Line > 0 && f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
			frames = append(frames, loc(f.SrcName(), p.Line))
		}
	}
	if len(frames) > 1 {
		return frames[1]
	}
	return loc(testCaseQML, 1776)
}
