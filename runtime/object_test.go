package runtime

import "testing"

// TestMarkSet checks the explicitly-assigned marks on both sides of the
// 64 properties kept in one word.
func TestMarkSet(t *testing.T) {
	o := &Object{}
	if o.isSet(0) || o.isSet(200) || o.x != nil {
		t.Fatal("a new object has marks or extras")
	}
	marked := []int{0, 5, 63, 64, 130, 200}
	for _, i := range marked {
		o.markSet(i)
	}
	for i := 0; i < 256; i++ {
		want := false
		for _, m := range marked {
			want = want || m == i
		}
		if o.isSet(i) != want {
			t.Errorf("isSet(%d) = %v, want %v", i, !want, want)
		}
	}
}

// TestHandlerSignal checks that handlerSignal finds the signals that
// signalForHandler names.
func TestHandlerSignal(t *testing.T) {
	long := "aLongSignalNameThatDoesNotFitInTheStackBufferOfSixtyFourBytesAtAll"
	ty := &Type{sigIndex: map[string]*signalDef{}}
	for _, n := range []string{"foo", "_bar", "x", long, "fooBar"} {
		ty.sigIndex[n] = &signalDef{name: n}
	}
	for _, h := range []string{"onFoo", "on_Bar", "onfoo", "on", "onX", "on__Bar", "on_bar", "onÄx", "onFooBar", "onFoobar", "o" + "n" + "A" + long[1:], "foo", "Foo"} {
		var want *signalDef
		if n := signalForHandler(h); n != "" {
			want = ty.sigIndex[n]
		}
		if got := ty.handlerSignal(h); got != want {
			t.Errorf("handlerSignal(%q) = %v, want %v", h, got, want)
		}
	}
}
