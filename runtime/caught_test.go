package runtime

import "testing"

func TestWithCatchHooks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"try { f() } catch (e) { g(e) }", "try { f() } catch (e) {" + caughtHook + "(e); g(e) }"},
		{"try {\n f()\n} catch ({message}) {\n}", "try {\n f()\n} catch ({message}) {\n}"},
		{"try { f() } catch { g() }", "try { f() } catch { g() }"},
		{"var s = 'catch (e) {'", "var s = 'catch (e) {'"},
		{"function a(){ try {} catch (x) { try {} catch (y) {} } }",
			"function a(){ try {} catch (x) {" + caughtHook + "(x); try {} catch (y) {" + caughtHook + "(y);} } }"},
		{"catch (", "catch ("}, // does not parse: unchanged
	} {
		if got := withCatchHooks(c.in); got != c.want {
			t.Errorf("withCatchHooks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestGojaStackFrames(t *testing.T) {
	st := "Error: boom\n\tat thrower (file:///a (b)/x.qml:5:15(7))\n\tat thrower (native)\n\tat file:///a (b)/x.qml:9:3(2)\n\tat <loop>:1:22(3)\n"
	frames, ok := gojaStackFrames(st)
	want := []srcFrame{{"thrower", "file:///a (b)/x.qml", 5, 15}, {"", "file:///a (b)/x.qml", 9, 3}, {"", "<loop>", 1, 22}}
	if !ok || len(frames) != len(want) {
		t.Fatalf("gojaStackFrames = %v, %v", frames, ok)
	}
	for i := range want {
		if frames[i] != want[i] {
			t.Errorf("frame %d = %+v, want %+v", i, frames[i], want[i])
		}
	}
	if _, ok := gojaStackFrames("thrower@x.qml:5"); ok {
		t.Error("Qt's stack text read as goja's")
	}
}
