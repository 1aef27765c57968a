package runtime

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/parser"
)

// qtqmlModule is the QtQml module: QtObject, Timer, Connections, Component
// and Binding.
func qtqmlModule() *Module {
	return &Module{
		Name:      "QtQml",
		Reexports: []string{"QtQml.Models", "QtQml.WorkerScript"},
		Accepts:   func(major, minor int) bool { return major == 2 || major == 6 },
		Types: []*TypeSpec{
			{
				Name:       "QtObject",
				ClassName:  "QObject",
				Properties: []PropertySpec{{Name: "objectName", Type: "string", Bindable: true}},
				Signals:    []SignalSpec{{Name: "objectNameChanged", Params: []ParamSpec{{Name: "objectName", Type: "string"}}}},
			},
			timerSpec(),
			connectionsSpec(),
			componentSpec(),
			bindingSpec(),
			instantiatorSpec(),
		},
	}
}

// timerState is the Go side of a Timer. Like Qt's QQmlTimer it runs an
// interval timer while running is true; triggeredOnStart adds one tick
// delivered through the event queue right after starting.
type timerState struct {
	tick     *timer // the interval
	first    *timer // the triggeredOnStart tick
	complete bool
}

func timerSpec() *TypeSpec {
	return &TypeSpec{
		Name:           "Timer",
		Base:           "QtObject",
		ClassName:      "QQmlTimer",
		ParentProperty: true,
		Properties: []PropertySpec{
			{Name: "interval", Type: "int", Default: 1000, Changed: func(o *Object) { timerUpdate(o, false) }},
			{Name: "running", Type: "bool", Changed: func(o *Object) { timerUpdate(o, true) }},
			{Name: "repeat", Type: "bool", Changed: func(o *Object) { timerUpdate(o, false) }},
			{Name: "triggeredOnStart", Type: "bool"},
		},
		// Listed in QQmlTimer's declaration order, which Object.keys shows.
		Signals: []SignalSpec{{Name: "triggered"}, {Name: "runningChanged"}, {Name: "intervalChanged"},
			{Name: "repeatChanged"}, {Name: "triggeredOnStartChanged"}},
		Methods: []MethodSpec{
			{Name: "start", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				o.SetInternal("running", true)
				return goja.Undefined()
			}},
			{Name: "stop", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				o.SetInternal("running", false)
				return goja.Undefined()
			}},
			{Name: "restart", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				o.SetInternal("running", false)
				o.SetInternal("running", true)
				return goja.Undefined()
			}},
		},
		Init: func(o *Object) {
			st := &timerState{}
			st.tick = newTimer(func() { timerFire(o) })
			st.first = newTimer(func() { o.Emit("triggered") })
			o.Data = st
		},
		Complete: func(o *Object) {
			o.Data.(*timerState).complete = true
			timerUpdate(o, true)
		},
		Destroy: func(o *Object) {
			st := o.Data.(*timerState)
			o.e.loop.cancel(st.tick)
			o.e.loop.cancel(st.first)
		},
	}
}

// timerUpdate (re)arms or disarms the timer after a property change;
// started is true when running itself changed.
func timerUpdate(o *Object, started bool) {
	st, ok := o.Data.(*timerState)
	if !ok || !st.complete {
		return
	}
	l := o.e.loop
	l.cancel(st.tick)
	if !o.Property("running").ToBoolean() {
		l.cancel(st.first)
		return
	}
	l.schedule(st.tick, time.Duration(o.Property("interval").ToInteger())*time.Millisecond)
	if started && o.Property("triggeredOnStart").ToBoolean() {
		l.schedule(st.first, 0)
	}
}

func timerFire(o *Object) {
	st := o.Data.(*timerState)
	e := o.e
	if o.Property("repeat").ToBoolean() {
		e.loop.schedule(st.tick, time.Duration(o.Property("interval").ToInteger())*time.Millisecond)
		o.Emit("triggered")
		return
	}
	// Single shot: running reads false inside the handler; runningChanged
	// follows the handler.
	p := o.typ.prop("running")
	o.props[p.index] = e.vm.ToValue(false)
	e.loop.cancel(st.first)
	o.Emit("triggered")
	o.emit(o.typ.signals[p.notify], nil)
}

// Component

// componentData is the Go side of a Component object: the declaration it
// instantiates and the context it was declared in.
type componentData struct {
	template *decl
	ctx      *qmlContext
	doc      *document // Qt.createComponent: the file, instantiated in a fresh context
	errors   string    // errorString() of a component that failed to load
	// pending is set when createObject abandoned an instance whose required
	// properties were unset: Qt's component then waits for a completion
	// that never comes, refuses to create more and says so when destroyed.
	pending  bool
	warnings []string // its errors as Qt prints them
}

func componentSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "Component",
		Base:      "QtObject",
		ClassName: "QQmlComponent",
		Enums:     map[string]int{"Null": 0, "Ready": 1, "Loading": 2, "Error": 3, "PreferSynchronous": 0, "Asynchronous": 1},
		Destroy:   func(o *Object) { o.e.componentGone(o) },
		Properties: []PropertySpec{
			{Name: "status", Type: "int", ReadOnly: true, Default: 1},
			{Name: "progress", Type: "real", ReadOnly: true, Default: 1},
			{Name: "url", Type: "url", ReadOnly: true},
		},
		Methods: []MethodSpec{
			{Name: "createObject", Call: componentCreateObject},
			{Name: "incubateObject", Call: componentIncubateObject},
			{Name: "errorString", Call: func(o *Object, c goja.FunctionCall) goja.Value {
				if cd, ok := o.Data.(*componentData); ok {
					return o.e.vm.ToValue(cd.errors)
				}
				return o.e.vm.ToValue("")
			}},
		},
	}
}

// componentGone prints Qt's warning for a component destroyed while an
// instance it abandoned is still waiting for completion.
func (e *Engine) componentGone(o *Object) {
	if cd, ok := o.Data.(*componentData); ok && cd.pending {
		cd.pending = false
		e.print("QQmlComponent: Component destroyed while completion pending")
	}
}

// componentCreateObject implements Component.createObject(parent, props).
func componentCreateObject(o *Object, c goja.FunctionCall) goja.Value {
	return createFromComponent(o, c, false)
}

// createFromComponent creates an instance for createObject, or for
// incubateObject (incubating): an incubation that fails on a required
// property, or meets a component still pending, fails silently and leaves
// the component usable, as Qt's incubator does.
func createFromComponent(o *Object, c goja.FunctionCall, incubating bool) goja.Value {
	e := o.e
	cd, ok := o.Data.(*componentData)
	if !ok || cd.template == nil && cd.doc == nil {
		if o.Property("status").ToInteger() == 3 { // Component.Error
			e.print("QQmlComponent: Component is not ready")
		}
		return goja.Null()
	}
	parent := e.unwrap(c.Argument(0))
	props, _ := c.Argument(1).(*goja.Object)
	// incubateObject takes any arguments (a QQmlV4Function) and sets the
	// initial properties as JavaScript assignments; so does createObject
	// when its arguments do not fit the typed overload.
	script := incubating
	if !incubating && !e.createObjectTyped(c.Arguments) {
		pos := o.declPos()
		e.print(fmt.Sprintf("%s:%d:%d: QML Component: Unsuitable arguments passed to createObject(). The first argument should be a QObject* or null, and the second argument should be a JavaScript object or a QVariantMap",
			e.displayURL(pos.Filename), pos.Line, pos.Column))
		if len(c.Arguments) >= 2 && (props == nil || isArray(props)) {
			e.print(fmt.Sprintf("%s:%d:%d: QML Component: createObject: value is not an object",
				e.displayURL(pos.Filename), pos.Line, pos.Column))
			return goja.Null()
		}
		script = true
	}
	var in *initialProps
	if props != nil {
		in = &initialProps{values: props, url: cd.url(), script: script}
		if script {
			in.file, in.line = e.CallerLine()
		}
	}
	if cd.pending {
		if !incubating {
			e.print("QQmlComponent: Cannot create new component instance before completing the previous")
		}
		return goja.Null()
	}
	obj, err := e.instantiateComponent(cd, parent, in, nil, true)
	if err != nil {
		var ur *unsetRequired
		switch {
		case !errors.As(err, &ur):
			e.print(err.Error())
		case !incubating:
			e.print(err.Error())
			cd.pending = true
			e.pendingComps = append(e.pendingComps, o)
		}
		return goja.Null()
	}
	if e.dropInterrupted(obj) {
		return goja.Null()
	}
	obj.dynamic = true
	e.noteOrphan(obj)
	return e.wrap(obj)
}

// createObjectTyped reports whether createObject's arguments select its
// typed overload createObject(QObject *parent = nullptr, const QVariantMap
// &properties = {}) by Qt's overload resolution, rather than the fallback
// taking any arguments, which warns about them: trailing undefined
// arguments do not count; the parent must be null or a QObject (except
// when no argument counts, which picks the overload without parameters);
// the properties must be an object that converts to a QVariantMap (not an
// array, date, regular expression, ArrayBuffer, QObject, value type or
// sequence); more than two arguments always take the fallback.
func (e *Engine) createObjectTyped(args []goja.Value) bool {
	n := len(args)
	for n > 0 && goja.IsUndefined(args[n-1]) {
		n--
	}
	if n == 0 {
		return true
	}
	if n > 2 || !goja.IsNull(args[0]) && e.unwrap(args[0]) == nil {
		return false
	}
	if n == 1 {
		return true
	}
	obj, ok := args[1].(*goja.Object)
	if !ok || e.objectFor(obj) != nil || e.valueFor(obj) != nil {
		return false
	}
	switch obj.Export().(type) {
	case *lmView, *localeValue: // a ListModel row is a QObject, a locale a value type
		return false
	}
	switch obj.ClassName() {
	case "Array", "Date", "RegExp", "ArrayBuffer":
		return false
	}
	t := obj.ExportType()
	return t != valueListType && t != listType
}

// createFromComponent makes an object from a component for a Go type (a
// Loader's item): initial properties as createObject sets them, errors
// printed (the result is nil then). With a context object, the object's
// context is a child of one whose names are the context object's members,
// itself a child of the context the component was declared in (of the
// context object's for a file).
func (e *Engine) createFromComponent(cd *componentData, parent *Object, props *goja.Object, ctxObj *Object) *Object {
	var in *initialProps
	if props != nil {
		in = &initialProps{values: props, url: cd.url()}
	}
	obj, err := e.instantiateComponent(cd, parent, in, ctxObj, false)
	if err != nil {
		e.print(err.Error())
		return nil
	}
	if e.dropInterrupted(obj) {
		return nil
	}
	obj.dynamic = true
	return obj
}

// instantiateComponent creates an instance of a component's declaration
// (requiredFirst: as createObject, see instantiateWith).
func (e *Engine) instantiateComponent(cd *componentData, parent *Object, in *initialProps, ctxObj *Object, requiredFirst bool) (*Object, error) {
	doc, root, outer := cd.doc, cd.template, cd.ctx
	if doc != nil {
		root = doc.root
	} else {
		doc = cd.ctx.doc
	}
	if ctxObj != nil {
		if outer == nil {
			outer = ctxObj.ctx
		}
		cdoc := doc
		if outer != nil {
			cdoc = outer.doc
		}
		outer = &qmlContext{doc: cdoc, ids: map[string]*Object{}, root: ctxObj, parent: outer}
	}
	return e.instantiateWith(root, &qmlContext{doc: doc, ids: map[string]*Object{}, parent: outer}, parent, in, requiredFirst)
}

// url is the address of the component's document, which createObject's
// warnings about initial properties start with.
func (cd *componentData) url() string {
	if cd.ctx != nil {
		return cd.ctx.doc.url
	}
	return cd.doc.url
}

// componentIncubateObject implements Component.incubateObject(parent,
// props, mode). Without an incubation controller (Qt's qml tool has none
// when nothing is shown) Qt incubates synchronously, so the incubator is
// Ready, or Error, when it is returned.
func componentIncubateObject(o *Object, c goja.FunctionCall) goja.Value {
	e := o.e
	if a := c.Argument(1); len(c.Arguments) >= 2 && !goja.IsNull(a) && (asObject(a) == nil || isArray(a)) {
		// Qt's message names createObject here too.
		pos := o.declPos()
		e.print(fmt.Sprintf("%s:%d:%d: QML Component: createObject: value is not an object",
			e.displayURL(pos.Filename), pos.Line, pos.Column))
		return goja.Null()
	}
	obj := createFromComponent(o, goja.FunctionCall{This: c.This, Arguments: c.Arguments[:min(len(c.Arguments), 2)]}, true)
	inc := e.vm.NewObject()
	status := 1
	if goja.IsNull(obj) {
		status = 3
	}
	ro := func(name string, v goja.Value) {
		inc.DefineAccessorProperty(name, e.vm.ToValue(func(goja.FunctionCall) goja.Value { return v }), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	ro("status", e.vm.ToValue(status))
	ro("object", obj)
	inc.Set("onStatusChanged", goja.Null())
	inc.Set("forceCompletion", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return inc
}

// qtCreateComponent implements Qt.createComponent(url[, mode[, parent]]).
func (e *Engine) qtCreateComponent(c goja.FunctionCall) goja.Value {
	comp, cd := e.fileComponent(urlFile(e.resolveURL(c.Argument(0).String())))
	if c.Argument(1).ToInteger() == 1 && cd.doc != nil {
		// Asynchronous: Loading now, Ready from the event loop.
		comp.SetSilently("status", 2)
		comp.SetSilently("progress", 0)
		e.loop.post(func() {
			// As Qt: progressChanged(1) while still Loading, then
			// statusChanged and progressChanged again.
			comp.SetSilently("progress", 1)
			comp.EmitChanged("progress")
			comp.SetInternal("status", 1)
			comp.EmitChanged("progress")
		})
	}
	return e.wrap(comp)
}

// fileComponent makes a Component for the QML file at path, Ready, or
// Error when the file cannot be read or compiled; its warnings then hold
// the errors as Qt prints them ("url:line:column: message", or
// "url: message" for a file that cannot be read).
func (e *Engine) fileComponent(path string) (comp *Object, cd *componentData) {
	var warnings []string
	comp, err := e.CreateObject("QtQml", "Component", nil)
	if err != nil {
		panic(err)
	}
	cd = &componentData{}
	comp.Data = cd
	src, rerr := os.ReadFile(path)
	var doc *document
	if rerr == nil {
		doc, err = e.compileDocument(path, string(src))
	}
	switch {
	case rerr != nil:
		cd.errors = fileURL(path) + ":-1 No such file or directory\n"
		warnings = []string{fileURL(path) + ": No such file or directory"}
	case err != nil:
		var b strings.Builder
		var ds parser.Diagnostics
		if errors.As(err, &ds) {
			for _, d := range ds {
				fmt.Fprintf(&b, "%s:%d %s\n", d.Pos.Filename, d.Pos.Line, d.Message)
				warnings = append(warnings, d.Error())
			}
		} else {
			b.WriteString(err.Error() + "\n")
			warnings = []string{err.Error()}
		}
		cd.errors = b.String()
	case doc.singleton && (doc.componentType == nil || !doc.componentType.singleton):
		// Only a file a qmldir already made a singleton type loads.
		cd.errors = fileURL(path) + ":-1 No matching type found, pragma Singleton files cannot be used by QQmlComponent.\n"
	default:
		e.nameFileRoot(doc, path)
		cd.doc = doc
	}
	status := 1
	if cd.doc == nil {
		status = 3
	}
	comp.SetSilently("status", status)
	comp.SetSilently("url", fileURL(path))
	cd.warnings = warnings
	return comp, cd
}

// nameFileRoot names the types of a document loaded by Qt.createComponent:
// its instances print as NAME_QMLTYPE_N, sharing the number of the file's
// type when the file is also used as a type, as in Qt; its other
// declarations are QObject_QML_N.
func (e *Engine) nameFileRoot(doc *document, path string) {
	name := strings.TrimSuffix(filepath.Base(path), ".qml")
	if rt := doc.root.typ; startsUpper(name) && rt != nil && rt.anonymous && rt.component == nil {
		if t, _ := e.componentFile(path, name, doc.singleton); t != nil {
			rt.className = t.className
			return
		}
	}
	e.numberDocument(doc, true)
}

func (e *Engine) componentType() *Type {
	return e.reg.modules["QtQml"].types["Component"]
}

// Connections

type connectionsState struct {
	connected []connectedHandler
	legacy    []legacyHandler
	complete  bool
	target    *Object
}

type connectedHandler struct {
	obj *Object
	sig *signalDef
	ep  *endpoint
}

type legacyHandler struct {
	name string
	fn   goja.Value
	info *handlerInfo
}

func connectionsSpec() *TypeSpec {
	return &TypeSpec{
		Name:      "Connections",
		Base:      "QtObject",
		ClassName: "QQmlConnections",
		Properties: []PropertySpec{
			{Name: "target", Type: "QtObject", Changed: func(o *Object) { connectionsUpdate(o) }},
			{Name: "enabled", Type: "bool", Default: true},
			{Name: "ignoreUnknownSignals", Type: "bool"},
		},
		Init: func(o *Object) { o.Data = &connectionsState{} },
		Complete: func(o *Object) {
			st := o.Data.(*connectionsState)
			st.complete = true
			if !o.isSet(o.typ.prop("target").index) && o.parent != nil {
				o.props[o.typ.prop("target").index] = o.e.wrap(o.parent)
			}
			connectionsUpdate(o)
		},
	}
}

func (e *Engine) bindingType() *Type {
	return e.reg.modules["QtQml"].types["Binding"]
}

func (e *Engine) connectionsType() *Type {
	return e.reg.modules["QtQml"].types["Connections"]
}

func connectionsAddLegacy(o *Object, name string, fn goja.Value, info *handlerInfo) {
	st := o.Data.(*connectionsState)
	st.legacy = append(st.legacy, legacyHandler{name: name, fn: fn, info: info})
}

// connectionsUpdate connects the Connections' handlers to its target.
func connectionsUpdate(o *Object) {
	st, ok := o.Data.(*connectionsState)
	if !ok || !st.complete {
		return
	}
	e := o.e
	for _, c := range st.connected {
		c.obj.disconnectEndpoint(c.sig, c.ep)
	}
	st.connected = nil
	target := e.unwrap(o.Property("target"))
	if target == nil {
		return
	}
	this := e.wrap(o)
	ignore := o.Property("ignoreUnknownSignals").ToBoolean()
	connect := func(name string, fn goja.Value, info *handlerInfo, isFunc bool) {
		sigName := signalForHandler(name)
		s := target.typ.signal(sigName)
		if s == nil {
			if !ignore && isFunc {
				pos := o.declPos()
				e.print(fmt.Sprintf("%s:%d:%d: QML Connections: Detected function \"%s\" in Connections element. This is probably intended to be a signal handler but no signal of the target matches the name.",
					e.displayURL(pos.Filename), pos.Line, pos.Column, name))
			} else if !ignore {
				pos := o.declPos()
				e.print(fmt.Sprintf("%s:%d:%d: QML Connections: Cannot assign to non-existent property \"%s\"",
					e.displayURL(pos.Filename), pos.Line, pos.Column, name))
			}
			return
		}
		f, ok := goja.AssertFunction(fn)
		if !ok {
			return
		}
		// A Connections whose enabled is false delivers nothing.
		ep := &endpoint{goFn: func(args []goja.Value) {
			if o.Property("enabled").ToBoolean() {
				e.callHandler(f, this, info, args)
			}
		}}
		target.connect(s, ep)
		st.connected = append(st.connected, connectedHandler{obj: target, sig: s, ep: ep})
	}
	if len(st.legacy) > 0 {
		// As QQmlConnections::connectSignals: with any onX: handler the
		// Connections uses those alone (its functions are ignored), warns
		// on every connection, and goes through them last to first,
		// connecting the ones the target has a signal for.
		pos := o.declPos()
		e.print(fmt.Sprintf("%s:%d:%d: QML Connections: Implicitly defined onFoo properties in Connections are deprecated. Use this syntax instead: function onFoo(<arguments>) { ... }",
			e.displayURL(pos.Filename), pos.Line, pos.Column))
		for i := len(st.legacy) - 1; i >= 0; i-- {
			l := st.legacy[i]
			s := target.typ.signal(signalForHandler(l.name))
			if s == nil {
				if !ignore {
					e.print(fmt.Sprintf("%s:%d:%d: QML Connections: Cannot assign to non-existent property \"%s\"",
						e.displayURL(pos.Filename), pos.Line, pos.Column, l.name))
				}
				continue
			}
			connect(l.name, e.legacyHandler(l.fn, s, l.info), l.info, false)
		}
		return
	}
	for _, name := range o.methodOrder() {
		if strings.HasPrefix(name, "on") && signalForHandler(name) != "" {
			connect(name, o.peek().methods[name], nil, true)
		}
	}
}

// legacyHandler adapts an `onX:` handler written inside Connections, whose
// code refers to the target signal's parameters by name.
func (e *Engine) legacyHandler(fn goja.Value, s *signalDef, info *handlerInfo) goja.Value {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return fn
	}
	info.injected = ""
	for _, p := range s.params {
		if usesIdentifier(info.code, p.Name) {
			info.injected = p.Name
			break
		}
	}
	return e.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		params := e.vm.NewObject()
		for i, p := range s.params {
			params.Set(p.Name, c.Argument(i))
		}
		v, err := f(c.This, params)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// methodOrder lists the object's QML methods in declaration order.
func (o *Object) methodOrder() []string {
	var names []string
	if o.ctx == nil {
		return nil
	}
	seen := map[string]bool{}
	for t := o.typ; t != nil; t = t.base {
		var local []string
		for _, m := range declFunctions(t) {
			if !seen[m] {
				seen[m] = true
				local = append(local, m)
			}
		}
		names = append(local, names...)
	}
	return names
}

// declFunctions returns the names of functions a type's declaration has, in
// order.
func declFunctions(t *Type) []string {
	var out []string
	type fn struct {
		name string
		pos  parser.Pos
	}
	var fns []fn
	for name, m := range t.methods {
		if f, ok := m.decl.(*parser.Function); ok {
			fns = append(fns, fn{name, f.Pos})
		}
	}
	for i := 1; i < len(fns); i++ {
		for j := i; j > 0 && fns[j].pos.Offset < fns[j-1].pos.Offset; j-- {
			fns[j], fns[j-1] = fns[j-1], fns[j]
		}
	}
	for _, f := range fns {
		out = append(out, f.name)
	}
	return out
}

// scheduleDestroy implements obj.destroy(ms).
func (e *Engine) scheduleDestroy(o *Object, ms int64) {
	t := newTimer(func() {
		if !o.destroyed {
			e.destroyTree(o)
		}
	})
	e.loop.schedule(t, time.Duration(ms)*time.Millisecond)
}

// incompatibleArgument throws Qt's error for argument i of a C++ method
// that does not convert to the parameter's type, after its warning.
func (e *Engine) incompatibleArgument(i int) {
	e.print(fmt.Sprintf(`"Could not convert argument %d at"`, i))
	e.print("\t \"" + e.callerLocation() + "\"")
	panic(e.vm.NewTypeError("Passing incompatible arguments to C++ functions from JavaScript is not allowed."))
}

// qtCreateQmlObject implements Qt.createQmlObject(qml, parent[, path]).
func (e *Engine) qtCreateQmlObject(c goja.FunctionCall) goja.Value {
	// Qt's overloads are (QString, QObject*) and (QString, QObject*,
	// QUrl), on an object with strict arguments; Qt lists the candidates
	// twice.
	n := len(c.Arguments)
	for n > 0 && goja.IsUndefined(c.Arguments[n-1]) {
		n--
	}
	switch {
	case len(c.Arguments) < 2:
		cands := "\n    createQmlObject(QString,QObject*)\n    createQmlObject(QString,QObject*,QUrl)"
		panic(e.newError("Unable to determine callable overload.  Candidates are:%s%s", cands, cands))
	case n > 3:
		panic(e.newError("Too many arguments"))
	}
	src := c.Argument(0).String()
	parent := e.unwrap(c.Argument(1))
	if a := c.Argument(1); parent == nil && !goja.IsUndefined(a) && !goja.IsNull(a) {
		e.incompatibleArgument(1)
	}
	if parent == nil {
		panic(e.newError("Qt.createQmlObject(): Missing parent object"))
	}
	name := "inline"
	if len(c.Arguments) > 2 {
		name = c.Argument(2).String()
	}
	base := "."
	if e.rootDoc != nil {
		base = e.rootDoc.dir
	}
	// Qt resolves the name against the calling code's URL: QtTest's
	// TestCase.qml, for createTemporaryQmlObject, lies in Qt's resources.
	for _, f := range e.vm.CaptureCallStack(0, nil) {
		if src := f.SrcName(); f.Position().Line > 0 && src != "" && !strings.HasPrefix(src, "<") {
			if strings.HasPrefix(src, "qrc:") {
				base = src[:strings.LastIndexByte(src, '/')]
			}
			break
		}
	}
	path := base + "/" + name
	if d := e.docs[path]; d != nil && d.src == src && !d.loading && d != e.rootDoc {
		// Qt compiles the text anew each time: its types take new
		// numbers (QObject_QML_N).
		delete(e.docs, path)
	}
	d, err := e.compileDocument(path, src)
	if err == nil {
		e.numberDocument(d, true)
		// The new object sees the names of the parent's context.
		ctx := &qmlContext{doc: d, ids: map[string]*Object{}}
		if parent != nil {
			ctx.parent = parent.ctx
		}
		var obj *Object
		if obj, err = e.instantiateDecl(d.root, ctx, parent, nil); err == nil {
			if e.dropInterrupted(obj) {
				return goja.Null()
			}
			obj.dynamic = true
			e.noteOrphan(obj)
			return e.wrap(obj)
		}
	}
	// Qt throws an Error listing the errors, with qmlErrors holding them.
	var b strings.Builder
	b.WriteString("Qt.createQmlObject(): failed to create object: ")
	var list []any
	var ds parser.Diagnostics
	if errors.As(err, &ds) {
		for _, d := range ds {
			b.WriteString("\n    " + d.Error())
			entry := e.vm.NewObject()
			entry.Set("lineNumber", d.Pos.Line)
			entry.Set("columnNumber", d.Pos.Column)
			entry.Set("fileName", d.Pos.Filename)
			entry.Set("message", d.Message)
			list = append(list, entry)
		}
	} else {
		b.WriteString("\n    " + err.Error())
	}
	ex := e.newError("%s", b.String())
	ex.Set("qmlErrors", e.vm.NewArray(list...))
	panic(ex)
}
