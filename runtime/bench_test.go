package runtime_test

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/qmlrun/qmlrun/runtime"
)

// run loads a document that runs its workload in Component.onCompleted.
func runDoc(b *testing.B, src string) {
	e := runtime.New(runtime.Options{Stderr: io.Discard, Stdout: io.Discard})
	if err := e.LoadString("bench.qml", src); err != nil {
		b.Fatal(err)
	}
	e.Run()
}

// BenchmarkCreateObjects creates 10,000 objects with two bindings each
// (testdata/bench/create_objects.qml is the same program, runnable in Qt).
func BenchmarkCreateObjects(b *testing.B) {
	src := `import QtQml
QtObject {
    id: root
    property int base: 1
    property Component factory: Component { QtObject { property int a: root.base + 1; property int b: a * 2 } }
    Component.onCompleted: { for (var i = 0; i < 10000; i++) factory.createObject(root); Qt.quit() }
}`
	for range b.N {
		runDoc(b, src)
	}
}

// BenchmarkGlobalNames calls JavaScript built-ins by their free names
// (Math, JSON, isNaN) from a handler, 10,000 times per iteration: each name
// is looked up in the QML scope (ids, properties, type names) first.
func BenchmarkGlobalNames(b *testing.B) {
	src := `import QtQml
QtObject {
    property real acc: 0
    Component.onCompleted: {
        var a = 0
        for (var i = 0; i < 10000; i++) a = Math.max(a, i % 100) + (isNaN(i) ? 1 : 0) + JSON.stringify(i).length
        acc = a
        Qt.quit()
    }
}`
	for range b.N {
		runDoc(b, src)
	}
}

// BenchmarkScopeNames reads and writes properties by their unqualified
// names from a handler, 100,000 times per iteration: the handler's own
// object's int property and its root's real property
// (testdata/bench/handler_suite.qml's propwrite is the same, runnable in Qt).
func BenchmarkScopeNames(b *testing.B) {
	src := `import QtQml
QtObject {
    property int counter: 0
    property real total: 0
    property QtObject kid: QtObject {
        Component.onCompleted: {
            for (var i = 0; i < 100000; i++) { counter = i; total = total + counter }
            Qt.quit()
        }
    }
}`
	for range b.N {
		runDoc(b, src)
	}
}

// BenchmarkSignalEmission emits a signal with an int argument to a
// JavaScript handler 100,000 times per iteration (handler_suite.qml's
// "signal" line is the same, runnable in Qt).
func BenchmarkSignalEmission(b *testing.B) {
	src := `import QtQml
QtObject {
    property int counter: 0
    signal ping(int n)
    onPing: function (n) { counter += n }
    Component.onCompleted: {
        for (var i = 0; i < 100000; i++) ping(1)
        Qt.quit()
    }
}`
	for range b.N {
		runDoc(b, src)
	}
}

// BenchmarkBindingChain updates the head of a chain of 1,000 dependent
// bindings 100 times per iteration (testdata/bench/binding_chain.qml does
// 10,000 updates, for comparison with Qt).
func BenchmarkBindingChain(b *testing.B) {
	src := fmt.Sprintf(`import QtQml
QtObject {
    id: root
    property int head: 0
    property Component link: Component { QtObject { property QtObject prev: null; property int value: prev ? prev.value + 1 : root.head } }
    Component.onCompleted: {
        var prev = null
        for (var i = 0; i < 1000; i++) prev = link.createObject(root, { prev: prev })
        for (var n = 1; n <= %d; n++) head = n
        Qt.quit()
    }
}`, 100)
	for range b.N {
		runDoc(b, src)
	}
}

// BenchmarkFileComponent creates and destroys 10,000 instances of a file
// component with five bound properties per iteration
// (testdata/bench/file_component is the same program, runnable in Qt).
func BenchmarkFileComponent(b *testing.B) {
	dir := b.TempDir()
	row := `import QtQml
QtObject {
    property int seed: 0
    property int a: seed + 1
    property int b: a * 2
    property string c: "row " + b
    property bool d: b % 3 === 0
    property real e: a / 2
}`
	if err := os.WriteFile(filepath.Join(dir, "Row5.qml"), []byte(row), 0o644); err != nil {
		b.Fatal(err)
	}
	src := `import QtQml
QtObject {
    id: root
    property Component row: Qt.createComponent("Row5.qml")
    Component.onCompleted: {
        var objs = []
        for (var i = 0; i < 10000; i++) objs.push(row.createObject(root, { seed: i }))
        for (var j = 0; j < objs.length; j++) objs[j].destroy()
        Qt.callLater(Qt.quit)
    }
}`
	for range b.N {
		e := runtime.New(runtime.Options{Stderr: io.Discard, Stdout: io.Discard})
		if err := e.LoadString(filepath.Join(dir, "main.qml"), src); err != nil {
			b.Fatal(err)
		}
		e.Run()
	}
}
