package runtime

import (
	"fmt"

	"github.com/dop251/goja"
)

// LoadComponent makes a Component for the QML file at url, resolved
// against the document o was declared in (as Qt's Loader resolves its
// source), as Qt.createComponent does. A file that cannot be read or
// compiled gives a Component whose status is Error; ComponentWarnings
// lists its errors. Loop only.
func (o *Object) LoadComponent(url string) *Object {
	comp, _ := o.e.fileComponent(urlFile(o.ResolveURL(url)))
	return comp
}

// ComponentWarnings lists the errors of a Component that failed to load
// (made by Qt.createComponent or LoadComponent) as Qt prints them,
// "url:line:column: message" each; nil for anything else.
func (o *Object) ComponentWarnings() []string {
	if cd, ok := o.Data.(*componentData); ok {
		return cd.warnings
	}
	return nil
}

// ResolveURL resolves a relative URL against the document o was declared
// in, as Qt's qmlContext(o)->resolvedUrl does; an absolute URL and the
// empty string are returned as they are.
func (o *Object) ResolveURL(s string) string {
	base := ""
	if o.ctx != nil && o.ctx.doc != nil {
		base = o.ctx.doc.dir
	} else if o.e.rootDoc != nil {
		base = o.e.rootDoc.dir
	}
	return resolveAgainst(base, s)
}

// DocumentURL returns the URL of the document o was declared in (of the
// main document for an object made from Go), as Qt's qmlContext(o)->baseUrl.
func (o *Object) DocumentURL() string {
	if o.ctx != nil && o.ctx.doc != nil {
		return o.ctx.doc.url
	}
	if o.e.rootDoc != nil {
		return o.e.rootDoc.url
	}
	return ""
}

// Warn prints msg as Qt's qmlWarning(o) does: after the position of the
// object's declaration and its QML type, "url:line:column: QML Type: msg".
func (o *Object) Warn(msg string) {
	pos := o.declPos()
	o.e.print(fmt.Sprintf("%s:%d:%d: QML %s: %s", o.e.displayURL(pos.Filename), pos.Line, pos.Column, o.qmlTypeName(), msg))
}

// ResolveCallerURL resolves a relative URL against the document of the
// JavaScript calling Go (the document being run when none is), as Qt
// resolves a url passed to a method such as Loader.setSource. Loop only.
func (e *Engine) ResolveCallerURL(s string) string { return e.resolveURL(s) }

// HoldBindingErrors runs f with the binding errors it raises kept until it
// returns, as during a creation (a binding that recovers meanwhile drops
// its error): Qt's Loader reports those of the object it made after its
// loaded signal, when the incubation ends. Loop only.
func (e *Engine) HoldBindingErrors(f func()) {
	e.creating++
	defer func() {
		e.creating--
		if e.creating == 0 {
			e.flushDeferredErrors()
		}
	}()
	f()
}

// Instantiate makes an object from a Component (o) as its createObject(parent,
// props) does, and calls initial, if not nil, once the object's declared
// values and props are set, before its bindings are evaluated and it
// completes, as Qt's QQmlIncubator::setInitialState (a Loader sizes its
// item there). Names its code does not find in its own component are then
// parent's members, and after them those of the context the component was
// declared in (for a file, the one parent was declared in), as for Qt's
// Loader, whose item context has the Loader as context object. A required
// property left unset fails the creation before the object completes. The
// object belongs to the caller: JavaScript cannot destroy() it. Errors are
// printed as createObject prints them, and the result is nil. Loop only.
func (o *Object) Instantiate(parent *Object, props *goja.Object, initial func(obj *Object)) *Object {
	cd, ok := o.Data.(*componentData)
	if !ok || cd.template == nil && cd.doc == nil {
		return nil
	}
	o.e.pendingInitial = func(obj *Object) {
		if initial != nil {
			initial(obj)
		}
	}
	defer func() { o.e.pendingInitial = nil }()
	obj := o.e.createFromComponent(cd, parent, props, parent)
	if obj != nil {
		obj.typeOwned = true
	}
	return obj
}

// Assigned reports whether a property was given a value or a binding (in
// its declaration, by an assignment or by createObject's properties)
// rather than left at its default, as Qt's widthValid tells a given width.
func (o *Object) Assigned(name string) bool {
	p := o.typ.prop(name)
	return p != nil && o.isSet(p.index)
}
