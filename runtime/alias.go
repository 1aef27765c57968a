package runtime

import (
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
