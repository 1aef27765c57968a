package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// itemStates is what an Item's current state changed: the properties as
// they were before, to put back when the state is left.
type itemStates struct {
	saved []runtime.PropertySnapshot
	busy  bool // applying: setting `state` from here does not recurse
	// choosing: the `when` conditions are being brought up to date
	choosing bool
	current  string // the state applied last
	anchored bool   // the current state has AnchorChanges
	// restoring: the changes of the state left are being reverted
	restoring bool
}

// has reports whether a snapshot of the property is kept.
func (st *itemStates) has(obj *runtime.Object, prop string) bool {
	for _, s := range st.saved {
		if o, p := s.Target(); o == obj && p == prop {
			return true
		}
	}
	return false
}

func statesOf(o *runtime.Object) *itemStates { return &dataOf(o).states }

// stateChanged applies an Item's new `state`: the changes of the state
// left are reverted (values and bindings as they were), then those of the
// State with the new name are applied. A name no State has leaves the
// base state, as in Qt.
func stateChanged(o *runtime.Object) {
	st := statesOf(o)
	if st.busy {
		return
	}
	apply(o, st, o.Property("state").String())
}

func apply(o *runtime.Object, st *itemStates, name string) {
	from := st.current
	st.current = name
	if !st.busy {
		var t *runtime.Object
		if from != name {
			t = findTransition(o, from, name)
		}
		var keys []stateKey
		anchored := false
		for _, s := range st.saved {
			obj, prop := s.Target()
			keys = append(keys, stateKey{obj, prop})
		}
		if name != "" {
			for _, pc := range stateChanges(o, name) {
				if pc == nil {
					continue
				}
				if pc.Type().Name() == "AnchorChanges" {
					anchored = true
				}
				if target := o.Engine().ObjectOf(pc.Property("target")); target != nil {
					custom := pc.CustomProperties()
					for i := len(custom) - 1; i >= 0; i-- {
						keys = append(keys, stateKey{target, custom[i].Name})
					}
				}
			}
		}
		// AnchorChanges restore geometry in their own order: those state
		// changes are applied as they come, without a transition.
		if !anchored && !st.anchored {
			runTransition(o, st, t, keys, func() { applyNow(o, st, name) })
			return
		}
	}
	applyNow(o, st, name)
}

// stateChanges lists the changes of o's state with the name: those of
// the state it extends (recursively) first, then its own.
func stateChanges(o *runtime.Object, name string) []*runtime.Object {
	var out []*runtime.Object
	seen := map[string]bool{}
	var add func(name string)
	add = func(name string) {
		s := stateNamed(o, name)
		if s == nil || seen[name] {
			return
		}
		seen[name] = true
		if ext := s.Property("extend").String(); ext != "" {
			add(ext)
		}
		out = append(out, s.ListItems("changes")...)
	}
	add(name)
	return out
}

// stateNamed returns the State of o with the name, or nil.
func stateNamed(o *runtime.Object, name string) *runtime.Object {
	for _, s := range o.ListItems("states") {
		if s != nil && s.Property("name").String() == name {
			return s
		}
	}
	return nil
}

func applyNow(o *runtime.Object, st *itemStates, name string) {
	st.busy = true
	defer func() { st.busy = false }()
	// Reverted in the order they were applied, as Qt's revert list.
	st.restoring = true
	for _, s := range st.saved {
		s.Restore()
	}
	st.restoring = false
	st.saved = st.saved[:0]
	st.anchored = false
	if name == "" {
		return
	}
	{
		for _, pc := range stateChanges(o, name) {
			if pc == nil {
				continue
			}
			target := o.Engine().ObjectOf(pc.Property("target"))
			if target == nil {
				continue
			}
			if set := o.Engine().ObjectOf(pc.Property("anchors")); set != nil && pc.Type().Name() == "AnchorChanges" {
				applyAnchorChanges(st, target, set)
				continue
			}
			// Qt applies a PropertyChanges' values last declared first.
			custom := pc.CustomProperties()
			for i := len(custom) - 1; i >= 0; i-- {
				c := custom[i]
				snap, ok := target.Snapshot(c.Name)
				if !ok {
					o.Engine().Warn("QML PropertyChanges: Cannot assign to non-existent property \"" + c.Name + "\"")
					continue
				}
				if !st.has(target, c.Name) {
					// (An extending state's change of a property its base
					// state changes keeps the base value to revert to.)
					st.saved = append(st.saved, snap)
				}
				// An expression stays a binding while the state holds.
				if err := target.Bind(c.Name, c); err != nil {
					o.Engine().Warn(err.Error())
				}
			}
		}
		return
	}
}

// whenChanged re-chooses the state of the Item owning a State whose `when`
// changed, as Qt's updateAutoState: the first State with a `when` that
// holds becomes the state; if none holds and the current state has a
// `when` (however it was entered), the base state comes back.
func whenChanged(s *runtime.Object) {
	o := s.Parent()
	if o == nil || o.Property("states") == nil {
		return
	}
	st := statesOf(o)
	if st.choosing {
		return
	}
	// Every condition is brought up to date first: the one that changed
	// may be the first of several that depend on the same value.
	st.choosing = true
	for _, x := range o.ListItems("states") {
		if x != nil {
			x.Reevaluate("when")
		}
	}
	st.choosing = false
	current := o.Property("state").String()
	revert := false
	for _, x := range o.ListItems("states") {
		if x == nil || !x.Assigned("when") {
			continue
		}
		name := x.Property("name").String()
		if x.Property("when").ToBoolean() {
			if name != current {
				enterState(o, st, name)
			}
			return
		}
		revert = revert || name == current
	}
	if revert && current != "" {
		enterState(o, st, "")
	}
}

// enterState sets an Item's state from its States' conditions.
func enterState(o *runtime.Object, st *itemStates, name string) {
	st.busy = true
	o.SetProperty("state", name)
	st.busy = false
	apply(o, st, name)
}

// stateGroupSpec is StateGroup: states and a current state for objects
// that are not Items.
func stateGroupSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "StateGroup", Base: "QtObject", ClassName: "QQuickStateGroup",
		Properties: []runtime.PropertySpec{
			{Name: "state", Type: "string", Changed: stateChanged},
			{Name: "states", Type: "list<QtObject>"},
			{Name: "transitions", Type: "list<QtObject>"},
		},
		Destroy: forgetItem,
	}
}

// anchorChangesSpec is AnchorChanges: in a state, the anchor lines it
// names replace the target's; leaving the state puts back the lines and
// the geometry the target had.
func anchorChangesSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "AnchorChanges", Base: "QtObject", ClassName: "QQuickAnchorChanges",
		Properties: []runtime.PropertySpec{
			{Name: "target", Type: "QtObject"},
			{Name: "anchors", Type: "QQuickAnchorSet", ReadOnly: true},
		},
		Init: func(o *runtime.Object) { group(o, "anchors", "QQuickAnchorSet") }}
}

// anchorSetSpec is the anchors group of AnchorChanges: the lines to set.
func anchorSetSpec() *runtime.TypeSpec {
	var props []runtime.PropertySpec
	for _, n := range edgeNames {
		props = append(props, runtime.PropertySpec{Name: n, Type: "var"})
	}
	return &runtime.TypeSpec{Name: "QQuickAnchorSet", Base: "QtObject", ClassName: "QQuickAnchorSet",
		Uncreatable: "AnchorSet is a group", Properties: props}
}

// applyAnchorChanges sets the lines an AnchorChanges names on its target,
// recording the target's geometry and lines to restore (geometry last).
func applyAnchorChanges(st *itemStates, target, set *runtime.Object) {
	st.anchored = true
	a := anchorsOf(target)
	if a == nil {
		return
	}
	// Reverted lines first (last set first), then the geometry (height
	// first): the snapshots are kept in that order.
	var saved []runtime.PropertySnapshot
	for _, g := range []string{"x", "y", "width", "height"} {
		if snap, ok := target.Snapshot(g); ok {
			saved = append(saved, snap)
		}
	}
	defer func() {
		for i := len(saved) - 1; i >= 0; i-- {
			st.saved = append(st.saved, saved[i])
		}
	}()
	for _, n := range edgeNames {
		v := set.Property(n)
		if v == nil || goja.IsUndefined(v) {
			continue
		}
		if snap, ok := a.Snapshot(n); ok {
			saved = append(saved, snap)
		}
		if err := a.SetProperty(n, v); err != nil {
			target.Engine().Warn(err.Error())
		}
	}
}
