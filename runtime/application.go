package runtime

import (
	"github.com/dop251/goja"
)

// Qt.application is a QObject in Qt (QQmlApplication): its name, version,
// organization and domain are properties with change signals, and its
// aboutToQuit signal is emitted when the event loop has stopped, before the
// object tree is destroyed, so that Connections { target: Qt.application }
// and aboutToQuit.connect(f) can save state on the way out.
var applicationSpec = &TypeSpec{
	Name:        "QQmlApplication",
	ClassName:   "QQmlApplication",
	Uncreatable: "Application is not creatable",
	Properties: []PropertySpec{
		{Name: "arguments", Type: "list<string>", ReadOnly: true},
		{Name: "name", Type: "string", Default: "qmlrun"},
		{Name: "version", Type: "string"},
		{Name: "organization", Type: "string"},
		{Name: "domain", Type: "string"},
	},
	Signals: []SignalSpec{{Name: "aboutToQuit"}},
	Methods: []MethodSpec{
		{Name: "setName", Call: setterMethod("name")},
		{Name: "setVersion", Call: setterMethod("version")},
		{Name: "setOrganization", Call: setterMethod("organization")},
		{Name: "setDomain", Call: setterMethod("domain")},
	},
}

// Qt.platform is a QObject in Qt too (QQmlPlatform), with read-only
// properties.
var platformSpec = &TypeSpec{
	Name:        "QQmlPlatform",
	ClassName:   "QQmlPlatform",
	Uncreatable: "Platform is not creatable",
	Properties: []PropertySpec{
		{Name: "os", Type: "string", ReadOnly: true, Default: "linux"},
		{Name: "pluginName", Type: "string", ReadOnly: true},
	},
}

// platform returns the Qt.platform object, made on first use.
func (e *Engine) platform() *Object {
	if e.platformObj == nil {
		t, err := e.reg.typeFromSpec(platformSpec, e.reg.modules["QtQml"].types["QtObject"], "")
		if err != nil {
			panic(err)
		}
		e.platformObj = e.newObject(t, nil, nil)
		e.platformObj.completed = true
	}
	return e.platformObj
}

func setterMethod(prop string) func(o *Object, c goja.FunctionCall) goja.Value {
	return func(o *Object, c goja.FunctionCall) goja.Value {
		o.SetInternal(prop, c.Argument(0).String())
		return goja.Undefined()
	}
}

// application returns the Qt.application object, made on first use (the
// QtQml types it derives from are registered after the globals).
func (e *Engine) application() *Object {
	if e.app != nil {
		return e.app
	}
	base := e.reg.modules["QtQml"].types["QtObject"]
	t, err := e.reg.typeFromSpec(applicationSpec, base, "")
	if err != nil {
		panic(err)
	}
	e.app = e.newObject(t, nil, nil)
	e.app.completed = true
	args := e.opts.Args
	if len(args) == 0 {
		args = []string{"qmlrun"}
	}
	list := make([]any, len(args))
	for i, a := range args {
		list[i] = a
	}
	// A QStringList: a sequence with Array's methods, but no Array.
	p := t.prop("arguments")
	e.app.props[p.index] = e.newValueList(e.app, p, e.vm.NewArray(list...))
	return e.app
}

// aboutToQuit emits Qt.application's aboutToQuit, if a script has used it.
func (e *Engine) aboutToQuit() {
	if e.app != nil {
		e.unit(func() { e.app.Emit("aboutToQuit") })
	}
}
