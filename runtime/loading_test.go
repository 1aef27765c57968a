package runtime_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// A property with Reset takes undefined (from JavaScript or a binding) by
// running Reset instead of refusing it, and HoldBindingErrors prints the
// binding errors raised inside it when it returns.
func TestResetAndHeldBindingErrors(t *testing.T) {
	var out bytes.Buffer
	e := runtime.New(runtime.Options{Stderr: &out})
	e.Register(&runtime.Module{
		Name: "ResetTest",
		Types: []*runtime.TypeSpec{{
			Name: "Holder",
			Base: "QtObject",
			Properties: []runtime.PropertySpec{{Name: "target", Type: "QtObject",
				Reset: func(o *runtime.Object) {
					o.Engine().Log("debug", "reset")
					o.SetInternal("target", nil)
				}}},
			Methods: []runtime.MethodSpec{{Name: "held", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				o.Engine().HoldBindingErrors(func() {
					if f, ok := goja.AssertFunction(c.Argument(0)); ok {
						f(goja.Undefined())
					}
					o.Engine().Log("debug", "inside")
				})
				return goja.Undefined()
			}}},
		}},
	})
	err := e.LoadString("/tmp/reset_test.qml", `
import QtQml
import ResetTest 1.0
Holder {
    id: h
    target: h
    property var other
    property int broken: 0
    onTargetChanged: console.log("target", target)
    Component.onCompleted: {
        target = undefined
        Qt.callLater(function() {
            held(function() { broken = Qt.binding(function() { return other.x }) })
            Qt.quit()
        })
    }
}`)
	if err != nil {
		t.Fatal(err)
	}
	e.Run()
	got := out.String()
	for _, want := range []string{"qml: reset\nqml: target null\n", "qml: inside\nfile:///tmp/reset_test.qml:13: TypeError"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
