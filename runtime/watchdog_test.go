package runtime_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
)

// budgeted makes an engine with a JavaScript time limit, stopped after 10 s
// whatever the document does.
func budgeted(t *testing.T, budget time.Duration) (*runtime.Engine, *bytes.Buffer) {
	out := &bytes.Buffer{}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return runtime.New(runtime.Options{Stdout: out, Stderr: out, ScriptTimeout: budget, Context: ctx}), out
}

// TestScriptTimeout checks that runaway JavaScript in a handler, a binding
// and a nested handler is interrupted and reported at the line where it
// looped, and that the program goes on.
func TestScriptTimeout(t *testing.T) {
	e, out := budgeted(t, 100*time.Millisecond)
	err := e.LoadString("/tmp/loop.qml", `import QtQml
QtObject {
    id: root
    property int n: 0
    property int m: 0
    signal poke()
    onPoke: { m = 1; while (true) {} }
    property int slow: { var x = n; if (n == 4) { while (true) {} } return x * 2 }
    property Timer t: Timer {
        interval: 1; repeat: true; running: true
        onTriggered: {
            root.n++
            console.log("tick", root.n, root.m, root.slow)
            if (root.n == 3) { root.poke(); console.log("not reached") }
            if (root.n >= 6) { running = false; Qt.quit() }
        }
    }
    Component.onCompleted: { for (;;) {} }
}`)
	if err != nil {
		t.Fatal(err)
	}
	if rc := e.Run(); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	want := `file:///tmp/loop.qml:18: Error: JavaScript ran longer than 100ms and was interrupted
qml: tick 1 0 2
qml: tick 2 0 4
qml: tick 3 0 6
file:///tmp/loop.qml:7: Error: JavaScript ran longer than 100ms and was interrupted
file:///tmp/loop.qml:8: Error: JavaScript ran longer than 100ms and was interrupted
qml: tick 5 1 10
qml: tick 6 1 12
`
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestScriptTimeoutSpares checks that many short calls adding up to more
// than the budget are not interrupted: the budget is per call.
func TestScriptTimeoutSpares(t *testing.T) {
	// 100 calls of 15 ms: 1.5 s in all, past the budget, but each call far
	// inside it even on a loaded machine.
	e, out := budgeted(t, time.Second)
	err := e.LoadString("/tmp/short.qml", `import QtQml
QtObject {
    id: root
    property int calls: 0
    property Timer t: Timer {
        interval: 0; repeat: true; running: true
        onTriggered: {
            var end = Date.now() + 15
            while (Date.now() < end) {}
            if (++root.calls === 100) { console.log("done", root.calls); Qt.quit() }
        }
    }
}`)
	if err != nil {
		t.Fatal(err)
	}
	e.Run()
	if got := out.String(); strings.Contains(got, "interrupted") || !strings.Contains(got, "done 100") {
		t.Errorf("got %q", got)
	}
}

// TestInterruptLoggedAndTimed: an interrupted call and an exception reach
// Options.Logger as records, and CallStats counts the calls and their time.
func TestInterruptLoggedAndTimed(t *testing.T) {
	var logs bytes.Buffer
	stats := &runtime.CallStats{}
	out := &bytes.Buffer{}
	e := runtime.New(runtime.Options{Stdout: out, Stderr: out, ScriptTimeout: 100 * time.Millisecond,
		Logger: slog.New(slog.NewJSONHandler(&logs, nil)), CallStats: stats})
	err := e.LoadString("/tmp/logged.qml", `import QtQml
QtObject {
    function f() { throw new Error("boom") }
    property Timer t: Timer { interval: 1; running: true; onTriggered: { f() } }
    property Timer q: Timer { interval: 50; running: true; onTriggered: Qt.quit() }
    Component.onCompleted: { for (;;) {} }
}`)
	if err != nil {
		t.Fatal(err)
	}
	e.Run()
	for _, want := range []string{`"msg":"javascript interrupted"`, `"budget":"100ms"`, `"msg":"javascript exception"`, `Error: boom`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs lack %s:\n%s", want, logs.String())
		}
	}
	if n, d := stats.Calls.Load(), time.Duration(stats.Nanos.Load()); n < 3 || d < 100*time.Millisecond {
		t.Errorf("CallStats: %d calls, %v; want at least 3 calls and the 100ms of the loop", n, d)
	}
}

// TestInterruptedCreationLeavesNoObject: a binding of an object made by
// createObject in a handler runs past the budget; the handler stops (the
// interrupt is reported at the binding's line) and the half-made object,
// whose Component.onCompleted never ran, is taken away with its tree
// rather than left in its parent. Creation works again afterwards.
func TestInterruptedCreationLeavesNoObject(t *testing.T) {
	e, out := budgeted(t, 100*time.Millisecond)
	err := e.LoadString("/tmp/cut.qml", `import QtQml
QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property bool loop: false
            property int v: { if (loop) { while (true) {} } return 1 }
            property QtObject inner: QtObject { Component.onDestruction: console.log("inner destroyed") }
            Component.onCompleted: console.log("child completed", loop)
            Component.onDestruction: console.log("child destroyed", loop)
        }
    }
    property var made: null
    property Timer t: Timer {
        interval: 1; running: true
        onTriggered: {
            console.log("made", root.made)
            root.made = root.c.createObject(root, {loop: false})
            console.log("made", root.made.v)
            Qt.quit()
        }
    }
    Component.onCompleted: { root.made = c.createObject(root, {loop: true}); console.log("not reached") }
}`)
	if err != nil {
		t.Fatal(err)
	}
	if rc := e.Run(); rc != 0 {
		t.Fatalf("exit %d", rc)
	}
	want := `file:///tmp/cut.qml:7: Error: JavaScript ran longer than 100ms and was interrupted
qml: made null
qml: child completed false
qml: made 1
qml: inner destroyed
qml: child destroyed false
`
	// Left in the root, the interrupted object would be destroyed with it
	// at the end ("child destroyed true", a second "inner destroyed").
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
