package runtime

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// Object is a live QML object. It belongs to the engine's loop goroutine:
// its methods must be called there (from handlers, TypeSpec hooks, or
// functions given to Engine.Do).
type Object struct {
	e       *Engine
	typ     *Type
	props   []goja.Value // per property index; nil: the default, made on first read
	links   *objectLinks // nil until the object has a binding or a child
	sigs    []*signal
	parent  *Object
	ctx     *qmlContext // the context the object was declared in
	wrapper *goja.Object
	id      uint64 // printed as its address
	// Data holds the Go state of a Go-implemented type (set by its Init).
	Data any

	// completeSeq numbers objects in the order their creation completed
	// (shutdownDestruction orders Component.onDestruction by it).
	completeSeq int
	// x holds what only some objects need; it is made on first use, so
	// that an object without any (a server's socket for one client) is
	// small.
	x *objectExtra

	// The flags are together, so that an object (one per connection in a
	// server) is as small as it can be.
	completed  bool
	destroyed  bool
	destroying bool
	// dead: past its onDestruction handlers, its Go Destroy hooks are
	// running; JavaScript sees no members (properties read undefined)
	// and its id reads null, as for an object Qt has marked deleted
	dead bool
	// dynamic: created from JavaScript (createObject, createQmlObject),
	// so destroy() may delete it.
	dynamic bool
	// creatingRoot: the root object of a creation still in progress (its
	// Component.onCompleted handlers run): Qt refuses to destroy() it.
	creatingRoot bool
	// typeOwned: made by a Go type with Instantiate (a Loader's item) or
	// marked with SetTypeOwned, which JavaScript cannot destroy(), as Qt's
	// C++-owned objects.
	typeOwned bool
}

// objectLinks holds an object's bindings and children, made with the first
// of either: the objects a server makes from Go (a socket per client) have
// neither, and are smaller without the two slices.
type objectLinks struct {
	bindings []*binding // per property index; nil until the first binding
	children []*Object
}

// madeLinks returns o.links, made if need be.
func (o *Object) madeLinks() *objectLinks {
	if o.links == nil {
		o.links = &objectLinks{}
	}
	return o.links
}

// childList returns the objects whose parent is o (not a copy).
func (o *Object) childList() []*Object {
	if o.links == nil {
		return nil
	}
	return o.links.children
}

// SetTypeOwned marks an object a Go type made (CreateObject) as its own:
// destroy() from JavaScript is refused with Qt's "Invalid attempt to
// destroy() an indestructible object", as for objects C++ creates.
func (o *Object) SetTypeOwned() { o.typeOwned = true }

// objectExtra is the part of an Object that most objects never use.
type objectExtra struct {
	valueRefs map[int]*goja.Object // value type references, per property index
	attached  *attachedComponent
	aliases   map[int]*aliasTarget
	methods   map[string]goja.Value // QML-declared functions, compiled per instance
	scopes    map[*qmlContext]*goja.Object
	sigFns    []sigFn               // signal functions made so far
	goFns     []boundMethod         // Go methods made so far (a few per object)
	scopedFns map[string]goja.Value // QML methods as unqualified names find them
	lists     map[int]*listValue
	// requiredNames: properties marked `required name` on this object
	requiredNames map[string]bool
	// attachedJS is obj.Component as JavaScript reads it (attachedValue).
	attachedJS *goja.Object
	// attachedObjs are the objects types attach to this one, by type name
	// (TypeSpec.Attached).
	attachedObjs map[string]*Object
	// groupOwner: this object is a grouped property value (border, font,
	// anchors) of groupOwner, whose scope its bindings use.
	groupOwner *Object
	// guards are the object-typed properties holding this object: Qt
	// resets them to null, with their change signal, when it is destroyed.
	guards map[guardRef]struct{}
	// custom holds the assignments a type with AnyProperty received.
	custom []CustomProperty
	// declAt is where the object was declared (for Warnf), if known: a
	// position in the document's syntax tree, which outlives the object.
	declAt *parser.Pos
	// interceptors see writes to properties first (Intercept).
	interceptors map[int]func(v goja.Value) bool
	// set has a bit for each property explicitly assigned (for required
	// properties), by index; setMore continues it past the 64th.
	set     uint64
	setMore []uint64
}

// noExtra is what peek returns for an object without extras. It is
// never written.
var noExtra objectExtra

// peek returns the object's extras for reading (empty if it has none).
func (o *Object) peek() *objectExtra {
	if o.x == nil {
		return &noExtra
	}
	return o.x
}

// more returns the object's extras for writing, making them.
func (o *Object) more() *objectExtra {
	if o.x == nil {
		o.x = &objectExtra{}
	}
	return o.x
}

// component returns the object's Component attached handlers, making them.
func (o *Object) component() *attachedComponent {
	x := o.more()
	if x.attached == nil {
		x.attached = &attachedComponent{}
	}
	return x.attached
}

// markSet records that property i was explicitly assigned.
func (o *Object) markSet(i int) {
	x := o.more()
	if i < 64 {
		x.set |= 1 << i
		return
	}
	i -= 64
	for len(x.setMore) <= i/64 {
		x.setMore = append(x.setMore, 0)
	}
	x.setMore[i/64] |= 1 << (i % 64)
}

// isSet reports whether property i was explicitly assigned.
func (o *Object) isSet(i int) bool {
	x := o.peek()
	if i < 64 {
		return x.set&(1<<i) != 0
	}
	i -= 64
	return i/64 < len(x.setMore) && x.setMore[i/64]&(1<<(i%64)) != 0
}

// Interceptor returns the function intercepting writes of a property, or nil.
func (o *Object) Interceptor(name string) func(v goja.Value) bool {
	p := o.typ.prop(name)
	if p == nil {
		return nil
	}
	return o.peek().interceptors[p.index]
}

// Intercept routes later writes to the named property (assignments,
// bindings, Go) through f, as Qt's property value interceptors do for
// Behavior: f gets the coerced new value and reports whether it took the
// write over, in which case the property is not written. It reports false
// if there is no such property. Loop only.
func (o *Object) Intercept(name string, f func(v goja.Value) bool) bool {
	p := o.typ.prop(name)
	if p == nil || p.kind == kAlias || p.kind == kList {
		return false
	}
	x := o.more()
	if x.interceptors == nil {
		x.interceptors = map[int]func(goja.Value) bool{}
	}
	x.interceptors[p.index] = f
	return true
}

// CustomProperty is an assignment to a property that a type with
// AnyProperty does not declare, such as `width: parent.width * 2` inside a
// PropertyChanges.
type CustomProperty struct {
	Name string
	eval func() (goja.Value, error)
	fn   goja.Callable // the expression, when it is not a constant
	this goja.Value
}

// Value evaluates the assigned expression now, in the scope it was written
// in (a constant just returns itself). Loop only.
func (c CustomProperty) Value() (goja.Value, error) { return c.eval() }

// CustomProperties lists the custom assignments in declaration order.
func (o *Object) CustomProperties() []CustomProperty { return o.peek().custom }

// Bind gives property name the custom assignment c: a binding on it when c
// is an expression (re-evaluated as its dependencies change, in c's scope),
// its value when c is a constant. Loop only.
func (o *Object) Bind(name string, c CustomProperty) error {
	p := o.typ.prop(name)
	if p == nil {
		return &Error{Message: "Cannot assign to non-existent property \"" + name + "\""}
	}
	if c.fn == nil {
		v, _ := c.eval()
		return o.e.catch(func() { o.assign(p, v, false) })
	}
	o.removeBinding(p)
	b := &binding{obj: o, prop: p, fn: c.fn, this: c.this}
	o.setBindingOf(p.index, b)
	b.evaluate()
	return nil
}

// Reevaluate runs the binding of a property now, if it has one, so that
// its value is current even if its dependencies' change signals have not
// all been delivered yet. Loop only.
func (o *Object) Reevaluate(name string) {
	if p := o.typ.prop(name); p != nil && p.kind != kAlias {
		if b := o.bindingOf(p.index); b != nil && !b.removed && !b.updating {
			b.evaluate()
		}
	}
}

// PropertySnapshot is a property's value and binding at one moment, to be
// put back later (as a state change is reverted).
type PropertySnapshot struct {
	obj   *Object
	prop  *propDef
	value goja.Value
	fn    goja.Callable // the binding's expression, if the property had one
}

// Snapshot records a property's current value and binding. Loop only.
func (o *Object) Snapshot(name string) (PropertySnapshot, bool) {
	p := o.typ.prop(name)
	if p == nil || p.kind == kAlias || p.kind == kList {
		return PropertySnapshot{}, false
	}
	snap := PropertySnapshot{obj: o, prop: p, value: o.slotValue(p)}
	if b := o.bindingOf(p.index); b != nil && !b.removed {
		snap.fn = b.fn
	}
	return snap, true
}

// Target returns the object and property name a snapshot is of.
func (s PropertySnapshot) Target() (*Object, string) {
	if s.prop == nil {
		return s.obj, ""
	}
	return s.obj, s.prop.name
}

// Value returns the recorded value.
func (s PropertySnapshot) Value() goja.Value { return s.value }

// Rebase makes s record base's value and binding (a state transition
// that held back the write of base's restore fixes up the new state's
// snapshot of the same property).
func (s *PropertySnapshot) Rebase(base PropertySnapshot) { s.value, s.fn = base.value, base.fn }

// Restore puts the recorded binding back (evaluating it) or, without one,
// the recorded value. Loop only.
func (s PropertySnapshot) Restore() {
	o := s.obj
	if o == nil || o.destroyed {
		return
	}
	if s.fn != nil {
		o.setBinding(s.prop, s.fn)
		return
	}
	o.removeBinding(s.prop)
	o.write(s.prop, s.value)
}

// sigFn is a signal function of an object (key: the signal's index), made
// when JavaScript first names it.
type sigFn struct {
	key int
	f   *goja.Object
}

// sigFunc returns the signal function or handler object stored under key.
func (o *Object) sigFunc(key int) *goja.Object {
	for _, x := range o.peek().sigFns {
		if x.key == key {
			return x.f
		}
	}
	return nil
}

// guardRef names one object-typed property of one object.
type guardRef struct {
	holder *Object
	prop   *propDef
}

// guard records that holder's property p now holds o.
func (o *Object) guard(holder *Object, p *propDef) {
	x := o.more()
	if x.guards == nil {
		x.guards = map[guardRef]struct{}{}
	}
	x.guards[guardRef{holder, p}] = struct{}{}
}

// releaseGuards sets every property still holding the destroyed object o
// to null, emitting its change signal, as QPointer-backed properties do.
func (o *Object) releaseGuards() {
	for g := range o.peek().guards {
		h := g.holder
		if h.destroyed || h.destroying {
			continue
		}
		if v := h.props[g.prop.index]; v != nil && o.e.unwrap(v) == o {
			h.write(g.prop, goja.Null())
		}
	}
	if o.x != nil {
		o.x.guards = nil
	}
}

// appendDeclared appends a declared child to a list property during
// creation, emitting the list's change signal for each element as Qt does.
func (o *Object) appendDeclared(p *propDef, child *Object) {
	lst := o.e.listValue(o, p)
	lst.items = append(lst.items, child)
	o.emit(o.typ.signals[p.notify], nil)
}

// bindingOf returns the binding of the property at index i, if any.
func (o *Object) bindingOf(i int) *binding {
	if o.links == nil || o.links.bindings == nil {
		return nil
	}
	return o.links.bindings[i]
}

// setBindingOf makes b the binding of the property at index i. The slice
// is made with the first binding: most objects a server makes (a socket
// per client) have none.
func (o *Object) setBindingOf(i int, b *binding) {
	if o.bindingOf(i) == b {
		return
	}
	l := o.madeLinks()
	if l.bindings == nil {
		l.bindings = make([]*binding, len(o.props))
	}
	l.bindings[i] = b
}

// Type returns the object's QML type.
func (o *Object) Type() *Type { return o.typ }

// Engine returns the engine the object belongs to.
func (o *Object) Engine() *Engine { return o.e }

// Parent returns the object's parent, or nil.
func (o *Object) Parent() *Object { return o.parent }

// Property returns the value of a property (nil if there is none).
func (o *Object) Property(name string) goja.Value {
	p := o.typ.prop(name)
	if p == nil {
		return nil
	}
	// As Qt's C++ reads, a Go read does not evaluate a binding early: it
	// sees the value the property has until its binding's turn comes.
	v := o.readNow(p, false)
	o.e.lastRead = lastRead{o, p.name, v}
	return v
}

// SetProperty assigns a property as JavaScript would (coercing the value and
// removing any binding). v may be a Go value or a goja.Value.
func (o *Object) SetProperty(name string, v any) error {
	p := o.typ.prop(name)
	if p == nil {
		return &Error{Message: "Cannot assign to non-existent property \"" + name + "\""}
	}
	return o.e.catch(func() { o.assign(p, o.e.toValue(v), true) })
}

// SetInternal updates a property from Go, even a read-only one, coercing
// the value and emitting the change signal if it changed. Loop only.
func (o *Object) SetInternal(name string, v any) {
	p, val := o.internalValue(name, v)
	o.write(p, val)
}

// internalValue finds a property set from Go and coerces the value for it;
// Go code passing a wrong name or type is a programming error.
func (o *Object) internalValue(name string, v any) (*propDef, goja.Value) {
	p := o.typ.prop(name)
	if p == nil {
		panic("runtime: unknown property " + name + " of " + o.typ.name)
	}
	val, err := o.e.coerce(p, o.e.toValue(v))
	if err != nil {
		panic(err)
	}
	return p, val
}

// Coerce converts v for the named property as an assignment would, without
// storing it; ok is false when the property refuses the value.
func (o *Object) Coerce(name string, v goja.Value) (goja.Value, bool) {
	p := o.typ.prop(name)
	if p == nil {
		return nil, false
	}
	cv, err := o.e.coerce(p, v)
	return cv, err == nil
}

// SetSilently stores a coerced value without emitting the change signal;
// EmitChanged emits it later. Go types use the pair to reproduce Qt setters
// that update several properties before notifying. Loop only.
func (o *Object) SetSilently(name string, v any) {
	p, val := o.internalValue(name, v)
	o.props[p.index] = val
}

// EmitChanged emits a property's change signal with its current value.
func (o *Object) EmitChanged(name string) {
	p := o.typ.prop(name)
	if p == nil {
		panic("runtime: EmitChanged of unknown property " + name)
	}
	sig := o.typ.signals[p.notify]
	o.emit(sig, changeArgs(sig, o.get(p)))
}

// changeArgs is what a change signal passes. A QML-declared property's
// change signal has no parameters in Qt (handlers and connected functions
// see arguments.length 0); Go types' properties pass the new value, as the
// C++ signals they stand for mostly do (objectNameChanged(QString),
// Component.statusChanged(Status)), unless the type declares the signal
// with an empty, non-nil parameter list (a C++ fooChanged()).
func changeArgs(sig *signalDef, v goja.Value) []goja.Value {
	if len(sig.params) == 0 && (sig.notify != nil && sig.notify.decl != nil || sig.params != nil) {
		return nil
	}
	return []goja.Value{v}
}

// Emit emits a signal from Go with Go or goja values as arguments.
func (o *Object) Emit(name string, args ...any) {
	s := o.typ.signal(name)
	if s == nil {
		panic("runtime: Emit of unknown signal " + name)
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		vals[i] = o.e.toValue(a)
	}
	o.emit(s, vals)
}

// Connected reports whether a signal has handlers, so that Go code can
// skip preparing the arguments of a signal nobody listens to.
func (o *Object) Connected(name string) bool {
	s := o.typ.signal(name)
	if s == nil || o.destroyed {
		return false
	}
	st := o.signalAt(s)
	return st != nil && st.live > 0
}

// JS returns the object's JavaScript wrapper.
func (o *Object) JS() *goja.Object { return o.e.wrap(o) }

// Runtime returns the goja runtime (loop goroutine only).
func (o *Object) Runtime() *goja.Runtime { return o.e.vm }

// Destroyed reports whether the object has been destroyed.
func (o *Object) Destroyed() bool { return o.destroyed }

// Destroying reports whether the object is being destroyed (its subtree's
// Destroy hooks are running) or has been destroyed.
func (o *Object) Destroying() bool { return o.destroying || o.destroyed }

// writesBack reports whether properties of the kind are read as value type
// references: as in Qt 6.4, reading p of such a type gives a reference to
// the property, which reads the property's current value on every access
// and writes a changed component back (p.x = 5 emits pChanged; var a = p
// sees later changes). A switch, not a map: every property read asks.
func (k kind) writesBack() bool {
	switch k {
	case kColor, kPoint, kSize, kRect, kVector2D, kVector3D, kVector4D, kQuaternion, kMatrix4x4:
		return true
	}
	return false
}

// valueRef returns the value type reference of a property, one per
// object and property.
func (o *Object) valueRef(p *propDef) *goja.Object {
	x := o.more()
	if r := x.valueRefs[p.index]; r != nil {
		return r
	}
	if x.valueRefs == nil {
		x.valueRefs = map[int]*goja.Object{}
	}
	r := o.e.newValueObj(&valueObj{ref: true, owner: o, ownerProp: p})
	x.valueRefs[p.index] = r
	return r
}

// get reads a property, recording it as a dependency of the binding being
// evaluated.
func (o *Object) get(p *propDef) goja.Value {
	v := o.read(p)
	o.e.lastRead = lastRead{o, p.name, v} // for typeErrorMessage
	return v
}

func (o *Object) read(p *propDef) goja.Value { return o.readNow(p, true) }

// readNow is read; with early, a binding of the property not evaluated yet
// (the object is being created) is evaluated first, as Qt does for
// JavaScript reads.
func (o *Object) readNow(p *propDef, early bool) goja.Value {
	if p.kind == kAlias {
		o.e.track(o, p.notify)
		return o.aliasGet(p)
	}
	if b := o.bindingOf(p.index); early && b != nil && b.pending {
		// Bindings are evaluated on demand during creation, so the order
		// of declarations does not matter. The reader subscribes after
		// the value is there, so that first write does not re-enter it.
		b.evaluate()
	}
	o.e.track(o, p.notify)
	if v := o.slotValue(p); v != nil {
		if p.kind == kVar {
			// A var property holding an object destroyed since reads
			// null, as Qt's QObject guard in the stored value does.
			if obj, ok := v.(*goja.Object); ok {
				if x := o.e.objectFor(obj); x != nil && x.destroyed {
					return goja.Null()
				}
			}
		}
		if p.kind.writesBack() && !p.readOnly && o.e.valueFor(asObject(v)) != nil {
			return o.valueRef(p)
		}
		return v
	}
	return goja.Undefined()
}

// assign stores a value coming from JavaScript or Go: the binding on the
// property is removed, the value coerced to the property's type.
func (o *Object) assign(p *propDef, v goja.Value, fromJS bool) {
	if p.kind == kAlias {
		o.aliasSet(p, v)
		return
	}
	if p.readOnly && fromJS {
		panic(o.e.vm.NewTypeError("Cannot assign to read-only property \"%s\"", p.name))
	}
	if b, ok := o.e.bindingFunction(v); ok {
		// Qt.binding(): install a binding instead of a value.
		o.setBinding(p, b)
		return
	}
	if p.kind == kList {
		o.removeBinding(p)
		o.assignList(p, v)
		return
	}
	if p.reset != nil && goja.IsUndefined(v) {
		o.removeBinding(p)
		p.reset(o)
		return
	}
	val, err := o.e.coerce(p, v)
	if err != nil {
		panic(o.e.newError("%s", err.Error()))
	}
	o.removeBinding(p)
	o.markSet(p.index)
	o.write(p, val)
}

// assignList replaces a list property's contents from a JavaScript value
// (an array of objects, one object, or null). Qt clears the list and
// appends each element, emitting the change signal for each step.
func (o *Object) assignList(p *propDef, v goja.Value) {
	e := o.e
	var items []*Object
	switch {
	case goja.IsUndefined(v):
		panic(e.newError("Cannot assign [undefined] to QQmlListProperty<QObject>"))
	case goja.IsNull(v):
		items = []*Object{nil}
	default:
		obj, ok := v.(*goja.Object)
		if !ok {
			// A single non-object value becomes one null entry.
			items = []*Object{nil}
			break
		}
		if x := e.objectFor(obj); x != nil {
			items = []*Object{x}
			break
		}
		n := obj.Get("length")
		if n == nil {
			panic(e.newError("Cannot assign QJSValue to QQmlListProperty<QObject>"))
		}
		for i := int64(0); i < n.ToInteger(); i++ {
			if i&loopCheck == 0 && e.watch.overdue() {
				panic(e.newError("%v", errInterrupted{e.watch.budget}))
			}
			items = append(items, e.unwrap(obj.Get(itoa(int(i)))))
		}
	}
	lst := e.listValue(o, p)
	sig := o.typ.signals[p.notify]
	lst.items = lst.items[:0]
	o.markSet(p.index)
	o.emit(sig, nil)
	for _, x := range items {
		lst.items = append(lst.items, x)
		o.emit(sig, nil)
	}
}

// write stores an already coerced value and emits the change signal if the
// value changed.
func (o *Object) write(p *propDef, v goja.Value) {
	if p.kind == kAlias {
		if at := o.peek().aliases[p.index]; at != nil && at.prop != nil {
			if val, err := o.e.coerce(at.prop, v); err == nil {
				at.obj.write(at.prop, val)
			}
		}
		return
	}
	if f := o.peek().interceptors[p.index]; f != nil && f(v) {
		return
	}
	s := &o.props[p.index]
	old := *s
	if old == nil && p.kind != kList {
		// Compared only: the object's own default need not be made.
		old = o.e.comparedDefault(p)
	}
	if p.set != nil {
		var ok bool
		if v, ok = p.set(o, v); !ok {
			return
		}
	}
	if p.kind == kList {
		// Lists are replaced in place, as Qt clears and appends: every
		// assignment is a change.
		*s = v
		o.emit(o.typ.signals[p.notify], nil)
		if p.changed != nil {
			p.changed(o)
		}
		return
	}
	// A var property compares nothing in Qt: every write is a change.
	if old != nil && p.kind != kVar && o.e.sameValue(old, v) {
		return
	}
	if p.kind == kStringList && old != nil && sameArray(asObject(old), asObject(v)) {
		return
	}
	*s = v
	if p.kind == kObject {
		if x := o.e.unwrap(v); x != nil {
			x.guard(o, p)
		}
	}
	if p.stored != nil {
		p.stored(o)
	}
	// As in Qt's setters, the change signal comes first, then the type's
	// reaction to the new value.
	sig := o.typ.signals[p.notify]
	o.emit(sig, changeArgs(sig, v))
	if p.changed != nil {
		p.changed(o)
	}
}

// sameArray compares two arrays element by element.
func sameArray(a, b *goja.Object) bool {
	if a == nil || b == nil {
		return false
	}
	n := a.Get("length").ToInteger()
	if b.Get("length").ToInteger() != n {
		return false
	}
	for i := int64(0); i < n; i++ {
		k := itoa(int(i))
		if !a.Get(k).StrictEquals(b.Get(k)) {
			return false
		}
	}
	return true
}

func asObject(v goja.Value) *goja.Object {
	o, _ := v.(*goja.Object)
	return o
}

// sameValue compares two property values the way Qt decides whether a
// change signal is due.
func (e *Engine) sameValue(a, b goja.Value) bool {
	if a == b {
		return true
	}
	if ao, ok := a.(*goja.Object); ok {
		if va, vb := e.valueFor(ao), e.valueFor(asObject(b)); va != nil && vb != nil {
			return va.String() == vb.String() && va.class == vb.class && va.invalid == vb.invalid
		}
		bo, ok := b.(*goja.Object)
		if ok && ao.ClassName() == "Date" && bo.ClassName() == "Date" {
			// A date property holds a QDateTime: equal times are no change.
			return ao.ToNumber().ToFloat() == bo.ToNumber().ToFloat()
		}
		return ok && ao == bo
	}
	if _, ok := b.(*goja.Object); ok {
		return false
	}
	return a.StrictEquals(b)
}

// signal is the runtime state of one signal of one object: its connected
// endpoints in connection order.
type signal struct {
	def       *signalDef
	endpoints []*endpoint
	live      int
	// first backs endpoints while there is one: a signal has one
	// receiver more often than not, and the struct's size class has room.
	first [1]*endpoint
}

// endpoint is one receiver of a signal. There is one per connected
// handler and per binding dependency, so it is kept small.
type endpoint struct {
	// exactly one of these is set (funcValue alone until the first call);
	// none once disconnected (dead)
	fn      goja.Callable // JS handler or connect()ed function
	goFn    func(args []goja.Value)
	binding *binding

	// this is fn's this: the receiver of connect(receiver, fn), the scope
	// of a QML handler, nil for undefined (Qt takes no other receiver).
	this      *goja.Object
	funcValue *goja.Object // the function as given to connect(), for disconnect
	handler   *handlerInfo // set for QML handlers (injection warning, errors)
}

// dead reports whether the endpoint was disconnected. Emission loops skip
// it: they run over the receivers connected when emission started.
func (ep *endpoint) dead() bool {
	return ep.fn == nil && ep.goFn == nil && ep.binding == nil && ep.funcValue == nil
}

// thisValue is the this fn is called with.
func (ep *endpoint) thisValue() goja.Value {
	if ep.this == nil {
		return goja.Undefined()
	}
	return ep.this
}

// denseSignals is the number of connected signals from which an object
// keeps them in a slice indexed by signal number instead of a short list:
// most objects (a client's socket, say) have a few of their many signals
// connected.
const denseSignals = 8

// denseSigs reports whether o.sigs is indexed by signal number (it then
// holds nil for the signals not connected yet).
func (o *Object) denseSigs() bool {
	return len(o.sigs) == len(o.typ.signals) && len(o.sigs) > denseSignals
}

// signalAt returns the connection state of a signal, or nil.
func (o *Object) signalAt(s *signalDef) *signal {
	if o.denseSigs() {
		return o.sigs[s.index]
	}
	for _, st := range o.sigs {
		if st != nil && st.def == s {
			return st
		}
	}
	return nil
}

// signalState returns the connection state of a signal, making it.
func (o *Object) signalState(s *signalDef) *signal {
	if st := o.signalAt(s); st != nil {
		return st
	}
	st := &signal{def: s}
	if o.denseSigs() {
		o.sigs[s.index] = st
		return st
	}
	if len(o.sigs) < denseSignals || len(o.typ.signals) <= denseSignals {
		o.sigs = append(o.sigs, st)
		return st
	}
	dense := make([]*signal, len(o.typ.signals))
	for _, x := range o.sigs {
		dense[x.def.index] = x
	}
	dense[s.index] = st
	o.sigs = dense
	return st
}

func (o *Object) connect(s *signalDef, ep *endpoint) {
	st := o.signalState(s)
	if st.endpoints == nil {
		st.endpoints = st.first[:0]
	}
	st.endpoints = append(st.endpoints, ep)
	st.live++
}

func (o *Object) disconnectEndpoint(s *signalDef, ep *endpoint) {
	if ep.dead() {
		return
	}
	*ep = endpoint{}
	st := o.signalState(s)
	st.live--
	if st.live*2 < len(st.endpoints) && len(st.endpoints) > 8 {
		// Compact occasionally; emission loops tolerate dead entries.
		kept := st.endpoints[:0:0]
		for _, e := range st.endpoints {
			if !e.dead() {
				kept = append(kept, e)
			}
		}
		st.endpoints = kept
	}
}

// emit calls every endpoint connected to the signal when emission starts,
// in connection order. An exception in one handler is reported and the
// next one still runs.
func (o *Object) emit(s *signalDef, args []goja.Value) {
	if o.sigs == nil || o.destroyed {
		return
	}
	st := o.signalAt(s)
	if st == nil || st.live == 0 {
		return
	}
	eps := st.endpoints
	for _, ep := range eps {
		if ep.dead() {
			continue
		}
		o.e.deliver(o, ep, args)
		if o.e.quitting && o.e.exitNow {
			return
		}
	}
}

// updateReaders re-evaluates the bindings that read a property, without
// emitting its change signal to anything else.
func (o *Object) updateReaders(name string) {
	p := o.typ.prop(name)
	if p == nil || o.sigs == nil {
		return
	}
	sig := o.typ.signals[p.notify]
	st := o.signalAt(sig)
	if st == nil {
		return
	}
	args := changeArgs(sig, o.get(p))
	for _, ep := range st.endpoints {
		if ep.binding != nil {
			o.e.deliver(o, ep, args)
		}
	}
}

// ListItems returns the objects of a list<T> property (nil entries kept).
func (o *Object) ListItems(name string) []*Object {
	p := o.typ.prop(name)
	if p == nil || p.kind != kList {
		return nil
	}
	return append([]*Object(nil), o.e.listValue(o, p).items...)
}

// SetList replaces the objects of a list<T> property from Go, emits its
// change signal once and runs the type's Changed hook, as an assignment
// from QML does. Loop only.
func (o *Object) SetList(name string, items []*Object) {
	p := o.typ.prop(name)
	if p == nil || p.kind != kList {
		panic("runtime: SetList of " + name + ", not a list property")
	}
	o.e.listValue(o, p).items = append([]*Object(nil), items...)
	o.emit(o.typ.signals[p.notify], nil)
	if p.changed != nil {
		p.changed(o) // as after an assignment from QML
	}
}

// SetListSilently replaces the objects of a list<T> property from Go
// without emitting its change signal or running its Changed hook: a Go
// type fills its lists at creation, before Qt's would have a receiver.
// Loop only.
func (o *Object) SetListSilently(name string, items []*Object) {
	p := o.typ.prop(name)
	if p == nil || p.kind != kList {
		panic("runtime: SetListSilently of " + name + ", not a list property")
	}
	o.e.listValue(o, p).items = append([]*Object(nil), items...)
}

// Connect connects a Go function to a signal of the object (by name,
// "fired" or its handler name "onFired"). It returns the function that
// disconnects it, or false if there is no such signal. Loop only.
func (o *Object) Connect(signal string, f func(args []goja.Value)) (disconnect func(), ok bool) {
	return o.connectGo(signal, f, false)
}

// ConnectFirst is Connect with f called before the receivers connected
// so far, as Qt's item change listeners run before the change signals'
// handlers (a Loader follows its item's size before the item's own
// onWidthChanged runs). Loop only.
func (o *Object) ConnectFirst(signal string, f func(args []goja.Value)) (disconnect func(), ok bool) {
	return o.connectGo(signal, f, true)
}

func (o *Object) connectGo(signal string, f func(args []goja.Value), first bool) (disconnect func(), ok bool) {
	s := o.typ.signal(signal)
	if s == nil {
		if name := signalForHandler(signal); name != "" {
			s = o.typ.signal(name)
		}
	}
	if s == nil {
		return nil, false
	}
	ep := &endpoint{goFn: f}
	o.connect(s, ep)
	if st := o.signalAt(s); first {
		// A new slice: an emission in progress keeps the one it took.
		st.endpoints = append([]*endpoint{ep}, st.endpoints[:len(st.endpoints)-1]...)
	}
	return func() { o.disconnectEndpoint(s, ep) }, true
}

// OnCompleted adds f to the object's Component.onCompleted handlers: it
// runs with them, before handlers declared later (a Go type calling this in
// its Init runs before the document's own handlers). Loop only.
func (o *Object) OnCompleted(f func()) {
	a := o.component()
	a.completed = append(a.completed, o.e.vm.ToValue(func(goja.FunctionCall) goja.Value {
		f()
		return goja.Undefined()
	}))
}

// Children returns the objects whose parent is o, in creation order.
func (o *Object) Children() []*Object { return append([]*Object(nil), o.childList()...) }

// Release detaches an object from its parent's object tree: it is no longer
// destroyed with the parent, and once JavaScript holds no reference to it
// Go's garbage collector reclaims it. Network modules release sockets that
// closed, so that a server's memory does not grow with every connection it
// ever served. Loop only.
func (o *Object) Release() {
	o.detach()
	o.parent = nil
}

// detach removes o from its parent's children.
func (o *Object) detach() {
	if p := o.parent; p != nil && p.links != nil {
		kids := p.links.children
		for i, k := range kids {
			if k == o {
				p.links.children = append(kids[:i], kids[i+1:]...)
				break
			}
		}
	}
}
