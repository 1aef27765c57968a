package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// itemData is what qmlrun keeps in Go for an Item beside its properties:
// the explicit values behind the effective ones QML reads, as QQuickItem
// keeps them.
type itemData struct {
	states itemStates
	// complete: the item's creation finished (its Complete hook ran).
	complete bool
	// listsReady: children, resources and visibleChildren were filled
	// once; later changes are notified.
	listsReady bool
	// appending: appendChild is adding to data.
	appending bool
	// updatingLists: those lists are being set from data.
	updatingLists bool

	// hidden and disabled are the item's own visible: false / enabled:
	// false; parentHidden and parentDisabled are its visual parent's
	// effective state. QML reads visible as !hidden && !parentHidden.
	hidden, disabled             bool
	parentHidden, parentDisabled bool
	// inheriting: the parent's state is being passed down; visible and
	// enabled writes then recompute instead of setting the item's own.
	inheriting bool

	// widthSet and heightSet: the size was given, so it no longer follows
	// implicitWidth / implicitHeight; followingImplicit marks that write.
	widthSet, heightSet bool
	followingImplicit   bool

	// anchoring: the anchors are writing the geometry, which they
	// otherwise refuse to let go for an anchored edge.
	anchoring bool
	// anchored: some line of the item is anchored; dependents are the
	// items anchored to its lines.
	anchored   bool
	dependents map[*runtime.Object]struct{}
	// rect is the item's geometry when its parent last saw it, and
	// childrenRect the bounds of its children.
	rect             rect
	rectKnown        bool
	childrenRect     rect
	childrenRectSet  bool
	childrenRectRead bool // JavaScript read childrenRect: its changes are signalled
	// placing: a positioner is placing its children; childrenRect is
	// computed once after.
	placing bool
	// sizing: both implicit sizes are being set (setImplicitSize); the
	// parent sees the new geometry once, after.
	sizing bool
	// vparent is the visual parent whose data lists the item.
	vparent *runtime.Object
	// sortingData: data is being put in Qt's order (resources first).
	sortingData bool
}

type itemKey struct{}

// dataOf returns the Go state of an Item (the object's Data field belongs
// to the types deriving from Item, such as Repeater).
func dataOf(o *runtime.Object) *itemData {
	m := o.Engine().State(itemKey{}, func() any { return map[*runtime.Object]*itemData{} }).(map[*runtime.Object]*itemData)
	d := m[o]
	if d == nil {
		d = &itemData{}
		m[o] = d
	}
	return d
}

// forgetItem drops the Go state of a destroyed Item.
func forgetItem(o *runtime.Object) {
	m := o.Engine().State(itemKey{}, func() any { return map[*runtime.Object]*itemData{} }).(map[*runtime.Object]*itemData)
	delete(m, o)
}

// visualParent returns the Item an Item is a visual child of, or nil.
func visualParent(o *runtime.Object) *runtime.Object {
	if p := o.Engine().ObjectOf(o.Property("parent")); p != nil && isItem(p) {
		return p
	}
	return nil
}

// childItems lists the Items in o's data: its visual children, including
// those declared before the creation completed.
func childItems(o *runtime.Object) []*runtime.Object {
	var kids []*runtime.Object
	for _, x := range o.ListItems("data") {
		if x != nil && isItem(x) {
			kids = append(kids, x)
		}
	}
	return kids
}

// inheritedFlag gives the Go state behind visible or enabled: the item's
// own "off" and its parent's.
type inheritedFlag func(d *itemData) (own, parent *bool)

func visibleFlag(d *itemData) (own, parent *bool) { return &d.hidden, &d.parentHidden }
func enabledFlag(d *itemData) (own, parent *bool) { return &d.disabled, &d.parentDisabled }

// inheritedSetter makes the setter of visible or enabled: the value read
// is the effective one, false under a parent whose own is false whatever
// the item's own value, as QQuickItem::isVisible and isEnabled. Children
// hear their change first, as in Qt.
func inheritedSetter(prop string, flag inheritedFlag) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		d := dataOf(o)
		own, parent := flag(d)
		if !d.inheriting {
			*own = !v.ToBoolean()
		}
		eff := !*own && !*parent
		if eff != o.Property(prop).ToBoolean() {
			for _, c := range childItems(o) {
				cd := dataOf(c)
				_, cp := flag(cd)
				*cp = !eff
				inherit(c, cd, prop)
			}
		}
		return o.Runtime().ToValue(eff), true
	}
}

// inherit recomputes an effective visible or enabled after the parent's
// state changed.
func inherit(o *runtime.Object, d *itemData, prop string) {
	was := d.inheriting
	d.inheriting = true
	o.SetInternal(prop, true)
	d.inheriting = was
}

// adoptParentState takes the effective visible and enabled of the item's
// new visual parent (none: visible and enabled as set).
func adoptParentState(o *runtime.Object) {
	d := dataOf(o)
	p := visualParent(o)
	hidden, disabled := false, false
	if p != nil {
		hidden, disabled = !p.Property("visible").ToBoolean(), !p.Property("enabled").ToBoolean()
	}
	if hidden != d.parentHidden {
		d.parentHidden = hidden
		inherit(o, d, "visible")
	}
	if disabled != d.parentDisabled {
		d.parentDisabled = disabled
		inherit(o, d, "enabled")
	}
}

// setOpacity keeps opacity within [0, 1], as QQuickItem::setOpacity.
func setOpacity(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return o.Runtime().ToValue(min(max(v.ToFloat(), 0), 1)), true
}

// sizeSetter makes width's or height's setter: a given size stops the
// item following its implicit size, and an edge pair held by anchors
// refuses other writes.
func sizeSetter(vertical bool) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		d := dataOf(o)
		if !d.anchoring && d.complete && anchoredSize(o, vertical) {
			return nil, false
		}
		// A size from the anchors is given too, as Qt's setWidth makes it.
		if !d.followingImplicit {
			if vertical {
				d.heightSet = true
			} else {
				d.widthSet = true
			}
		}
		return v, true
	}
}

// posSetter makes x's or y's setter: an anchored item keeps the position
// its anchors give it.
func posSetter(vertical bool) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		if d := dataOf(o); !d.anchoring && d.complete && anchoredPos(o, vertical) {
			return nil, false
		}
		return v, true
	}
}

// implicitChanged makes width or height follow implicitWidth or
// implicitHeight until it is given a value of its own.
func implicitChanged(vertical bool) func(o *runtime.Object) {
	return func(o *runtime.Object) {
		d := dataOf(o)
		size, implicit, set := "width", "implicitWidth", d.widthSet
		if vertical {
			size, implicit, set = "height", "implicitHeight", d.heightSet
		}
		if set {
			return
		}
		d.followingImplicit = true
		o.SetInternal(size, o.Property(implicit))
		d.followingImplicit = false
	}
}

// setImplicitSize sets both implicit sizes of o at once, as Qt's
// setImplicitSize: the sizes that follow them change first (widthChanged,
// heightChanged), then implicitWidthChanged and implicitHeightChanged are
// emitted, then o's parent sees the new geometry (childrenRect).
func setImplicitSize(o *runtime.Object, w, h float64) {
	d := dataOf(o)
	old := geometry(o)
	oldW, oldH := o.Property("implicitWidth").ToFloat(), o.Property("implicitHeight").ToFloat()
	o.SetSilently("implicitWidth", w)
	o.SetSilently("implicitHeight", h)
	d.sizing = true
	implicitChanged(false)(o)
	implicitChanged(true)(o)
	d.sizing = false
	if w != oldW {
		o.EmitChanged("implicitWidth")
	}
	if h != oldH {
		o.EmitChanged("implicitHeight")
	}
	if p := visualParent(o); p != nil && d.rect != old {
		childMoved(p, o, old, d.rect)
	}
}

// rect is a rectangle as x0, y0, x1, y1.
type rect [4]float64

// geometry returns an item's rectangle in its parent's coordinates.
func geometry(o *runtime.Object) rect {
	x, y := o.Property("x").ToFloat(), o.Property("y").ToFloat()
	return rect{x, y, x + o.Property("width").ToFloat(), y + o.Property("height").ToFloat()}
}

// union returns the bounds of r and q.
func (r rect) union(q rect) rect {
	return rect{min(r[0], q[0]), min(r[1], q[1]), max(r[2], q[2]), max(r[3], q[3])}
}

// inside reports whether q lies within r without touching its edges.
func (r rect) inside(q rect) bool {
	return q[0] > r[0] && q[1] > r[1] && q[2] < r[2] && q[3] < r[3]
}

// updateChildrenRect sets childrenRect to the bounds of o's children in
// its coordinates (all zero without children), as QQuickItem computes it.
func updateChildrenRect(o *runtime.Object) { childrenRectOf(o, childItems(o)) }

// childrenRectOf sets o's childrenRect from its children kids.
func childrenRectOf(o *runtime.Object, kids []*runtime.Object) {
	var r rect
	for i, c := range kids {
		cd := dataOf(c)
		if !cd.rectKnown {
			cd.rect, cd.rectKnown = geometry(c), true
		}
		if i == 0 {
			r = cd.rect
		} else {
			r = r.union(cd.rect)
		}
	}
	setChildrenRect(o, r)
}

// childMoved updates o's childrenRect after a child moved or resized from
// old to g: a child that grows it extends it, one that was and stays
// inside leaves it, any other change recomputes it.
func childMoved(o, c *runtime.Object, old, g rect) {
	d := dataOf(o)
	if !d.listsReady || d.placing || !dataOf(c).complete {
		return // computed once the children are known or placed
	}
	switch cur := d.childrenRect; {
	case cur.inside(old) && cur.inside(g):
	case cur.inside(old):
		setChildrenRect(o, cur.union(g))
	default:
		updateChildrenRect(o)
	}
}

// setChildrenRect stores a new childrenRect, notifying a change.
// childrenRectRead starts the tracking of the children's geometry on the
// first read of childrenRect, as Qt creates its QQuickContents then: when
// the children are complete, their rect replaces the empty one with a
// change signal.
func childrenRectRead(o *runtime.Object) {
	d := dataOf(o)
	if d.childrenRectRead {
		return
	}
	d.childrenRectRead = true
	if d.childrenRectSet && d.childrenRect != (rect{}) {
		o.EmitChanged("childrenRect")
	}
}

func setChildrenRect(o *runtime.Object, r rect) {
	d := dataOf(o)
	if d.childrenRectSet && d.childrenRect == r {
		return
	}
	d.childrenRect, d.childrenRectSet = r, true
	v := o.Engine().NewRect(r[0], r[1], r[2]-r[0], r[3]-r[1])
	if !d.childrenRectRead {
		// Qt tracks the children's geometry (and emits
		// childrenRectChanged) only once childrenRect has been read.
		o.SetSilently("childrenRect", v)
		return
	}
	o.SetInternal("childrenRect", v)
}

// fallback records which of a group of properties that read as another
// (anchors.leftMargin as anchors.margins, topPadding as padding) were given
// a value of their own.
type fallback map[string]bool

// fallbackOf returns the fallback record of an anchors group or a
// positioner, kept in its Data.
func fallbackOf(o *runtime.Object) *fallback {
	if f, ok := o.Data.(*fallback); ok {
		return f
	}
	f := &fallback{}
	o.Data = f
	return f
}

// copying marks fallback's own writes; the key is no property name.
const copying = ""

// fallbackSetter makes the setter of such a property: a value from QML
// makes it the property's own.
func fallbackSetter(of func(o *runtime.Object) *fallback, name string) func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	return func(o *runtime.Object, v goja.Value) (goja.Value, bool) {
		f := of(o)
		if *f == nil {
			*f = fallback{}
		}
		if !(*f)[copying] {
			(*f)[name] = true
		}
		return v, true
	}
}

// copy gives the properties in names without a value of their own the
// value of from.
func (f *fallback) copy(o *runtime.Object, from string, names []string) {
	if *f == nil {
		*f = fallback{}
	}
	(*f)[copying] = true
	for _, n := range names {
		if !(*f)[n] {
			o.SetInternal(n, o.Property(from))
		}
	}
	(*f)[copying] = false
}

func (f *fallback) has(name string) bool { return (*f)[name] }

func (f *fallback) set(name string) {
	if *f == nil {
		*f = fallback{}
	}
	(*f)[name] = true
}

// with runs fn with the mark name set.
func (f *fallback) with(name string, fn func()) {
	f.set(name)
	fn()
	(*f)[name] = false
}
