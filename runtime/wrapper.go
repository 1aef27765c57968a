package runtime

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// wrap returns the JavaScript object standing for o (one per object).
func (e *Engine) wrap(o *Object) *goja.Object {
	if o == nil {
		return nil
	}
	if o.wrapper == nil {
		o.wrapper = e.vm.NewDynamicObject(&objWrapper{o: o})
	}
	return o.wrapper
}

var (
	wrapperType = reflect.TypeOf((*objWrapper)(nil))
	valueType   = reflect.TypeOf((*valueObj)(nil))
	listType    = reflect.TypeOf((*listValue)(nil))
)

// objectFor, valueFor and listFor find the Go side of the runtime's own
// JavaScript objects through the object itself (no table to clean up when
// objects go away). ExportType is cheap for every kind of object.
func (e *Engine) objectFor(obj *goja.Object) *Object {
	if obj == nil || obj.ExportType() != wrapperType {
		return nil
	}
	return obj.Export().(*objWrapper).o
}

func (e *Engine) valueFor(obj *goja.Object) *valueObj {
	if obj == nil || obj.ExportType() != valueType {
		return nil
	}
	return obj.Export().(*valueObj).deref()
}

func (e *Engine) listFor(obj *goja.Object) *listValue {
	if obj == nil || obj.ExportType() != listType {
		return nil
	}
	return obj.Export().(*listValue)
}

// unwrap returns the QML object behind a JavaScript value, or nil.
func (e *Engine) unwrap(v goja.Value) *Object {
	if obj, ok := v.(*goja.Object); ok {
		return e.objectFor(obj)
	}
	return nil
}

// objWrapper exposes an object's properties, signals and methods to
// JavaScript. Reads of properties are tracked as binding dependencies.
type objWrapper struct {
	o *Object
}

func (w *objWrapper) Get(key string) goja.Value {
	o := w.o
	if o.destroyed || o.dead {
		o.e.lastMiss = memberMiss{o, key}
		return nil // a destroyed object has no members left
	}
	if p := o.typ.prop(key); p != nil {
		return o.readJS(p)
	}
	if key == "Component" {
		// obj.Component is the attached object; an unqualified Component
		// in a scope still names the type (scope lookup uses member).
		return o.e.attachedValue(o)
	}
	if a := o.e.attachedOf(o, key); a != nil {
		return o.e.wrap(a)
	}
	v := o.member(key)
	if v == nil {
		o.e.lastMiss = memberMiss{o, key}
	}
	return v
}

// memberMiss is the last member read that an object did not have. goja
// reports a call of a missing member as "Object has no member 'key'"
// without the object; Qt names it, and callError finds it here.
type memberMiss struct {
	o   *Object
	key string
}

// callError rewrites goja's message for a call of a member an object does
// not have into Qt's: "TypeError: Property 'key' of object OBJ is not a
// function", when the last member missed was that key of a QML object (a
// destroyed one prints as "TypeError: Type error").
func (e *Engine) callError(msg string) string {
	const prefix = "TypeError: Object has no member '"
	key, ok := strings.CutPrefix(msg, prefix)
	if !ok || e.lastMiss.o == nil || key != e.lastMiss.key+"'" {
		return msg
	}
	o := e.lastMiss.o
	e.lastMiss = memberMiss{}
	return "TypeError: Property '" + key[:len(key)-1] + "' of object " + e.formatValue(e.wrap(o), 0) + " is not a function"
}

// member returns a signal, method or built-in function of the object, or nil.
func (o *Object) member(key string) goja.Value {
	e := o.e
	if s := o.typ.signal(key); s != nil {
		return o.signalFunction(s)
	}
	if s := o.typ.handlerSignal(key); s != nil {
		// obj.onSignal is an object whose connect() connects to the
		// signal, as in Qt. It is a dynamic object holding its sigRef:
		// cheaper than an ordinary object with a symbol property, which
		// matters for a server with one socket per client. As in Qt,
		// each reading makes a new one (obj.onSignal !== obj.onSignal),
		// so an object keeps none once its handlers are connected.
		h := e.vm.NewDynamicObject(&handlerObject{sigRef{o: o, s: s}})
		h.SetPrototype(e.handlerProto())
		return h
	}
	if fn, ok := o.peek().methods[key]; ok {
		return e.scopedMethod(o, key, fn)
	}
	if m := o.typ.method(key); m != nil && m.goFn != nil {
		return o.goMethod(m)
	}
	switch key {
	case "parent":
		if o.typ.hasParentProperty() {
			if o.parent == nil {
				return goja.Null()
			}
			return e.idValue(o.parent)
		}
	case "toString":
		return e.nativeFunc(func(goja.FunctionCall) goja.Value { return e.vm.ToValue(o.String()) })
	case "destroy":
		return e.nativeFunc(func(call goja.FunctionCall) goja.Value {
			if !o.dynamic && o.parent == nil || o.creatingRoot || o.typeOwned {
				// The root of a document cannot be destroyed from QML, nor
				// the root of an instance still being created, nor what a
				// Go type made (a Loader's item).
				panic(e.newError("Invalid attempt to destroy() an indestructible object"))
			}
			delay := call.Argument(0).ToInteger()
			e.scheduleDestroy(o, delay)
			return goja.Undefined()
		})
	}
	// A singleton's name stands for its instance, which also gives the
	// type's enumerations (Config.Mid, Config.Level.High), as in Qt.
	if startsUpper(key) {
		for t, so := range e.singletons {
			if so == o {
				if v := e.typeValue(t).(*goja.Object).Get(key); v != nil {
					return v
				}
			}
		}
	}
	return nil
}

func (w *objWrapper) Set(key string, val goja.Value) bool {
	o := w.o
	if p := o.typ.prop(key); p != nil {
		o.assign(p, val, true)
		return true
	}
	if !o.destroyed {
		// Signals and methods are read-only (obj.onSig stands for the
		// signal sig), and a QObject takes no new properties.
		o.refuseMemberWrite(key)
		panic(o.e.newError("Cannot assign to non-existent property \"%s\"", key))
	}
	return false
}

// refuseMemberWrite throws Qt's TypeError if key names a signal or a
// method of o (obj.onSig stands for the signal sig): they are read-only.
func (o *Object) refuseMemberWrite(key string) {
	if s := o.typ.handlerSignal(key); s != nil {
		key = s.name
	}
	if o.member(key) != nil {
		panic(o.e.vm.NewTypeError("Cannot assign to read-only property \"%s\"", key))
	}
}

func (w *objWrapper) Has(key string) bool {
	o := w.o
	if o.destroyed {
		return false
	}
	return o.typ.prop(key) != nil || o.member(key) != nil
}

func (w *objWrapper) Delete(string) bool { return false }

// Keys lists what Qt enumerates for a QObject (Object.keys, for-in): its
// properties, then, class by class from the base, its signals and methods.
// A C++ class lists its signals in declaration order (for the Go types, the
// order of TypeSpec.Signals); a QML document lists the property change
// signals first, then its own signals, then its functions in source order.
func (w *objWrapper) Keys() []string {
	t := w.o.typ
	keys := make([]string, 0, len(t.props)+len(t.signals))
	var chain []*Type
	for x := t; x != nil; x = x.base {
		chain = append(chain, x)
	}
	// Qt's parent property follows the properties of the class declaring it.
	parentAt := -1
	for _, x := range chain {
		if x.spec != nil && x.spec.ParentProperty {
			parentAt = len(x.props)
		}
	}
	for i, p := range t.props {
		if i == parentAt {
			keys = append(keys, "parent")
		}
		keys = append(keys, p.name)
	}
	if parentAt == len(t.props) {
		keys = append(keys, "parent")
	}
	seen := 0 // signals of the classes listed so far
	for i := len(chain) - 1; i >= 0; i-- {
		x := chain[i]
		if len(x.signals) < seen {
			continue
		}
		own := x.signals[seen:]
		seen = len(x.signals)
		listed := map[string]bool{}
		if x.spec != nil {
			for _, ss := range x.spec.Signals {
				if s := x.sigIndex[ss.Name]; s != nil && s.index >= len(x.signals)-len(own) {
					keys = append(keys, ss.Name)
					listed[ss.Name] = true
				}
			}
		} else {
			for _, s := range own {
				if s.notify != nil {
					keys = append(keys, s.name)
					listed[s.name] = true
				}
			}
		}
		for _, s := range own {
			if !listed[s.name] {
				keys = append(keys, s.name)
			}
		}
		keys = append(keys, x.ownMethodNames()...)
	}
	return keys
}

// hasParentProperty reports whether a Go type in the chain has Qt's
// read-only parent property.
func (t *Type) hasParentProperty() bool {
	for _, spec := range t.goSpecs() {
		if spec.ParentProperty {
			return true
		}
	}
	return false
}

// ownMethodNames lists the methods a type adds to its base: a Go type's in
// the order of its spec, a QML type's in source order.
func (t *Type) ownMethodNames() []string {
	if len(t.methods) == 0 {
		return nil
	}
	var names []string
	if t.spec != nil {
		for _, ms := range t.spec.Methods {
			names = append(names, ms.Name)
		}
		return names
	}
	fns := make([]*parser.Function, 0, len(t.methods))
	for _, m := range t.methods {
		if f, ok := m.decl.(*parser.Function); ok {
			fns = append(fns, f)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos.Offset < fns[j].Pos.Offset })
	for _, f := range fns {
		names = append(names, f.Name)
	}
	return names
}

// String renders the object as Qt does: ClassName(0x...) or
// ClassName(0x..., "objectName").
func (o *Object) String() string {
	for t := o.typ; t != nil; t = t.base {
		if t.spec != nil && t.spec.Text != nil {
			return t.spec.Text(o)
		}
	}
	name := ""
	if p := o.typ.prop("objectName"); p != nil {
		if v := o.slotValue(p); v != nil {
			name = v.String()
		}
	}
	cls := o.typ.className
	if cls == "" {
		cls = "QObject"
	}
	addr := fmt.Sprintf("0x%x", 0x55d0c0de0000+o.id*0x40)
	if name != "" {
		return fmt.Sprintf("%s(%s, \"%s\")", cls, addr, name)
	}
	return fmt.Sprintf("%s(%s)", cls, addr)
}

// signalFunction returns the callable standing for a signal: calling it
// emits; it has connect and disconnect.
func (o *Object) signalFunction(s *signalDef) goja.Value {
	e := o.e
	if f := o.sigFunc(s.index); f != nil {
		return f
	}
	f := e.nativeFunc(func(call goja.FunctionCall) goja.Value {
		args, err := e.signalArgs(s, call.Arguments)
		if err != nil {
			panic(err)
		}
		o.emit(s, args)
		return goja.Undefined()
	})
	// connect and disconnect live once on a shared prototype and find the
	// signal through `this`: a signal object costs one function.
	f.SetPrototype(e.signalProto())
	f.SetSymbol(e.sigSym, e.vm.ToValue(&sigRef{o: o, s: s}))
	x := o.more()
	x.sigFns = append(x.sigFns, sigFn{s.index, f})
	return f
}

// sigRef names the signal a signal object (or handler object) stands for.
type sigRef struct {
	o *Object
	s *signalDef
}

// handlerObject is obj.onSignal: connect and disconnect come from its
// prototype; it has no properties of its own.
type handlerObject struct{ ref sigRef }

func (*handlerObject) Get(string) goja.Value       { return nil }
func (*handlerObject) Set(string, goja.Value) bool { return false }
func (*handlerObject) Has(string) bool             { return false }
func (*handlerObject) Delete(string) bool          { return false }
func (*handlerObject) Keys() []string              { return nil }

// signalProto is the prototype of signal functions, holding connect and
// disconnect; its own prototype is Function.prototype.
func (e *Engine) signalProto() *goja.Object {
	if e.sigProto == nil {
		e.makeSignalProtos()
	}
	return e.sigProto
}

// handlerProto is the prototype of handler objects (obj.onSignal): connect
// and disconnect on an ordinary object, which prints as [object Object].
func (e *Engine) handlerProto() *goja.Object {
	if e.handProto == nil {
		e.makeSignalProtos()
	}
	return e.handProto
}

func (e *Engine) makeSignalProtos() {
	p := e.vm.NewObject()
	p.SetPrototype(e.vm.Get("Function").ToObject(e.vm).Get("prototype").ToObject(e.vm))
	ref := func(call goja.FunctionCall) *sigRef {
		obj, _ := call.This.(*goja.Object)
		if obj != nil {
			if h, ok := obj.Export().(*handlerObject); ok {
				return &h.ref
			}
			if v := obj.GetSymbol(e.sigSym); v != nil {
				if r, ok := v.Export().(*sigRef); ok {
					return r
				}
			}
		}
		panic(e.vm.NewTypeError("not a signal"))
	}
	p.Set("connect", e.namedFunc("connect", func(call goja.FunctionCall) goja.Value {
		r := ref(call)
		e.connectJS(r.o, r.s, call)
		return goja.Undefined()
	}))
	p.Set("disconnect", e.namedFunc("disconnect", func(call goja.FunctionCall) goja.Value {
		r := ref(call)
		e.disconnectJS(r.o, r.s, call)
		return goja.Undefined()
	}))
	h := e.vm.NewObject()
	h.Set("connect", p.Get("connect"))
	h.Set("disconnect", p.Get("disconnect"))
	e.sigProto, e.handProto = p, h
}

// signalArgs coerces emission arguments to the signal's parameter types.
func (e *Engine) signalArgs(s *signalDef, args []goja.Value) ([]goja.Value, error) {
	if len(args) < len(s.params) {
		panic(e.newError("Insufficient arguments"))
	}
	if len(args) > len(s.params) {
		e.print(e.callerLocation())
		e.print(fmt.Sprintf("Too many arguments, ignoring %d", len(args)-len(s.params)))
		args = args[:len(s.params)]
	}
	out := make([]goja.Value, len(args))
	warned := false
	for i, a := range args {
		k, elem, _ := parseKind(s.params[i].Type)
		p := &propDef{kind: k, elemName: elem}
		if k == kObject {
			p.elem = e.reg.lookupGo(elem)
		}
		v, err := e.coerce(p, e.signalScalar(p, a))
		switch {
		case err == nil && !e.signalTakes(k, a):
			err = errNotConvertible
		case err != nil && k == kDate && e.signalTakes(k, a):
			v, err = e.defaultValue(p), nil // text that is no date: Invalid Date
		}
		if err != nil {
			if !warned {
				warned = true
				e.print(fmt.Sprintf("\"Could not convert argument %d at\"", i))
				e.print("\t \"" + e.callerLocation() + "\"")
				e.print("Passing incomatible arguments to signals is not supported.")
			}
			v = e.defaultValue(p)
		}
		out[i] = v
	}
	return out, nil
}

// errNotConvertible is a signal argument of a value type that Qt does not
// convert to the parameter's type.
var errNotConvertible = errors.New("argument not convertible")

// signalScalar converts an argument for a signal's int, real, bool or
// string parameter as Qt's engine does, with JavaScript's conversions:
// ToInt32(ToNumber(v)) ("abc" gives 0), ToNumber ("abc" gives NaN),
// ToBoolean and String(v) (signalString). Other parameters get v as it is.
func (e *Engine) signalScalar(p *propDef, v goja.Value) goja.Value {
	switch p.kind {
	case kString:
		return e.signalString(v)
	case kBool:
		return e.vm.ToValue(v.ToBoolean())
	case kInt, kReal:
		var f float64
		if e.catch(func() { f = v.ToFloat() }) != nil {
			return v // a symbol: coerce refuses it
		}
		return e.wrapInt32(p, e.vm.ToValue(f))
	}
	return v
}

// signalTakes reports whether Qt passes v to a signal parameter of value
// type k without the "Could not convert argument" warning: a url takes
// text or a url, a date a Date or text, a point, size, rect or vector only
// a value of its own type.
func (e *Engine) signalTakes(k kind, v goja.Value) bool {
	_, isStr := v.Export().(string)
	obj, _ := v.(*goja.Object)
	class := ""
	if obj != nil {
		class = e.valueClass(obj)
	}
	switch k {
	case kURL:
		return isStr || class == "url"
	case kDate:
		return isStr || obj != nil && obj.ClassName() == "Date"
	case kPoint:
		return class == "point"
	case kSize:
		return class == "size"
	case kRect:
		return class == "rect"
	case kVector2D, kVector3D, kVector4D, kQuaternion, kMatrix4x4:
		return class == vecKinds[k]
	}
	return true
}

// signalString is what a signal's string parameter gets for v: its
// JavaScript string (String(v): "1e-7", "1,2", an object's toString,
// "Symbol(s)"), "" for null and undefined. A toString that throws leaves v to coerce.
func (e *Engine) signalString(v goja.Value) goja.Value {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return e.vm.ToValue("")
	}
	if sym, isSym := v.(*goja.Symbol); isSym {
		return e.vm.ToValue("Symbol(" + sym.String() + ")")
	}
	if s, ok := safeString(v); ok {
		return e.vm.ToValue(s)
	}
	return v
}

// connectJS implements sig.connect(fn) and sig.connect(receiver, fn).
func (e *Engine) connectJS(o *Object, s *signalDef, call goja.FunctionCall) {
	this, fn := e.connectArguments("connect", call)
	o.connect(s, &endpoint{this: this, funcValue: fn})
}

// disconnectJS implements sig.disconnect(fn) and sig.disconnect(receiver,
// fn): it removes every connection of fn with that receiver, as Qt does
// (connect() twice, both go).
func (e *Engine) disconnectJS(o *Object, s *signalDef, call goja.FunctionCall) {
	this, fn := e.connectArguments("disconnect", call)
	st := o.signalState(s)
	for _, ep := range st.endpoints {
		if ep.funcValue != nil && ep.funcValue.SameAs(fn) && ep.this == this {
			o.disconnectEndpoint(s, ep)
		}
	}
}

// connectArguments checks the arguments of connect and disconnect as Qt
// does: a function, after a receiver that is an object or undefined (nil).
func (e *Engine) connectArguments(method string, call goja.FunctionCall) (this, fn *goja.Object) {
	if len(call.Arguments) == 0 {
		panic(e.newError("Function.prototype.%s: no arguments given", method))
	}
	fnv := call.Argument(0)
	if len(call.Arguments) >= 2 {
		if r := call.Argument(0); !goja.IsUndefined(r) {
			var ok bool
			if this, ok = r.(*goja.Object); !ok {
				panic(e.newError("Function.prototype.%s: target this is not an object", method))
			}
		}
		fnv = call.Argument(1)
	}
	if !callable(fnv) {
		panic(e.newError("Function.prototype.%s: target is not a function", method))
	}
	return this, fnv.(*goja.Object)
}

// goMethod wraps a Go method for JavaScript, once per object and method.
func (o *Object) goMethod(m *methodDef) goja.Value {
	for _, b := range o.peek().goFns {
		if b.def == m {
			return b.fn
		}
	}
	f := o.e.nativeFunc(func(call goja.FunctionCall) goja.Value {
		return m.goFn(o, call)
	})
	x := o.more()
	x.goFns = append(x.goFns, boundMethod{m, f})
	return f
}

// boundMethod is a Go method as JavaScript sees it on one object. An
// object keeps the few it was asked for in a list: a map would cost a
// client's socket more than the function (sendTextMessage, say) it holds.
type boundMethod struct {
	def *methodDef
	fn  goja.Value
}

// scope returns the object JavaScript resolves unqualified names against
// in o's bindings and handlers written in context ctx.
func (e *Engine) scope(o *Object, ctx *qmlContext) *goja.Object {
	x := o.more()
	if x.scopes == nil {
		x.scopes = map[*qmlContext]*goja.Object{}
	}
	if s := x.scopes[ctx]; s != nil {
		return s
	}
	s := e.vm.NewDynamicObject(&scopeObject{e: e, o: o, ctx: ctx})
	x.scopes[ctx] = s
	return s
}

// scopeObject resolves names in Qt's order: ids of the component, then the
// scope object's own members, then the component root's members, then
// imported type names; anything else falls through to JavaScript globals.
type scopeObject struct {
	e   *Engine
	o   *Object
	ctx *qmlContext

	// hits are the last names found to be ids of the first context, or
	// properties, signals or methods of the scope object or of its
	// component's root,
	// remembered once both are complete (what a name means no longer
	// changes then): a handler reads and writes the same few names over
	// and over, and goja asks Has before every Get and Set.
	hits *[4]scopeHit // made with the first name remembered
	next uint8        // the entry the next name replaces
}

type scopeHit struct {
	key    string
	obj    *Object
	prop   *propDef   // nil: key is obj's id, or member is set
	member goja.Value // a signal's or method's function (made once per object)
}

// remembered returns what key was found to be, if it is one of s.hits.
func (s *scopeObject) remembered(key string) *scopeHit {
	if s.hits == nil {
		return nil
	}
	for i := range s.hits {
		if h := &s.hits[i]; h.key == key && h.obj != nil {
			return h
		}
	}
	return nil
}

// remember records what key names in the first context.
func (s *scopeObject) remember(h scopeHit) {
	if s.o.completed && (s.ctx.root == nil || s.ctx.root.completed) {
		if s.hits == nil {
			s.hits = new([4]scopeHit)
		}
		s.hits[s.next%uint8(len(s.hits))] = h
		s.next++
	}
}

// stableMember reports whether o.member(key) gives the same function every
// time: a signal's or a method's (obj.onSignal and parent do not).
func (o *Object) stableMember(key string) bool {
	if o.typ.signal(key) != nil || o.peek().methods[key] != nil {
		return true
	}
	m := o.typ.method(key)
	return m != nil && m.goFn != nil
}

// prop finds a property by name as the code of context ctx sees it: code in
// a component's file sees that file's properties, not ones an instance
// redeclares with the same name (Qt resolves the names per document). That
// concerns only the root object of the component's instance: another object
// of the file whose type happens to derive from the root's (an Item inside
// an Item declaring no members) sees its own properties.
func (ctx *qmlContext) prop(o *Object, key string) *propDef {
	if d := ctx.doc; d != nil && d.root != nil && d.root.typ != nil && o == ctx.root && o.typ != d.root.typ && o.typ.inherits(d.root.typ) {
		// Names the file's type does not have are the object's own.
		if p := d.root.typ.prop(key); p != nil {
			return p
		}
	}
	return o.typ.prop(key)
}

func (s *scopeObject) lookup(key string) (goja.Value, bool) {
	if h := s.remembered(key); h != nil {
		switch {
		case h.prop != nil:
			return h.obj.readJS(h.prop), true
		case h.member != nil:
			return h.member, true
		}
		return s.e.idValue(h.obj), true
	}
	if id, ok := s.ctx.ids[key]; ok {
		s.remember(scopeHit{key: key, obj: id})
		return s.e.idValue(id), true
	}
	scope := s.o
	for ctx := s.ctx; ctx != nil; ctx = ctx.parent {
		if ctx != s.ctx {
			if id, ok := ctx.ids[key]; ok {
				return s.e.idValue(id), true
			}
		}
		for _, o := range [2]*Object{scope, ctx.root} {
			if o == nil {
				continue
			}
			if p := ctx.prop(o, key); p != nil {
				if ctx == s.ctx {
					s.remember(scopeHit{key: key, obj: o, prop: p})
				}
				return o.readJS(p), true
			}
			if v := o.member(key); v != nil {
				if ctx == s.ctx && o.stableMember(key) {
					s.remember(scopeHit{key: key, obj: o, member: v})
				}
				return v, true
			}
		}
		if v, ok := ctx.readExtra(s.e, key); ok {
			return v, true
		}
		scope = nil
	}
	if js := s.ctx.doc.imports.scripts[key]; js != nil {
		return s.e.scriptExports(js, s.ctx), true
	}
	if s.ctx.doc.imports.qualified[key] != nil {
		return s.e.namespaceObjectIn(s.ctx.doc, key, s.ctx), true
	}
	if t := s.e.typeObject(s.ctx.doc, key); t != nil {
		// An imported type that attaches an object names the scope
		// object's (ObjectModel.index).
		if a := s.e.attachedOf(s.o, key); a != nil {
			return s.e.wrap(a), true
		}
		return t, true
	}
	return nil, false
}

// attachedOf returns the object a type named name attaches to o, if the
// type attaches one.
func (e *Engine) attachedOf(o *Object, name string) *Object {
	if o == nil || !startsUpper(name) {
		return nil
	}
	if f := e.reg.attached[name]; f != nil {
		return f(o)
	}
	return nil
}

// readJS is a property's value as JavaScript reads it: a Go type's read
// hook runs first.
func (o *Object) readJS(p *propDef) goja.Value {
	if p.read != nil {
		p.read(o)
	}
	return o.get(p)
}

// idValue is what an id names: the object, or null once it is going away
// (JavaScript that runs while a tree is torn down, Qt's invalidated
// context).
func (e *Engine) idValue(o *Object) goja.Value {
	if o.dead || o.destroyed {
		return goja.Null()
	}
	return e.wrap(o)
}

// scopedMethod is a QML method as JavaScript sees it. Called by an
// unqualified name, JavaScript's with statement passes the scope object as
// this; Qt calls it on the object that has it, which this wrapper
// substitutes. One wrapper per method keeps root.f === f.
func (e *Engine) scopedMethod(o *Object, name string, fn goja.Value) goja.Value {
	if f := o.peek().scopedFns[name]; f != nil {
		return f
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		return fn
	}
	w := e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
		this := c.This
		if obj, isObj := this.(*goja.Object); isObj {
			if _, isScope := obj.Export().(*scopeObject); isScope {
				this = e.wrap(o)
			}
		}
		v, err := call(this, c.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
	if fo, ok := fn.(*goja.Object); ok {
		w.(*goja.Object).DefineDataProperty("length", fo.Get("length"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	x := o.more()
	if x.scopedFns == nil {
		x.scopedFns = map[string]goja.Value{}
	}
	x.scopedFns[name] = w
	return w
}

func (s *scopeObject) Get(key string) goja.Value {
	v, _ := s.lookup(key)
	return v
}

func (s *scopeObject) Has(key string) bool {
	if s.remembered(key) != nil {
		return true
	}
	scope := s.o
	for ctx := s.ctx; ctx != nil; ctx = ctx.parent {
		if _, ok := ctx.ids[key]; ok {
			return true
		}
		for _, o := range [2]*Object{scope, ctx.root} {
			if o == nil {
				continue
			}
			if ctx.prop(o, key) != nil || o.typ.signal(key) != nil || o.peek().methods[key] != nil || o.typ.method(key) != nil {
				return true
			}
			if key == "destroy" || key == "toString" {
				return true // every QObject's, found unqualified as in Qt
			}
			if o.typ.handlerSignal(key) != nil {
				return true // onSignal, as obj.onSignal reads it
			}
		}
		if _, ok := ctx.extra[key]; ok {
			return true
		}
		scope = nil
	}
	return s.ctx.doc.imports.scripts[key] != nil || s.e.typeObject(s.ctx.doc, key) != nil
}

func (s *scopeObject) Set(key string, val goja.Value) bool {
	if h := s.remembered(key); h != nil && h.prop != nil {
		h.obj.assign(h.prop, val, true)
		return true
	}
	// The name is looked up as for reading: an id or a member found
	// first is not a property, and Qt refuses the write.
	scope := s.o
	for ctx := s.ctx; ctx != nil; ctx = ctx.parent {
		if _, ok := ctx.ids[key]; ok {
			panic(s.e.newError("left-hand side of assignment operator is not an lvalue"))
		}
		for _, o := range [2]*Object{scope, ctx.root} {
			if o == nil {
				continue
			}
			if p := ctx.prop(o, key); p != nil {
				if ctx == s.ctx {
					s.remember(scopeHit{key: key, obj: o, prop: p})
				}
				o.assign(p, val, true)
				return true
			}
			o.refuseMemberWrite(key)
		}
		scope = nil
	}
	return false
}

func (s *scopeObject) Delete(string) bool { return false }
func (s *scopeObject) Keys() []string     { return nil }

// typeObject returns the JavaScript object for a type name visible in a
// document (for enums: Timer.X, Component.Ready, Foo.Red), or nil.
func (e *Engine) typeObject(d *document, name string) goja.Value {
	if d != nil && d.imports.qualified[name] != nil {
		return e.namespaceObject(d, name)
	}

	if d == nil || !startsUpper(name) {
		return nil
	}
	if name == "Component" {
		return e.componentTypeObject()
	}
	if v, ok := d.typeNames[name]; ok {
		return v
	}
	t, msg := e.resolveType(d, name)
	var v goja.Value
	switch {
	case t != nil && t.singleton:
		return e.singletonInstance(t)
	case t != nil:
		v = e.typeValue(t)
	case strings.HasSuffix(msg, " unavailable") && len(e.innerErrors) > 0 && strings.Contains(e.innerErrors[0].Message, "pragma Singleton"):
		// A singleton without its qmldir entry is a type with no members
		// when JavaScript names it.
		e.innerErrors = nil
		return e.vm.NewObject()
	default:
		e.innerErrors = nil
		if msg != name+" is not a type" {
			return nil // a file that fails to load: asked again next time
		}
	}
	if d.typeNames == nil {
		d.typeNames = map[string]goja.Value{}
	}
	d.typeNames[name] = v
	return v
}

// typeValue is the JavaScript object for a type name: its enumeration
// values as properties, and `obj instanceof Type` support.
func (e *Engine) typeValue(t *Type) goja.Value {
	if v := e.typeObjs[t]; v != nil {
		return v
	}
	obj := e.vm.NewObject()
	chain := []*Type{t}
	if ct := t.component; ct != nil && ct.inline {
		chain = nil // Qt 6.4 looks up no enum through an inline component's name
	} else if ct != nil && ct.root != nil && ct.root.typ != nil {
		chain = append(chain, ct.root.typ)
	}
	for _, c := range chain {
		for x := c; x != nil; x = x.base {
			// As in Qt 6.4 the values are neither listed (Object.keys
			// and JSON.stringify see none) nor written.
			for k, v := range x.enums {
				if obj.Get(k) == nil {
					obj.DefineDataProperty(k, e.vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
				}
			}
			for name, keys := range x.scopedEnums {
				if obj.Get(name) == nil {
					scope := e.vm.NewDynamicObject(&scopedEnum{e.vm, keys})
					scope.SetPrototype(nil)
					obj.DefineDataProperty(name, scope, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
				}
			}
		}
	}
	inline := t.component != nil && t.component.inline
	obj.SetSymbol(goja.SymHasInstance, func(call goja.FunctionCall) goja.Value {
		// In Qt 6.4 nothing is an instance of an inline component's name.
		o := e.unwrap(call.Argument(0))
		return e.vm.ToValue(o != nil && !inline && o.typ.inherits(t))
	})
	e.typeObjs[t] = obj
	return obj
}

// scopedEnum is a scoped enumeration (Type.Enum) as Qt 6.4 shows it: its
// values read by name, but nothing to list, nothing to convert (console.log
// prints "TypeError: Type error", JSON.stringify "{}"), and writes ignored.
type scopedEnum struct {
	vm   *goja.Runtime
	vals map[string]int
}

func (s *scopedEnum) Get(key string) goja.Value {
	if v, ok := s.vals[key]; ok {
		return s.vm.ToValue(v)
	}
	return nil
}
func (s *scopedEnum) Set(string, goja.Value) bool { return true }
func (s *scopedEnum) Has(key string) bool         { _, ok := s.vals[key]; return ok }
func (s *scopedEnum) Delete(string) bool          { return false }
func (s *scopedEnum) Keys() []string              { return nil }

// namespaceObject is a qualified import (`import QtQml as Q`) in JavaScript.
func (e *Engine) namespaceObject(d *document, q string) goja.Value {
	return e.namespaceObjectIn(d, q, nil)
}

// namespaceObjectIn is a qualified import as seen from the context ctx,
// which non-library scripts under the qualifier need for their per-instance
// state and scope.
func (e *Engine) namespaceObjectIn(d *document, q string, ctx *qmlContext) goja.Value {
	obj := e.vm.NewDynamicObject(&nsWrapper{e: e, d: d, q: q, ctx: ctx})
	return obj
}

type nsWrapper struct {
	e   *Engine
	d   *document
	q   string
	ctx *qmlContext
}

func (w *nsWrapper) Get(key string) goja.Value {
	qi := w.d.imports.qualified[w.q]
	if js := qi.scripts[key]; js != nil {
		return w.e.scriptExports(js, w.ctx)
	}
	for i := len(qi.sources) - 1; i >= 0; i-- {
		if t, _ := w.e.sourceType(qi.sources[i], w.d, key); t != nil {
			if t.singleton {
				return w.e.singletonInstance(t)
			}
			return w.e.typeValue(t)
		}
	}
	if key == "Component" {
		return w.e.componentTypeObject()
	}
	for _, src := range qi.sources {
		if src.byPath {
			// Qt 6.4 answers any other name under a directory's qualifier
			// with an empty type object ([object Object], no members);
			// only a module's qualifier gives undefined.
			if w.e.unknownTypeObj == nil {
				w.e.unknownTypeObj = w.e.vm.NewObject()
			}
			return w.e.unknownTypeObj
		}
	}
	return nil
}
func (w *nsWrapper) Set(string, goja.Value) bool { return false }
func (w *nsWrapper) Has(key string) bool         { return w.Get(key) != nil }
func (w *nsWrapper) Delete(string) bool          { return false }
func (w *nsWrapper) Keys() []string              { return nil }

func (e *Engine) componentTypeObject() goja.Value {
	return e.typeValue(e.componentType())
}

// Value types: url, point, size, rect. They are JavaScript objects whose
// class the runtime recognises; equal values print and compare as in Qt.

type valueObj struct {
	class      string
	e          *Engine
	url        string
	invalid    string // url: the text of an invalid url, which reads "" (QUrl)
	x, y       float64
	w, h       float64
	r, g, b, a float64   // color
	vec        []float32 // vector2d, vector3d, vector4d, quaternion, matrix4x4
	// A reference (ref) stands for the value of property ownerProp of
	// owner, read afresh on every access.
	ref       bool
	owner     *Object
	ownerProp *propDef
	last      *valueObj // a reference's value when it was last read
}

func (v *valueObj) Get(key string) goja.Value {
	if v.ref {
		if key == "toString" {
			return v.e.nativeFunc(func(goja.FunctionCall) goja.Value { return v.e.vm.ToValue(v.String()) })
		}
		return v.deref().Get(key)
	}
	e := v.e
	if v.class == "url" {
		switch key {
		case "toString":
			return e.urlMethod(0)
		case "valueOf":
			return e.urlMethod(1)
		case "toJSON":
			return e.urlMethod(2)
		}
	}
	if key == "toString" {
		// Bound to this value: Qt's point.toString.call(other) still
		// gives the point's text.
		return e.nativeFunc(func(goja.FunctionCall) goja.Value { return e.vm.ToValue(v.String()) })
	}
	if v.vec != nil {
		return e.vecGet(v, key)
	}
	switch v.class {
	case "color":
		if key == "valid" {
			return e.vm.ToValue(true)
		}
		if f, ok := v.colorComponent(key); ok {
			return e.vm.ToValue(f)
		}
	case "point":
		switch key {
		case "x":
			return e.vm.ToValue(v.x)
		case "y":
			return e.vm.ToValue(v.y)
		}
	case "size":
		switch key {
		case "width":
			return e.vm.ToValue(v.w)
		case "height":
			return e.vm.ToValue(v.h)
		}
	case "rect":
		switch key {
		case "x":
			return e.vm.ToValue(v.x)
		case "y":
			return e.vm.ToValue(v.y)
		case "width":
			return e.vm.ToValue(v.w)
		case "height":
			return e.vm.ToValue(v.h)
		case "left":
			return e.vm.ToValue(v.x)
		case "top":
			return e.vm.ToValue(v.y)
		case "right":
			return e.vm.ToValue(v.x + v.w)
		case "bottom":
			return e.vm.ToValue(v.y + v.h)
		}
	}
	return nil
}

// urlMethod returns a url's toString (0), valueOf (1) or toJSON (2). Each
// is one function per engine, as in Qt, where every url shares them (a
// url is converted to text whenever it is compared, so making them anew
// each time would be costly). valueOf gives this, as Qt's does (a
// comparison then converts the url with toString); called on anything but
// a url, toString and toJSON give undefined.
func (e *Engine) urlMethod(i int) *goja.Object {
	if e.urlMethods[i] == nil {
		e.urlMethods[i] = e.nativeFunc(func(call goja.FunctionCall) goja.Value {
			if i == 1 {
				return call.This
			}
			obj, _ := call.This.(*goja.Object)
			if v := e.valueFor(obj); v != nil && v.class == "url" {
				return e.vm.ToValue(v.String())
			}
			return goja.Undefined()
		})
	}
	return e.urlMethods[i]
}

func (v *valueObj) String() string {
	if v.ref {
		return v.deref().String()
	}
	if v.vec != nil {
		return v.vecText()
	}
	switch v.class {
	case "color":
		return v.colorText()
	case "url":
		return v.url
	case "point":
		return "QPointF(" + fmtNum(v.x) + ", " + fmtNum(v.y) + ")"
	case "size":
		return "QSizeF(" + fmtNum(v.w) + ", " + fmtNum(v.h) + ")"
	case "rect":
		return "QRectF(" + fmtNum(v.x) + ", " + fmtNum(v.y) + ", " + fmtNum(v.w) + ", " + fmtNum(v.h) + ")"
	}
	return ""
}

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func (v *valueObj) Set(key string, val goja.Value) bool {
	if !v.ref {
		return v.set(key, val)
	}
	// Write a changed copy back to the property, which compares it and
	// emits the change signal.
	c := *v.deref()
	c.vec = append([]float32(nil), c.vec...)
	if !c.set(key, val) {
		return false
	}
	if o := v.owner; !o.destroyed {
		o.write(v.ownerProp, v.e.newValueObj(&c))
	}
	return true
}

// deref returns the value a reference stands for now (for other values,
// the value itself).
func (v *valueObj) deref() *valueObj {
	if !v.ref {
		return v
	}
	if o := v.owner; !o.destroyed {
		if x := v.e.valueFor(asObject(o.slotValue(v.ownerProp))); x != nil && !x.ref {
			v.last = x
		}
	}
	if v.last == nil {
		v.last = v.e.valueFor(v.e.defaultValue(v.ownerProp).(*goja.Object))
	}
	return v.last
}

func (v *valueObj) set(key string, val goja.Value) bool {
	if v.vec != nil {
		return v.vecSet(key, val)
	}
	fp := v.field(key)
	if fp == nil {
		return false
	}
	f := val.ToFloat()
	if v.class == "color" {
		// QColor's setRedF & co.: 16-bit components.
		f = float64(qRound(math.Max(0, math.Min(1, f))*c16)) / c16
	}
	*fp = f
	return true
}

// field returns the writable component key of a value, or nil.
func (v *valueObj) field(key string) *float64 {
	fields := map[string]*float64{"x": &v.x, "y": &v.y, "width": &v.w, "height": &v.h}
	if v.class == "color" {
		fields = map[string]*float64{"r": &v.r, "g": &v.g, "b": &v.b, "a": &v.a}
	}
	return fields[key]
}
func (v *valueObj) Has(key string) bool { return v.Get(key) != nil }
func (v *valueObj) Delete(string) bool  { return false }
func (v *valueObj) Keys() []string {
	if v.ref {
		return v.deref().Keys()
	}
	if v.vec != nil {
		return vecClasses[v.class]
	}
	switch v.class {
	case "color":
		return colorKeys
	case "point":
		return []string{"x", "y"}
	case "size":
		return []string{"width", "height"}
	case "rect":
		// QRectF's left, right, top and bottom are enumerable too.
		return []string{"x", "y", "width", "height", "left", "right", "top", "bottom"}
	}
	return nil
}

func (e *Engine) newValueObj(v *valueObj) *goja.Object {
	v.e = e
	obj := e.vm.NewDynamicObject(v)

	return obj
}

func (e *Engine) newURL(s string) *goja.Object { return e.newValueObj(&valueObj{class: "url", url: s}) }

// InvalidURL is the value of a url property assigned text that QUrl
// refuses: it reads "", yet it is not the empty url (the change signal
// fires), and equal texts compare equal.
func (e *Engine) InvalidURL(text string) goja.Value {
	return e.newValueObj(&valueObj{class: "url", invalid: text})
}

// ValueClass names the QML value type a JavaScript value holds ("url",
// "point", "size", "rect", "color"...), or "" for any other value.
func (e *Engine) ValueClass(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		return e.valueClass(obj)
	}
	return ""
}

// NewPoint returns a QML point value, as Qt.point(x, y) makes; Go types
// return it from methods such as QtQuick's Item.mapToItem.
func (e *Engine) NewPoint(x, y float64) goja.Value { return e.newPoint(x, y) }

// NewRect returns a QML rect value, as Qt.rect(x, y, w, h) makes.
func (e *Engine) NewRect(x, y, w, h float64) goja.Value { return e.newRect(x, y, w, h) }

func (e *Engine) newPoint(x, y float64) *goja.Object {
	return e.newValueObj(&valueObj{class: "point", x: x, y: y})
}
func (e *Engine) newSize(w, h float64) *goja.Object {
	return e.newValueObj(&valueObj{class: "size", w: w, h: h})
}
func (e *Engine) newRect(x, y, w, h float64) *goja.Object {
	return e.newValueObj(&valueObj{class: "rect", x: x, y: y, w: w, h: h})
}

// valueClass returns "url", "point", "size", "rect" for value objects.
func (e *Engine) valueClass(obj *goja.Object) string {
	if v := e.valueFor(obj); v != nil {
		return v.class
	}
	return ""
}

// listValue is a list<T> property: an array-like view that keeps the
// object list and emits the change signal on every modification.
type listValue struct {
	owner *Object
	prop  *propDef
	items []*Object
}

func (l *listValue) Len() int { return len(l.items) }
func (l *listValue) Get(i int) goja.Value {
	if i < 0 || i >= len(l.items) {
		return goja.Undefined()
	}
	if l.items[i] == nil || l.items[i].destroyed {
		return goja.Null() // Qt's list holds guarded pointers
	}
	return l.owner.e.wrap(l.items[i])
}

// Set replaces an element as Qt 6.4's list wrapper does: past the end, or
// with a value that is no object, nothing happens; undefined throws.
func (l *listValue) Set(i int, v goja.Value) bool {
	e := l.owner.e
	if goja.IsUndefined(v) {
		panic(e.vm.NewTypeError("Value is undefined and could not be converted to an object"))
	}
	o := e.unwrap(v)
	if i >= len(l.items) || o == nil && !goja.IsNull(v) {
		return true
	}
	l.items[i] = o
	l.owner.emit(l.owner.typ.signals[l.prop.notify], nil)
	return true
}
func (l *listValue) SetLen(n int) bool {
	// Qt removes or appends one element at a time, notifying each.
	sig := l.owner.typ.signals[l.prop.notify]
	for len(l.items) > n {
		l.items = l.items[:len(l.items)-1]
		l.owner.emit(sig, nil)
	}
	for len(l.items) < n {
		l.items = append(l.items, nil)
		l.owner.emit(sig, nil)
	}
	return true
}

// listValue returns the list storage of a list property, creating it.
func (e *Engine) listValue(o *Object, p *propDef) *listValue {
	x := o.more()
	if x.lists == nil {
		x.lists = map[int]*listValue{}
	}
	if l := x.lists[p.index]; l != nil {
		return l
	}
	l := &listValue{owner: o, prop: p}
	x.lists[p.index] = l
	arr := e.vm.NewDynamicArray(l)
	arr.SetPrototype(e.listProto())
	o.props[p.index] = arr
	return l
}

// listProto is the prototype of list property values. In Qt 6.4 a list
// property is a QmlListWrapper, not an Array: it has push() and a
// toString() giving "[object Object]", and none of the other Array methods
// (programs use Array.prototype.map.call or Array.from for those).
func (e *Engine) listProto() *goja.Object {
	if e.listProtoObj != nil {
		return e.listProtoObj
	}
	p := e.vm.NewObject()
	// push appends the objects (and nulls) it is given, one change
	// signal each; other values are skipped, as in Qt, and returns
	// undefined.
	push := e.namedFunc("push", func(c goja.FunctionCall) goja.Value {
		l, ok := exportOf[*listValue](asObject(c.This))
		if !ok {
			panic(e.vm.NewTypeError("Type error"))
		}
		for _, v := range c.Arguments {
			o := e.unwrap(v)
			if o == nil && !goja.IsNull(v) {
				continue
			}
			l.items = append(l.items, o)
			l.owner.emit(l.owner.typ.signals[l.prop.notify], nil)
		}
		return goja.Undefined() // Qt's push returns nothing
	})
	_ = p.DefineDataProperty("push", push, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	toString := e.nativeFunc(func(goja.FunctionCall) goja.Value { return e.vm.ToValue("[object Object]") })
	_ = p.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// Not being an Array, the list is a JSON object keyed by index.
	toJSON := e.nativeFunc(func(c goja.FunctionCall) goja.Value {
		l, ok := exportOf[*listValue](asObject(c.This))
		if !ok {
			return c.This
		}
		obj := e.vm.NewObject()
		for i, o := range l.items {
			v := goja.Null()
			if o != nil {
				v = e.wrap(o)
			}
			_ = obj.Set(strconv.Itoa(i), v)
		}
		return obj
	})
	_ = p.DefineDataProperty("toJSON", toJSON, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	e.listProtoObj = p
	return p
}

// ObjectOf returns the QML object a JavaScript value stands for, or nil.
func (e *Engine) ObjectOf(v goja.Value) *Object { return e.unwrap(v) }
