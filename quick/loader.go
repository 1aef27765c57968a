package quick

import (
	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// Loader statuses, as Loader.Null, Loader.Ready... read them.
const (
	loaderNull    = 0
	loaderReady   = 1
	loaderLoading = 2
	loaderError   = 3
)

// loader is the Go side of a Loader: the component it instantiates (its
// sourceComponent, or the one it made from its source), the object made
// from it, and what Qt's QQuickLoaderPrivate keeps to order its signals.
type loader struct {
	o          *runtime.Object
	complete   bool
	active     bool
	fromSource bool            // the component was made from source (and is the Loader's own)
	comp       *runtime.Object // the component to instantiate
	failed     bool            // creating the object from comp failed
	object     *runtime.Object
	props      *goja.Object // setSource's initial properties, kept for the next load
	unwatch    []func()     // disconnects the item's size signals
	waiting    []func()     // disconnects a loading component's signals
	gen        int          // counts the clears, to tell a load overtaken by another
	// explicitW/H: the Loader's own width/height was set (a value, a
	// binding, anchors), so the item is resized to it; otherwise the
	// Loader takes the item's size, as Qt's widthValid() decides.
	explicitW, explicitH bool
	sizing               bool // the Loader is setting its own size
	updating             bool // guards the implicit size against recursion
}

type loaderKey struct{}

// loaders maps an engine's Loaders to their state.
func loaders(e *runtime.Engine) map[*runtime.Object]*loader {
	return e.State(loaderKey{}, func() any { return map[*runtime.Object]*loader{} }).(map[*runtime.Object]*loader)
}

// loaderOf returns the Loader state of o. It is kept in the engine rather
// than in o.Data, which Item's states use.
func loaderOf(o *runtime.Object) *loader {
	m := loaders(o.Engine())
	l := m[o]
	if l == nil {
		l = &loader{o: o, active: true}
		m[o] = l
	}
	return l
}

// loaderSpec is QtQuick's Loader: it makes one object from sourceComponent,
// or from the QML file at source, when it completes and whenever one of
// them or active changes, destroying the previous one first. An Item it
// loads becomes its child and sizes it (or is sized by it), as in Qt.
// The object is made at once: without a window Qt's incubation has no
// controller, so asynchronous changes nothing; only a Component still
// loading (Qt.createComponent's Asynchronous mode) makes the Loader wait.
func loaderSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{
		Name: "Loader", Base: "Item", ClassName: "QQuickLoader",
		Enums: map[string]int{"Null": loaderNull, "Ready": loaderReady, "Loading": loaderLoading, "Error": loaderError},
		Properties: []runtime.PropertySpec{
			{Name: "active", Type: "bool", Default: true, Set: loaderSetActive},
			{Name: "asynchronous", Type: "bool"},
			{Name: "item", Type: "QtObject", ReadOnly: true},
			{Name: "progress", Type: "real", ReadOnly: true},
			{Name: "source", Type: "url", Set: loaderSetSourceProperty},
			{Name: "sourceComponent", Type: "Component", Set: loaderSetSourceComponent,
				Reset: func(o *runtime.Object) { loaderSetSourceComponent(o, goja.Null()) }},
			{Name: "status", Type: "int", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{{Name: "loaded"}},
		Methods: []runtime.MethodSpec{{Name: "setSource", Call: loaderSetSourceMethod}},
		Init: func(o *runtime.Object) {
			l := loaderOf(o)
			// A size given to the Loader is what the item gets; a size it
			// takes from the item is not "given".
			o.Connect("widthChanged", func([]goja.Value) { l.ownSizeChanged(&l.explicitW) })
			o.Connect("heightChanged", func([]goja.Value) { l.ownSizeChanged(&l.explicitH) })
		},
		Complete: func(o *runtime.Object) {
			l := loaderOf(o)
			// Declared values may have been stored without the setters.
			if !l.fromSource && l.comp == nil {
				if c := o.Engine().ObjectOf(o.Property("sourceComponent")); c != nil {
					l.comp = c
				} else if l.source() != "" {
					l.fromSource = true
				}
			}
			l.explicitW = l.explicitW || o.Assigned("width")
			l.explicitH = l.explicitH || o.Assigned("height")
			// Qt's Loader loads in its componentComplete, which comes
			// after that of the objects declared after it (a Connections
			// to the Loader sees loaded) and before its parent's (a Column
			// lays out the loaded item).
			o.AfterComplete(func() {
				l.complete = true
				if l.active && !o.Destroying() {
					if l.fromSource && l.comp == nil && l.source() != "" {
						l.createComponent()
					}
					l.load()
				}
			})
		},
		Destroy: func(o *runtime.Object) {
			l := loaderOf(o)
			l.stopWatching()
			delete(loaders(o.Engine()), o)
		},
	}
}

func (l *loader) source() string { return l.o.Property("source").String() }

// ownSizeChanged marks the Loader's width or height as given when it
// changed other than by following the item, and resizes the item to it.
func (l *loader) ownSizeChanged(explicit *bool) {
	if l.sizing {
		return
	}
	if !*explicit {
		// Given now: the implicit size becomes the item's implicit one
		// before the item is resized, as in Qt.
		*explicit = true
		l.updateSize(false)
	}
	l.updateSize(true)
}

// loaderSetActive implements the active setter: true loads, false destroys
// the item (itemChanged, status) before activeChanged is emitted.
func loaderSetActive(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	l := loaderOf(o)
	on := v.ToBoolean()
	if on == l.active {
		return v, false
	}
	l.active = on
	o.SetSilently("active", on)
	if on {
		l.reload()
	} else {
		l.gen++
		had := l.object != nil
		l.dropObject()
		if had {
			o.EmitChanged("item")
		}
		l.updateStatus()
	}
	o.EmitChanged("active")
	return v, false
}

// loaderSetSourceComponent implements the sourceComponent setter.
func loaderSetSourceComponent(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	l := loaderOf(o)
	comp := o.Engine().ObjectOf(v)
	if comp == l.comp {
		return v, false
	}
	l.clear()
	l.comp = comp
	l.fromSource = false
	o.SetSilently("sourceComponent", v)
	if l.active {
		l.reload()
	} else {
		o.EmitChanged("sourceComponent")
	}
	return v, false
}

// loaderSetSourceProperty implements the source setter: the url is kept
// as given (Qt 6 does not resolve url properties when they are set).
func loaderSetSourceProperty(o *runtime.Object, v goja.Value) (goja.Value, bool) {
	l := loaderOf(o)
	if v.String() == l.source() {
		return v, false
	}
	l.clear()
	l.setSource(v.String())
	return v, false
}

// loaderSetSourceMethod implements setSource(url, properties): the url is
// resolved against the calling code's document, and the properties are set on the object made from it before
// its bindings run. Qt reloads even when the url is the current one.
func loaderSetSourceMethod(o *runtime.Object, c goja.FunctionCall) goja.Value {
	l := loaderOf(o)
	var props *goja.Object
	if a := c.Argument(1); len(c.Arguments) > 1 && !goja.IsUndefined(a) {
		p, ok := a.(*goja.Object)
		if !ok || p.ClassName() == "Array" {
			o.Warn("setSource: value is not an object")
			return goja.Undefined()
		}
		props = p
	}
	l.clear()
	url := ""
	if a := c.Argument(0); !goja.IsUndefined(a) {
		url = o.Engine().ResolveCallerURL(a.String())
	}
	if props != nil {
		l.props = props
	}
	if url == "" {
		return goja.Undefined() // the same as the source clear() left
	}
	l.setSource(url)
	return goja.Undefined()
}

// setSource loads from the url, the Loader having been cleared.
func (l *loader) setSource(url string) {
	l.o.SetSilently("source", url)
	l.fromSource = true
	if l.active {
		l.reload()
	} else {
		l.o.EmitChanged("source")
	}
}

// reload loads from the source or the sourceComponent, whichever was
// given last. With neither it reports the Loader empty, in Qt's order.
func (l *loader) reload() {
	o := l.o
	if l.fromSource && l.source() == "" || !l.fromSource && l.comp == nil {
		if l.fromSource {
			o.EmitChanged("source")
		} else {
			o.EmitChanged("sourceComponent")
		}
		l.updateStatus()
		l.emitProgress()
		o.EmitChanged("item")
		return
	}
	if l.complete {
		if l.fromSource && l.comp == nil {
			l.createComponent()
		}
		l.load()
	}
}

// createComponent makes the Loader's own component from its source; Qt's
// sourceComponent reads it.
func (l *loader) createComponent() {
	l.comp = l.o.LoadComponent(l.source())
	l.o.SetSilently("sourceComponent", l.comp)
}

// load makes the object from the component and reports it: itemChanged,
// the source's change signal, status, progress and loaded, in Qt's order.
func (l *loader) load() {
	if !l.complete || l.comp == nil {
		return
	}
	changed := "sourceComponent"
	if l.fromSource {
		changed = "source"
	}
	if l.comp.Property("status").ToInteger() == loaderLoading {
		l.await(changed)
		return
	}
	l.sourceLoaded(changed)
}

// await waits for a component still loading (Qt.createComponent with
// Component.Asynchronous): the Loader is Loading, its progress follows the
// component's, and it loads once the component is ready or failed.
func (l *loader) await(changed string) {
	o, comp := l.o, l.comp
	if off, ok := comp.Connect("progressChanged", func([]goja.Value) {
		if l.comp == comp {
			l.emitProgress()
		}
	}); ok {
		l.waiting = append(l.waiting, off)
	}
	var off func()
	off, _ = comp.Connect("statusChanged", func([]goja.Value) {
		if l.comp != comp || comp.Property("status").ToInteger() == loaderLoading {
			return
		}
		off()
		l.sourceLoaded(changed)
	})
	l.waiting = append(l.waiting, off)
	l.updateStatus()
	l.emitProgress()
	o.EmitChanged(changed)
	o.EmitChanged("item")
}

// sourceLoaded instantiates a component that is no longer loading, or
// reports its errors.
func (l *loader) sourceLoaded(changed string) {
	o := l.o
	if l.comp.Property("status").ToInteger() == loaderError {
		for _, w := range l.comp.ComponentWarnings() {
			o.Engine().Warn(w)
		}
		o.EmitChanged(changed)
		l.updateStatus()
		l.emitProgress()
		o.EmitChanged("item") // even when it was null already, as Qt
		l.props = nil
		return
	}
	// Binding errors of the new object come after loaded, as Qt's
	// incubator reports them once it is done.
	o.Engine().HoldBindingErrors(func() { l.finishLoad(changed) })
}

// finishLoad makes the object from a component that is ready.
func (l *loader) finishLoad(changed string) {
	o := l.o
	gen := l.gen
	obj := l.create()
	if l.gen != gen {
		// The object's creation changed what the Loader loads (its
		// onCompleted set sourceComponent, or active to false): Qt drops
		// the incubation; the object stays the Loader's child, unreported.
		return
	}
	if obj == nil {
		l.failed = true
		o.SetSilently("source", "")
		o.EmitChanged("item")
	} else {
		l.object = obj
		o.SetSilently("item", obj)
		o.EmitChanged("item")
		l.watch()
	}
	o.EmitChanged(changed)
	l.updateStatus()
	l.emitProgress()
	if obj != nil {
		o.Emit("loaded")
	}
	l.props = nil
}

// create instantiates the component with the Loader as parent and the
// properties setSource gave.
func (l *loader) create() *runtime.Object {
	o := l.o
	// A creation that fails after setInitialState (a required property
	// left unset) leaves the item among the Loader's children for good,
	// as Qt's incubator does.
	obj := l.comp.Instantiate(o, l.props, l.setInitialState)
	if obj != nil && !isItem(obj) {
		// A plain object is the Loader's child only as a QObject: Qt does
		// not list it among the Loader's resources.
		l.unlist(obj)
	}
	return obj
}

// setInitialState runs once a new object's declared values are set, before
// its bindings: an item without a width or height of its own gets the
// Loader's given one, and becomes the Loader's visual child, as in Qt.
func (l *loader) setInitialState(obj *runtime.Object) {
	o := l.o
	if !isItem(obj) {
		return
	}
	if l.explicitW && !obj.Assigned("width") {
		obj.SetInternal("width", o.Property("width"))
	}
	if l.explicitH && !obj.Assigned("height") {
		obj.SetInternal("height", o.Property("height"))
	}
	for _, x := range o.ListItems("data") {
		if x == obj {
			return
		}
	}
	o.SetList("data", append(o.ListItems("data"), obj))
}

// clear drops the component, the source and the object, without signals,
// as QQuickLoaderPrivate::clear does before a new source is taken.
func (l *loader) clear() {
	o := l.o
	l.gen++
	l.props = nil
	l.failed = false
	for _, off := range l.waiting {
		off()
	}
	l.waiting = nil
	if l.comp != nil {
		if l.fromSource {
			l.comp.Destroy()
		}
		l.comp = nil
		o.SetSilently("sourceComponent", nil)
	}
	o.SetSilently("source", "")
	l.dropObject()
}

// dropObject destroys the object made (its Component.onDestruction runs
// now) and takes it out of the Loader's children.
func (l *loader) dropObject() {
	obj := l.object
	if obj == nil {
		return
	}
	l.stopWatching()
	l.object = nil
	l.o.SetSilently("item", nil)
	obj.Destroy()
	l.unlist(obj)
}

// unlist takes obj out of the Loader's data (and so its children or
// resources), if it is there.
func (l *loader) unlist(obj *runtime.Object) {
	data := l.o.ListItems("data")
	for i, x := range data {
		if x == obj {
			l.o.SetList("data", append(data[:i:i], data[i+1:]...))
			return
		}
	}
}

// status is what Qt's computeStatus gives.
func (l *loader) status() int {
	if !l.active {
		return loaderNull
	}
	if l.comp != nil {
		switch s := int(l.comp.Property("status").ToInteger()); s {
		case loaderLoading, loaderError, loaderNull:
			return s
		}
	}
	if l.failed {
		return loaderError
	}
	if l.object != nil && !l.object.Destroyed() {
		return loaderReady
	}
	if l.source() == "" {
		return loaderNull
	}
	return loaderError
}

func (l *loader) updateStatus() { l.o.SetInternal("status", l.status()) }

// emitProgress emits progressChanged: Qt emits it at every load, changed
// or not.
func (l *loader) emitProgress() {
	p := 0.0
	switch {
	case l.object != nil && !l.object.Destroyed():
		p = 1
	case l.comp != nil:
		p = l.comp.Property("progress").ToFloat()
	}
	l.o.SetSilently("progress", p)
	l.o.EmitChanged("progress")
}

// watch follows the loaded item's size and sizes the Loader from it.
func (l *loader) watch() {
	item := l.object
	if item == nil || !isItem(item) {
		return
	}
	for _, s := range []string{"widthChanged", "heightChanged", "implicitWidthChanged", "implicitHeightChanged"} {
		if off, ok := item.ConnectFirst(s, func([]goja.Value) { l.updateSize(false) }); ok {
			l.unwatch = append(l.unwatch, off)
		}
	}
	l.updateSize(true)
}

func (l *loader) stopWatching() {
	for _, off := range l.unwatch {
		off()
	}
	l.unwatch = nil
}

// updateSize resizes the item to the Loader's given size (when the
// Loader's geometry changed) and makes the Loader's implicit size the
// item's size, or its implicit size where the Loader has its own; a
// Loader with no size of its own takes its implicit size.
func (l *loader) updateSize(loaderChanged bool) {
	o, item := l.o, l.object
	if item == nil || !isItem(item) {
		return
	}
	if loaderChanged && l.explicitW {
		item.SetInternal("width", o.Property("width"))
	}
	if loaderChanged && l.explicitH {
		item.SetInternal("height", o.Property("height"))
	}
	if l.updating {
		return
	}
	l.updating = true
	defer func() { l.updating = false }()
	iw, ih := item.Property("width"), item.Property("height")
	if l.explicitW {
		iw = item.Property("implicitWidth")
	}
	if l.explicitH {
		ih = item.Property("implicitHeight")
	}
	wChanged := o.Property("implicitWidth").ToFloat() != iw.ToFloat()
	hChanged := o.Property("implicitHeight").ToFloat() != ih.ToFloat()
	o.SetSilently("implicitWidth", iw)
	o.SetSilently("implicitHeight", ih)
	l.sizing = true
	if !l.explicitW {
		o.SetInternal("width", iw)
	}
	if !l.explicitH {
		o.SetInternal("height", ih)
	}
	l.sizing = false
	if wChanged {
		o.EmitChanged("implicitWidth")
	}
	if hChanged {
		o.EmitChanged("implicitHeight")
	}
}
