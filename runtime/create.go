package runtime

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// qmlContext is a component's naming scope: its ids and its root object,
// whose properties are visible unqualified to every binding of the
// component.
type qmlContext struct {
	doc  *document
	ids  map[string]*Object
	root *Object
	// parent is the context an inline Component was declared in: objects
	// it creates see that context's ids and root properties too.
	parent *qmlContext
	// extra holds the names a view gives its delegate's context (index,
	// modelData, model, roles), seen after the objects' properties;
	// readers, the bindings that read each, to run again when it changes
	// (as a context property's change re-evaluates its readers in Qt).
	extra   map[string]goja.Value
	readers map[string][]*binding
}

// readExtra returns a name of extra, noting the binding being evaluated as
// one of its readers.
func (c *qmlContext) readExtra(e *Engine, name string) (goja.Value, bool) {
	v, ok := c.extra[name]
	if !ok {
		return nil, false
	}
	if b := e.tracking; b != nil {
		if c.readers == nil {
			c.readers = map[string][]*binding{}
		}
		rs := c.readers[name]
		known := false
		for _, r := range rs {
			known = known || r == b
		}
		if !known {
			c.readers[name] = append(rs, b)
		}
	}
	return v, true
}

// setExtra changes a name of extra and re-evaluates the bindings that read
// it.
func (c *qmlContext) setExtra(name string, v goja.Value) {
	if c.extra == nil {
		return
	}
	c.extra[name] = v
	for _, b := range c.readers[name] {
		if !b.removed && !b.updating {
			b.evaluate()
		}
	}
}

// creation collects what a component instantiation must finish once every
// object of the tree exists.
type creation struct {
	after     []func() // Object.AfterComplete's functions
	watches   []func() // views connecting to their models, in order, after those
	bindings  []*binding
	completed []*Object // in Qt's Component.onCompleted order
	created   []*Object // creation order (destruction runs in reverse)
	aliases   []pendingAlias
	required  []*Object
	// Where Qt sets each binding and object up (setupAt), for Qt's orders:
	// the position of every action on the way from the root (see
	// rankActions), kept in one buffer.
	at           []int
	setupBuf     []int
	bindingSetup []span // of bindings
	createdSetup []span // of created
}

// span is a slice of creation.setupBuf.
type span struct{ start, n int32 }

// setupAt records where Qt sets up what is made now.
func (c *creation) setupAt() span {
	sp := span{int32(len(c.setupBuf)), int32(len(c.at))}
	c.setupBuf = append(c.setupBuf, c.at...)
	return sp
}

// setupOrder compares where Qt set two things up.
func (c *creation) setupOrder(x, y span) int {
	return slices.Compare(c.setupBuf[x.start:x.start+x.n], c.setupBuf[y.start:y.start+y.n])
}

type pendingAlias struct {
	obj *Object
	p   *propDef
}

// attachedComponent holds Component.onCompleted / onDestruction handlers.
type attachedComponent struct {
	completed   []goja.Value
	destruction []goja.Value
	// destructionCtx is the context each destruction handler was declared
	// in: destroy() runs a handler only when that context goes too.
	destructionCtx []*qmlContext
	infos          []*handlerInfo
}

// instantiate creates a document's root object and its tree, evaluates the
// bindings and runs the completion handlers.
func (e *Engine) instantiate(d *document, parent *Object) (*Object, error) {
	if d.root.typ == nil {
		return nil, parser.Diagnostics{parser.Errorf(d.ast.Root.Pos, "Type unavailable")}
	}
	return e.instantiateDecl(d.root, &qmlContext{doc: d, ids: map[string]*Object{}}, parent, nil)
}

// instantiateDecl creates an object tree from a declaration in a new
// context ctx, sets the initial properties (which replace bindings, as
// createObject's property map does), evaluates bindings and completes it.
func (e *Engine) instantiateDecl(root *decl, ctx *qmlContext, parent *Object, props *goja.Object) (*Object, error) {
	var in *initialProps
	if props != nil {
		in = &initialProps{values: props}
	}
	return e.instantiateWith(root, ctx, parent, in, false)
}

// initialProps are createObject's initial property values, and the URL its
// warnings about them start with (the component's).
type initialProps struct {
	values *goja.Object
	url    string
	// script: set as JavaScript assignments (incubateObject, the untyped
	// createObject), whose errors name the caller's file and line.
	script bool
	file   string
	line   int
	// ordered: set in the object's order, not by name (a delegate's
	// required properties, in their declaration order).
	ordered bool
}

// setInitial sets the initial properties of a new object as Qt does: in
// the order of their names (Qt holds them in a QVariantMap), each change
// signal as it is set, a value that cannot be assigned or a name the object
// lacks leaving a warning printed once all were tried. A name may be a
// dotted path through object properties ("child.m"), and a read-only
// property takes its value, as QQmlProperty writes it.
func (e *Engine) setInitial(obj *Object, in *initialProps) {
	if in.script {
		e.setInitialScript(obj, in)
		return
	}
	keys := in.values.Keys()
	if !in.ordered {
		sort.Strings(keys)
	}
	var warns []string
	for _, k := range keys {
		target, p := obj, (*propDef)(nil)
		segs := strings.Split(k, ".")
		for i, seg := range segs {
			if p = target.typ.prop(seg); p == nil || i == len(segs)-1 {
				break
			}
			next := e.unwrap(target.get(p))
			if next == nil {
				p = nil
				break
			}
			target = next
		}
		if p == nil {
			warns = append(warns, fmt.Sprintf("%s: Setting initial properties failed: %s does not have a property called %s", e.displayURL(in.url), obj.typ.qmlName(), k))
			continue
		}
		if err := e.catch(func() { target.assign(p, in.values.Get(k), false) }); err != nil {
			warns = append(warns, e.displayURL(in.url)+": Could not set initial property "+k)
		}
	}
	for _, w := range warns {
		e.print(w)
	}
}

// setInitialScript sets initial properties as Qt's incubateObject, and
// createObject called with arguments that fit no typed overload, do: as
// JavaScript assignments in the properties' order, a dotted name reading
// the objects on its way, each failure printed at once with the file and
// line of the call.
func (e *Engine) setInitialScript(obj *Object, in *initialProps) {
	loc := e.displayURL(in.file) + ":" + itoa(in.line) + ": "
	for _, k := range in.values.Keys() {
		v := in.values.Get(k)
		segs := strings.Split(k, ".")
		target := e.wrap(obj)
		err := e.catch(func() {
			for _, seg := range segs[:len(segs)-1] {
				if target = asObject(target.Get(seg)); target == nil {
					return
				}
			}
			if err := target.Set(segs[len(segs)-1], v); err != nil {
				panic(err)
			}
		})
		switch {
		case err != nil:
			e.print(loc + err.Error())
		case target == nil:
			e.print(fmt.Sprintf("%s: Cannot resolve property \"%s\".", e.displayURL(in.url), k))
		}
	}
}

// unsetRequired is the error of a creation that left required properties
// unset (createObject checks them before completing the object).
type unsetRequired struct{ parser.Diagnostics }

// instantiateWith is instantiateDecl; with requiredFirst (createObject) the
// required properties are checked once the initial properties are set,
// before any binding is evaluated or handler run: if one is unset, the new
// objects are discarded without completion and the error is an
// *unsetRequired, as Qt's QQmlComponent::createObject does.
func (e *Engine) instantiateWith(root *decl, ctx *qmlContext, parent *Object, props *initialProps, requiredFirst bool) (*Object, error) {
	c := &creation{}
	initial := e.pendingInitial
	e.pendingInitial = nil
	e.creating++
	if e.rootCtx == nil && ctx.doc == e.rootDoc {
		e.rootCtx = ctx
	}
	obj, order, err := e.create(root, ctx, parent, c, true)
	c.completed = order
	if obj != nil {
		obj.creatingRoot = true
		defer func() { obj.creatingRoot = false }()
	}
	if err == nil && props != nil {
		e.setInitial(obj, props)
	}
	if err == nil && requiredFirst {
		if ds := e.unsetRequired(c, true); len(ds) > 0 {
			e.creating--
			e.deferredErrors = nil
			e.discard(c, obj)
			return nil, &unsetRequired{ds}
		}
	}
	if err == nil && initial != nil {
		err = e.catch(func() { initial(obj) })
	}
	if err == nil {
		err = e.finish(c)
	}
	if err == nil && initial != nil {
		// An incubation (Instantiate) checks the required properties
		// before completing the object. When one is missing Qt's
		// incubator gives up on the object without deleting it: it stays
		// its parent's child, never completed, and no onDestruction
		// handler of its tree runs.
		if err = e.checkRequired(c); err != nil {
			for _, x := range obj.subtree() {
				if a := x.peek().attached; a != nil {
					a.destruction, a.destructionCtx = nil, nil
				}
			}
		}
	}
	if err != nil {
		e.creating--
		e.deferredErrors = nil
		return nil, err
	}
	// Binding errors raised up to the end of Component.onCompleted are
	// reported after it, as Qt does.
	e.complete(c)
	e.creating--
	if e.creating == 0 {
		e.flushDeferredErrors()
	}
	if err := e.checkRequired(c); err != nil {
		return nil, err
	}
	return obj, nil
}

// create builds the object for a declaration (and, recursively, its
// children) in context ctx.
// It also returns the objects it made in Qt's Component.onCompleted order
// (see apply).
func (e *Engine) create(d *decl, ctx *qmlContext, parent *Object, c *creation, isRoot bool) (*Object, []*Object, error) {
	o := e.newObject(d.typ, ctx, parent)
	if d.ast != nil {
		o.more().declAt = &d.ast.Pos
	}
	if isRoot {
		ctx.root = o
	}
	c.created = append(c.created, o)
	c.createdSetup = append(c.createdSetup, c.setupAt())
	kids, placed, err := e.apply(o, d, ctx, c)
	if err != nil {
		return nil, nil, err
	}
	if !placed {
		kids = append([]*Object{o}, kids...)
	}
	return o, kids, nil
}

// newObject allocates an object of type t with default property values and
// runs the Go types' Init hooks.
func (e *Engine) newObject(t *Type, ctx *qmlContext, parent *Object) *Object {
	e.nextID++
	o := &Object{e: e, typ: t, ctx: ctx, id: e.nextID, parent: parent}

	o.props = make([]goja.Value, len(t.props))
	for _, p := range t.props {
		if p.kind == kList {
			e.listValue(o, p)
			continue
		}
		o.props[p.index] = e.sharedDefault(p)
	}
	if parent != nil {
		l := parent.madeLinks()
		l.children = append(l.children, o)
	}
	for _, s := range t.goSpecs() {
		if s.Init != nil {
			s.Init(o)
		}
	}
	return o
}

// apply runs a declaration's actions on o. For an instance of a file
// component, the component's own declaration is applied first, in the
// component's context.
//
// It returns the objects it made in Qt's Component.onCompleted order, which
// is the reverse of the order in which their Component attached objects were
// created: for one declaration, the object, its default-property children
// in reverse order, then the objects assigned to its properties, each
// followed by its own subtree; a file component's own declaration is
// populated before the using one, so everything it made completes after
// what the using declaration made. The object itself sits where its
// innermost Component handler was declared; placed reports whether it was.
func (e *Engine) apply(o *Object, d *decl, ctx *qmlContext, c *creation) (order []*Object, placed bool, err error) {
	var props, defaults [][]*Object
	var inner []*Object
	if comp := componentOf(d.typ); comp != nil && d != comp.root {
		// The component's own code also sees the ids and root properties
		// of the document that uses it (Qt's context chain).
		ictx := &qmlContext{doc: comp.doc, ids: map[string]*Object{}, root: o, parent: ctx}
		n := len(c.aliases)
		c.at = append(c.at, 0) // Qt populates the component's root first
		inner, placed, err = e.apply(o, comp.root, ictx, c)
		c.at = c.at[:len(c.at)-1]
		if err != nil {
			return nil, false, err
		}
		// The component's aliases work before the using declaration sets
		// them, so its values reach the alias targets (Qt resolves a
		// component's aliases when it has been populated).
		kept := c.aliases[:n]
		for _, pa := range c.aliases[n:] {
			if pa.obj.resolveAlias(pa.p) != nil {
				kept = append(kept, pa)
			}
		}
		c.aliases = kept
	} else if qmlFileType(d.typ) {
		// Qt's file for the type has its own Component.onCompleted, so
		// the object completes after what the using declaration made.
		inner, placed = []*Object{o}, true
	}
	if d.id != "" {
		ctx.ids[d.id] = o
	}
	if d.template != nil {
		o.Data = &componentData{template: d.template, ctx: ctx}
	}
	for _, a := range d.actions {
		c.at = append(c.at, 1+a.rank)
		err := e.act(o, d, ctx, c, a, &props, &defaults)
		c.at = c.at[:len(c.at)-1]
		if err != nil {
			return nil, false, err
		}
	}
	var out []*Object
	if !placed && d.hasAttached() {
		out, placed = append(out, o), true
	}
	for i := len(defaults) - 1; i >= 0; i-- {
		out = append(out, defaults[i]...)
	}
	for _, p := range props {
		out = append(out, p...)
	}
	return append(out, inner...), placed, nil
}

// act runs one action of a declaration on o, adding the objects it makes
// (in Component.onCompleted order) to those made for properties or for
// the default property.
func (e *Engine) act(o *Object, d *decl, ctx *qmlContext, c *creation, a *action, props, defaults *[][]*Object) error {
	switch a.kind {
	case actLiteral:
		if a.name == "required" {
			x := o.more()
			if x.requiredNames == nil {
				x.requiredNames = map[string]bool{}
			}
			x.requiredNames[a.prop.name] = true
			return nil
		}
		lit := e.vm.ToValue(a.literal)
		if g, ok := a.literal.(geometry); ok {
			lit = e.newValueObj(&valueObj{class: g.class, x: g.x, y: g.y, w: g.w, h: g.h})
		}
		if a.prop.custom {
			v := lit
			x := o.more()
			x.custom = append(x.custom, CustomProperty{Name: a.prop.name, eval: func() (goja.Value, error) { return v, nil }})
			return nil
		}
		val, err := e.coerce(a.prop, lit)
		if err != nil {
			return parser.Diagnostics{parser.Errorf(a.pos, "%v", err)}
		}
		if at := o.peek().aliases[a.prop.index]; a.prop.kind == kAlias && at != nil && at.prop != nil && at.obj != nil {
			at.obj.assign(at.prop, val, false)
			return nil
		}
		// A value replaces a binding an inner declaration (the
		// component's own file) put on the property.
		o.removeBinding(a.prop)
		if a.prop.set != nil {
			var ok bool
			if val, ok = a.prop.set(o, val); !ok {
				return nil
			}
		}
		o.props[a.prop.index] = val
		o.markSet(a.prop.index)
		if a.prop.stored != nil {
			a.prop.stored(o)
		}
		if a.prop.changed != nil {
			a.prop.changed(o)
		}
	case actBinding:
		f := e.sharedBinding(ctx, o, a.role)
		if a.prop.custom {
			this := e.wrap(o)
			x := o.more()
			x.custom = append(x.custom, CustomProperty{Name: a.prop.name, fn: f, this: this, eval: func() (goja.Value, error) { return e.callJS(f, this) }})
			return nil
		}
		b := &binding{obj: o, prop: a.prop, fn: f, this: e.wrap(o), pending: true, pos: a.pos}
		o.removeBinding(a.prop)
		if at := o.peek().aliases[a.prop.index]; a.prop.kind == kAlias && at != nil && at.prop != nil && at.obj != nil {
			at.obj.removeBinding(at.prop)
		}
		o.setBindingOf(a.prop.index, b)
		o.markSet(a.prop.index)
		c.bindings = append(c.bindings, b)
		c.bindingSetup = append(c.bindingSetup, c.setupAt())
	case actObject:
		child, order, err := e.create(a.child, ctx, o, c, false)
		if err != nil {
			return err
		}
		*props = append(*props, order)
		o.props[a.prop.index] = e.wrap(child)
		o.markSet(a.prop.index)
		if a.prop.kind == kObject {
			child.guard(o, a.prop)
		}
	case actList:
		var vals []any
		var items [][]*Object
		for i, kd := range a.list {
			c.at = append(c.at, i)
			child, order, err := e.create(kd, ctx, o, c, false)
			c.at = c.at[:len(c.at)-1]
			if err != nil {
				return err
			}
			items = append(items, order)
			if a.prop.kind == kList {
				o.appendDeclared(a.prop, child)
			} else {
				vals = append(vals, e.wrap(child))
			}
		}
		// The items of a list complete last first.
		var group []*Object
		for i := len(items) - 1; i >= 0; i-- {
			group = append(group, items[i]...)
		}
		*props = append(*props, group)
		if a.prop.custom {
			arr := e.vm.NewArray(vals...)
			x := o.more()
			x.custom = append(x.custom, CustomProperty{Name: a.prop.name, eval: func() (goja.Value, error) { return arr, nil }})
			return nil
		}
		if a.prop.kind != kList {
			o.props[a.prop.index] = e.vm.NewArray(vals...)
		}
		o.markSet(a.prop.index)
	case actDefault:
		child, order, err := e.create(a.child, ctx, o, c, false)
		if err != nil {
			return err
		}
		*defaults = append(*defaults, order)
		if a.prop.kind == kList {
			o.appendDeclared(a.prop, child)
		} else {
			o.props[a.prop.index] = e.wrap(child)
			if a.prop.kind == kObject {
				child.guard(o, a.prop)
			}
		}
		o.markSet(a.prop.index)
	case actHandler:
		fn, ok := goja.AssertFunction(e.makeFunction(ctx, o, a.role))
		if !ok {
			return parser.Diagnostics{parser.Errorf(a.pos, "Signal handler must be a function")}
		}
		o.connect(a.sig, &endpoint{fn: fn, this: e.wrap(o), handler: a.handler})
	case actAttached:
		fn := e.makeFunction(ctx, o, a.role)
		at := o.component()
		if a.name == "onCompleted" {
			at.completed = append(at.completed, fn)
		} else {
			at.destruction = append(at.destruction, fn)
			at.destructionCtx = append(at.destructionCtx, ctx)
		}
	case actFunction:
		x := o.more()
		if x.methods == nil {
			x.methods = map[string]goja.Value{}
		}
		x.methods[a.name] = e.makeFunction(ctx, o, a.role)
	case actAlias:
		c.aliases = append(c.aliases, pendingAlias{obj: o, p: a.prop})
		x := o.more()
		if x.aliases == nil {
			x.aliases = map[int]*aliasTarget{}
		}
		x.aliases[a.prop.index] = &aliasTarget{ctx: ctx, decl: a.alias}
	case actGroup:
		target := o.slotValue(a.prop)
		gobj, ok := target.(*goja.Object)
		if !ok || e.objectFor(gobj) == nil {
			return nil
		}
		// Bindings inside a group (anchors.fill: parent) are
		// evaluated in the scope of the object that owns the group.
		e.objectFor(gobj).more().groupOwner = o
		kids, _, err := e.apply(e.objectFor(gobj), a.child, ctx, c)
		if err != nil {
			return err
		}
		*props = append(*props, kids)
	case actValueSource:
		hook := valueSourceHook(a.child.typ)
		if hook == nil {
			return nil
		}
		child, order, err := e.create(a.child, ctx, o, c, false)
		if err != nil {
			return err
		}
		*defaults = append(*defaults, order)
		hook(child, o, a.name)
	case actConnectionsHandler:
		fn := e.makeFunction(ctx, o, a.role)
		connectionsAddLegacy(o, a.name, fn, a.handler)
	}
	return nil
}

// hasAttached reports whether the declaration uses the Component attached
// object (Component.onCompleted or Component.onDestruction).
func (d *decl) hasAttached() bool {
	for _, a := range d.actions {
		if a.kind == actAttached {
			return true
		}
	}
	return false
}

// valueSourceHook finds the ValueSource hook of a type or its bases.
func valueSourceHook(t *Type) func(o, target *Object, property string) {
	for x := t; x != nil; x = x.base {
		if x.spec != nil && x.spec.ValueSource != nil {
			return x.spec.ValueSource
		}
	}
	return nil
}

// qmlFileType reports whether a type is or extends a QMLFile type.
func qmlFileType(t *Type) bool {
	for x := t; x != nil; x = x.base {
		if x.spec != nil && x.spec.QMLFile {
			return true
		}
	}
	return false
}

func componentOf(t *Type) *component {
	for x := t; x != nil; x = x.base {
		if x.component != nil {
			return x.component
		}
	}
	return nil
}

// finish resolves aliases, checks required properties and evaluates the
// bindings of a new tree in Qt's order, the reverse of the order it set
// them up in (bindings read before they were evaluated are evaluated on
// demand).
func (e *Engine) finish(c *creation) error {
	for _, pa := range c.aliases {
		if err := pa.obj.resolveAlias(pa.p); err != nil {
			return err
		}
	}
	c.replaceAliasTargetBindings()
	for _, i := range c.qtBindingOrder() {
		if b := c.bindings[i]; b.pending && !b.removed {
			b.evaluate()
		}
	}
	return nil
}

// replaceAliasTargetBindings removes the bindings of the properties that
// bindings of the new tree's aliases target: a binding on an alias
// replaces its target's, as in Qt, also when the alias was not resolved
// yet when the binding was made (an alias of the same object).
func (c *creation) replaceAliasTargetBindings() {
	for _, b := range c.bindings {
		if b.prop.kind != kAlias || b.removed {
			continue
		}
		at := b.obj.peek().aliases[b.prop.index]
		if at == nil || at.prop == nil || at.obj == nil {
			continue
		}
		if tb := at.obj.bindingOf(at.prop.index); tb != nil && tb != b {
			at.obj.removeBinding(at.prop)
		}
	}
}

// qtBindingOrder lists the indexes of c.bindings in Qt's order of
// evaluation: last set up first, then those of bindable properties in the
// order they were set up.
func (c *creation) qtBindingOrder() []int {
	idx := make([]int, len(c.bindings))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		bx, by := c.bindings[x].prop.bindable, c.bindings[y].prop.bindable
		switch {
		case bx != by && bx:
			return 1
		case bx != by:
			return -1
		case bx:
			return c.setupOrder(c.bindingSetup[x], c.bindingSetup[y])
		}
		return c.setupOrder(c.bindingSetup[y], c.bindingSetup[x])
	})
	return idx
}

// checkRequired reports the first required property left unset; Qt checks
// after the completion handlers ran.
func (e *Engine) checkRequired(c *creation) error {
	if ds := e.unsetRequired(c, false); len(ds) > 0 {
		return ds
	}
	return nil
}

// unsetRequired lists the required properties of a new tree left unset:
// the first one, or with all every one (createObject reports them all).
func (e *Engine) unsetRequired(c *creation, all bool) parser.Diagnostics {
	var ds parser.Diagnostics
	var checked map[*propDef]*Object
	for _, o := range c.created {
		for _, p := range o.typ.props {
			if isRequired(o, p) && !o.isSet(p.index) {
				if checked == nil {
					checked = c.checkedRequired()
				}
				if checked[p] != o {
					continue
				}
				pos := o.declPos()
				if prop, ok := p.decl.(*parser.Property); ok && !o.peek().requiredNames[p.name] {
					pos = prop.Pos
				}
				ds = append(ds, parser.Errorf(pos, "Required property %s was not initialized", p.name))
				if !all {
					return ds
				}
			}
		}
	}
	return ds
}

// isRequired reports whether a property of o must be set when o is made.
func isRequired(o *Object, p *propDef) bool {
	return (p.required || o.peek().requiredNames[p.name]) && p.kind != kAlias
}

// checkedRequired returns, for each required property, the object of the
// creation whose value Qt checks: Qt notes a required property per
// property of a type, not per object, so the instance it set up last
// decides; an instance left unset goes unreported when one set up after it
// sets the property.
func (c *creation) checkedRequired() map[*propDef]*Object {
	checked := map[*propDef]*Object{}
	at := map[*propDef]span{}
	for i, o := range c.created {
		for _, p := range o.typ.props {
			if !isRequired(o, p) {
				continue
			}
			if prev, ok := at[p]; !ok || c.setupOrder(prev, c.createdSetup[i]) <= 0 {
				checked[p], at[p] = o, c.createdSetup[i]
			}
		}
	}
	return checked
}

// discard deletes the objects of a creation that is abandoned before
// completion: no Component.onDestruction runs (they never completed).
func (e *Engine) discard(c *creation, root *Object) {
	for _, o := range c.created {
		if a := o.peek().attached; a != nil {
			a.destruction, a.destructionCtx = nil, nil
		}
	}
	e.destroyObject(root)
}

// complete runs componentComplete hooks and Component.onCompleted handlers.
func (e *Engine) complete(c *creation) {
	prev := e.completing
	e.completing = c
	for _, o := range c.created {
		for _, s := range o.typ.goSpecs() {
			if s.Complete != nil {
				s.Complete(o)
			}
		}
	}
	e.completing = prev
	// Last registered first: Qt completes the objects of a creation in
	// reverse order, so an inner Column is laid out before the outer one
	// and a Loader loads before the Column it is in lays it out.
	for i := len(c.after) - 1; i >= 0; i-- {
		c.after[i]()
	}
	for _, f := range c.watches {
		f()
	}
	for _, o := range c.completed {
		o.completed = true
		e.completeN++
		o.completeSeq = e.completeN
		a := o.peek().attached
		if a == nil {
			continue
		}
		for _, fn := range a.completed {
			if f, ok := goja.AssertFunction(fn); ok {
				if _, err := e.callJS(f, e.wrap(o)); err != nil {
					e.reportException(err)
				}
			}
		}
	}
}

// dropInterrupted destroys a tree made from JavaScript (createObject,
// Qt.createQmlObject, a singleton's first use) when an interrupt cut its
// creation short: a binding or handler of the tree ran past the script
// timeout, so the rest of the creation, Component.onCompleted included,
// did not run. Qt never leaves such an object, so it goes as if the
// creation had failed; its onDestruction handlers are stopped like the
// rest of the call, its Go Destroy hooks free what Init took (sockets,
// timers). It reports whether obj was dropped.
func (e *Engine) dropInterrupted(obj *Object) bool {
	if !e.watch.cutShort() {
		return false
	}
	e.destroyObject(obj)
	return true
}

// destroyObject destroys an object tree: onDestruction handlers run in
// reverse order of creation, then Go Destroy hooks.
func (e *Engine) destroyObject(o *Object) {
	all := o.subtree()
	if len(e.orphans) > 0 {
		for _, x := range all {
			delete(e.orphans, x) // also one reparented since
		}
	}
	for i := len(all) - 1; i >= 0; i-- {
		x := all[i]
		if x.destroyed {
			continue
		}
		x.destroying = true
		if a := x.peek().attached; a != nil {
			for _, fn := range a.destruction {
				if f, ok := goja.AssertFunction(fn); ok {
					if _, err := e.callJS(f, e.wrap(x)); err != nil {
						e.reportException(err)
					}
				}
			}
		}
	}
	for _, x := range all {
		x.dead = true
	}
	for i := len(all) - 1; i >= 0; i-- {
		x := all[i]
		if x.destroyed {
			continue
		}
		for _, s := range x.typ.goSpecs() {
			if s.Destroy != nil {
				s.Destroy(x)
			}
		}
		x.destroyed = true
		x.releaseGuards()
		if x.links != nil {
			for _, b := range x.links.bindings {
				if b != nil {
					b.remove()
				}
			}
		}
	}
	o.detach()
}

// subtree lists o and its descendants depth first, each object before its
// children (creation order).
func (o *Object) subtree() []*Object {
	return o.appendSubtree(nil)
}

func (o *Object) appendSubtree(all []*Object) []*Object {
	all = append(all, o)
	for _, ch := range o.childList() {
		all = ch.appendSubtree(all)
	}
	return all
}

// destroyTree implements destroy() as Qt deletes an object tree: going
// down the tree in creation order, each object that owns a context (the
// root of a component instance) emits Component.onDestruction for the
// objects of its context, last created first, as Qt's context does (at
// shutdown the order is the reverse of creation throughout).
func (e *Engine) destroyTree(o *Object) {
	all := o.subtree()
	gone := map[*Object]bool{}
	for _, x := range all {
		gone[x] = true
	}
	type handler struct {
		obj *Object
		fn  goja.Value
	}
	groups := map[*Object][]handler{}
	for _, x := range all {
		a := x.peek().attached
		if x.destroyed || a == nil {
			continue
		}
		for i, fn := range a.destruction {
			// A context ends with the object that owns it; a handler
			// whose context outlives the tree never runs (it goes with
			// its object).
			owner := x
			if ctx := a.destructionCtx[i]; ctx != nil && ctx.root != nil {
				owner = ctx.root
			}
			if gone[owner] {
				groups[owner] = append(groups[owner], handler{x, fn})
			}
		}
		a.destruction, a.destructionCtx = nil, nil
	}
	for _, x := range all {
		g := groups[x]
		for i := len(g) - 1; i >= 0; i-- {
			if f, ok := goja.AssertFunction(g[i].fn); ok {
				if _, err := e.callJS(f, e.wrap(g[i].obj)); err != nil {
					e.reportException(err)
				}
			}
		}
	}
	e.destroyObject(o)
}

// declPos returns where the object was declared (for warnings).
func (o *Object) declPos() parser.Pos {
	if at := o.peek().declAt; at != nil && at.Line != 0 {
		return *at // its own declaration, where several share a type
	}
	if o.ctx != nil && o.ctx.doc != nil {
		if p, ok := o.ctx.doc.positions()[o.typ]; ok {
			return p
		}
		return o.ctx.doc.ast.Root.Pos
	}
	return parser.Pos{Filename: "<Unknown File>"}
}

// Warnf prints a warning about the object as Qt's qmlWarning(object)
// does: "URL:LINE:COLUMN: QML Type: message", at its declaration.
func (o *Object) Warnf(format string, args ...any) {
	pos := o.declPos()
	o.e.print(fmt.Sprintf("%s:%d:%d: QML %s: %s", o.e.displayURL(pos.Filename), pos.Line, pos.Column,
		o.qmlTypeName(), fmt.Sprintf(format, args...)))
}

// positions maps anonymous types to the position of their declaration.
func (d *document) positions() map[*Type]parser.Pos {
	m := map[*Type]parser.Pos{}
	var walk func(x *decl)
	walk = func(x *decl) {
		if x == nil {
			return
		}
		if x.typ != nil {
			if _, ok := m[x.typ]; !ok {
				m[x.typ] = x.ast.Pos
			}
		}
		for _, a := range x.actions {
			walk(a.child)
			for _, l := range a.list {
				walk(l)
			}
		}
	}
	walk(d.root)
	return m
}

// qmlName is the QML name of a type (of its first named base).
func (t *Type) qmlName() string {
	for x := t; x != nil; x = x.base {
		if !x.anonymous {
			return x.name
		}
	}
	return "QtObject"
}

// qmlTypeName is the QML name used in warnings: "QtObject", "Timer", or a
// component's file name.
func (o *Object) qmlTypeName() string {
	for t := o.typ; t != nil; t = t.base {
		if !t.anonymous {
			return t.name
		}
	}
	return "QtObject"
}

// makeFunction instantiates a compiled script for an object: the maker is
// called with the object's scope and returns the function (or value).
func (e *Engine) makeFunction(ctx *qmlContext, o *Object, role int) goja.Value {
	maker := ctx.doc.makers[role]
	scope := o
	if g := o.peek().groupOwner; g != nil {
		scope = g
	}
	v, err := maker(goja.Undefined(), e.scope(scope, ctx))
	if err != nil {
		e.reportException(err)
		return goja.Undefined()
	}
	return v
}

// sharedBinding is a property binding's script for an object. It starts as
// the document's one function for the binding, called with the object's
// scope: most bindings are evaluated once or twice, and making a function
// per object (a goja function object with its property map) costs more
// than entering the with statement per call. A binding evaluated more
// often than that gets a function of its own, which enters the scope once.
func (e *Engine) sharedBinding(ctx *qmlContext, o *Object, role int) goja.Callable {
	scope := o
	if g := o.peek().groupOwner; g != nil {
		scope = g
	}
	b := &scopedBinding{e: e, doc: ctx.doc, role: role, scope: e.scope(scope, ctx)}
	return b.call
}

// sharedCalls is how many times a binding runs the shared function before
// it gets a function of its own.
const sharedCalls = 2

type scopedBinding struct {
	e     *Engine
	doc   *document
	scope *goja.Object
	own   goja.Callable // the object's own function, once made
	role  int
	calls int
}

func (b *scopedBinding) call(this goja.Value, _ ...goja.Value) (goja.Value, error) {
	if b.own != nil {
		return b.own(this)
	}
	if b.calls++; b.calls > sharedCalls {
		if m, ok := b.e.closureMaker(b.doc, b.role); ok {
			if f, err := m(goja.Undefined(), b.scope); err == nil {
				if own, ok := goja.AssertFunction(f); ok {
					b.own = own
					return own(this)
				}
			}
		}
	}
	return b.doc.makers[b.role](this, b.scope)
}

// checkInjection prints Qt 6.4's deprecation warning the first time a
// handler that uses injected signal parameters runs.
func (e *Engine) checkInjection(h *handlerInfo) {
	if h.injected == "" || e.injectWarn[h] {
		return
	}
	e.injectWarn[h] = true
	e.print("qt.qml.context: " + h.url + ":" + itoa(h.pos.Line) + ":" + itoa(h.pos.Column) +
		" Parameter \"" + h.injected + "\" is not declared. Injection of parameters into signal handlers is deprecated. Use JavaScript functions with formal parameters instead.")
}

// CreateObject creates an instance of a Go-implemented type from a
// registered module, as a child of parent (nil for none), runs its Init and
// Complete hooks, and returns it. Loop only.
func (e *Engine) CreateObject(module, typeName string, parent *Object) (*Object, error) {
	mt := e.reg.modules[module]
	if mt != nil {
		e.reg.ensure(mt)
	}
	if mt == nil || mt.types[typeName] == nil {
		return nil, &Error{Message: typeName + " is not a type"}
	}
	t := mt.types[typeName]
	o := e.newObject(t, nil, parent)
	for _, s := range t.goSpecs() {
		if s.Complete != nil {
			s.Complete(o)
		}
	}
	o.completed = true
	return o, nil
}

// Destroy destroys an object created with CreateObject (and its children).
func (o *Object) Destroy() {
	if !o.destroyed {
		o.e.destroyObject(o)
	}
}

// Completed reports whether the object's creation has finished (its
// declared values and bindings are in place).
func (o *Object) Completed() bool { return o.completed }

// lookupID finds the object with the given id in the context or the ones
// it was declared in.
func (c *qmlContext) lookupID(id string) *Object {
	for ; c != nil; c = c.parent {
		if o, ok := c.ids[id]; ok {
			return o
		}
	}
	return nil
}

// AfterComplete, called from a Complete hook, runs f once every object of
// that creation has run its Complete hook, before the Component.onCompleted
// handlers (a Column lays out the items a Repeater inside it made). The
// functions run in the reverse order of their registration, as Qt completes
// objects (children before their parents). Called elsewhere, f runs at
// once. Loop only.
func (o *Object) AfterComplete(f func()) {
	c := o.e.completing
	if c == nil {
		f()
		return
	}
	c.after = append(c.after, f)
}

// noteOrphan records an object JavaScript created without a parent: it
// lives until destroyed, and at shutdown it goes with the engine.
func (e *Engine) noteOrphan(o *Object) {
	if o.parent != nil {
		return
	}
	if e.orphans == nil {
		e.orphans = map[*Object]struct{}{}
	}
	e.orphans[o] = struct{}{}
}

// shutdownDestruction runs the Component.onDestruction handlers of every
// live object when the engine ends, in Qt's order, which follows the tree
// of contexts: a context's own objects (those whose handlers it declared
// first) newest completed first, then its child contexts — instances
// created from JavaScript, newest first, then the component instances its
// document declared, in completion order — each in turn the same way.
// Objects JavaScript created without a parent are included.
func (e *Engine) shutdownDestruction(root *Object) {
	top := e.rootCtx
	if top == nil {
		return // destroyObject runs the handlers in reverse creation order
	}
	type node struct {
		own  []*Object
		kids []*qmlContext
	}
	nodes := map[*qmlContext]*node{}
	get := func(c *qmlContext) *node {
		n := nodes[c]
		if n == nil {
			n = &node{}
			nodes[c] = n
		}
		return n
	}
	var link func(c *qmlContext)
	link = func(c *qmlContext) {
		if c == top {
			get(c)
			return
		}
		if _, ok := nodes[c]; ok {
			return
		}
		get(c)
		p := c.parent
		if p == nil {
			p = top // Qt.createComponent's instances: the creating context
		}
		link(p)
		nodes[p].kids = append(nodes[p].kids, c)
	}
	roots := []*Object{root}
	for o := range e.orphans {
		roots = append(roots, o)
	}
	for _, r := range roots {
		for _, x := range r.subtree() {
			a := x.peek().attached
			if x.destroyed || a == nil || len(a.destruction) == 0 {
				continue
			}
			home := a.destructionCtx[0]
			if home == nil {
				home = top
			}
			link(home)
			nodes[home].own = append(nodes[home].own, x)
		}
	}
	seq := func(c *qmlContext) int {
		if c.root == nil {
			return 0
		}
		return c.root.completeSeq
	}
	dynamic := func(c *qmlContext) bool { return c.root != nil && c.root.dynamic }
	var emit func(c *qmlContext)
	emit = func(c *qmlContext) {
		n := get(c)
		sort.SliceStable(n.own, func(i, j int) bool { return n.own[i].completeSeq > n.own[j].completeSeq })
		for _, x := range n.own {
			a := x.peek().attached
			if a == nil {
				continue
			}
			fns := a.destruction
			a.destruction, a.destructionCtx = nil, nil
			for _, fn := range fns {
				if f, ok := goja.AssertFunction(fn); ok {
					if _, err := e.callJS(f, e.wrap(x)); err != nil {
						e.reportException(err)
					}
				}
			}
		}
		sort.SliceStable(n.kids, func(i, j int) bool {
			a, b := n.kids[i], n.kids[j]
			if dynamic(a) != dynamic(b) {
				return dynamic(a)
			}
			if dynamic(a) {
				return seq(a) > seq(b)
			}
			return seq(a) < seq(b)
		})
		for _, k := range n.kids {
			emit(k)
		}
	}
	emit(top)
}

// attachedValue is the Component attached object of o as JavaScript reads
// it (obj.Component): its completed and destruction signals take
// functions with connect() and disconnect(), which run after the handlers
// declared in QML, as in Qt (w.Component.destruction.connect(f) is how code
// learns that an object it created went away).
func (e *Engine) attachedValue(o *Object) *goja.Object {
	if a := o.peek().attachedJS; a != nil {
		return a
	}
	obj := e.vm.NewObject()
	signal := func(destruction bool) *goja.Object {
		list := func() *[]goja.Value {
			if destruction {
				return &o.component().destruction
			}
			return &o.component().completed
		}
		// Emitting the attached signals from JavaScript does nothing.
		fn := e.nativeFunc(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		// The arguments are checked as any signal's (the receiver is
		// not kept: these functions run with the attaching object).
		fn.Set("connect", e.nativeFunc(func(call goja.FunctionCall) goja.Value {
			_, f := e.connectArguments("connect", call)
			l := list()
			*l = append(*l, f)
			if destruction {
				// No declaring context: it runs whenever the object goes.
				at := o.component()
				at.destructionCtx = append(at.destructionCtx, nil)
			}
			return goja.Undefined()
		}))
		fn.Set("disconnect", e.nativeFunc(func(call goja.FunctionCall) goja.Value {
			_, f := e.connectArguments("disconnect", call)
			l := list()
			for i, g := range *l {
				if g.StrictEquals(f) {
					*l = append((*l)[:i:i], (*l)[i+1:]...)
					if at := o.component(); destruction && i < len(at.destructionCtx) {
						at.destructionCtx = append(at.destructionCtx[:i:i], at.destructionCtx[i+1:]...)
					}
					break
				}
			}
			return goja.Undefined()
		}))
		return fn
	}
	obj.Set("completed", signal(false))
	obj.Set("destruction", signal(true))
	o.more().attachedJS = obj
	return obj
}
