package qmltest

import (
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// spyState is the Go side of a SignalSpy: the connection to the watched
// signal and the arguments of each emission.
type spyState struct {
	disconnect func()
	args       []goja.Value
	expected   int64 // emissions the next wait() needs: one more a wait() since clear()
	// arguments makes a JavaScript arguments object of its arguments:
	// SignalSpy.qml records each emission's arguments object, so an entry
	// indexes like an array but JSON.stringify prints {"0":1,"1":"a"}.
	arguments goja.Callable
	// missing is the target and signal name last reported as not found, so
	// that re-evaluating the same pair does not repeat the message (Qt's
	// SignalSpy reconnects only on its change signals).
	missing struct {
		target goja.Value
		name   string
	}
}

func spySpec() *runtime.TypeSpec {
	reconnect := func(o *runtime.Object) { spyConnect(o) }
	return &runtime.TypeSpec{
		Name:      "SignalSpy",
		Base:      "QtQuick.Item", // SignalSpy.qml's root is an Item
		ClassName: "SignalSpy",
		QMLFile:   true,
		Properties: []runtime.PropertySpec{
			{Name: "target", Type: "QtObject", Changed: reconnect},
			{Name: "signalName", Type: "string", Changed: reconnect},
			{Name: "count", Type: "int", ReadOnly: true},
			{Name: "valid", Type: "bool", ReadOnly: true},
			{Name: "signalArguments", Type: "var", ReadOnly: true},
		},
		Methods: []runtime.MethodSpec{
			{Name: "clear", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				st := o.Data.(*spyState)
				st.args = nil
				st.expected = 0
				o.SetInternal("count", 0)
				o.SetInternal("signalArguments", o.Runtime().NewArray())
				return goja.Undefined()
			}},
			{Name: "wait", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				timeout := int64(5000)
				if !goja.IsUndefined(c.Argument(0)) {
					timeout = c.Argument(0).ToInteger()
				}
				// As SignalSpy.qml: each wait() since the last clear()
				// expects one more emission.
				st := o.Data.(*spyState)
				st.expected++
				for i := int64(0); i < timeout && o.Property("count").ToInteger() < st.expected; i += 50 {
					o.Engine().ProcessEvents(50 * time.Millisecond)
				}
				r := runnerOf(o.Engine())
				r.verify(o.Property("count").ToInteger() >= st.expected, "wait for signal "+o.Property("signalName").String(), site{"qrc:/qt-project.org/imports/QtTest/SignalSpy.qml", 158})
				return goja.Undefined()
			}},
		},
		Init: func(o *runtime.Object) {
			o.SetSilently("visible", false) // SignalSpy.qml: visible: false
			o.Data = &spyState{}
			o.SetSilently("signalArguments", o.Runtime().NewArray())
		},
		Complete: func(o *runtime.Object) { spyConnect(o) },
	}
}

// spyConnect (re)connects the spy to target.signalName, clearing what it
// recorded.
func spyConnect(o *runtime.Object) {
	st, ok := o.Data.(*spyState)
	if !ok || !o.Completed() && o.Property("target") == nil {
		return
	}
	if st.disconnect != nil {
		st.disconnect()
		st.disconnect = nil
	}
	// A new target or signal starts a new argument record; count goes on.
	st.args = nil
	o.SetInternal("signalArguments", o.Runtime().NewArray())
	target := o.Engine().ObjectOf(o.Property("target"))
	name := o.Property("signalName").String()
	if target == nil || name == "" {
		o.SetInternal("valid", false)
		return
	}
	disc, ok := target.Connect(name, func(args []goja.Value) {
		if st.arguments == nil {
			v, err := o.Runtime().RunString("(function () { return arguments })")
			if err != nil {
				panic(err)
			}
			st.arguments, _ = goja.AssertFunction(v)
		}
		entry, err := st.arguments(goja.Undefined(), args...)
		if err != nil {
			panic(err)
		}
		st.args = append(st.args, entry)
		all := make([]any, len(st.args))
		for i, a := range st.args {
			all[i] = a
		}
		o.SetInternal("signalArguments", o.Runtime().NewArray(all...))
		o.SetInternal("count", o.Property("count").ToInteger()+1)
	})
	if !ok {
		if st.missing.target == nil || !st.missing.target.StrictEquals(o.Property("target")) || st.missing.name != name {
			o.Engine().Log("debug", "Signal '"+name+"' not found")
			st.missing.target, st.missing.name = o.Property("target"), name
		}
		o.SetInternal("valid", false)
		return
	}
	st.disconnect = disc
	o.SetInternal("valid", true)
}
