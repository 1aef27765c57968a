package runtime

import (
	"path/filepath"

	"github.com/qmlrun/qmlrun/parser"
)

// checkRequired lists, for `qmlrun check`, the required properties that
// the objects a document creates leave unset: the error Qt reports when
// it creates them. Objects made later (Component bodies, delegates) may
// get theirs from createObject or a model and are not checked, nor is the
// root of a component file (Upper.qml), which its users set.
func (r *resolver) checkRequired(root *decl) {
	var decls []*decl
	var walk func(d *decl)
	walk = func(d *decl) {
		if d == nil || d.typ == nil || d.template != nil {
			return
		}
		decls = append(decls, d)
		for _, a := range d.actions {
			walk(a.child)
			for _, c := range a.list {
				walk(c)
			}
		}
	}
	walk(root)
	// Qt 6.4 forgets a required property once any object of the tree set
	// it (its list is keyed by the property, not the object).
	setAnywhere := map[*propDef]bool{}
	for _, d := range decls {
		for _, a := range d.actions {
			if a.prop != nil && !(a.kind == actLiteral && a.name == "required") {
				setAnywhere[a.prop] = true
			}
		}
	}
	for i, d := range decls {
		if i > 0 || !startsUpper(filepath.Base(r.doc.path)) {
			r.requiredUnset(d, setAnywhere)
		}
	}
}

// requiredUnset reports the required properties of one declaration that
// neither it nor the files of its type set.
func (r *resolver) requiredUnset(d *decl, setAnywhere map[*propDef]bool) {
	set, marked := map[string]bool{}, map[string]bool{}
	note := func(actions []*action) {
		for _, a := range actions {
			if a.prop == nil {
				continue
			}
			if a.kind == actLiteral && a.name == "required" {
				marked[a.prop.name] = true
				continue
			}
			set[a.prop.name] = true
		}
	}
	note(d.actions)
	for t := d.base; t != nil; t = t.base {
		if t.component != nil && t.component.root != nil && t.component.root != d {
			note(t.component.root.actions)
		}
	}
	for _, p := range d.typ.props {
		if !(p.required || marked[p.name]) || p.kind == kAlias || set[p.name] || setAnywhere[p] {
			continue
		}
		pos := d.ast.Pos
		if prop, ok := p.decl.(*parser.Property); ok && !marked[p.name] {
			pos = prop.Pos
		}
		r.errs = append(r.errs, parser.Errorf(pos, "Required property %s was not initialized", p.name))
	}
}
