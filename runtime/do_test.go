package runtime

import (
	"strings"
	"testing"
)

// TestDoReturnsPanic checks that a panic in the function given to Do comes
// back as an error instead of being lost (a document whose creation
// panicked would otherwise load as nothing, silently).
func TestDoReturnsPanic(t *testing.T) {
	e := New(Options{})
	err := e.Do(func() error { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("Do returned %v, want the panic as an error", err)
	}
}
