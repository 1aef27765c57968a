// Package runtime instantiates parsed QML documents into live objects —
// typed properties, reactive bindings, signals and handlers — and runs them
// on one event-loop goroutine that owns the JavaScript engine.
package runtime
