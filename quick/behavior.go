package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// behavior is the Go side of a Behavior: once complete, each new value of
// the property it is on is reached by running its animation from the
// current value, instead of being written at once.
type behavior struct {
	o        *runtime.Object
	target   *runtime.Object
	prop     string
	writing  bool // its animation is writing the property: let it through
	complete bool // Behaviors act once complete (in onCompleted already)
}

func behaviorSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{
		Name: "Behavior", Base: "QtObject", ClassName: "QQuickBehavior",
		Properties: []runtime.PropertySpec{
			{Name: "animation", Type: "QtObject"},
			{Name: "enabled", Type: "bool", Default: true},
			{Name: "targetValue", Type: "var", ReadOnly: true},
		},
		DefaultProperty: "animation",
		Init:            func(o *runtime.Object) { o.Data = &behavior{o: o} },
		Complete:        func(o *runtime.Object) { o.Data.(*behavior).complete = true },
		ValueSource: func(o, target *runtime.Object, property string) {
			b := o.Data.(*behavior)
			owner, prop := resolveProp(target, property)
			if owner == nil {
				return
			}
			b.target, b.prop = owner, prop
			owner.Intercept(prop, b.intercept)
		},
	}
}

// intercept takes over a write to the property once the Behavior is
// complete and enabled: the animation runs from the current value to v.
func (b *behavior) intercept(v goja.Value) bool {
	if b.writing || !b.complete || b.o.Destroyed() || !b.o.Property("enabled").ToBoolean() {
		return false
	}
	a := animOf2(b.o.Engine(), b.o.Property("animation"))
	if a == nil {
		return false
	}
	b.o.SetInternal("targetValue", v)
	if a.running {
		a.running = false
		driverOf(a.o.Engine()).remove(a)
		a.o.SetSilently("running", false)
	}
	a.behavior = b
	a.setBehaviorTarget(b, v)
	a.start()
	return true
}

// setBehaviorTarget makes the property animations of a Behavior's
// animation tree animate the Behavior's property towards v.
func (a *anim) setBehaviorTarget(b *behavior, v goja.Value) {
	if a.kind == kindProperty || a.kind == kindAction {
		a.srcTarget, a.srcProperty, a.behaviorTo = b.target, b.prop, v
	}
	for _, x := range a.o.ListItems("animations") {
		if k := animOf(x); k != nil {
			k.setBehaviorTarget(b, v)
		}
	}
}

func animOf2(e *runtime.Engine, v goja.Value) *anim {
	if o := e.ObjectOf(v); o != nil {
		return animOf(o)
	}
	return nil
}

// behaviorOf is the Behavior whose animation tree a belongs to, if any.
func (a *anim) behaviorOf() *behavior {
	for x := a; x != nil; x = x.group {
		if x.behavior != nil {
			return x.behavior
		}
	}
	return nil
}
