// Package quick provides a headless QtQuick module: Item and the common
// visual types with their properties, so that QML written for Qt's QtQuick
// runs without a screen. Nothing is drawn; geometry is kept as plain
// properties, Column and Row position their children, and anchors.fill /
// anchors.centerIn follow the target's size.
package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// Module returns the QtQuick module.
func Module() *runtime.Module {
	m := &runtime.Module{
		Name:      "QtQuick",
		Reexports: []string{"QtQml"},
		Gui:       true,
		Accepts:   func(major, minor int) bool { return major == 2 || major == 6 },
		Types: []*runtime.TypeSpec{
			{Name: "QQuickAnchors", Base: "QtObject", ClassName: "QQuickAnchors", Uncreatable: "Anchors is not creatable",
				Properties: []runtime.PropertySpec{
					{Name: "fill", Type: "QtObject", Changed: anchorsChanged},
					{Name: "centerIn", Type: "QtObject", Changed: anchorsChanged},
					{Name: "margins", Type: "real", Changed: anchorsChanged},
					{Name: "leftMargin", Type: "real"}, {Name: "rightMargin", Type: "real"},
					{Name: "topMargin", Type: "real"}, {Name: "bottomMargin", Type: "real"},
					{Name: "horizontalCenterOffset", Type: "real"}, {Name: "verticalCenterOffset", Type: "real"},
					{Name: "left", Type: "var"}, {Name: "right", Type: "var"}, {Name: "top", Type: "var"},
					{Name: "bottom", Type: "var"}, {Name: "horizontalCenter", Type: "var"},
					{Name: "verticalCenter", Type: "var"}, {Name: "baseline", Type: "var"},
				}},
			{Name: "QQuickPen", Base: "QtObject", ClassName: "QQuickPen", Uncreatable: "Pen is not creatable",
				Properties: []runtime.PropertySpec{
					{Name: "width", Type: "real", Default: 1},
					{Name: "color", Type: "color", Default: "#000000"},
					{Name: "pixelAligned", Type: "bool", Default: true},
				}},
			{Name: "QFont", Base: "QtObject", ClassName: "QFont", Uncreatable: "font is a value type",
				Properties: []runtime.PropertySpec{
					{Name: "family", Type: "string", Default: "Sans Serif"},
					{Name: "pixelSize", Type: "int", Default: -1},
					{Name: "pointSize", Type: "real", Default: 9},
					{Name: "bold", Type: "bool"}, {Name: "italic", Type: "bool"},
					{Name: "underline", Type: "bool"}, {Name: "strikeout", Type: "bool"},
					{Name: "weight", Type: "int", Default: 400},
					{Name: "capitalization", Type: "int"}, {Name: "letterSpacing", Type: "real"},
					{Name: "wordSpacing", Type: "real"},
				}},
			itemSpec(),
			{Name: "Rectangle", Base: "Item", ClassName: "QQuickRectangle",
				Properties: []runtime.PropertySpec{
					{Name: "color", Type: "color", Default: "#ffffff"},
					{Name: "radius", Type: "real"},
					{Name: "border", Type: "QQuickPen"},
					{Name: "gradient", Type: "var"},
				},
				Init: func(o *runtime.Object) { group(o, "border", "QQuickPen") }},
			{Name: "Text", Base: "Item", ClassName: "QQuickText",
				Properties: []runtime.PropertySpec{
					{Name: "text", Type: "string"},
					{Name: "color", Type: "color", Default: "#000000"},
					{Name: "font", Type: "QFont"},
					{Name: "horizontalAlignment", Type: "int", Default: 1},
					{Name: "verticalAlignment", Type: "int", Default: 32},
					{Name: "wrapMode", Type: "int"}, {Name: "elide", Type: "int"},
					{Name: "textFormat", Type: "int", Default: 2},
					{Name: "lineCount", Type: "int", ReadOnly: true, Default: 1},
				},
				Init: func(o *runtime.Object) { group(o, "font", "QFont") }},
			{Name: "MouseArea", Base: "Item", ClassName: "QQuickMouseArea",
				Properties: []runtime.PropertySpec{
					{Name: "hoverEnabled", Type: "bool"},
					{Name: "containsMouse", Type: "bool", ReadOnly: true},
					{Name: "pressed", Type: "bool", ReadOnly: true},
					{Name: "acceptedButtons", Type: "int", Default: 1},
					{Name: "mouseX", Type: "real", ReadOnly: true},
					{Name: "mouseY", Type: "real", ReadOnly: true},
				},
				Signals: []runtime.SignalSpec{
					{Name: "clicked", Params: []runtime.ParamSpec{{Name: "mouse", Type: "var"}}},
					{Name: "doubleClicked", Params: []runtime.ParamSpec{{Name: "mouse", Type: "var"}}},
					{Name: "pressAndHold", Params: []runtime.ParamSpec{{Name: "mouse", Type: "var"}}},
					{Name: "released", Params: []runtime.ParamSpec{{Name: "mouse", Type: "var"}}},
					{Name: "entered"}, {Name: "exited"}, {Name: "canceled"},
				}},
			positioner("Column", "QQuickColumn", true),
			positioner("Row", "QQuickRow", false),
			runtime.RepeaterSpec(),
			loaderSpec(),
			{Name: "State", Base: "QtObject", ClassName: "QQuickState",
				Properties: []runtime.PropertySpec{
					{Name: "name", Type: "string"}, {Name: "when", Type: "bool", Changed: whenChanged},
					{Name: "changes", Type: "list<QtObject>"},
				},
				DefaultProperty: "changes"},
			{Name: "PropertyChanges", Base: "QtObject", ClassName: "QQuickPropertyChanges",
				Properties: []runtime.PropertySpec{
					{Name: "target", Type: "QtObject"},
					{Name: "explicit", Type: "bool"},
					{Name: "restoreEntryValues", Type: "bool", Default: true},
				},
				// Any other property names a property of the target.
				AnyProperty: true},
		},
	}
	m.Types = append(m.Types, animationTypes()...)
	return m
}

// group creates the object behind a grouped property (border, font,
// anchors) for a new instance.
func group(o *runtime.Object, prop, typeName string) {
	g, err := o.Engine().CreateObject("QtQuick", typeName, o)
	if err != nil {
		panic(err)
	}
	o.SetSilently(prop, g)
}

func itemSpec() *runtime.TypeSpec {
	reals := []string{"x", "y", "z", "implicitWidth", "implicitHeight", "rotation", "baselineOffset"}
	var props []runtime.PropertySpec
	for _, n := range reals {
		props = append(props, runtime.PropertySpec{Name: n, Type: "real"})
	}
	props = append(props,
		runtime.PropertySpec{Name: "width", Type: "real", Changed: sizeChanged},
		runtime.PropertySpec{Name: "height", Type: "real", Changed: sizeChanged},
		runtime.PropertySpec{Name: "scale", Type: "real", Default: 1},
		runtime.PropertySpec{Name: "opacity", Type: "real", Default: 1},
		runtime.PropertySpec{Name: "visible", Type: "bool", Default: true, Changed: visibilityChanged},
		runtime.PropertySpec{Name: "enabled", Type: "bool", Default: true},
		runtime.PropertySpec{Name: "clip", Type: "bool"},
		runtime.PropertySpec{Name: "focus", Type: "bool"},
		runtime.PropertySpec{Name: "activeFocus", Type: "bool", ReadOnly: true},
		runtime.PropertySpec{Name: "antialiasing", Type: "bool"},
		runtime.PropertySpec{Name: "smooth", Type: "bool", Default: true},
		runtime.PropertySpec{Name: "state", Type: "string", Changed: stateChanged},
		runtime.PropertySpec{Name: "states", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "transitions", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "parent", Type: "QtObject", Changed: reparented},
		runtime.PropertySpec{Name: "data", Type: "list<QtObject>", Changed: dataChanged},
		runtime.PropertySpec{Name: "children", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "resources", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "visibleChildren", Type: "list<QtObject>", ReadOnly: true},
		runtime.PropertySpec{Name: "anchors", Type: "QQuickAnchors", ReadOnly: true},
	)
	return &runtime.TypeSpec{
		Name: "Item", Base: "QtObject", ClassName: "QQuickItem",
		Properties:      props,
		DefaultProperty: "data",
		Methods: []runtime.MethodSpec{
			{Name: "forceActiveFocus", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value { return goja.Undefined() }},
			{Name: "childAt", Call: func(o *runtime.Object, c goja.FunctionCall) goja.Value { return goja.Null() }},
		},
		Init: func(o *runtime.Object) {
			group(o, "anchors", "QQuickAnchors")
			// The visual parent is known at creation, before any binding
			// (anchors.fill: parent) is evaluated.
			if p := o.Parent(); p != nil && isItem(p) {
				o.SetSilently("parent", p)
			}
		},
		Complete: func(o *runtime.Object) { dataChanged(o) },
	}
}

// isItem reports whether o is an Item (visual child) rather than a plain
// object (resource).
func isItem(o *runtime.Object) bool {
	return o.Property("anchors") != nil && o.Property("data") != nil
}

// dataChanged splits data into children (Items) and resources, and makes
// the Item children point at their parent.
func dataChanged(o *runtime.Object) {
	var kids, res []*runtime.Object
	for _, x := range o.ListItems("data") {
		if x == nil {
			continue
		}
		if isItem(x) {
			kids = append(kids, x)
			if o.Engine().ObjectOf(x.Property("parent")) != o {
				x.SetSilently("parent", o)
			}
		} else {
			res = append(res, x)
		}
	}
	o.SetList("children", kids)
	o.SetList("resources", res)
	updateVisibleChildren(o)
}

// updateVisibleChildren lists the children of o whose visible is true.
func updateVisibleChildren(o *runtime.Object) {
	var vis []*runtime.Object
	for _, x := range o.ListItems("children") {
		if x.Property("visible").ToBoolean() {
			vis = append(vis, x)
		}
	}
	o.SetList("visibleChildren", vis)
}

// visibilityChanged keeps the parent's visibleChildren up to date.
func visibilityChanged(o *runtime.Object) {
	if p := o.Parent(); p != nil && isItem(p) && p.Completed() {
		updateVisibleChildren(p)
	}
}

// reparented moves an Item to the data of its new parent.
func reparented(o *runtime.Object) {
	e := o.Engine()
	np := unwrapObject(e, o.Property("parent"))
	if old := o.Parent(); old != nil && old != np && isItem(old) {
		var rest []*runtime.Object
		for _, x := range old.ListItems("data") {
			if x != o {
				rest = append(rest, x)
			}
		}
		old.SetList("data", rest) // its Changed hook, dataChanged, runs
	}
	if np != nil && isItem(np) {
		for _, x := range np.ListItems("data") {
			if x == o {
				return
			}
		}
		np.SetList("data", append(np.ListItems("data"), o))
	}
}

func unwrapObject(e *runtime.Engine, v goja.Value) *runtime.Object {
	return e.ObjectOf(v)
}

func sizeChanged(o *runtime.Object) {
	for _, x := range o.ListItems("children") {
		if a := unwrapObject(o.Engine(), x.Property("anchors")); a != nil {
			anchorsChanged(a)
		}
	}
}

// anchorsChanged applies anchors.fill and anchors.centerIn.
func anchorsChanged(a *runtime.Object) {
	e := a.Engine()
	item := a.Parent()
	if item == nil {
		return
	}
	m := a.Property("margins").ToFloat()
	if t := unwrapObject(e, a.Property("fill")); t != nil {
		x, y := 0.0, 0.0
		if t != item.Parent() {
			x, y = t.Property("x").ToFloat(), t.Property("y").ToFloat()
		}
		item.SetInternal("x", x+m)
		item.SetInternal("y", y+m)
		item.SetInternal("width", t.Property("width").ToFloat()-2*m)
		item.SetInternal("height", t.Property("height").ToFloat()-2*m)
	}
	if t := unwrapObject(e, a.Property("centerIn")); t != nil {
		item.SetInternal("x", (t.Property("width").ToFloat()-item.Property("width").ToFloat())/2)
		item.SetInternal("y", (t.Property("height").ToFloat()-item.Property("height").ToFloat())/2)
	}
}

// positioner makes Column (vertical) or Row: children placed one after
// the other with spacing; the positioner's size covers them.
func positioner(name, class string, vertical bool) *runtime.TypeSpec {
	layout := func(o *runtime.Object) {
		pos, across := 0.0, 0.0
		sp := o.Property("spacing").ToFloat()
		placed := 0
		for _, x := range o.ListItems("children") {
			w, h := x.Property("width").ToFloat(), x.Property("height").ToFloat()
			// As Qt's positioners: an item that is not visible or has
			// no width or height is not laid out.
			if w == 0 || h == 0 || !x.Property("visible").ToBoolean() {
				continue
			}
			if placed > 0 {
				pos += sp
			}
			placed++
			if vertical {
				x.SetInternal("y", pos)
				pos += h
				across = max(across, w)
			} else {
				x.SetInternal("x", pos)
				pos += w
				across = max(across, h)
			}
		}
		if vertical {
			o.SetInternal("width", across)
			o.SetInternal("height", pos)
		} else {
			o.SetInternal("width", pos)
			o.SetInternal("height", across)
		}
	}
	return &runtime.TypeSpec{
		Name: name, Base: "Item", ClassName: class,
		Properties: []runtime.PropertySpec{{Name: "spacing", Type: "real"}, {Name: "padding", Type: "real"}},
		// Laid out once its children are complete (a Repeater's items
		// exist then); there is no later layout pass without a window, as
		// in Qt run headless.
		Complete: func(o *runtime.Object) { o.AfterComplete(func() { layout(o) }) },
	}
}
