package runtime_test

import (
	"strings"
	"testing"
	"time"
)

// TestCoerceHugeSparseArray: an array whose length is far beyond its
// contents (a.length = 4294967295 costs JavaScript nothing) assigned to
// list<string>, list<int>, list<QtObject> and string properties, and
// printed with console.log, used to be converted element by element
// outside the script timeout's reach: minutes of a stuck loop, or a fatal
// out-of-memory for the preallocated list. The conversion now stops at the
// script timeout like the JavaScript around it.
func TestCoerceHugeSparseArray(t *testing.T) {
	e := coerceRoot(t)
	for _, n := range []string{"100000000", "4294967295"} {
		src := "(function () { var a = []; a.length = " + n + "; console.log(a); return a })()"
		start := time.Now()
		var err error
		e.Do(func() error {
			_, err = e.Root().Call("assignAll", e.Runtime().ToValue(src))
			return nil
		})
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("length %s: took %v", n, d)
		}
		if err == nil || !strings.Contains(err.Error(), "interrupted") {
			t.Errorf("length %s: %v, want an interrupt", n, err)
		}
		if err := e.Do(func() error { return checkKinds(e) }); err != nil {
			t.Error(err)
		}
	}
}
