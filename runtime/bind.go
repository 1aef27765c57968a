package runtime

import (
	"fmt"
	"strings"
)

// bindState is the Go side of a Binding element: while `when` holds, the
// target's property follows `value`; when it stops holding (or the target
// or property changes), the property gets back what it had, as QQmlBind
// does with its default restoreMode, RestoreBindingOrValue.
type bindState struct {
	complete bool
	active   bool
	target   *Object
	prop     string
	saved    PropertySnapshot
	warned   string // the missing property last warned about
	// The generalized grouped form, Binding { id.property: value }: each
	// entry is held like target/property/value, its value a binding.
	grouped      []groupedBind
	groupedSaved []PropertySnapshot
}

// groupedBind is one `id.property: value` of a Binding.
type groupedBind struct {
	target *Object
	prop   string
	value  CustomProperty
}

// Binding.RestoreMode values.
const (
	restoreNone           = 0
	restoreBinding        = 1
	restoreValue          = 2
	restoreBindingOrValue = 3
)

func bindingSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "Binding",
		Base:      "QtObject",
		ClassName: "QQmlBind",
		Properties: []PropertySpec{
			{Name: "target", Type: "QtObject", Changed: bindUpdate},
			{Name: "property", Type: "string", Changed: bindUpdate},
			{Name: "value", Type: "var", Changed: bindValueChanged},
			{Name: "when", Type: "bool", Default: true, Changed: bindUpdate},
			{Name: "delayed", Type: "bool"},
			{Name: "restoreMode", Type: "int", Default: restoreBindingOrValue},
		},
		Enums: map[string]int{"RestoreNone": restoreNone, "RestoreBinding": restoreBinding,
			"RestoreValue": restoreValue, "RestoreBindingOrValue": restoreBindingOrValue},
		Init: func(o *Object) { o.Data = &bindState{} },
		Complete: func(o *Object) {
			st := o.Data.(*bindState)
			st.complete = true
			for _, c := range o.CustomProperties() {
				id, prop, _ := strings.Cut(c.Name, ".")
				if head, _, deeper := strings.Cut(prop, "."); deeper && startsUpper(head) {
					continue // an attached object's property: nothing to hold
				}
				target := o.ctx.lookupID(id)
				if target == nil || strings.Contains(prop, ".") || signalForHandler(prop) != "" {
					name := c.Name
					if sig := signalForHandler(prop); sig != "" {
						name = id + "." + sig
					}
					pos := o.declPos()
					o.e.print(fmt.Sprintf("%s:%d:%d: QML Binding: Unknown name \"%s\". The binding is ignored.", o.e.displayURL(pos.Filename), pos.Line, pos.Column, name))
					continue
				}
				st.grouped = append(st.grouped, groupedBind{target: target, prop: prop, value: c})
			}
			bindUpdate(o)
		},
		Destroy: func(o *Object) { bindRelease(o) },
	}
}

// bindUpdate takes hold of the target property or lets it go, following
// target, property and when.
func bindUpdate(o *Object) {
	st, ok := o.Data.(*bindState)
	if !ok || !st.complete {
		return
	}
	bindGrouped(o, st)
	target := o.e.unwrap(o.Property("target"))
	prop := o.Property("property").String()
	want := o.Property("when").ToBoolean() && target != nil && prop != ""
	if st.active && (!want || target != st.target || prop != st.prop) {
		bindRelease(o)
	}
	if !want || st.active {
		return
	}
	saved, ok := target.Snapshot(prop)
	if !ok {
		if st.warned != prop {
			st.warned = prop
			pos := o.declPos()
			o.e.print(fmt.Sprintf("%s:%d:%d: QML Binding: Property '%s' does not exist on %s.",
				o.e.displayURL(pos.Filename), pos.Line, pos.Column, prop, target.typ.name))
		}
		return
	}
	st.active, st.target, st.prop, st.saved = true, target, prop, saved
	bindWrite(o, st)
}

// bindGrouped applies or reverts the `id.property: value` entries as
// `when` says.
func bindGrouped(o *Object, st *bindState) {
	if len(st.grouped) == 0 {
		return
	}
	want := o.Property("when").ToBoolean()
	if !want && st.groupedSaved != nil {
		for i := len(st.groupedSaved) - 1; i >= 0; i-- {
			st.groupedSaved[i].Restore()
		}
		st.groupedSaved = nil
	}
	if !want || st.groupedSaved != nil {
		return
	}
	st.groupedSaved = []PropertySnapshot{}
	for _, g := range st.grouped {
		saved, ok := g.target.Snapshot(g.prop)
		if !ok {
			pos := o.declPos()
			o.e.print(fmt.Sprintf("%s:%d:%d: QML Binding: Property '%s' does not exist on %s.",
				o.e.displayURL(pos.Filename), pos.Line, pos.Column, g.prop, g.target.typ.name))
			continue
		}
		st.groupedSaved = append(st.groupedSaved, saved)
		if err := g.target.Bind(g.prop, g.value); err != nil {
			o.e.print(err.Error())
		}
	}
}

// bindValueChanged writes a new value to the held property; a delayed
// Binding writes once the current handlers are done.
func bindValueChanged(o *Object) {
	st, ok := o.Data.(*bindState)
	if !ok || !st.active {
		return
	}
	if o.Property("delayed").ToBoolean() {
		o.e.loop.post(func() {
			if st.active && !o.destroyed {
				bindWrite(o, st)
			}
		})
		return
	}
	bindWrite(o, st)
}

func bindWrite(o *Object, st *bindState) {
	if err := st.target.SetProperty(st.prop, o.Property("value")); err != nil {
		o.e.print(err.Error())
	}
}

// bindRelease gives the held property back as restoreMode says.
func bindRelease(o *Object) {
	st, ok := o.Data.(*bindState)
	if !ok || !st.active {
		return
	}
	st.active = false
	s := st.saved
	st.saved, st.target = PropertySnapshot{}, nil
	switch int(o.Property("restoreMode").ToInteger()) {
	case restoreNone:
	case restoreBinding:
		if s.fn != nil {
			s.Restore()
		}
	case restoreValue:
		s.fn = nil
		s.Restore()
	default:
		s.Restore()
	}
}
