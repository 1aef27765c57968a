package runtime

import (
	"slices"
	"strings"

	"github.com/dop251/goja"
)

// goja's TypeErrors do not name what Qt's name. A member access on null or
// undefined is "Cannot read property 'k' of undefined" for both, "Cannot
// read property 'k' of undefined or null" for a call and "Cannot convert
// undefined or null to object" for a write, where Qt says "of null",
// "Cannot call method 'k' of null" and "Value is null and could not be
// converted to an object". A call of what is not a function is "Object has
// no member 'k'" or "Value is not an object: V", where Qt says "Property
// 'k' of object OBJ is not a function" or "V is not a function".
//
// adoptError (caught.go) asks for Qt's message when a catch block first
// sees the error, or when it is reported uncaught. The values are gone
// once the exception is thrown, so typeErrorMessage
// reads the expression the error points at in the source: an object named
// like the property read last (lastRead) had that property's value, and
// the literal null is null; so is a top-level variable of a JavaScript
// file that holds null.

// lastRead is the last property read from JavaScript.
type lastRead struct {
	o    *Object
	name string
	v    goja.Value
}

// noteSource keeps the JavaScript compiled for a URL, to read the
// expression an error points at.
func (e *Engine) noteSource(url, src string) {
	if e.sources == nil {
		e.sources = map[string]string{}
	}
	e.sources[url] = src
}

// typeErrorMessage rewrites goja's message for a TypeError thrown at frame
// f into Qt's where the source tells what Qt would name.
func (e *Engine) typeErrorMessage(msg string, f srcFrame) string {
	line, at := e.sourceAt(f)
	if at < 0 {
		return msg
	}
	if m, ok := e.notFunctionMessage(msg, line, at); ok {
		return m
	}
	const read, call, write = "TypeError: Cannot read property '", "' of undefined or null", "TypeError: Cannot convert undefined or null to object"
	var key string
	var isCall bool
	if msg != write {
		rest, ok := strings.CutPrefix(msg, read)
		if !ok {
			return msg
		}
		if key, isCall = strings.CutSuffix(rest, call); !isCall {
			if key, ok = strings.CutSuffix(rest, "' of undefined"); !ok {
				return msg
			}
		}
	}
	what := "undefined"
	if name := objectNameAt(line, at, key); name == "null" || name != "" && (name == e.lastRead.name && goja.IsNull(e.lastRead.v) || e.scriptNameIsNull(f.src, name)) {
		what = "null"
	}
	switch {
	case msg == write:
		return "TypeError: Value is " + what + " and could not be converted to an object"
	case isCall:
		return "TypeError: Cannot call method '" + key + "' of " + what
	}
	return "TypeError: Cannot read property '" + key + "' of " + what
}

// notFunctionMessage rewrites the message for a call of what is not a
// function; goja points at the call's '('.
func (e *Engine) notFunctionMessage(msg, line string, at int) (string, bool) {
	const noMember, notObject = "TypeError: Object has no member '", "TypeError: Value is not an object: "
	value, isValue := strings.CutPrefix(msg, notObject)
	if !isValue && !strings.HasPrefix(msg, noMember) || line[at] != '(' {
		return msg, false
	}
	before := strings.TrimRight(line[:at], " \t")
	name := identBefore(before)
	if name == "" {
		return msg, false
	}
	rest := strings.TrimRight(before[:len(before)-len(name)], " \t")
	if !strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "?.") {
		if !isValue {
			return msg, false
		}
		if lr := e.lastRead; lr.name == name && lr.o != nil && lr.v != nil && lr.v.String() == value {
			// An unqualified call of a property of the scope.
			return "TypeError: Property '" + name + "' of object " + e.formatValue(e.wrap(lr.o), 0) + " is not a function", true
		}
		return "TypeError: " + value + " is not a function", true
	}
	obj := identBefore(rest[:len(rest)-1])
	if obj == "" {
		return msg, false
	}
	str := "[object Object]" // what an object without the member most often is
	if lr := e.lastRead; lr.name == obj && lr.v != nil {
		if o := e.unwrap(lr.v); o != nil {
			str = e.formatValue(lr.v, 0)
		} else if s, ok := safeString(lr.v); ok {
			str = s
		}
	}
	return "TypeError: Property '" + name + "' of object " + str + " is not a function", true
}

// safeString is String(v), unless that throws.
func safeString(v goja.Value) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			s, ok = "", false
		}
	}()
	return v.String(), true
}

// sourceAt returns the line of source a stack frame points at and the
// offset of its column in it (-1 when unknown).
func (e *Engine) sourceAt(f srcFrame) (string, int) {
	src, ok := e.sources[f.src]
	if !ok {
		return "", -1
	}
	line := src
	for i := 1; i < f.line; i++ {
		nl := strings.IndexByte(line, '\n')
		if nl < 0 {
			return "", -1
		}
		line = line[nl+1:]
	}
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	at := f.col - 1
	if at < 0 || at >= len(line) {
		return "", -1
	}
	return line, at
}

// objectNameAt returns the name the object of a failed access to member key
// ("" when unknown) has in the source. goja points at the member's name
// (OBJ.key), at the bracket (OBJ[...]) or, for a call or a compound
// assignment, at the object itself (OBJ.key()).
func objectNameAt(line string, at int, key string) string {
	if line[at] == '[' {
		return identBefore(line[:at])
	}
	end := at
	for end < len(line) && isIdentByte(line[end]) {
		end++
	}
	name := line[at:end]
	if name == "" {
		return ""
	}
	before := strings.TrimRight(line[:at], " \t")
	if (key == "" || name == key) && strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "?.") {
		return identBefore(before[:len(before)-1])
	}
	if after := strings.TrimLeft(line[end:], " \t"); after == "" || after[0] != '.' && after[0] != '[' {
		return ""
	}
	return name
}

// identBefore returns the identifier that ends s (spaces aside).
func identBefore(s string) string {
	s = strings.TrimRight(s, " \t")
	start := len(s)
	for start > 0 && isIdentByte(s[start-1]) {
		start--
	}
	return s[start:]
}

// scriptNameIsNull reports whether name is a top-level name of the
// JavaScript file at url (one instance of it) that holds null.
func (e *Engine) scriptNameIsNull(url, name string) bool {
	for _, js := range e.scripts {
		if js.url != url || !slices.Contains(js.names, name) {
			continue
		}
		exports := js.shared
		if !js.library {
			if len(js.instances) != 1 {
				return false
			}
			for _, v := range js.instances {
				exports = v
			}
		}
		if obj, ok := exports.(*goja.Object); ok {
			var v goja.Value
			if e.catch(func() { v = obj.Get(name) }) == nil {
				return goja.IsNull(v)
			}
		}
		return false
	}
	return false
}
