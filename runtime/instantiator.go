package runtime

import (
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// instantiator is the Go side of an Instantiator: one delegate object per
// model entry while active, each created in a context of its own where
// `index`, `modelData` and (for a ListModel) `model` and the row's roles
// are names, as Qt's context properties are. A change of model, delegate
// or active removes every object (objectRemoved, first to last) and makes
// them again (objectAdded after each one's creation).
type instantiator struct {
	o        *Object
	complete bool
	objects  []*Object
	model    *listModel // a ListModel model, followed row by row
	// objModel: an ObjectModel model, whose objects are shown (not made,
	// and not destroyed when they are no longer shown)
	objModel *objectModel
	// repeater: QtQuick's Repeater, whose items go to its parent Item's
	// children, in front of it (itemAdded/itemRemoved, removed last to
	// first, no `object` or `active`).
	repeater bool
}

// signal names the view's added or removed signal.
func (st *instantiator) signal(added bool) string {
	switch {
	case st.repeater && added:
		return "itemAdded"
	case st.repeater:
		return "itemRemoved"
	case added:
		return "objectAdded"
	}
	return "objectRemoved"
}

// RepeaterSpec is QtQuick's Repeater, for the QtQuick module to register:
// it shares Instantiator's model handling.
func RepeaterSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "Repeater",
		Base:      "Item",
		ClassName: "QQuickRepeater",
		Properties: []PropertySpec{
			{Name: "count", Type: "int", ReadOnly: true},
			{Name: "delegate", Type: "Component", Changed: repeaterDelegateChanged},
			{Name: "model", Type: "var", Changed: repeaterModelChanged, Set: sameModelRefused},
		},
		DefaultProperty: "delegate",
		Signals: []SignalSpec{
			{Name: "itemAdded", Params: []ParamSpec{{Name: "index", Type: "int"}, {Name: "item", Type: "QtObject"}}},
			{Name: "itemRemoved", Params: []ParamSpec{{Name: "index", Type: "int"}, {Name: "item", Type: "QtObject"}}},
		},
		Methods:  []MethodSpec{{Name: "itemAt", Call: viewObjectAt}},
		Init:     func(o *Object) { o.Data = &instantiator{o: o, repeater: true} },
		Complete: viewComplete,
		Destroy:  viewDestroy,
	}
}

func viewObjectAt(o *Object, c goja.FunctionCall) goja.Value {
	st := o.Data.(*instantiator)
	i, ok := argIndex(c, 0)
	if !ok || i < 0 || i >= len(st.objects) {
		return goja.Null()
	}
	return o.e.wrap(st.objects[i])
}

func viewComplete(o *Object) {
	st := o.Data.(*instantiator)
	st.complete = true
	instantiatorRegenerate(o, false)
	if st.repeater && len(st.objects) > 0 {
		o.EmitChanged("count")
	}
}

// repeaterDelegateChanged remakes a Repeater's items with its new
// delegate; countChanged tells only of a different count.
func repeaterDelegateChanged(o *Object) {
	before := o.Property("count").ToInteger()
	instantiatorRegenerate(o, false)
	if o.Property("count").ToInteger() != before {
		o.EmitChanged("count")
	}
}

// sameModelRefused refuses a Repeater's model that is the one it has (the
// same object, or an equal number or string): Qt's setModel returns then,
// without remaking the items or emitting anything.
func sameModelRefused(o *Object, v goja.Value) (goja.Value, bool) {
	if old := o.Property("model"); old != nil && old.SameAs(v) {
		return v, false
	}
	return v, true
}

// repeaterModelChanged remakes a Repeater's items for its new model and,
// as Qt's setModel, emits countChanged whether the count changed or not,
// during the Repeater's creation too.
func repeaterModelChanged(o *Object) {
	instantiatorRegenerate(o, false)
	if m := o.e.objectModelOf(o.Property("model")); m != nil && !o.Data.(*instantiator).complete {
		// Qt's count is the model's: an ObjectModel's objects count at
		// once, a delegate model's rows only once it is complete.
		o.SetSilently("count", len(m.items()))
	}
	o.EmitChanged("count")
}

func viewDestroy(o *Object) {
	st := o.Data.(*instantiator)
	if st.model != nil {
		st.model.unwatch(st)
	}
	if st.objModel != nil {
		st.objModel.unwatch(st)
	}
	st.objects = nil
}

// place puts a Repeater's new item into its parent's data in front of the
// Repeater, at position at among the items (the parent's Item code makes
// it a child).
func (st *instantiator) place(obj *Object, at int) {
	vp := st.o.e.unwrap(st.o.Property("parent"))
	if vp == nil || vp.typ.prop("data") == nil {
		return
	}
	// The item may be in data already: an Item made with a complete
	// parent joins its data at the end; it moves to its place here.
	var data []*Object
	for _, x := range vp.ListItems("data") {
		if x != obj {
			data = append(data, x)
		}
	}
	pos := len(data)
	for i, x := range data {
		if x == st.o {
			pos = i - (len(st.objects) - 1 - at)
			break
		}
	}
	pos = max(0, min(pos, len(data)))
	data = append(data[:pos], append([]*Object{obj}, data[pos:]...)...)
	vp.SetList("data", data)
}

// unplace takes a Repeater's item out of its parent's data.
func (st *instantiator) unplace(obj *Object) {
	vp := st.o.e.unwrap(st.o.Property("parent"))
	if vp == nil || vp.typ.prop("data") == nil {
		return
	}
	data := vp.ListItems("data")
	for i, x := range data {
		if x == obj {
			vp.SetList("data", append(data[:i], data[i+1:]...))
			return
		}
	}
}

func instantiatorSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "Instantiator",
		Base:      "QtObject",
		ClassName: "QQmlInstantiator",
		Properties: []PropertySpec{
			{Name: "active", Type: "bool", Default: true, Changed: func(o *Object) { instantiatorRegenerate(o, false) }},
			{Name: "asynchronous", Type: "bool"},
			{Name: "count", Type: "int", ReadOnly: true},
			{Name: "delegate", Type: "Component", Changed: func(o *Object) { instantiatorRegenerate(o, true) }},
			{Name: "model", Type: "var", Default: 1, Changed: func(o *Object) { instantiatorRegenerate(o, true) }},
			{Name: "object", Type: "QtObject", ReadOnly: true},
		},
		DefaultProperty: "delegate",
		Signals: []SignalSpec{
			{Name: "objectAdded", Params: []ParamSpec{{Name: "index", Type: "int"}, {Name: "object", Type: "QtObject"}}},
			{Name: "objectRemoved", Params: []ParamSpec{{Name: "index", Type: "int"}, {Name: "object", Type: "QtObject"}}},
		},
		Methods:  []MethodSpec{{Name: "objectAt", Call: viewObjectAt}},
		Init:     func(o *Object) { o.Data = &instantiator{o: o} },
		Complete: viewComplete,
		Destroy:  viewDestroy,
	}
}

// listModelOf returns the ListModel a model value is, if it is one.
func (e *Engine) listModelOf(model goja.Value) *listModel {
	if obj, ok := model.(*goja.Object); ok {
		if o := e.unwrap(obj); o != nil {
			lm, _ := o.Data.(*listModel)
			return lm
		}
	}
	return nil
}

// rowEntry is what a delegate made for row i of a ListModel sees.
func (e *Engine) rowEntry(lm *listModel, i int) map[string]goja.Value {
	row := lm.rows[i]
	vals := map[string]goja.Value{}
	for _, r := range lm.roles {
		vals[r.name] = lm.value(row, r)
	}
	if row.item == nil {
		e.nextID++
		row.item = e.vm.NewDynamicObject(&lmItemView{lmView{m: lm, row: row, id: e.nextID}})
	}
	vals["model"] = row.item
	vals["index"] = e.vm.ToValue(i)
	return vals
}

// modelEntries lists what each delegate instance sees for a model value:
// a count (rounded; a negative one warns and makes none), an array's
// elements, a ListModel's rows, one QObject; a plain JavaScript object is
// no model. Besides modelData, each entry has Qt's `model` object.
func (e *Engine) modelEntries(model goja.Value) []map[string]goja.Value {
	if model == nil || goja.IsUndefined(model) || goja.IsNull(model) {
		return nil
	}
	entry := func(class string, i int, data goja.Value) map[string]goja.Value {
		e.nextID++
		acc := e.vm.NewDynamicObject(&itemData{e: e, class: class, index: i, data: data, id: e.nextID})
		return map[string]goja.Value{"modelData": data, "model": acc}
	}
	obj, isObj := model.(*goja.Object)
	if !isObj {
		f := model.ToFloat()
		if math.IsNaN(f) {
			f = 0
		}
		n := int(math.Floor(f + 0.5)) // qRound
		if n < 0 {
			e.print(fmt.Sprintf("Model size of %d is less than 0", n))
			return nil
		}
		entries := make([]map[string]goja.Value, 0, n)
		for i := 0; i < n; i++ {
			entries = append(entries, entry("QQmlDMListAccessorData", i, e.vm.ToValue(i)))
		}
		return entries
	}
	if o := e.unwrap(obj); o != nil {
		if lm, ok := o.Data.(*listModel); ok {
			entries := make([]map[string]goja.Value, 0, len(lm.rows))
			for i := range lm.rows {
				entries = append(entries, e.rowEntry(lm, i))
			}
			return entries
		}
		return []map[string]goja.Value{entry("QQmlDMObjectData", 0, obj)}
	}
	if obj.ClassName() == "Array" {
		n := int(obj.Get("length").ToInteger())
		entries := make([]map[string]goja.Value, 0, n)
		for i := 0; i < n; i++ {
			entries = append(entries, entry("QQmlDMListAccessorData", i, e.variantCopy(obj.Get(strconv.Itoa(i)), 0)))
		}
		return entries
	}
	return nil
}

// variantCopy is a value as it comes back from a QVariant, as an array
// model's elements do in Qt: plain objects become copies with their keys
// sorted (QVariantMap), arrays copies, recursively; other values are kept.
func (e *Engine) variantCopy(v goja.Value, depth int) goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok || depth > 64 {
		return v
	}
	switch {
	case obj.ClassName() == "Array":
		n := obj.Get("length").ToInteger()
		vals := make([]any, 0, min(n, 1<<16))
		for i := int64(0); i < n && i < 1<<16; i++ {
			vals = append(vals, e.variantCopy(obj.Get(strconv.FormatInt(i, 10)), depth+1))
		}
		return e.vm.NewArray(vals...)
	case e.isPlainObject(obj):
		keys := obj.Keys()
		sort.Strings(keys)
		out := e.vm.NewObject()
		for _, k := range keys {
			out.Set(k, e.variantCopy(obj.Get(k), depth+1))
		}
		return out
	}
	return v
}

// itemData is a delegate's `model` for a count, an array or an object
// model: Qt's item data object, with index, row, column, model and
// modelData.
type itemData struct {
	e     *Engine
	class string
	index int
	data  goja.Value
	id    uint64 // printed as its address
}

var itemDataKeys = []string{"objectName", "index", "row", "column", "model", "modelData",
	"objectNameChanged", "modelIndexChanged", "rowChanged", "columnChanged", "modelDataChanged"}

func (d *itemData) Get(key string) goja.Value {
	vm := d.e.vm
	switch key {
	case "objectName":
		return vm.ToValue("")
	case "index", "row":
		return vm.ToValue(d.index)
	case "column":
		return vm.ToValue(0)
	case "modelData":
		return d.data
	case "model":
		return goja.Undefined()
	case "toString":
		return vm.ToValue(func(goja.FunctionCall) goja.Value {
			return vm.ToValue(fmt.Sprintf("%s(0x%x)", d.class, 0x55d0c0de0000+d.id*0x40))
		})
	}
	return nil
}
func (d *itemData) Set(string, goja.Value) bool { return true }
func (d *itemData) Has(key string) bool {
	for _, k := range itemDataKeys[:6] {
		if k == key {
			return true
		}
	}
	return false
}
func (d *itemData) Delete(string) bool { return false }
func (d *itemData) Keys() []string     { return itemDataKeys }

// instantiatorRegenerate removes the objects made so far and makes them
// again for the current model, delegate and active. When the model or the
// delegate changed, the old objects see `index` -1 (and a ListModel's roles
// undefined) by the time objectRemoved reports them, as in Qt, whose model
// has let them go.
func instantiatorRegenerate(o *Object, modelGone bool) {
	st, ok := o.Data.(*instantiator)
	if !ok || !st.complete {
		return
	}
	e := o.e
	old := st.objects
	st.objects = nil
	var roles []lmRole // of the ListModel let go
	if st.model != nil {
		roles = st.model.roles
		st.model.unwatch(st)
		st.model = nil
	}
	borrowed := st.objModel != nil
	if borrowed {
		st.objModel.unwatch(st)
		st.objModel = nil
	}
	if modelGone && !borrowed {
		for _, obj := range old {
			setEntry(obj, "index", e.vm.ToValue(-1))
			if obj.ctx != nil && obj.ctx.extra != nil {
				for _, r := range roles {
					obj.ctx.setExtra(r.name, goja.Undefined())
				}
			}
		}
	}
	if st.repeater {
		// Last first, each released (destroyed) once it is reported.
		for i := len(old) - 1; i >= 0; i-- {
			o.Emit("itemRemoved", i, old[i])
			st.unplace(old[i])
			if !old[i].destroyed && !borrowed {
				e.destroyObject(old[i])
			}
		}
	} else {
		// Each is released (destroyed) right after it is reported.
		for i, obj := range old {
			o.Emit("objectRemoved", i, obj)
			if !obj.destroyed && !borrowed {
				e.destroyObject(obj)
			}
		}
	}
	for _, obj := range old {
		if !obj.destroyed && !borrowed {
			e.destroyObject(obj)
		}
	}
	if len(old) > 0 {
		if st.repeater {
			o.SetSilently("count", 0) // callers tell of the new count
		} else {
			// count reads the objects there are; it changes once,
			// when they are all made.
			o.SetSilently("count", 0)
			o.SetInternal("object", nil)
		}
	}
	model := o.Property("model")
	if m := e.objectModelOf(model); m != nil && (st.repeater || o.Property("active").ToBoolean()) {
		st.showObjects(m)
		if st.repeater {
			o.SetSilently("count", len(st.objects))
			return
		}
		st.countChanged(len(old))
		return
	}
	cd := st.delegate()
	if cd == nil {
		if !st.repeater {
			st.countChanged(len(old))
		}
		return
	}
	if st.model = e.listModelOf(model); st.model != nil {
		// Connected once the creation's objects are complete, after
		// the Connections completed with it, as in Qt.
		m := st.model
		m.watch(st)
		watch := func() {
			if st.model == m {
				m.connect(st)
			}
		}
		if c := e.completing; c != nil {
			c.watches = append(c.watches, watch)
		} else {
			watch()
		}
	}
	for i, entry := range e.modelEntries(model) {
		entry["index"] = e.vm.ToValue(i)
		st.add(cd, len(st.objects), entry, true)
	}
	if st.repeater {
		o.SetSilently("count", len(st.objects))
		return
	}
	st.countChanged(len(old))
}

// countChanged emits the Instantiator's countChanged when the number of
// objects differs from prev (count itself follows each object made).
func (st *instantiator) countChanged(prev int) {
	st.o.SetSilently("count", len(st.objects))
	if len(st.objects) != prev {
		st.o.EmitChanged("count")
	}
}

// add makes the delegate object for one model entry and puts it at
// position at. Qt sets `object` to the first object only when it makes
// them all; count is set by the caller once the batch is done.
func (st *instantiator) add(cd *componentData, at int, entry map[string]goja.Value, all bool) {
	o, e := st.o, st.o.e
	parent := o
	if st.repeater {
		if vp := e.unwrap(o.Property("parent")); vp != nil {
			parent = vp
		}
	}
	root := cd.template
	if cd.doc != nil {
		root = cd.doc.root
	}
	// A delegate with required properties gets the model's data in them,
	// as initial properties, and no context names, as in Qt 6; one the
	// model does not provide stops the creation.
	var props *initialProps
	if req := requiredProps(root.typ); len(req) > 0 {
		props = &initialProps{values: e.vm.NewObject(), ordered: true}
		for _, p := range req {
			v, ok := entry[p.name]
			if !ok {
				pos := root.ast.Pos
				e.print(fmt.Sprintf("%s:%d:%d: QML Component: Cannot create delegate", e.displayURL(pos.Filename), pos.Line, pos.Column))
				if prop, ok := p.decl.(*parser.Property); ok {
					pos = prop.Pos
				}
				e.print(parser.Errorf(pos, "Required property %s was not initialized", p.name).Error())
				return
			}
			props.values.Set(p.name, v)
		}
		entry = nil
	}
	var obj *Object
	var err error
	if cd.doc != nil {
		obj, err = e.instantiateWith(cd.doc.root, &qmlContext{doc: cd.doc, ids: map[string]*Object{}, extra: entry}, parent, props, false)
	} else {
		ctx := &qmlContext{doc: cd.ctx.doc, ids: map[string]*Object{}, parent: cd.ctx, extra: entry}
		obj, err = e.instantiateWith(cd.template, ctx, parent, props, false)
	}
	if err != nil {
		e.print(err.Error())
		return
	}
	obj.dynamic = true
	st.objects = append(st.objects[:at], append([]*Object{obj}, st.objects[at:]...)...)
	if st.repeater {
		st.place(obj, at)
	} else if all {
		o.SetSilently("count", len(st.objects))
		if at == 0 {
			o.SetInternal("object", obj)
		}
	}
	o.Emit(st.signal(true), at, obj)
}

// requiredProps lists the required properties of a delegate's type.
func requiredProps(t *Type) []*propDef {
	var req []*propDef
	if t != nil {
		for _, p := range t.props {
			if p.required && p.kind != kAlias {
				req = append(req, p)
			}
		}
	}
	return req
}

// setEntry changes a name a delegate object's context gives it, or the
// required property of that name it was given.
func setEntry(obj *Object, name string, v goja.Value) {
	if p := obj.typ.prop(name); p != nil && p.required {
		if obj.ctx == nil || obj.ctx.extra == nil {
			obj.e.catch(func() { obj.assign(p, v, false) })
			return
		}
	}
	if obj.ctx != nil {
		obj.ctx.setExtra(name, v)
	}
}

// reindex gives the objects from position from on their index again.
func (st *instantiator) reindex(from int) {
	for i := from; i < len(st.objects); i++ {
		setEntry(st.objects[i], "index", st.o.e.vm.ToValue(i))
	}
}

func (st *instantiator) delegate() *componentData {
	if !st.repeater && !st.o.Property("active").ToBoolean() {
		return nil
	}
	comp := st.o.e.unwrap(st.o.Property("delegate"))
	if comp == nil {
		return nil
	}
	cd, ok := comp.Data.(*componentData)
	if !ok || cd.template == nil && cd.doc == nil {
		return nil
	}
	return cd
}

func (st *instantiator) rowsInserted(at, n int) {
	cd := st.delegate()
	if cd == nil || at > len(st.objects) {
		return
	}
	// The objects after the new rows learn their index first, as Qt's
	// delegate model tells them before the new objects are made.
	for i := at; i < len(st.objects); i++ {
		setEntry(st.objects[i], "index", st.o.e.vm.ToValue(i+n))
	}
	prev := len(st.objects)
	if !st.repeater {
		// Qt's list has room for the new rows before their objects
		// are made.
		st.o.SetSilently("count", prev+n)
	}
	for k := 0; k < n; k++ {
		st.add(cd, at+k, st.o.e.rowEntry(st.model, at+k), false)
	}
	if st.repeater {
		st.o.SetInternal("count", len(st.objects))
		return
	}
	st.countChanged(prev)
}

func (st *instantiator) rowsRemoved(at, n int) {
	if at+n > len(st.objects) {
		return
	}
	o, e := st.o, st.o.e
	prev := len(st.objects)
	gone := append([]*Object(nil), st.objects[at:at+n]...)
	st.objects = append(st.objects[:at], st.objects[at+n:]...)
	if at == 0 && !st.repeater {
		// Qt's `object` is read from its list, with no change signal.
		var first any
		if len(st.objects) > 0 {
			first = st.objects[0]
		}
		o.SetSilently("object", first)
	}
	// One by one, as Qt: each reported at the position the removal
	// starts from, then destroyed.
	for k, obj := range gone {
		if !st.repeater {
			// Each leaves Qt's list before it is reported.
			o.SetSilently("count", prev-k-1)
		}
		// The row is gone: its roles read undefined (model too has
		// none left), its index -1; what reads the index runs again.
		if obj.ctx != nil {
			for name := range obj.ctx.extra {
				obj.ctx.extra[name] = goja.Undefined()
			}
			if _, ok := obj.ctx.extra["model"]; ok {
				obj.ctx.extra["model"] = e.vm.NewObject()
			}
		}
		setEntry(obj, "index", e.vm.ToValue(-1))
		o.Emit(st.signal(false), at, obj)
		if st.repeater {
			st.unplace(obj)
		}
		if !obj.destroyed {
			e.destroyObject(obj)
		}
	}
	if st.repeater {
		o.SetInternal("count", len(st.objects))
	} else {
		st.countChanged(prev)
	}
	st.reindex(at)
}

// rowsMoved moves the objects with their rows, as Qt does without a
// signal; their indexes follow.
func (st *instantiator) rowsMoved(from, to, n int) {
	if from+n > len(st.objects) || to+n > len(st.objects) {
		return
	}
	st.objects = moveRows(st.objects, from, to, n)
	st.reindex(min(from, to))
}

func (st *instantiator) rowChanged(at int) {
	if at >= len(st.objects) {
		return
	}
	obj := st.objects[at]
	entry := st.o.e.rowEntry(st.model, at)
	for name, v := range entry {
		// model is the same view of the row, set again so that bindings
		// reading model.role follow the change.
		if name != "index" {
			setEntry(obj, name, v)
		}
	}
}

// lmItemView is a delegate's `model` for a ListModel row, Qt's item data
// object: the row's roles (written as through get()), and its index, row
// and column, its model and hasModelChildren, which follow the row.
type lmItemView struct{ lmView }

func (v *lmItemView) Get(key string) goja.Value {
	e := v.m.o.e
	switch key {
	case "index", "row":
		for i, r := range v.m.rows {
			if r == v.row {
				return e.vm.ToValue(i)
			}
		}
		return e.vm.ToValue(-1)
	case "column":
		return e.vm.ToValue(0)
	case "model":
		return e.wrap(v.m.o)
	case "hasModelChildren":
		return e.vm.ToValue(false)
	case "objectName":
		return e.vm.ToValue("")
	case "toString":
		return e.vm.ToValue(func(goja.FunctionCall) goja.Value {
			return e.vm.ToValue(fmt.Sprintf("QQmlDMAbstractItemModelData(0x%x)", 0x55d0c0de0000+v.id*0x40))
		})
	case "toJSON":
		return nil
	}
	return v.lmView.Get(key)
}

func (v *lmItemView) Has(key string) bool {
	switch key {
	case "objectName", "index", "row", "column", "model", "hasModelChildren":
		return true
	}
	return v.lmView.Has(key)
}

// Keys are Qt's: the item's properties, its roles, then its signals.
func (v *lmItemView) Keys() []string {
	keys := []string{"objectName", "index", "row", "column", "model", "hasModelChildren"}
	keys = append(keys, v.lmView.Keys()...)
	keys = append(keys, "objectNameChanged", "modelIndexChanged", "rowChanged", "columnChanged")
	for i := range v.m.roles {
		keys = append(keys, "__"+strconv.Itoa(i))
	}
	return keys
}
