package runtime_test

import (
	"fmt"
	"io"
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
