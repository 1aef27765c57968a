// Package quick provides a headless QtQuick module: Item and the common
// visual types with their properties, so that QML written for Qt's QtQuick
// runs without a screen. Nothing is drawn; geometry is kept as plain
// properties, Column and Row position their children, anchors place and
// size items against their parent's and siblings' lines, and visible and
// enabled are inherited from the visual parent as in Qt.
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
			anchorsSpec(), keysSpec(), layerSpec(),
			{Name: "QQuickPen", Base: "QtObject", ClassName: "QQuickPen", Uncreatable: "Pen is not creatable",
				Properties: []runtime.PropertySpec{
					{Name: "width", Type: "real", Default: 1},
					{Name: "color", Type: "color", Default: "#000000"},
					{Name: "pixelAligned", Type: "bool", Default: true},
				}},
			fontSpec(), fontEnums(),
			itemSpec(),
			rectangleSpec(), gradientSpec(), gradientStopSpec(), textSpec(), dragSpec(), mouseAreaSpec(),
			// Drag's enums (drag.axis: Drag.XAxis); its attached object is not here.
			{Name: "Drag", Base: "QtObject", ClassName: "QQuickDrag", Uncreatable: "Drag is only available via attached properties",
				Enums: map[string]int{"XAxis": 1, "YAxis": 2, "XAndYAxis": 3, "XandYAxis": 3, "None": 0, "Automatic": 1, "Internal": 2}},
			positioner("Column", "QQuickColumn", layoutColumn, nil, nil),
			positioner("Row", "QQuickRow", layoutRow, nil, nil),
			positioner("Grid", "QQuickGrid", layoutGrid, []runtime.PropertySpec{
				{Name: "columns", Type: "int", Default: -1}, {Name: "rows", Type: "int", Default: -1},
				{Name: "rowSpacing", Type: "real", Set: fallbackSetter(fallbackOf, "rowSpacing")},
				{Name: "columnSpacing", Type: "real", Set: fallbackSetter(fallbackOf, "columnSpacing")},
				{Name: "flow", Type: "int"}, {Name: "horizontalItemAlignment", Type: "int", Default: 1},
				{Name: "verticalItemAlignment", Type: "int", Default: 32},
			}, map[string]int{"LeftToRight": 0, "TopToBottom": 1,
				"AlignLeft": 1, "AlignRight": 2, "AlignHCenter": 4, "AlignTop": 32, "AlignBottom": 64, "AlignVCenter": 128}),
			positioner("Flow", "QQuickFlow", layoutFlow, []runtime.PropertySpec{{Name: "flow", Type: "int"}},
				map[string]int{"LeftToRight": 0, "TopToBottom": 1}),
			runtime.RepeaterSpec(),
			loaderSpec(),
			stateGroupSpec(), anchorSetSpec(), anchorChangesSpec(), transitionSpec(),
			{Name: "State", Base: "QtObject", ClassName: "QQuickState",
				Properties: []runtime.PropertySpec{
					{Name: "name", Type: "string"}, {Name: "when", Type: "bool", Changed: whenChanged},
					{Name: "extend", Type: "string"},
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

// layerSpec is an Item's layer group: its settings are kept; nothing is
// rendered.
func layerSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "QQuickItemLayer", Base: "QtObject", ClassName: "QQuickItemLayer",
		Uncreatable: "layer is a group",
		Properties: []runtime.PropertySpec{
			{Name: "enabled", Type: "bool"}, {Name: "smooth", Type: "bool"}, {Name: "mipmap", Type: "bool"},
			{Name: "textureSize", Type: "size", Default: "-1x-1"}, {Name: "format", Type: "int", Default: 1},
			{Name: "effect", Type: "QtObject"}, {Name: "samplerName", Type: "string", Default: "source"},
			{Name: "sourceRect", Type: "rect"}, {Name: "wrapMode", Type: "int"},
			{Name: "textureMirroring", Type: "int", Default: 2}, {Name: "samples", Type: "int"},
		}}
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
	var props []runtime.PropertySpec
	for _, n := range []string{"z", "rotation", "baselineOffset"} {
		props = append(props, runtime.PropertySpec{Name: n, Type: "real"})
	}
	for _, n := range edgeNames {
		props = append(props, runtime.PropertySpec{Name: n, Type: "var", ReadOnly: true})
	}
	props = append(props,
		runtime.PropertySpec{Name: "x", Type: "real", Stored: geometryChanged, Set: posSetter(false), Bindable: true},
		runtime.PropertySpec{Name: "y", Type: "real", Stored: geometryChanged, Set: posSetter(true), Bindable: true},
		runtime.PropertySpec{Name: "width", Type: "real", Stored: geometryChanged, Set: sizeSetter(false), Bindable: true},
		runtime.PropertySpec{Name: "height", Type: "real", Stored: geometryChanged, Set: sizeSetter(true), Bindable: true},
		runtime.PropertySpec{Name: "implicitWidth", Type: "real", Stored: implicitChanged(false)},
		runtime.PropertySpec{Name: "implicitHeight", Type: "real", Stored: implicitChanged(true)},
		runtime.PropertySpec{Name: "scale", Type: "real", Default: 1},
		runtime.PropertySpec{Name: "opacity", Type: "real", Default: 1, Set: setOpacity},
		runtime.PropertySpec{Name: "visible", Type: "bool", Default: true, Set: inheritedSetter("visible", visibleFlag), Changed: visibilityChanged},
		runtime.PropertySpec{Name: "enabled", Type: "bool", Default: true, Set: inheritedSetter("enabled", enabledFlag)},
		runtime.PropertySpec{Name: "transformOrigin", Type: "int", Default: 4},
		runtime.PropertySpec{Name: "clip", Type: "bool"},
		runtime.PropertySpec{Name: "focus", Type: "bool", Set: focusSet},
		runtime.PropertySpec{Name: "activeFocus", Type: "bool", ReadOnly: true},
		runtime.PropertySpec{Name: "antialiasing", Type: "bool"},
		runtime.PropertySpec{Name: "smooth", Type: "bool", Default: true},
		runtime.PropertySpec{Name: "state", Type: "string", Changed: stateChanged},
		runtime.PropertySpec{Name: "states", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "transitions", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "parent", Type: "QtObject", Changed: reparented},
		runtime.PropertySpec{Name: "data", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "children", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "resources", Type: "list<QtObject>"},
		runtime.PropertySpec{Name: "visibleChildren", Type: "list<QtObject>", ReadOnly: true},
		runtime.PropertySpec{Name: "childrenRect", Type: "rect", ReadOnly: true, Read: childrenRectRead},
		runtime.PropertySpec{Name: "anchors", Type: "QQuickAnchors", ReadOnly: true},
		runtime.PropertySpec{Name: "layer", Type: "QQuickItemLayer", ReadOnly: true},
		// The Keys attached object, as a group: Keys.onPressed: ...
		runtime.PropertySpec{Name: "Keys", Type: "QQuickKeysAttached", ReadOnly: true},
	)
	return &runtime.TypeSpec{
		Name: "Item", Base: "QtObject", ClassName: "QQuickItem",
		Properties:      props,
		DefaultProperty: "data",
		// Item.TransformOrigin.
		Enums: map[string]int{"TopLeft": 0, "Top": 1, "TopRight": 2, "Left": 3, "Center": 4,
			"Right": 5, "BottomLeft": 6, "Bottom": 7, "BottomRight": 8},
		Methods: itemMethods(),
		Init: func(o *runtime.Object) {
			group(o, "anchors", "QQuickAnchors")
			group(o, "layer", "QQuickItemLayer")
			group(o, "Keys", "QQuickKeysAttached")
			itemLines(o)
			// The visual parent is known at creation, before any binding
			// (anchors.fill: parent) is evaluated.
			if p := o.Parent(); p != nil && isItem(p) {
				o.SetSilently("parent", p)
				d := dataOf(o)
				d.vparent = p
				d.parentHidden, d.parentDisabled = !p.Property("visible").ToBoolean(), !p.Property("enabled").ToBoolean()
				if d.parentHidden {
					o.SetSilently("visible", false)
				}
				if d.parentDisabled {
					o.SetSilently("enabled", false)
				}
			}
			o.Connect("dataChanged", func([]goja.Value) {
				if d := dataOf(o); d.complete && !d.sortingData && !d.appending {
					dataChanged(o)
				}
			})
			// children.push(item) or resources.push(obj) from QML add to
			// data, which makes the item a child.
			for _, l := range []string{"childrenChanged", "resourcesChanged"} {
				o.Connect(l, func([]goja.Value) {
					if d := dataOf(o); d.complete && !d.updatingLists {
						o.SetList("data", append(o.ListItems("resources"), o.ListItems("children")...))
					}
				})
			}
		},
		Complete: func(o *runtime.Object) {
			dataOf(o).complete = true
			dataChanged(o)
			dataOf(o).listsReady = true
			// Made by createObject(parent) or Qt.createQmlObject: the
			// parent, complete already, takes it among its children.
			if p := visualParent(o); p != nil && dataOf(p).complete && !contains(p.ListItems("data"), o) {
				appendChild(p, o)
			}
			if hasAnchors(o) {
				layoutAnchors(o)
			}
		},
		Destroy: func(o *runtime.Object) {
			// A destroyed item leaves its visual parent's children.
			if p := dataOf(o).vparent; p != nil && !p.Destroying() {
				var rest []*runtime.Object
				for _, x := range p.ListItems("data") {
					if x != o {
						rest = append(rest, x)
					}
				}
				p.SetList("data", rest)
			}
			forgetItem(o)
		},
	}
}

// appendChild adds a new Item at the end of p's data and children, as
// dataChanged would but without going over the other children again (a
// Repeater makes its items one by one).
func appendChild(p, o *runtime.Object) {
	d := dataOf(p)
	d.appending = true
	p.SetList("data", append(p.ListItems("data"), o))
	d.appending = false
	d.updatingLists = true
	p.SetList("children", append(p.ListItems("children"), o))
	if o.Property("visible").ToBoolean() {
		p.SetList("visibleChildren", append(p.ListItems("visibleChildren"), o))
	}
	d.updatingLists = false
	cd := dataOf(o)
	cd.rect, cd.rectKnown = geometry(o), true
	if len(p.ListItems("children")) == 1 {
		setChildrenRect(p, cd.rect)
	} else {
		setChildrenRect(p, d.childrenRect.union(cd.rect))
	}
}

// contains reports whether list holds o.
func contains(list []*runtime.Object, o *runtime.Object) bool {
	for _, x := range list {
		if x == o {
			return true
		}
	}
	return false
}

// isItem reports whether o is an Item (visual child) rather than a plain
// object (resource).
func isItem(o *runtime.Object) bool {
	types := o.Engine().State(itemTypesKey{}, func() any { return map[*runtime.Type]bool{} }).(map[*runtime.Type]bool)
	t := o.Type()
	is, ok := types[t]
	if !ok {
		is = o.Property("anchors") != nil && o.Property("data") != nil
		types[t] = is
	}
	return is
}

// itemTypesKey keys the engine's cache of isItem by type: it runs for every
// entry of data on every change, and a type is an Item or not once and for
// all.
type itemTypesKey struct{}

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
			if visualParent(x) != o {
				x.SetInternal("parent", o) // reparented takes it from its former parent
			}
		} else {
			res = append(res, x)
		}
	}
	setList(o, "children", kids)
	setList(o, "resources", res)
	updateVisibleChildren(o, kids)
	childrenRectOf(o, kids)
	// Qt lists data as the resources followed by the children.
	if d := dataOf(o); !d.sortingData {
		sorted := append(res, kids...)
		if !sameList(sorted, o.ListItems("data")) {
			d.sortingData = true
			o.SetList("data", sorted)
			d.sortingData = false
		}
	}
}

// setList updates a list an Item derives from its data, notifying only a
// change after the creation (Qt's items fill them before any handler is
// connected).
func setList(o *runtime.Object, name string, items []*runtime.Object) {
	if sameList(items, o.ListItems(name)) {
		return
	}
	d := dataOf(o)
	if !d.listsReady {
		o.SetListSilently(name, items)
		return
	}
	d.updatingLists = true
	o.SetList(name, items)
	d.updatingLists = false
}

// sameList reports whether two lists hold the same objects in the same
// order (nil entries are left out of sorted lists).
func sameList(a, b []*runtime.Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// updateVisibleChildren lists the children of o whose visible is true.
func updateVisibleChildren(o *runtime.Object, kids []*runtime.Object) {
	var vis []*runtime.Object
	for _, x := range kids {
		if x.Property("visible").ToBoolean() {
			vis = append(vis, x)
		}
	}
	setList(o, "visibleChildren", vis)
}

// visibilityChanged keeps the parent's visibleChildren up to date.
func visibilityChanged(o *runtime.Object) {
	if p := visualParent(o); p != nil && dataOf(p).complete {
		updateVisibleChildren(p, p.ListItems("children"))
	}
}

// reparented moves an Item from the data of its former visual parent to
// that of its new one, where it takes on the parent's visibility and
// enabled state.
func reparented(o *runtime.Object) {
	d := dataOf(o)
	np := visualParent(o)
	if old := d.vparent; old != nil && old != np && !old.Destroying() {
		var rest []*runtime.Object
		for _, x := range old.ListItems("data") {
			if x != o {
				rest = append(rest, x)
			}
		}
		old.SetList("data", rest)
	}
	d.vparent = np
	if np != nil && !contains(np.ListItems("data"), o) {
		np.SetList("data", append(np.ListItems("data"), o))
	}
	adoptParentState(o)
	if hasAnchors(o) {
		layoutAnchors(o)
	}
}
