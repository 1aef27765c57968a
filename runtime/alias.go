package runtime

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// aliasDecl is the declaration of `property alias name: id[.prop[.sub]]`.
type aliasDecl struct {
	prop   *parser.Property
	target string
	pos    parser.Pos
}

// aliasTarget is an alias resolved for one object: the object and property
// it forwards to (prop nil: the alias names the object itself).
type aliasTarget struct {
	ctx  *qmlContext
	decl *aliasDecl
	obj  *Object
	prop *propDef
}

// resolveAlias binds an alias to its target once every id of the component
// exists, and forwards the target's change signal.
func (o *Object) resolveAlias(p *propDef) error {
	at := o.peek().aliases[p.index]
	parts := strings.Split(at.decl.target, ".")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	bad := func() error {
		return parser.Diagnostics{parser.Errorf(at.decl.pos, "Invalid alias reference. An alias reference must be specified as <id>, <id>.<property> or <id>.<value property>.<property>")}
	}
	if len(parts) > 3 || len(parts) == 0 || !isIdentifier(parts[0]) {
		return bad()
	}
	target, ok := at.ctx.ids[parts[0]]
	if !ok {
		return parser.Diagnostics{parser.Errorf(at.decl.pos, "Invalid alias reference. Unable to find id \"%s\"", parts[0])}
	}
	at.obj = target
	if len(parts) == 1 {
		return nil
	}
	tp := target.typ.prop(parts[1])
	if tp == nil {
		return parser.Diagnostics{parser.Errorf(at.decl.pos, "Invalid alias target location: %s", parts[1])}
	}
	if len(parts) == 3 {
		// Only a value-type property (font.pixelSize) may be the middle
		// of a three-part alias.
		return parser.Diagnostics{parser.Errorf(at.decl.pos, "Invalid alias target")}
	}
	at.prop = tp
	if tp.kind == kAlias && at.obj == o {
		// An alias to another alias of the same object never emits its
		// own change signal (Qt).
		return nil
	}
	sig := o.typ.signals[p.notify]
	at.obj.connect(at.obj.typ.signals[tp.notify], &endpoint{goFn: func([]goja.Value) {
		o.emit(sig, nil)
	}})
	return nil
}

func (o *Object) aliasGet(p *propDef) goja.Value {
	at := o.peek().aliases[p.index]
	if at == nil || at.obj == nil {
		return goja.Undefined()
	}
	if at.prop == nil {
		return o.e.wrap(at.obj)
	}
	return at.obj.get(at.prop)
}

func (o *Object) aliasSet(p *propDef, v goja.Value) {
	at := o.peek().aliases[p.index]
	if at == nil || at.obj == nil {
		return
	}
	if at.prop == nil {
		panic(o.e.vm.NewTypeError("Cannot assign to read-only property \"%s\"", p.name))
	}
	at.obj.assign(at.prop, v, true)
}

// checkAliases resolves the document's aliases against its ids before
// anything is created, as Qt's alias resolver does: an unknown id or
// property and a cycle of aliases are errors of the declarations, reported
// before those of bindings (and by `qmlrun check`). What needs the created
// objects is left to resolveAlias.
func (r *resolver) checkAliases() {
	byAST := map[*parser.Object]*decl{}
	for _, d := range r.decls {
		byAST[d.ast] = d
	}
	// target follows one alias: the declaration and property it names
	// (p nil for the object itself), or an error message.
	var hint string // a likely name for the last error target found
	target := func(a *aliasDecl) (*decl, *propDef, string) {
		hint = ""
		parts := strings.Split(a.target, ".")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		if len(parts) > 3 || !isIdentifier(parts[0]) {
			return nil, nil, "Invalid alias reference. An alias reference must be specified as <id>, <id>.<property> or <id>.<value property>.<property>"
		}
		id, ok := r.ids[parts[0]]
		if !ok {
			ids := make([]string, 0, len(r.ids))
			for id := range r.ids {
				ids = append(ids, id)
			}
			sort.Strings(ids)
			hint = parser.Suggest(parts[0], ids)
			return nil, nil, "Invalid alias reference. Unable to find id \"" + parts[0] + "\""
		}
		d := byAST[id.obj]
		if d == nil || d.typ == nil || len(parts) == 1 {
			return d, nil, ""
		}
		p := d.typ.prop(parts[1])
		if p == nil {
			if d.typ.acceptsAnyProperty() {
				return nil, nil, ""
			}
			names := make([]string, 0, len(d.typ.props))
			for _, p := range d.typ.props {
				names = append(names, p.name)
			}
			hint = parser.Suggest(parts[1], names)
			return nil, nil, "Invalid alias target location: " + parts[1]
		}
		if len(parts) == 3 {
			// Only a value-type property (font.pixelSize) may be the
			// middle of a three-part alias; qmlrun has none.
			return nil, nil, "Invalid alias target"
		}
		return d, p, ""
	}
	cyclic := map[*aliasDecl]bool{} // reported: the other aliases of its cycle are not
	for _, d := range r.decls {
		for _, a := range d.actions {
			if a.kind != actAlias || cyclic[a.alias] || !aliasReference.MatchString(a.alias.target) {
				continue // irErrors reports a target that is no reference
			}
			if _, _, msg := target(a.alias); msg != "" {
				r.declErrs = append(r.declErrs, parser.Errorf(a.alias.pos, "%s", msg))
				if hint != "" {
					r.declErrs[len(r.declErrs)-1].Hint = fmt.Sprintf("did you mean %q?", hint)
				}
				if !r.e.checkAll {
					return // Qt stops at the first
				}
				continue
			}
			// Follow aliases to aliases: coming back is a cycle.
			seen := map[*aliasDecl]bool{a.alias: true}
			for x := a.alias; ; {
				_, p, _ := target(x)
				if p == nil || p.alias == nil {
					break
				}
				if seen[p.alias] {
					r.declErrs = append(r.declErrs, parser.Errorf(a.pos, "Cyclic alias"))
					if !r.e.checkAll {
						return
					}
					for c := range seen {
						cyclic[c] = true
					}
					break
				}
				seen[p.alias] = true
				x = p.alias
			}
		}
	}
}
