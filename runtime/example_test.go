package runtime_test

import (
	"context"
	"fmt"
	"os"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// A document is loaded from text and run until it calls Qt.quit().
func ExampleEngine_LoadString() {
	e := runtime.New(runtime.Options{Stderr: os.Stdout})
	err := e.LoadString("main.qml", `
import QtQml
QtObject {
    property int n: 20
    property int twice: n * 2
    Component.onCompleted: { console.log("twice", twice); Qt.quit() }
}`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("exit", e.Run())
	// Output:
	// qml: twice 40
	// exit 0
}

// Root properties are read and written from Go; bindings follow.
func ExampleObject_SetProperty() {
	e := runtime.New(runtime.Options{Stderr: os.Stdout})
	e.LoadString("main.qml", `
import QtQml
QtObject {
    property int n: 1
    property int twice: n * 2
    onTwiceChanged: console.log("twice is now", twice)
}`)
	e.Do(func() error {
		return e.Root().SetProperty("n", 21)
	})
	e.Do(func() error {
		fmt.Println("twice:", e.Root().Property("twice"))
		return nil
	})
	// Output:
	// qml: twice is now 2
	// qml: twice is now 42
	// twice: 42
}

// A Go type is registered as a module and used from QML.
func ExampleEngine_Register() {
	e := runtime.New(runtime.Options{Stderr: os.Stdout})
	e.Register(&runtime.Module{
		Name: "MyTypes",
		Types: []*runtime.TypeSpec{{
			Name:       "Greeter",
			Base:       "QtObject",
			Properties: []runtime.PropertySpec{{Name: "name", Type: "string", Default: "world"}},
			Methods: []runtime.MethodSpec{{Name: "greet", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value {
				return o.Runtime().ToValue("hello, " + o.Property("name").String())
			}}},
		}},
	})
	err := e.LoadString("main.qml", `
import QtQml
import MyTypes 1.0
Greeter {
    name: "QML"
    Component.onCompleted: { console.log(greet()); Qt.quit() }
}`)
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Run()
	// Output:
	// qml: hello, QML
}

// Load errors are parser.Diagnostics in Qt's FILE:LINE:COL: message form.
func ExampleEngine_Load_errors() {
	e := runtime.New(runtime.Options{})
	err := e.LoadString("/tmp/bad.qml", "import QtQml\nQtObject {\n    colour: 1\n}\n")
	fmt.Println(err)
	// Output:
	// file:///tmp/bad.qml:3:5: Cannot assign to non-existent property "colour"
}

// Go calls a QML function and connects to a QML signal.
func ExampleObject_Call() {
	e := runtime.New(runtime.Options{Stderr: os.Stdout})
	e.LoadString("main.qml", `
import QtQml
QtObject {
    signal done(string what)
    function add(a, b) { done("added"); return a + b }
}`)
	e.Do(func() error {
		root := e.Root()
		root.Connect("done", func(args []goja.Value) { fmt.Println("signal done:", args[0]) })
		sum, err := root.Call("add", e.Runtime().ToValue(2), e.Runtime().ToValue(3))
		fmt.Println("sum:", sum, err)
		return nil
	})
	// Output:
	// signal done: added
	// sum: 5 <nil>
}

// A context given in Options stops a running engine.
func ExampleOptions_context() {
	ctx, cancel := context.WithCancel(context.Background())
	e := runtime.New(runtime.Options{Stderr: os.Stdout, Context: ctx})
	e.LoadString("main.qml", `
import QtQml
QtObject { Component.onDestruction: console.log("destroyed on shutdown") }`)
	go cancel()
	fmt.Println("exit", e.Run())
	// Output:
	// qml: destroyed on shutdown
	// exit 0
}

// A Go host adds a global with SetGlobal; scripts read it but cannot
// assign globals, as in Qt.
func ExampleEngine_SetGlobal() {
	e := runtime.New(runtime.Options{Stderr: os.Stdout})
	e.SetGlobal("hostVersion", "1.2")
	e.SetGlobal("greet", func(c goja.FunctionCall) goja.Value {
		return e.Runtime().ToValue("hello " + c.Argument(0).String())
	})
	e.LoadString("main.qml", `
import QtQml
QtObject {
    Component.onCompleted: {
        console.log(greet("qml"), hostVersion)
        try { hostVersion = "2" } catch (err) { console.log(err.message) }
        Qt.quit()
    }
}`)
	e.Run()
	// Output:
	// qml: hello qml 1.2
	// qml: Invalid write to global property "hostVersion"
}
