package quick

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// transitionSpec is Transition: the animations run when an Item's state
// changes between states its from and to match ("*" any, or names
// separated by commas; reversible also matches the change back).
func transitionSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "Transition", Base: "QtObject", ClassName: "QQuickTransition",
		Properties: []runtime.PropertySpec{
			{Name: "from", Type: "string", Default: "*"},
			{Name: "to", Type: "string", Default: "*"},
			{Name: "reversible", Type: "bool"},
			{Name: "enabled", Type: "bool", Default: true},
			{Name: "running", Type: "bool", ReadOnly: true},
			{Name: "animations", Type: "list<QtObject>"},
		},
		DefaultProperty: "animations",
	}
}

func matchesState(list, name string) bool {
	for _, n := range strings.Split(list, ",") {
		if n = strings.TrimSpace(n); n == "*" || n == name {
			return true
		}
	}
	return false
}

// findTransition returns the first enabled Transition of o that matches
// a change from one state to another, or nil.
func findTransition(o *runtime.Object, from, to string) *runtime.Object {
	for _, t := range o.ListItems("transitions") {
		if t == nil || !t.Property("enabled").ToBoolean() {
			continue
		}
		f, tt := t.Property("from").String(), t.Property("to").String()
		if matchesState(f, from) && matchesState(tt, to) ||
			t.Property("reversible").ToBoolean() && matchesState(f, to) && matchesState(tt, from) {
			return t
		}
	}
	return nil
}

// stateKey is one property a state change touches.
type stateKey struct {
	obj  *runtime.Object
	prop string
}

// animates reports whether a property animation of a transition takes
// the change of key: its targets and properties, when given, name it.
func (a *anim) animates(k stateKey) bool {
	objs, names := a.targetsAndNames()
	okObj, okName := len(objs) == 0, len(names) == 0
	for _, x := range objs {
		okObj = okObj || x == k.obj
	}
	for _, n := range names {
		okName = okName || n == k.prop
	}
	return okObj && okName
}

// transitionAnims lists the property animations of an animation tree.
func transitionAnims(a *anim, out []*anim) []*anim {
	if a.kind == kindProperty || a.kind == kindAction {
		return append(out, a)
	}
	for _, x := range a.o.ListItems("animations") {
		if k := animOf(x); k != nil {
			out = transitionAnims(k, out)
		}
	}
	return out
}

// sameValue reports whether two values of a property are equal (colors
// and other value types by their text).
func sameValue(o *runtime.Object, prop string, a, b goja.Value) bool {
	if a.StrictEquals(b) {
		return true
	}
	return o.Engine().ValueClass(a) != "" && o.Engine().ValueClass(a) == o.Engine().ValueClass(b) && a.String() == b.String()
}

// runTransition applies a state change through Transition t (nil: none): change runs
// the state change; the writes of the properties t's animations take are
// held back, and the animations then move them from their old values to
// the new ones.
func runTransition(o *runtime.Object, st *itemStates, t *runtime.Object, keys []stateKey, change func()) {
	var tops, all []*anim
	if t != nil {
		for _, x := range t.ListItems("animations") {
			if a := animOf(x); a != nil {
				tops = append(tops, a)
				all = transitionAnims(a, all)
			}
		}
	}
	type held struct {
		key      stateKey
		old, new goja.Value
		prev     func(goja.Value) bool
		animated bool
	}
	var hold []*held
	seen := map[stateKey]bool{}
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		h := &held{key: k, old: k.obj.Property(k.prop), prev: k.obj.Interceptor(k.prop)}
		for _, a := range all {
			if a.animates(k) {
				h.animated = true
				break
			}
		}
		hold = append(hold, h)
	}
	base := map[stateKey]runtime.PropertySnapshot{}
	var baseOrder []stateKey
	for _, s := range st.saved {
		obj, name := s.Target()
		k := stateKey{obj, name}
		if _, ok := base[k]; !ok {
			base[k] = s
			baseOrder = append(baseOrder, k)
		}
	}
	// The writes held back, in order; set marks the properties the new
	// state sets (their reverts are not replayed).
	type write struct {
		h      *held
		v      goja.Value
		revert bool
	}
	var log []write
	set := map[*held]bool{}
	for _, h := range hold {
		h := h
		h.key.obj.Intercept(h.key.prop, func(v goja.Value) bool {
			h.new = v
			log = append(log, write{h, v, st.restoring})
			if !st.restoring {
				set[h] = true
			}
			return true
		})
	}
	change()
	for _, h := range hold {
		h.key.obj.Intercept(h.key.prop, h.prev)
	}
	// A restore held back left the old state's value in place: the new
	// state's snapshot of that property records the base value instead.
	for i := range st.saved {
		obj, name := st.saved[i].Target()
		k := stateKey{obj, name}
		for _, h := range hold {
			if h.key == k && h.new != nil {
				if b, ok := base[k]; ok {
					st.saved[i].Rebase(b)
				}
			}
		}
	}
	// As Qt's revert list, the properties the old state changed too keep
	// their place, before the new state's others.
	var reordered []runtime.PropertySnapshot
	used := make([]bool, len(st.saved))
	for _, k := range baseOrder {
		for i, sn := range st.saved {
			if obj, name := sn.Target(); !used[i] && obj == k.obj && name == k.prop {
				reordered, used[i] = append(reordered, sn), true
			}
		}
	}
	for i, sn := range st.saved {
		if !used[i] {
			reordered = append(reordered, sn)
		}
	}
	st.saved = reordered
	// The properties no animation takes get their new values at once, in
	// the order they were written, skipping writes of the current value
	// and the reverts of properties the new state sets (a property the old
	// state and the new one both set to the same value does not change).
	for _, w := range log {
		h := w.h
		if h.animated || w.revert && set[h] || h.key.obj.Destroyed() {
			continue
		}
		if sameValue(h.key.obj, h.key.prop, h.key.obj.Property(h.key.prop), w.v) {
			continue
		}
		if h.prev != nil && h.prev(w.v) {
			continue
		}
		h.key.obj.SetInternal(h.key.prop, w.v)
	}
	for _, a := range all {
		a.transTracks = a.transTracks[:0]
		a.inTransition = true
		for _, h := range hold {
			if h.new != nil && h.animated && a.animates(h.key) {
				a.transTracks = append(a.transTracks, track{obj: h.key.obj, prop: h.key.prop, from: h.old, to: h.new})
			}
		}
	}
	if len(tops) > 0 {
		t.SetInternal("running", true)
	}
	for _, a := range tops {
		if a.running {
			a.running = false
			driverOf(a.o.Engine()).remove(a)
			a.o.SetSilently("running", false)
		}
		a.transition = t
		a.start()
	}
}

// transitionRunning reports whether an animation of a Transition runs.
func transitionRunning(t *runtime.Object) bool {
	for _, x := range t.ListItems("animations") {
		if a := animOf(x); a != nil && a.running {
			return true
		}
	}
	return false
}
