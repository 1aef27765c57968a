package runtime

import (
	"github.com/dop251/goja"
)

// objectModel is the Go side of an ObjectModel (QtQml.Models): a model
// whose rows are the objects it holds, its `children`. A Repeater or an
// Instantiator given one shows those objects themselves, without a
// delegate, and follows the objects appended, inserted, moved and removed.
type objectModel struct {
	o     *Object
	views []*instantiator
}

func objectModelSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "ObjectModel",
		Base:      "QtObject",
		ClassName: "QQmlObjectModel",
		Properties: []PropertySpec{
			{Name: "children", Type: "list<QtObject>"},
			{Name: "count", Type: "int", ReadOnly: true, Read: func(o *Object) { o.SetSilently("count", len(o.ListItems("children"))) }},
		},
		DefaultProperty: "children",
		Attached:        objectModelAttached,
		Complete:        func(o *Object) { objectModelOf(o).reindex(nil) },
		Methods: []MethodSpec{
			{Name: "get", Call: func(o *Object, c goja.FunctionCall) goja.Value { return objectModelOf(o).get(c) }},
			{Name: "append", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				m := objectModelOf(o)
				if obj := m.o.e.unwrap(c.Argument(0)); obj != nil {
					m.insert(len(m.items()), obj)
				}
				return goja.Undefined()
			}},
			{Name: "insert", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				m := objectModelOf(o)
				i, ok := argIndex(c, 0)
				if obj := m.o.e.unwrap(c.Argument(1)); ok && obj != nil && i >= 0 && i <= len(m.items()) {
					m.insert(i, obj)
				}
				return goja.Undefined()
			}},
			{Name: "move", Call: func(o *Object, c goja.FunctionCall) goja.Value { return objectModelOf(o).move(c) }},
			{Name: "remove", Call: func(o *Object, c goja.FunctionCall) goja.Value { return objectModelOf(o).remove(c) }},
			{Name: "clear", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				m := objectModelOf(o)
				if n := len(m.items()); n > 0 {
					m.removeAt(0, n)
				}
				return goja.Undefined()
			}},
		},
		Init: func(o *Object) { o.Data = &objectModel{o: o} },
	}
}

func objectModelOf(o *Object) *objectModel { return o.Data.(*objectModel) }

// objectModelAttachedSpec is the object ObjectModel attaches to each
// object: its index in the model (-1 outside one).
func objectModelAttachedSpec() *TypeSpec {
	return &TypeSpec{Name: "QQmlObjectModelAttached", Base: "QtObject", ClassName: "QQmlObjectModelAttached",
		Uncreatable: "ObjectModel is only available via attached properties",
		Properties:  []PropertySpec{{Name: "index", Type: "int", ReadOnly: true, Default: -1}}}
}

// objectModelAttached returns target's ObjectModel attached object,
// making it on first use.
func objectModelAttached(target *Object) *Object {
	if a := target.peek().attachedObjs["ObjectModel"]; a != nil {
		return a
	}
	a, err := target.e.CreateObject("QtQml.Models", "QQmlObjectModelAttached", nil)
	if err != nil {
		return nil
	}
	x := target.more()
	if x.attachedObjs == nil {
		x.attachedObjs = map[string]*Object{}
	}
	x.attachedObjs["ObjectModel"] = a
	// An object declared in an ObjectModel has its index from the start.
	if p := target.Parent(); p != nil {
		if m, ok := p.Data.(*objectModel); ok {
			for i, obj := range m.items() {
				if obj == target {
					a.SetSilently("index", i)
				}
			}
		}
	}
	return a
}

// reindex gives the model's objects their attached index, and -1 to those
// it let go.
func (m *objectModel) reindex(gone []*Object) {
	for _, obj := range gone {
		if a := objectModelAttached(obj); a != nil {
			a.SetInternal("index", -1)
		}
	}
	for i, obj := range m.items() {
		if a := objectModelAttached(obj); a != nil {
			a.SetInternal("index", i)
		}
	}
}

// objectModelOf returns the ObjectModel a model value is, if it is one.
func (e *Engine) objectModelOf(model goja.Value) *objectModel {
	if o := e.unwrap(model); o != nil {
		m, _ := o.Data.(*objectModel)
		return m
	}
	return nil
}

func (m *objectModel) items() []*Object { return m.o.ListItems("children") }

// get returns the object at an index, null outside the model.
func (m *objectModel) get(c goja.FunctionCall) goja.Value {
	items := m.items()
	if i, ok := argIndex(c, 0); ok && i >= 0 && i < len(items) {
		return m.o.e.wrap(items[i])
	}
	return goja.Null()
}

// insert puts an object at index at: the views show it first, then the
// model tells of its count and children, as Qt's does.
func (m *objectModel) insert(at int, obj *Object) {
	items := m.items()
	items = append(items[:at], append([]*Object{obj}, items[at:]...)...)
	m.o.SetListSilently("children", items)
	m.reindex(nil)
	for _, v := range m.views {
		v.objectsInserted(at, []*Object{obj})
	}
	m.changed(true)
}

// move moves n objects (default 1) from index from to index to.
func (m *objectModel) move(c goja.FunctionCall) goja.Value {
	items := m.items()
	from, ok1 := argIndex(c, 0)
	to, ok2 := argIndex(c, 1)
	n := 1
	if len(c.Arguments) > 2 {
		n, _ = argIndex(c, 2)
	}
	if !ok1 || !ok2 || n <= 0 || from < 0 || to < 0 || from+n > len(items) || to+n > len(items) || from == to {
		return goja.Undefined()
	}
	m.o.SetListSilently("children", moveObjects(items, from, to, n))
	m.reindex(nil)
	for _, v := range m.views {
		v.objectsMoved(from, to, n)
	}
	m.changed(false)
	return goja.Undefined()
}

// remove takes n objects (default 1) out from index at; they are not
// destroyed.
func (m *objectModel) remove(c goja.FunctionCall) goja.Value {
	at, n, ok := indexAndCount(c)
	if ok && at >= 0 && n > 0 && at+n <= len(m.items()) {
		m.removeAt(at, n)
	}
	return goja.Undefined()
}

func (m *objectModel) removeAt(at, n int) {
	items := m.items()
	gone := append([]*Object(nil), items[at:at+n]...)
	items = append(items[:at], items[at+n:]...)
	m.o.SetListSilently("children", items)
	m.reindex(gone)
	for _, v := range m.views {
		v.objectsRemoved(at, n)
	}
	m.changed(true)
}

// changed emits countChanged (when the count changed) and childrenChanged.
func (m *objectModel) changed(count bool) {
	if count {
		m.o.SetSilently("count", len(m.items()))
		m.o.EmitChanged("count")
	}
	m.o.EmitChanged("children")
}

func (m *objectModel) watch(v *instantiator) {
	for _, x := range m.views {
		if x == v {
			return
		}
	}
	m.views = append(m.views, v)
}

func (m *objectModel) unwatch(v *instantiator) {
	for i, x := range m.views {
		if x == v {
			m.views = append(m.views[:i], m.views[i+1:]...)
			return
		}
	}
}

// showObjects makes a view show an ObjectModel's objects (its caller
// tells of the count).
func (st *instantiator) showObjects(m *objectModel) {
	st.objModel = m
	m.watch(st)
	st.showAt(0, m.items())
}

// objectsInserted shows objects of the view's ObjectModel inserted at
// index at.
func (st *instantiator) objectsInserted(at int, objs []*Object) {
	prev := len(st.objects)
	st.showAt(at, objs)
	st.objectsCounted(prev)
}

// showAt shows objects from index at, each reported once it is in place.
func (st *instantiator) showAt(at int, objs []*Object) {
	o := st.o
	for k, obj := range objs {
		i := at + k
		st.objects = append(st.objects[:i], append([]*Object{obj}, st.objects[i:]...)...)
		if st.repeater {
			st.place(obj, i)
		} else {
			// An Instantiator's count follows each object shown.
			o.SetSilently("count", len(st.objects))
			if i == 0 {
				o.SetInternal("object", obj)
			}
		}
		o.Emit(st.signal(true), i, obj)
	}
}

// objectsRemoved stops showing n objects from index at: each is reported,
// then a Repeater takes it out of its parent.
func (st *instantiator) objectsRemoved(at, n int) {
	prev := len(st.objects)
	for k := 0; k < n && at < len(st.objects); k++ {
		obj := st.objects[at]
		st.objects = append(st.objects[:at], st.objects[at+1:]...)
		st.o.Emit(st.signal(false), at, obj)
		if st.repeater {
			st.unplace(obj)
		}
	}
	if !st.repeater && at == 0 {
		// `object` is the first object still shown, without a signal.
		var first any
		if len(st.objects) > 0 {
			first = st.objects[0]
		}
		st.o.SetSilently("object", first)
	}
	st.objectsCounted(prev)
}

// objectsMoved follows objects moved in the ObjectModel, silently.
func (st *instantiator) objectsMoved(from, to, n int) {
	if from+n > len(st.objects) || to+n > len(st.objects) {
		return
	}
	st.objects = moveObjects(st.objects, from, to, n)
	if st.repeater {
		for i, obj := range st.objects {
			st.place(obj, i)
		}
	}
}

// objectsCounted tells of the view's new count, when the view is complete.
func (st *instantiator) objectsCounted(prev int) {
	if !st.complete {
		return
	}
	if st.repeater {
		st.o.SetSilently("count", len(st.objects))
		if len(st.objects) != prev {
			st.o.EmitChanged("count")
		}
		return
	}
	st.countChanged(prev)
}

// moveObjects returns a copy of list with the n objects from index from
// moved to index to.
func moveObjects(list []*Object, from, to, n int) []*Object {
	moved := append([]*Object(nil), list[from:from+n]...)
	rest := append(append([]*Object(nil), list[:from]...), list[from+n:]...)
	return append(append(append([]*Object(nil), rest[:to]...), moved...), rest[to:]...)
}
