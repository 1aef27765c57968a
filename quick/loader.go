package quick

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// Loader statuses (Loader.Null...).
const (
	loaderNull = iota
	loaderReady
	loaderLoading
	loaderError
)

// loaderState is the Go state of a Loader: the item it made and the
// connections that keep the sizes in step.
type loaderState struct {
	item    *runtime.Object
	unwatch []func()
	loading bool
}

func loaderOf(o *runtime.Object) *loaderState { return dataAs[loaderState](o) }

// loaderSpec is Loader: it makes an item from sourceComponent or source
// when complete and active, as a child of itself; a Loader given a size
// sizes its item, one without follows its item's size.
func loaderSpec() *runtime.TypeSpec {
	reload := func(o *runtime.Object) {
		if dataOf(o).complete {
			loaderReload(o)
		}
	}
	return &runtime.TypeSpec{Name: "Loader", Base: "Item", ClassName: "QQuickLoader",
		Properties: []runtime.PropertySpec{
			{Name: "active", Type: "bool", Default: true, Changed: reload},
			{Name: "asynchronous", Type: "bool"},
			{Name: "item", Type: "QtObject", ReadOnly: true},
			{Name: "progress", Type: "real", ReadOnly: true},
			{Name: "source", Type: "url", Changed: func(o *runtime.Object) {
				if o.Property("source").String() != "" {
					o.SetSilently("sourceComponent", goja.Null())
				}
				reload(o)
			}},
			{Name: "sourceComponent", Type: "var", Changed: reload},
			{Name: "status", Type: "int", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{{Name: "loaded"}},
		Enums:   map[string]int{"Null": loaderNull, "Ready": loaderReady, "Loading": loaderLoading, "Error": loaderError},
		Init: func(o *runtime.Object) {
			for _, p := range []string{"widthChanged", "heightChanged"} {
				o.Connect(p, func([]goja.Value) { loaderSizeItem(o) })
			}
		},
		Complete: loaderReload,
		Destroy:  loaderUnload,
	}
}

// loaderUnload destroys the Loader's item.
func loaderUnload(o *runtime.Object) {
	st := loaderOf(o)
	for _, f := range st.unwatch {
		f()
	}
	st.unwatch = nil
	if it := st.item; it != nil {
		st.item = nil
		if !it.Destroying() {
			it.Destroy()
		}
	}
}

// loaderReload replaces the Loader's item after active, source or
// sourceComponent changed.
func loaderReload(o *runtime.Object) {
	st := loaderOf(o)
	if st.loading {
		return
	}
	had := st.item != nil
	loaderUnload(o)
	if had {
		o.SetInternal("item", goja.Null())
	}
	comp := o.Property("sourceComponent")
	src := o.Property("source").String()
	if !o.Property("active").ToBoolean() || (src == "" && (comp == nil || goja.IsUndefined(comp) || goja.IsNull(comp))) {
		o.SetInternal("progress", 0)
		o.SetInternal("status", loaderNull)
		return
	}
	vm := o.Runtime()
	st.loading = true
	defer func() { st.loading = false }()
	if src != "" {
		qt := vm.Get("Qt").ToObject(vm)
		create, _ := goja.AssertFunction(qt.Get("createComponent"))
		c, err := create(qt, vm.ToValue(src))
		if err != nil {
			o.Engine().Warn(err.Error())
			o.SetInternal("status", loaderError)
			return
		}
		// A component that failed to load: Qt prints its errors.
		if cobj, ok := c.(*goja.Object); ok && cobj.Get("status") != nil && cobj.Get("status").ToInteger() == loaderError {
			if es, ok := goja.AssertFunction(cobj.Get("errorString")); ok {
				if msg, err := es(cobj); err == nil {
					// errorString has "URL:-1 text" for an error
					// without a line; Qt prints it as "URL: text".
					o.Engine().Warn(strings.ReplaceAll(strings.TrimRight(msg.String(), "\n"), ":-1 ", ": "))
				}
			}
			o.SetInternal("status", loaderError)
			return
		}
		comp = c
	}
	co, ok := comp.(*goja.Object)
	if !ok {
		o.SetInternal("status", loaderError)
		return
	}
	createObject, ok := goja.AssertFunction(co.Get("createObject"))
	if !ok {
		o.SetInternal("status", loaderError)
		return
	}
	v, err := createObject(co, o.JS())
	item := o.Engine().ObjectOf(v)
	if err != nil || item == nil {
		if err != nil {
			o.Engine().Warn(err.Error())
		}
		o.SetInternal("status", loaderError)
		return
	}
	st.item = item
	for _, p := range []string{"widthChanged", "heightChanged"} {
		if stop, ok := item.Connect(p, func([]goja.Value) { loaderFollowItem(o) }); ok {
			st.unwatch = append(st.unwatch, stop)
		}
	}
	loaderSizeItem(o)
	loaderFollowItem(o)
	o.SetInternal("item", item.JS())
	o.SetInternal("progress", 1)
	o.SetInternal("status", loaderReady)
	o.Emit("loaded")
}

// loaderSizeItem gives the item the Loader's size where the Loader has
// one of its own.
func loaderSizeItem(o *runtime.Object) {
	st, d := loaderOf(o), dataOf(o)
	if st.item == nil || !isItem(st.item) {
		return
	}
	if d.widthSet {
		st.item.SetProperty("width", o.Property("width"))
	}
	if d.heightSet {
		st.item.SetProperty("height", o.Property("height"))
	}
}

// loaderFollowItem makes a Loader without a size of its own as large as
// its item.
func loaderFollowItem(o *runtime.Object) {
	st := loaderOf(o)
	if st.item == nil || !isItem(st.item) {
		return
	}
	o.SetInternal("implicitWidth", st.item.Property("width"))
	o.SetInternal("implicitHeight", st.item.Property("height"))
}
