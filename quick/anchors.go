package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// edge is one anchor line of an Item.
type edge int

const (
	edgeLeft edge = iota
	edgeRight
	edgeHCenter
	edgeTop
	edgeBottom
	edgeVCenter
	edgeBaseline
)

// edgeNames are the Item properties giving its anchor lines, in edge order;
// the anchors group has properties of the same names.
var edgeNames = [...]string{"left", "right", "horizontalCenter", "top", "bottom", "verticalCenter", "baseline"}

// anchorLine is the value of item.left, item.top, ...: what anchors.left
// and the others are assigned.
type anchorLine struct {
	item *runtime.Object
	edge edge
}

// QMLText is what console.log prints for an anchor line, set or not.
func (*anchorLine) QMLText() string { return "QQuickAnchorLine()" }

// marginNames are the margins that read as anchors.margins until given a
// value of their own.
var marginNames = []string{"leftMargin", "rightMargin", "topMargin", "bottomMargin"}

// anchorsSpec is the anchors grouped property of every Item.
func anchorsSpec() *runtime.TypeSpec {
	var props []runtime.PropertySpec
	for _, n := range edgeNames {
		props = append(props, runtime.PropertySpec{Name: n, Type: "var", Set: setLine, Changed: anchorsChanged})
	}
	props = append(props,
		runtime.PropertySpec{Name: "fill", Type: "var", Set: setTarget, Changed: anchorsChanged},
		runtime.PropertySpec{Name: "centerIn", Type: "var", Set: setTarget, Changed: anchorsChanged},
		runtime.PropertySpec{Name: "margins", Type: "real", Changed: marginsChanged},
		runtime.PropertySpec{Name: "horizontalCenterOffset", Type: "real", Changed: anchorsChanged},
		runtime.PropertySpec{Name: "verticalCenterOffset", Type: "real", Changed: anchorsChanged},
		runtime.PropertySpec{Name: "baselineOffset", Type: "real", Changed: anchorsChanged},
		runtime.PropertySpec{Name: "alignWhenCentered", Type: "bool", Default: true, Changed: anchorsChanged},
	)
	for _, n := range marginNames {
		props = append(props, runtime.PropertySpec{Name: n, Type: "real", Changed: anchorsChanged,
			Set: fallbackSetter(fallbackOf, n)})
	}
	return &runtime.TypeSpec{Name: "QQuickAnchors", Base: "QtObject", ClassName: "QQuickAnchors",
		Uncreatable: "Anchors is not creatable", Properties: props,
		Init: func(a *runtime.Object) {
			for _, n := range edgeNames {
				a.SetSilently(n, a.Runtime().ToValue(&anchorLine{}))
			}
			a.SetSilently("fill", goja.Null())
			a.SetSilently("centerIn", goja.Null())
		}}
}

// setLine is the setter of anchors.left and the other lines: an Item's
// line, or undefined / null to anchor that line no more (it then reads as
// an empty line, as in Qt).
func setLine(a *runtime.Object, v goja.Value) (goja.Value, bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return a.Runtime().ToValue(&anchorLine{}), true
	}
	if _, ok := v.Export().(*anchorLine); ok {
		return v, true
	}
	return nil, false
}

// setTarget is the setter of anchors.fill and anchors.centerIn: an Item,
// or undefined / null for none (read as null).
func setTarget(a *runtime.Object, v goja.Value) (goja.Value, bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return goja.Null(), true
	}
	if t := a.Engine().ObjectOf(v); t != nil && isItem(t) {
		return v, true
	}
	return nil, false
}

// marginsChanged copies anchors.margins into the margins not given.
func marginsChanged(a *runtime.Object) {
	fallbackOf(a).copy(a, "margins", marginNames)
	anchorsChanged(a)
}

// anchorsChanged lays out the item owning an anchors group.
func anchorsChanged(a *runtime.Object) {
	if item := a.Parent(); item != nil && isItem(item) {
		layoutAnchors(item)
	}
}

// anchorsOf returns an Item's anchors group.
func anchorsOf(o *runtime.Object) *runtime.Object {
	return o.Engine().ObjectOf(o.Property("anchors"))
}

// lineOf returns the anchor line an anchors property holds, if any.
func lineOf(a *runtime.Object, name string) *anchorLine {
	v := a.Property(name)
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	if l, _ := v.Export().(*anchorLine); l != nil && l.item != nil {
		return l
	}
	return nil
}

// itemLines gives the anchor lines of an Item, for its properties left,
// right, ...
func itemLines(o *runtime.Object) {
	for i, n := range edgeNames {
		o.SetSilently(n, o.Runtime().ToValue(&anchorLine{item: o, edge: edge(i)}))
	}
}

// anchoredPos reports whether an edge of o's horizontal (or vertical)
// position is held by its anchors.
func anchoredPos(o *runtime.Object, vertical bool) bool {
	a := anchorsOf(o)
	if a == nil {
		return false
	}
	if a.Engine().ObjectOf(a.Property("fill")) != nil || a.Engine().ObjectOf(a.Property("centerIn")) != nil {
		return true
	}
	if vertical {
		return lineOf(a, "top") != nil || lineOf(a, "bottom") != nil || lineOf(a, "verticalCenter") != nil || lineOf(a, "baseline") != nil
	}
	return lineOf(a, "left") != nil || lineOf(a, "right") != nil || lineOf(a, "horizontalCenter") != nil
}

// anchoredSize reports whether two anchored lines fix o's width (or
// height).
func anchoredSize(o *runtime.Object, vertical bool) bool {
	a := anchorsOf(o)
	if a == nil {
		return false
	}
	if a.Engine().ObjectOf(a.Property("fill")) != nil {
		return true
	}
	n := 0
	names := edgeNames[:3]
	if vertical {
		names = edgeNames[3:6]
	}
	for _, name := range names {
		if lineOf(a, name) != nil {
			n++
		}
	}
	return n >= 2
}

// linePos returns where an anchor line lies in the coordinates of item's
// parent; only the parent's and siblings' lines can be anchored to, as in
// Qt.
func linePos(item *runtime.Object, l *anchorLine) (float64, bool) {
	t := l.item
	if t == nil || t.Destroyed() {
		return 0, false
	}
	td := dataOf(t)
	if td.dependents == nil {
		td.dependents = map[*runtime.Object]struct{}{}
	}
	td.dependents[item] = struct{}{}
	var origin float64
	parent := visualParent(item)
	switch {
	case t == parent:
	case parent != nil && visualParent(t) == parent:
		if l.edge >= edgeTop {
			origin = t.Property("y").ToFloat()
		} else {
			origin = t.Property("x").ToFloat()
		}
	default:
		return 0, false
	}
	switch l.edge {
	case edgeLeft, edgeTop:
		return origin, true
	case edgeRight:
		return origin + t.Property("width").ToFloat(), true
	case edgeBottom:
		return origin + t.Property("height").ToFloat(), true
	case edgeHCenter:
		return origin + half(t.Property("width").ToFloat()), true
	case edgeVCenter:
		return origin + half(t.Property("height").ToFloat()), true
	default: // edgeBaseline
		return origin + t.Property("baselineOffset").ToFloat(), true
	}
}

// half is where Qt puts the center of a length: a length whose whole part
// is odd is centered half a unit further, so that centering keeps whole
// coordinates whole.
func half(n float64) float64 {
	if int64(n)%2 != 0 {
		return (n + 1) / 2
	}
	return n / 2
}

// axis is the state of one direction of an item's anchors.
type axis struct {
	lo, hi, center        *anchorLine
	loMargin, hiMargin    float64
	offset                float64
	pos, size             string
	vertical, alignCenter bool
}

// layoutAnchors places (and sizes) an Item by its anchors, as
// QQuickAnchors does when any line it is anchored to moves.
func layoutAnchors(item *runtime.Object) {
	a := anchorsOf(item)
	d := dataOf(item)
	// Before the item is complete its anchor bindings may not have been
	// evaluated (reading them would, before later ids exist); its
	// Complete hook lays it out.
	if a == nil || d.anchoring || !d.complete {
		return
	}
	d.anchored = hasAnchors(item)
	e := item.Engine()
	h := axis{pos: "x", size: "width", loMargin: a.Property("leftMargin").ToFloat(), hiMargin: a.Property("rightMargin").ToFloat(),
		offset: a.Property("horizontalCenterOffset").ToFloat()}
	v := axis{pos: "y", size: "height", vertical: true, loMargin: a.Property("topMargin").ToFloat(), hiMargin: a.Property("bottomMargin").ToFloat(),
		offset: a.Property("verticalCenterOffset").ToFloat()}
	h.alignCenter = a.Property("alignWhenCentered").ToBoolean()
	v.alignCenter = h.alignCenter
	if t := e.ObjectOf(a.Property("fill")); t != nil {
		h.lo, h.hi = &anchorLine{t, edgeLeft}, &anchorLine{t, edgeRight}
		v.lo, v.hi = &anchorLine{t, edgeTop}, &anchorLine{t, edgeBottom}
	} else {
		h.lo, h.hi, h.center = lineOf(a, "left"), lineOf(a, "right"), lineOf(a, "horizontalCenter")
		v.lo, v.hi, v.center = lineOf(a, "top"), lineOf(a, "bottom"), lineOf(a, "verticalCenter")
		if t := e.ObjectOf(a.Property("centerIn")); t != nil {
			h.center, v.center = &anchorLine{t, edgeHCenter}, &anchorLine{t, edgeVCenter}
		}
		if v.lo == nil && v.hi == nil && v.center == nil {
			if b := lineOf(a, "baseline"); b != nil {
				if y, ok := linePos(item, b); ok {
					d.anchoring = true
					item.SetInternal("y", y+a.Property("baselineOffset").ToFloat()-item.Property("baselineOffset").ToFloat())
					d.anchoring = false
				}
			}
		}
	}
	d.anchoring = true
	defer func() { d.anchoring = false }()
	h.apply(item)
	v.apply(item)
}

// apply sets the position (and size, with two lines) along one axis.
func (ax *axis) apply(item *runtime.Object) {
	size := item.Property(ax.size).ToFloat()
	var lo, hi, c float64
	okLo, okHi, okC := false, false, false
	if ax.lo != nil {
		lo, okLo = linePos(item, ax.lo)
		lo += ax.loMargin
	}
	if ax.hi != nil {
		hi, okHi = linePos(item, ax.hi)
		hi -= ax.hiMargin
	}
	if ax.center != nil {
		c, okC = linePos(item, ax.center)
		c += ax.offset
	}
	// A stretched item gets its size before its position, as in Qt.
	switch {
	case okLo && okHi:
		item.SetInternal(ax.size, hi-lo)
		item.SetInternal(ax.pos, lo)
	case okLo && okC:
		item.SetInternal(ax.size, (c-lo)*2)
		item.SetInternal(ax.pos, lo)
	case okHi && okC:
		item.SetInternal(ax.size, (hi-c)*2)
		item.SetInternal(ax.pos, hi-(hi-c)*2)
	case okLo:
		item.SetInternal(ax.pos, lo)
	case okHi:
		item.SetInternal(ax.pos, hi-size)
	case okC:
		if ax.alignCenter {
			item.SetInternal(ax.pos, c-half(size))
		} else {
			item.SetInternal(ax.pos, c-size/2)
		}
	}
}

// geometryChanged re-lays out what is anchored to an Item after its
// position or size changed (the item itself, as a right or center anchor
// depends on its size, and the items that used its lines), and updates its
// parent's childrenRect.
func geometryChanged(o *runtime.Object) {
	d := dataOf(o)
	if d.anchored {
		layoutAnchors(o)
	}
	for dep := range d.dependents {
		if dep.Destroyed() {
			delete(d.dependents, dep)
			continue
		}
		layoutAnchors(dep)
	}
	old := d.rect
	d.rect, d.rectKnown = geometry(o), true
	if p := visualParent(o); p != nil && !d.sizing {
		childMoved(p, o, old, d.rect)
	}
}

// hasAnchors reports whether any line of o is anchored.
func hasAnchors(o *runtime.Object) bool {
	return anchoredPos(o, false) || anchoredPos(o, true)
}
