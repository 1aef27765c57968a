package runtime

import (
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/qmlrun/qmlrun/parser"
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
	delete(e.parsedSources, url)
}

// typeErrorMessage rewrites goja's message for a TypeError thrown at
// frames[0] (its callers after it) into Qt's where the source tells what
// Qt would name.
func (e *Engine) typeErrorMessage(msg string, frames []srcFrame) string {
	if len(frames) == 0 {
		return msg
	}
	f := frames[0]
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
	if name := objectNameAt(line, at, key); name == "null" || name != "" && (name == e.lastRead.name && goja.IsNull(e.lastRead.v) || e.scriptNameIsNull(f.src, name) || e.paramIsNull(frames, name)) {
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
		if strings.HasSuffix(before, "]") {
			return "TypeError: Type error", true // a computed member called: obj[k]()
		}
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
	objExpr := strings.TrimRight(rest[:len(rest)-1], " \t")
	obj := identBefore(objExpr)
	str := "[object Object]" // what an object without the member most often is
	switch lr := e.lastRead; {
	case obj == "":
		if lit, ok := stringLiteralEnding(objExpr); ok {
			str = lit
		} else if msg != noMember+name+"'" {
			return msg, false // a built-in called with what is no function
		}
	case lr.name == obj && lr.v != nil:
		if o := e.unwrap(lr.v); o != nil {
			str = e.formatValue(lr.v, 0)
		} else if s, ok := safeString(lr.v); ok {
			str = s
		}
	case builtinObjects[obj] && obj == objExpr[strings.LastIndexAny(objExpr, " \t=(,;{!&|?:")+1:]:
		if s, ok := safeString(e.vm.Get(obj)); ok {
			str = s
		}
	}
	return "TypeError: Property '" + name + "' of object " + str + " is not a function", true
}

// builtinObjects are the global objects a call of a missing member names
// by their text ([object Math]); other globals print as most objects do.
var builtinObjects = map[string]bool{"Math": true, "JSON": true, "Qt": true}

// stringLiteralEnding returns the content of the quoted string literal
// (without escapes) that ends s.
func stringLiteralEnding(s string) (string, bool) {
	if s == "" || s[len(s)-1] != '"' && s[len(s)-1] != '\'' {
		return "", false
	}
	q := s[len(s)-1]
	open := strings.LastIndexByte(s[:len(s)-1], q)
	if open < 0 || strings.ContainsRune(s[open:], '\\') {
		return "", false
	}
	return s[open+1 : len(s)-1], true
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

// paramIsNull reports whether name is a parameter of the function that
// threw (frames[0]) for which its caller (frames[1]) passes null: the
// literal null, or the property read last when that held null
// (helper(null), nameOf(target)). The call must be on the caller's line
// at the place goja points to, the '(' after the function's name.
func (e *Engine) paramIsNull(frames []srcFrame, name string) bool {
	if len(frames) < 2 || frames[0].fn == "" {
		return false
	}
	i := e.paramIndex(frames[0], name)
	if i < 0 {
		return false
	}
	line, at := e.sourceAt(frames[1])
	if at < 0 || line[at] != '(' || identBefore(line[:at]) != frames[0].fn {
		return false
	}
	arg, ok := nthArgument(line[at+1:], i)
	if !ok {
		return false
	}
	if arg == "null" {
		return true
	}
	last := identBefore(arg)
	return last != "" && last == e.lastRead.name && e.lastRead.v != nil && goja.IsNull(e.lastRead.v)
}

// nthArgument returns the text of argument i of a call whose arguments
// start s (after the '('), trimmed; ok is false when the call does not
// end on the line or has fewer arguments.
func nthArgument(s string, i int) (string, bool) {
	depth, start, n := 0, 0, 0
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				if n == i {
					return strings.TrimSpace(s[start:k]), true
				}
				return "", false
			}
			depth--
		case ',':
			if depth == 0 {
				if n == i {
					return strings.TrimSpace(s[start:k]), true
				}
				n++
				start = k + 1
			}
		case '"', '\'', '`':
			return "", false // strings may hold anything: not read
		}
	}
	return "", false
}

// paramIndex returns the position of name among the parameters of the
// innermost function around frame f in its source, or -1.
func (e *Engine) paramIndex(f srcFrame, name string) int {
	prg := e.parsedSource(f.src)
	if prg == nil {
		return -1
	}
	off := lineOffset(e.sources[f.src], f.line) + f.col // goja's index: offset + 1
	var params *ast.ParameterList
	span := -1
	parser.WalkJS(prg, func(n ast.Node) {
		var p *ast.ParameterList
		switch fn := n.(type) {
		case *ast.FunctionLiteral:
			p = fn.ParameterList
		case *ast.ArrowFunctionLiteral:
			p = fn.ParameterList
		default:
			return
		}
		from, to := int(n.Idx0()), int(n.Idx1())
		if p != nil && from <= off && off < to && (span < 0 || to-from < span) {
			params, span = p, to-from
		}
	})
	if params == nil {
		return -1
	}
	for i, b := range params.List {
		if id, ok := b.Target.(*ast.Identifier); ok && string(id.Name) == name {
			return i
		}
	}
	return -1
}

// lineOffset is the offset in src where line n (from 1) starts.
func lineOffset(src string, n int) int {
	off := 0
	for i := 1; i < n; i++ {
		nl := strings.IndexByte(src[off:], '\n')
		if nl < 0 {
			return len(src)
		}
		off += nl + 1
	}
	return off
}

// parsedSource is the syntax tree of the JavaScript compiled for url,
// parsed when first asked for (nil when there is none).
func (e *Engine) parsedSource(url string) *ast.Program {
	if prg, ok := e.parsedSources[url]; ok {
		return prg
	}
	src, ok := e.sources[url]
	if !ok {
		return nil
	}
	prg, err := parser.ParseJS("", src)
	if err != nil {
		prg = nil
	}
	if e.parsedSources == nil {
		e.parsedSources = map[string]*ast.Program{}
	}
	e.parsedSources[url] = prg
	return prg
}
