package runtime

import (
	"errors"
	"fmt"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// binding keeps a property equal to a JavaScript expression. Dependencies
// are captured on every evaluation: each property read while the
// expression runs subscribes the binding to that property's change signal
// (at once, as Qt does, so a write during the evaluation re-enters it and is
// reported as a binding loop); subscriptions not renewed by the latest
// evaluation are dropped afterwards, so a conditional binding depends only
// on what it last read.
type binding struct {
	obj  *Object
	prop *propDef
	fn   goja.Callable
	this goja.Value

	deps     []dep
	epoch    uint32
	pos      parser.Pos // of the property binding in the document, for warnings
	pending  bool       // not evaluated yet (creation in progress)
	updating bool       // evaluating or writing: re-entry is a binding loop
	removed  bool
}

type dep struct {
	obj   *Object
	sig   int
	ep    *endpoint
	epoch uint32
}

// track records that the binding being evaluated read a property of o whose
// change signal is sig.
func (e *Engine) track(o *Object, sig int) {
	b := e.tracking
	if b == nil || o.destroyed {
		return
	}
	for i := range b.deps {
		d := &b.deps[i]
		if d.obj == o && d.sig == sig {
			d.epoch = b.epoch
			return
		}
	}
	ep := &endpoint{binding: b}
	o.connect(o.typ.signals[sig], ep)
	b.deps = append(b.deps, dep{obj: o, sig: sig, ep: ep, epoch: b.epoch})
}

// evaluate runs the expression and writes its value to the property.
func (b *binding) evaluate() {
	e := b.obj.e
	if b.removed || b.obj.destroyed {
		return
	}
	if b.updating {
		e.warnBindingLoop(b)
		return
	}
	b.pending = false
	b.updating = true
	b.epoch++
	prev := e.tracking
	e.tracking = b
	v, err := e.callJS(b.fn, b.this)
	e.tracking = prev
	// Drop the dependencies this evaluation did not renew.
	kept := b.deps[:0]
	for _, d := range b.deps {
		if d.epoch == b.epoch {
			kept = append(kept, d)
		} else {
			d.obj.disconnectEndpoint(d.obj.typ.signals[d.sig], d.ep)
		}
	}
	for i := len(kept); i < len(b.deps); i++ {
		b.deps[i] = dep{}
	}
	b.deps = kept
	if err != nil {
		e.bindingError(b, err)
		b.updating = false
		return
	}
	// A held error is dropped when an evaluation succeeds, assignment
	// included; one that fails again keeps its place in the list (Qt's
	// delayed error stays registered).
	if !b.removed && b.prop.kind == kList {
		if err := e.catch(func() { b.obj.assignList(b.prop, v) }); err != nil {
			e.bindingAssignError(b, v, err)
		} else {
			e.bindingRecovered(b)
		}
	} else if b.removed {
		e.bindingRecovered(b)
	} else if !b.removed && goja.IsUndefined(v) && b.prop.name == "objectName" && b.prop.decl == nil {
		// objectName is a bindable QProperty in Qt 6: a binding giving
		// undefined resets it, with a warning of its own, printed at once
		// even while a creation is in progress.
		pos := b.pos
		if pos.Line > 0 {
			e.print(fmt.Sprintf("%s:%d:%d: QML %s: Unable to assign [undefined] to \"objectName\"",
				e.displayURL(pos.Filename), pos.Line, pos.Column, b.obj.qmlTypeName()))
		}
		e.bindingRecovered(b)
		b.obj.write(b.prop, e.vm.ToValue(""))
	} else if !b.removed && goja.IsUndefined(v) && b.prop.reset != nil {
		e.bindingRecovered(b)
		b.prop.reset(b.obj)
	} else if !b.removed {
		val, cerr := e.coerce(b.prop, e.wrapInt32(b.prop, v))
		if _, isBinding := e.bindingFunction(v); isBinding && cerr == nil {
			// A var property takes any value but a Qt.binding().
			cerr = errors.New("Cannot assign a binding")
		}
		if cerr == nil {
			e.bindingRecovered(b)
			b.obj.write(b.prop, val)
		} else {
			e.bindingAssignError(b, v, cerr)
		}
	}
	b.updating = false
}

// remove detaches the binding from everything it depends on.
func (b *binding) remove() {
	b.removed = true
	for _, d := range b.deps {
		d.obj.disconnectEndpoint(d.obj.typ.signals[d.sig], d.ep)
	}
	b.deps = nil
}

func (o *Object) removeBinding(p *propDef) {
	if b := o.bindingOf(p.index); b != nil {
		b.remove()
		o.setBindingOf(p.index, nil)
	}
}

// setBinding installs a binding (from Qt.binding) and evaluates it now.
func (o *Object) setBinding(p *propDef, fn goja.Callable) {
	o.removeBinding(p)
	b := &binding{obj: o, prop: p, fn: fn, this: o.e.wrap(o)}
	o.setBindingOf(p.index, b)
	b.evaluate()
}
