package runtime_test

import (
	"bytes"
	"context"
	"runtime/metrics"
	"strconv"
	"testing"
	"time"

	"github.com/qmlrun/qmlrun/runtime"
)

func forcedGCs() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/forced:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestIdleTrim checks that a loop that goes idle after allocating a lot
// collects and returns memory without being asked, and that one that
// allocates little does not.
func TestIdleTrim(t *testing.T) {
	for _, tc := range []struct {
		name  string
		count int // objects made at start-up, about 100 bytes each
		trim  bool
	}{
		{"after a burst", 50000, true},
		{"little allocated", 10, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := &bytes.Buffer{}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			e := runtime.New(runtime.Options{Stdout: out, Stderr: out, Context: ctx})
			err := e.LoadString("/tmp/trim.qml", `import QtQml
QtObject {
    property var kept: []
    property Timer quit: Timer { interval: 800; onTriggered: Qt.quit() }
    Component.onCompleted: {
        var a = []
        for (var i = 0; i < `+strconv.Itoa(tc.count)+`; i++) a.push({ n: i, s: "x" + i })
        quit.start()
    }
}`)
			if err != nil {
				t.Fatal(err)
			}
			before := forcedGCs()
			if rc := e.Run(); rc != 0 {
				t.Fatalf("exit %d: %s", rc, out)
			}
			// The trim runs on its own goroutine; give it time to finish.
			deadline := time.Now().Add(5 * time.Second)
			for tc.trim && forcedGCs() == before && time.Now().Before(deadline) {
				time.Sleep(10 * time.Millisecond)
			}
			if got := forcedGCs() > before; got != tc.trim {
				t.Errorf("forced collection: %v, want %v", got, tc.trim)
			}
		})
	}
}
