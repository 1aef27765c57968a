package runtime

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// Module is a set of QML types that documents import by name, e.g.
// `import QtWebSockets 1.8`. Go hosts build one and pass it to
// Engine.Register; qmlrun's own modules (QtQml, QtWebSockets) use the same
// path.
type Module struct {
	Name string
	// Reexports names modules whose types an import of this one also
	// brings (QtQuick brings QtQml's).
	Reexports []string
	// Accepts reports whether `import Name major.minor` is valid; nil
	// accepts every version.
	Accepts func(major, minor int) bool
	Types   []*TypeSpec
	// Gui: importing the module loads QtGui, as QtQuick does in Qt, and
	// with it the color functions of the Qt object (Qt.rgba, Qt.lighter…).
	Gui bool
	// Lazy defers making the module's Types until a document imports the
	// module or one of its type names is looked up, so that a module a
	// document does not use costs nothing at start-up (QtQuick's types
	// took a third of the engine's creation). What the types resolve is
	// the same as if they had been made by Register (Engine.CreateObject
	// makes them too).
	Lazy bool
}

// TypeSpec describes a QML type implemented in Go.
type TypeSpec struct {
	Name string // the QML name, e.g. "Timer"
	// Base is the name of the type this one extends ("" for QtObject itself);
	// it must be registered in the same module or in QtQml, or be qualified
	// as Module.Type with a module registered before this one.
	Base string
	// ClassName is what console.log prints for instances, as Qt prints the
	// C++ class name: "QQmlTimer(0x...)". Defaults to Name.
	ClassName  string
	Properties []PropertySpec
	Signals    []SignalSpec
	Methods    []MethodSpec
	// Enums holds enumeration values reachable as TypeName.Key.
	Enums map[string]int
	// DefaultProperty names the property that receives child objects.
	DefaultProperty string
	// Init runs when an instance is created, before any property is set;
	// it typically stores Go state in o.Data.
	Init func(o *Object)
	// Complete runs after the instance and its bindings are set up and
	// before Component.onCompleted handlers (Qt's componentComplete).
	Complete func(o *Object)
	// Destroy runs when the instance is destroyed.
	Destroy func(o *Object)
	// Attached returns the type's attached object for an object (made on
	// first use): what Name.prop reads on it, and unqualified in its own
	// code (ObjectModel.index). Nil when the type attaches nothing.
	Attached func(target *Object) *Object
	// Creatable false makes `Name {}` a load error (attached-only types).
	Uncreatable string
	// ParentProperty gives the type Qt's constant, read-only parent
	// property (QQmlTimer has one): the object's QObject parent.
	ParentProperty bool
	// AnyProperty lets a declaration assign properties the type does not
	// have, as Qt's custom parsers allow (PropertyChanges { width: 100 });
	// the instance lists them with Object.CustomProperties.
	AnyProperty bool
	// ValueSource makes the type usable as a property value source,
	// `Type on property { }`: the instance is created as a child of the
	// enclosing object, then the hook is told that object and the property
	// name (dotted for a grouped property, "font.pixelSize") before any
	// binding is evaluated, as Qt's QQmlPropertyValueSource::setTarget.
	ValueSource func(o, target *Object, property string)
	// QMLFile marks a type Qt implements as a .qml file with a
	// Component.onCompleted (QtTest's TestCase): the first document that
	// uses it gives it a number, as Qt's compiler does to the file, and its
	// instances print as NAME_QMLTYPE_N; an instance completes after the
	// objects its declaration made, as a file component's does.
	QMLFile bool
	// Text, if given, is what the instances print as (console.log,
	// toString), for types Qt exposes as value types (font prints as
	// QFont(Sans Serif,9,-1,...)).
	Text func(o *Object) string
	// ValueType marks a group that stands for a Qt value type (font):
	// QML cannot handle its change signals (font.onBoldChanged is no
	// property).
	ValueType bool
}

// PropertySpec describes a property of a Go type.
type PropertySpec struct {
	Name     string
	Type     string // QML type: int, real, bool, string, url, var, list<string>, QtObject, ...
	ReadOnly bool   // read-only for QML; Go sets it with Object.SetInternal
	Default  any    // initial value (Go value converted to JavaScript)
	// Changed runs on the loop after the value changed (from QML, a binding
	// or Go) and its change signal was emitted.
	Changed func(o *Object)
	// Stored, if given, runs once a new value is stored, before the change
	// signal is emitted (Qt's geometry change listeners run before
	// QQuickItem emits xChanged).
	Stored func(o *Object)
	// Read, if given, runs when JavaScript (a binding, a handler) reads
	// the property, before it is read.
	Read func(o *Object)
	// Set, if given, sees every new value first, as a Qt setter does: it
	// may replace the value or refuse it (ok false: the property keeps its
	// value and emits nothing).
	Set func(o *Object, v goja.Value) (nv goja.Value, ok bool)
	// Reset, if given, runs instead of an assignment of undefined (from
	// JavaScript or a binding), as a Qt property's RESET function does
	// (Loader's sourceComponent = undefined unloads it).
	Reset func(o *Object)
	// Bindable marks a property Qt 6 keeps as a QProperty (BINDABLE):
	// Qt sets the bindings of such properties after all others when it
	// creates objects, so they are evaluated last, in declaration order.
	Bindable bool
}

// SignalSpec describes a signal and its parameters.
type SignalSpec struct {
	Name   string
	Params []ParamSpec
	// Since is the version of the type's module that added the signal
	// ("1.1"; Qt's REVISION): a document importing an older version of
	// the module cannot declare a handler for it. "" for every version.
	Since string
}

// ParamSpec is a named, typed parameter.
type ParamSpec struct {
	Name string
	Type string
}

// MethodSpec is a method callable from QML: o.name(args...).
type MethodSpec struct {
	Name string
	Call func(o *Object, call goja.FunctionCall) goja.Value
}

// kind is the storage class of a property.
type kind uint8

const (
	kVar kind = iota
	kInt
	kReal
	kBool
	kString
	kURL
	kDate
	kPoint
	kSize
	kRect
	kObject
	kList
	kAlias
	kStringList // list<string>, list<int>...: a JavaScript array of values
	kColor
	kVector2D
	kVector3D
	kVector4D
	kQuaternion
	kMatrix4x4
)

// propDef is a resolved property of a type.
type propDef struct {
	name     string
	typeName string // as declared, for messages
	kind     kind
	elem     *Type // object type for kObject and kList
	elemName string
	readOnly bool
	required bool
	index    int // slot index in Object.props
	notify   int // signal index of nameChanged
	def      any // Go default (Go types)
	// defPrim is the default when it is a primitive (shared by every
	// instance); defObj tells that the default is an object, made for
	// each instance when first read.
	defPrim goja.Value
	defObj  bool
	changed func(o *Object)
	stored  func(o *Object) // runs after the value is stored, before the change signal
	read    func(o *Object) // runs when JavaScript reads the property
	custom  bool            // an assignment kept for a type with AnyProperty
	set     func(o *Object, v goja.Value) (goja.Value, bool)
	reset   func(o *Object)
	owner   *Type
	// bindable: a QProperty in Qt (PropertySpec.Bindable)
	bindable bool
	// alias fields: resolved per instance from the declaration.
	alias *aliasDecl
	decl  any // *parser.Property for QML-declared properties
}

// signalDef is a resolved signal of a type.
type signalDef struct {
	name    string
	params  []ParamSpec
	index   int
	notify  *propDef // set for property change signals
	handler string   // onName
	// since: the module version that added the signal (SignalSpec.Since),
	// {0, 0} for every version; module: the module of the type declaring it.
	since  [2]int
	module string
}

type methodDef struct {
	name string
	goFn func(o *Object, call goja.FunctionCall) goja.Value
	decl any // *parser.Function for QML methods
	// index into the object's compiled functions for QML methods
}

// Type is a resolved QML type: a Go type, a component from a .qml file, or
// the anonymous extension an object declaration makes by declaring members.
type Type struct {
	name      string // QML name ("QtObject", "Timer", "Foo" for Foo.qml)
	className string // printed name prefix
	module    string
	base      *Type
	props     []*propDef
	propIndex map[string]*propDef
	signals   []*signalDef
	sigIndex  map[string]*signalDef
	methods   map[string]*methodDef
	enums     map[string]int
	// scopedEnums holds a QML document's enums by name, for the scoped
	// form Type.Enum.Key.
	scopedEnums map[string]map[string]int
	defaultProp string
	spec        *TypeSpec // Go hooks; nil for QML-only extensions
	component   *component
	uncreatable string
	anyProperty bool
	anonymous   bool // extension made by an object declaration
	singleton   bool // one shared instance, reached through the type name
	qmlIndex    int  // N of QObject_QML_N
	numbered    bool // a QMLFile type has its NAME_QMLTYPE_N name
}

// Name returns the QML name of the type.
func (t *Type) Name() string { return t.name }

func (t *Type) inherits(other *Type) bool {
	for x := t; x != nil; x = x.base {
		if x == other {
			return true
		}
	}
	return false
}

// prop finds a property by name.
func (t *Type) prop(name string) *propDef { return t.propIndex[name] }

func (t *Type) signal(name string) *signalDef { return t.sigIndex[name] }

func (t *Type) method(name string) *methodDef {
	for x := t; x != nil; x = x.base {
		if m := x.methods[name]; m != nil {
			return m
		}
	}
	return nil
}

func (t *Type) enum(name string) (int, bool) {
	for x := t; x != nil; x = x.base {
		if v, ok := x.enums[name]; ok {
			return v, true
		}
	}
	return 0, false
}

func (t *Type) defaultProperty() *propDef {
	for x := t; x != nil; x = x.base {
		if x.defaultProp != "" {
			return t.prop(x.defaultProp)
		}
	}
	return nil
}

// goSpecs lists the Go specs of the type chain, base first.
func (t *Type) goSpecs() []*TypeSpec {
	var out []*TypeSpec
	for x := t; x != nil; x = x.base {
		if x.spec != nil {
			out = append(out, x.spec)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// derive makes a new type extending base; members are added with addProp,
// addSignal and addMethod.
func derive(base *Type, name string) *Type { return deriveSized(base, name, 0, 0) }

// deriveSized is derive with room for props more properties and sigs more
// signals: filled entry by entry, the inherited indexes grew several times
// per type, and QtQuick's types (most of them Items) took a third of the
// engine's creation.
func deriveSized(base *Type, name string, props, sigs int) *Type {
	t := &Type{name: name, base: base, methods: map[string]*methodDef{}}
	var baseProps map[string]*propDef
	var baseSigs map[string]*signalDef
	if base != nil {
		t.className = base.className
		t.module = base.module
		t.props = append(make([]*propDef, 0, len(base.props)+props), base.props...)
		t.signals = append(make([]*signalDef, 0, len(base.signals)+sigs), base.signals...)
		baseProps, baseSigs = base.propIndex, base.sigIndex
	}
	t.propIndex = make(map[string]*propDef, len(baseProps)+props)
	for k, v := range baseProps {
		t.propIndex[k] = v
	}
	t.sigIndex = make(map[string]*signalDef, len(baseSigs)+sigs)
	for k, v := range baseSigs {
		t.sigIndex[k] = v
	}
	return t
}

func (t *Type) addSignal(name string, params []ParamSpec) *signalDef {
	s := &signalDef{name: name, params: params, index: len(t.signals), handler: handlerName(name)}
	t.signals = append(t.signals, s)
	t.sigIndex[name] = s
	return s
}

func (t *Type) addProp(p *propDef) *propDef {
	p.index = len(t.props)
	p.owner = t
	t.props = append(t.props, p)
	t.propIndex[p.name] = p
	// Change signals of QML-declared properties have no parameters; Go
	// types give theirs by declaring the signal (objectNameChanged has one).
	s := t.addSignal(p.name+"Changed", nil)
	s.notify = p
	p.notify = s.index
	return p
}

// handlerName turns a signal name into its handler name: clicked → onClicked.
func handlerName(sig string) string {
	if sig == "" {
		return ""
	}
	if sig[0] == '_' {
		i := strings.IndexFunc(sig, func(r rune) bool { return r != '_' })
		if i < 0 {
			return "on" + sig
		}
		return "on" + sig[:i] + strings.ToUpper(sig[i:i+1]) + sig[i+1:]
	}
	if c := sig[0]; c >= 'a' && c <= 'z' {
		// One allocation, not strings.ToUpper's second: every registered
		// type's signals get their handler names at start-up.
		return "on" + string(rune(c-'a'+'A')) + sig[1:]
	}
	return "on" + strings.ToUpper(sig[:1]) + sig[1:]
}

// handlerSignal returns t's signal that a handler name (onFoo) refers to,
// or nil, without making the signal's name: JavaScript reads obj.onFoo
// once per client in a typical server.
func (t *Type) handlerSignal(h string) *signalDef {
	var buf [64]byte
	name, ok := appendSignalName(buf[:0], h)
	if !ok {
		return nil
	}
	return t.sigIndex[string(name)] // the conversion makes no string
}

// signalForHandler returns the signal name a handler name refers to, or "".
func signalForHandler(h string) string {
	name, _ := appendSignalName(nil, h)
	return string(name)
}

// appendSignalName appends to dst the name of the signal a handler name
// refers to (onFoo: foo, on_Bar: _bar); false if h is not a handler name.
func appendSignalName(dst []byte, h string) ([]byte, bool) {
	if len(h) < 3 || !strings.HasPrefix(h, "on") {
		return dst, false
	}
	rest := h[2:]
	i := strings.IndexFunc(rest, func(r rune) bool { return r != '_' })
	if i < 0 || rest[i] < 'A' || rest[i] > 'Z' {
		return dst, false
	}
	n := len(dst)
	dst = append(dst, rest...)
	dst[n+i] += 'a' - 'A'
	return dst, true
}

// parseKind maps a declared type name to a storage kind.
func parseKind(name string) (kind, string, bool) {
	if inner, ok := strings.CutPrefix(name, "list<"); ok && strings.HasSuffix(inner, ">") {
		elem := strings.TrimSuffix(inner, ">")
		switch elem {
		case "string", "int", "real", "double", "bool", "url", "var", "date", "point", "size", "rect":
			return kStringList, elem, true
		case "variant":
			return kStringList, "var", true
		}
		return kList, elem, true
	}
	switch name {
	case "int":
		return kInt, "", true
	case "real", "double":
		return kReal, "", true
	case "bool":
		return kBool, "", true
	case "string":
		return kString, "", true
	case "url":
		return kURL, "", true
	case "var", "variant":
		return kVar, "", true
	case "date":
		return kDate, "", true
	case "point":
		return kPoint, "", true
	case "size":
		return kSize, "", true
	case "rect":
		return kRect, "", true
	case "alias":
		return kAlias, "", true
	case "color":
		return kColor, "", true
	case "vector2d":
		return kVector2D, "", true
	case "vector3d":
		return kVector3D, "", true
	case "vector4d":
		return kVector4D, "", true
	case "quaternion":
		return kQuaternion, "", true
	case "matrix4x4":
		return kMatrix4x4, "", true
	}
	return kObject, name, false
}

// registry holds the modules an engine knows.
type registry struct {
	modules map[string]*moduleTypes
	// attached: the Attached functions of the types made, by type name
	attached map[string]func(*Object) *Object
	// visible is the registration number of the last module that the
	// types being made may see: while a module's types are made, those
	// registered before it (and itself); otherwise all.
	visible int
}

type moduleTypes struct {
	mod   *Module
	types map[string]*Type
	seq   int  // registration number
	lazy  bool // a Lazy module whose types are not made yet
}

func newRegistry() *registry {
	return &registry{modules: map[string]*moduleTypes{}, visible: math.MaxInt}
}

// register resolves a module's type specs into Types (for a Lazy module,
// when they are first needed).
func (r *registry) register(m *Module) error {
	if m == nil || m.Name == "" {
		return fmt.Errorf("runtime: module without a name")
	}
	if _, dup := r.modules[m.Name]; dup {
		return fmt.Errorf("runtime: module %s registered twice", m.Name)
	}
	mt := &moduleTypes{mod: m, types: map[string]*Type{}, seq: len(r.modules)}
	r.modules[m.Name] = mt
	if m.Lazy && r.resolvable(mt) {
		mt.lazy = true
		return nil
	}
	// A module with a base that does not resolve fails here as before,
	// even when Lazy.
	return r.build(mt)
}

// resolvable reports whether every type of a module being registered
// finds its base as build would find it, from the type names alone.
func (r *registry) resolvable(mt *moduleTypes) bool {
	known := map[string]bool{}
	has := func(module, name string) bool {
		switch q := r.modules[module]; {
		case q == nil:
			return false
		case q == mt:
			return known[name]
		case q.lazy:
			return q.declares(name)
		default:
			return q.types[name] != nil
		}
	}
	pending := mt.mod.Types
	for len(pending) > 0 {
		var rest []*TypeSpec
		for _, spec := range pending {
			b := spec.Base
			i := strings.LastIndexByte(b, '.')
			if b == "" || known[b] || has("QtQml", b) || i > 0 && has(b[:i], b[i+1:]) {
				known[spec.Name] = true
			} else {
				rest = append(rest, spec)
			}
		}
		if len(rest) == len(pending) {
			return false
		}
		pending = rest
	}
	return true
}

// declares reports whether the module has a type spec named name.
func (mt *moduleTypes) declares(name string) bool {
	for _, s := range mt.mod.Types {
		if s.Name == name {
			return true
		}
	}
	return false
}

// ensure makes a Lazy module's types if they are not made yet.
func (r *registry) ensure(mt *moduleTypes) {
	if !mt.lazy {
		return
	}
	mt.lazy = false
	if err := r.build(mt); err != nil {
		panic(err) // register checked that every base resolves
	}
}

// module returns the module registered as name if the types being made
// may see it, its types made.
func (r *registry) module(name string) *moduleTypes {
	mt := r.modules[name]
	if mt == nil || mt.seq > r.visible {
		return nil
	}
	r.ensure(mt)
	return mt
}

// build makes a module's types, seeing the modules registered before it.
func (r *registry) build(mt *moduleTypes) error {
	saved := r.visible
	r.visible = mt.seq
	defer func() { r.visible = saved }()
	m := mt.mod
	pending := append([]*TypeSpec(nil), m.Types...)
	for len(pending) > 0 {
		progress := false
		var rest []*TypeSpec
		for _, spec := range pending {
			var base *Type
			if spec.Base != "" {
				base = mt.types[spec.Base]
				if base == nil {
					if q := r.module("QtQml"); q != nil {
						base = q.types[spec.Base]
					}
				}
				if i := strings.LastIndexByte(spec.Base, '.'); base == nil && i > 0 {
					// Module.Type: a type of a module registered before.
					if q := r.module(spec.Base[:i]); q != nil {
						base = q.types[spec.Base[i+1:]]
					}
				}
				if base == nil {
					rest = append(rest, spec)
					continue
				}
			}
			t, err := r.typeFromSpec(spec, base, m.Name)
			if err != nil {
				return err
			}
			mt.types[spec.Name] = t
			progress = true
		}
		if !progress {
			names := make([]string, len(rest))
			for i, s := range rest {
				names[i] = s.Name + " (base " + s.Base + ")"
			}
			sort.Strings(names)
			return fmt.Errorf("runtime: module %s: unknown base types: %s", m.Name, strings.Join(names, ", "))
		}
		pending = rest
	}
	return nil
}

func (r *registry) typeFromSpec(spec *TypeSpec, base *Type, module string) (*Type, error) {
	t := deriveSized(base, spec.Name, len(spec.Properties), len(spec.Properties)+len(spec.Signals))
	t.spec = spec
	t.module = module
	if spec.Attached != nil {
		if r.attached == nil {
			r.attached = map[string]func(*Object) *Object{}
		}
		r.attached[spec.Name] = spec.Attached
	}
	t.className = spec.ClassName
	if t.className == "" {
		t.className = spec.Name
	}
	t.defaultProp = spec.DefaultProperty
	t.uncreatable = spec.Uncreatable
	t.anyProperty = spec.AnyProperty
	t.enums = spec.Enums
	for _, ps := range spec.Properties {
		k, elem, _ := parseKind(ps.Type)
		p := &propDef{name: ps.Name, typeName: ps.Type, kind: k, elemName: elem, readOnly: ps.ReadOnly, def: ps.Default, changed: ps.Changed, stored: ps.Stored, read: ps.Read, set: ps.Set, reset: ps.Reset, bindable: ps.Bindable}
		if k == kObject || k == kList {
			if et := r.lookupGo(elem); et != nil {
				p.elem = et
			}
		}
		t.addProp(p)
	}
	for _, ss := range spec.Signals {
		if s := t.sigIndex[ss.Name]; s != nil && s.notify != nil {
			s.params = ss.Params
			continue
		}
		s := t.addSignal(ss.Name, ss.Params)
		if ss.Since != "" {
			maj, min := parseVersion(ss.Since)
			s.since, s.module = [2]int{maj, min}, module
		}
	}
	for _, ms := range spec.Methods {
		t.methods[ms.Name] = &methodDef{name: ms.Name, goFn: ms.Call}
	}
	return t, nil
}

// lookupGo finds a Go type by name in any registered module. When several
// modules have the name and one type is the base of the others (a module
// extending another's types), that base type is the answer, since it
// accepts instances of all of them; otherwise the first module by name.
func (r *registry) lookupGo(name string) *Type {
	names := make([]string, 0, len(r.modules))
	for n := range r.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	var found *Type
	for _, n := range names {
		mt := r.modules[n]
		if mt.seq > r.visible || mt.lazy && !mt.declares(name) {
			continue
		}
		r.ensure(mt)
		t := mt.types[name]
		if t == nil {
			continue
		}
		if found == nil || found.inherits(t) {
			found = t
		}
	}
	return found
}
