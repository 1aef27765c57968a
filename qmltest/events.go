package qmltest

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// method is a TestCase method implemented by the runner.
type method func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value

// eventMethods are TestCase's event and rendering helpers. qmlrun has no
// window to deliver input to: the mouse functions only check their item,
// as TestCase.qml does, and the key functions process pending events as
// QTest's key events do. An item changed since the last frame is rendered
// at once, so waitForRendering returns true after processing events.
func eventMethods(m func(string, method) runtime.MethodSpec) []runtime.MethodSpec {
	undef := goja.Undefined()
	mouse := func(name string) runtime.MethodSpec {
		return m(name, func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.verifyItem(c.Argument(0), name)
			return undef
		})
	}
	key := func(name string) runtime.MethodSpec {
		return m(name, func(r *runner, o *runtime.Object, c goja.FunctionCall) goja.Value {
			r.e.ProcessEvents(0)
			return undef
		})
	}
	return []runtime.MethodSpec{
		mouse("mousePress"), mouse("mouseRelease"), mouse("mouseClick"), mouse("mouseDoubleClickSequence"),
		mouse("mouseMove"), mouse("mouseWheel"), mouse("mouseDrag"),
		key("keyPress"), key("keyRelease"), key("keyClick"), key("keySequence"),
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
	var frames []string
	for _, f := range r.e.Runtime().CaptureCallStack(0, nil) {
		if p := f.Position(); p.Line > 0 && f.SrcName() != "" && !strings.HasPrefix(f.SrcName(), "<") {
			frames = append(frames, loc(f.SrcName(), p.Line))
		}
	}
	outer := loc(testCaseQML, 1776)
	if len(frames) > 1 {
		outer = frames[1]
	}
	r.addFailure(msg, r.callerLoc())
	r.addFailure(msg, outer)
	r.throw("fail", at(399))
}
