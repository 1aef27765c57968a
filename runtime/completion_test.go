package runtime

import "testing"

// TestCompletionReturns checks where statement bindings get their return:
// the text keeps its line breaks, and code with nothing to return (or that
// does not parse) is left alone.
func TestCompletionReturns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{ var t = 3; t * 2 }", "{ var t = 3; return t * 2 }"},
		{"{ if (a) 1; else 2 }", "{ if (a) return 1; else return 2 }"},
		{"{ (a, b) }", "{ return (a, b) }"},
		{"{ ((a)).b }", "{ return ((a)).b }"},
		{"{\n  // c\n  x\n}", "{\n  // c\n  return x\n}"},
		{"{ 5; var x }", "{ return 5; var x }"},
		{"{ 5; var x = f() }", "{ 5; var x = f() }"},
		{"{ return 1 }", "{ return 1 }"},
		{"{ for (;;) { 1 } }", "{ for (;;) { 1 } }"},
		{"{ switch (n) { case 1: 'a'; break; default: 'b' } }", "{ switch (n) { case 1: return 'a'; break; default: return 'b' } }"},
		{"{ try { 1 } catch (e) { 2 } }", "{ try { return 1 } catch (e) { return 2 } }"},
		{"{ with (o) x }", "{ with (o) return x }"},
		{"if (a) b", "if (a) return b"},
		{"{ syntax error here", "{ syntax error here"},
	} {
		if got := completionReturns(c.in); got != c.want {
			t.Errorf("completionReturns(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
