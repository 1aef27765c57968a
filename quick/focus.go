package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// The window's focus, as QQuickWindow keeps it without focus scopes: one
// item has the focus (focus: true) and, once the window is active, the
// active focus. Giving another item the focus (focus = true,
// forceActiveFocus()) takes both from the previous one first.

type focusKey struct{}

type focusState struct {
	active bool            // the window is active (ActivateWindow ran)
	item   *runtime.Object // the item with the focus, once chosen
	moving bool            // focus being moved: no re-entry
}

func focusOf(e *runtime.Engine) *focusState {
	return e.State(focusKey{}, func() any { return &focusState{} }).(*focusState)
}

// setFlag sets a bool property and emits its change when it changes.
func setFlag(o *runtime.Object, name string, v bool) {
	if o.Property(name).ToBoolean() != v {
		o.SetSilently(name, v)
		o.EmitChanged(name)
	}
}

// focusSet is Item.focus's setter: once the window is active, an item
// taking the focus takes it (and the active focus) from the previous one.
func focusSet(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	st := focusOf(o.Engine())
	if !st.active || st.moving || !v.ToBoolean() {
		if st.active && !st.moving && !v.ToBoolean() && st.item == o {
			st.item = nil
			setFlag(o, "activeFocus", false)
		}
		return v, true
	}
	moveFocus(o)
	return v, false // stored and signalled by moveFocus
}

// moveFocus gives an item the focus and, in an active window, the active
// focus, taking them from the item that had them.
func moveFocus(o *runtime.Object) {
	st := focusOf(o.Engine())
	st.moving = true
	defer func() { st.moving = false }()
	if old := st.item; old != nil && old != o && !old.Destroyed() {
		setFlag(old, "focus", false)
		setFlag(old, "activeFocus", false)
	}
	st.item = o
	setFlag(o, "focus", true)
	if st.active {
		setFlag(o, "activeFocus", true)
	}
}

// ActivateWindow is the window with root as its content becoming active
// (qmltestrunner's, once shown): the first item declared with focus: true
// gets the active focus.
func ActivateWindow(root *runtime.Object) {
	st := focusOf(root.Engine())
	st.active = true
	if st.item == nil || st.item.Destroyed() {
		st.item = firstFocus(root)
	}
	if st.item != nil {
		setFlag(st.item, "activeFocus", true)
	}
}

// FocusItem is the item with the active focus, or nil.
func FocusItem(e *runtime.Engine) *runtime.Object {
	st := focusOf(e)
	if !st.active || st.item == nil || st.item.Destroyed() {
		return nil
	}
	return st.item
}

// firstFocus is the first item with focus: true under root (enabled; an
// item in an invisible TestCase still takes it), or nil.
func firstFocus(o *runtime.Object) *runtime.Object {
	if !o.Property("enabled").ToBoolean() {
		return nil
	}
	if o.Property("focus").ToBoolean() {
		return o
	}
	for _, k := range o.ListItems("children") {
		if k != nil && isItem(k) {
			if f := firstFocus(k); f != nil {
				return f
			}
		}
	}
	return nil
}
