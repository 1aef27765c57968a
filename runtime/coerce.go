package runtime

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// sharedDefault is the value a new object's property starts with: a
// primitive default, computed once per property, or nil when the default
// is an object (a url, a color, a string list…), which slotValue makes on
// first use so that objects nobody reads from cost nothing.
func (e *Engine) sharedDefault(p *propDef) goja.Value {
	if p.defPrim == nil && !p.defObj {
		v := e.defaultValue(p)
		if _, isObj := v.(*goja.Object); isObj || v == nil {
			p.defObj = true
		} else {
			p.defPrim = v
		}
	}
	return p.defPrim
}

// comparedDefault returns a property's default value for comparing a new
// value with: made once per property, unlike the one slotValue stores in
// each object (a server's sockets are given their url as they are made).
func (e *Engine) comparedDefault(p *propDef) goja.Value {
	if v := e.sharedDefault(p); v != nil {
		return v
	}
	v, ok := e.defaults[p]
	if !ok {
		v = e.defaultValue(p)
		if e.defaults == nil {
			e.defaults = map[*propDef]goja.Value{}
		}
		e.defaults[p] = v
	}
	return v
}

// slotValue reads a property's stored value, making its default first if
// it has not been made yet.
func (o *Object) slotValue(p *propDef) goja.Value {
	s := &o.props[p.index]
	if *s == nil && p.kind != kList && p.kind != kAlias {
		*s = o.e.defaultValue(p)
	}
	if p.kind == kStringList && *s != nil {
		if obj := asObject(*s); obj != nil && obj.ExportType() != valueListType {
			*s = o.e.newValueList(o, p, obj)
		}
	}
	return *s
}

// valueList is a list<int>, list<string>... property as JavaScript sees
// it: like Qt's sequence wrapper, every write (li[i] = v, push, a new
// length) is converted to the element type and stored back into the
// property, which emits its change signal.
type valueList struct {
	o     *Object
	p     *propDef
	items []goja.Value
}

var valueListType = reflect.TypeOf((*valueList)(nil))

// newValueList makes the list object of a value-list property from the
// array its value was assigned as.
func (e *Engine) newValueList(o *Object, p *propDef, arr *goja.Object) goja.Value {
	l := &valueList{o: o, p: p}
	n := arr.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		if i&loopCheck == 0 && e.watch.overdue() {
			break
		}
		l.items = append(l.items, arr.Get(strconv.FormatInt(i, 10)))
	}
	a := e.vm.NewDynamicArray(l)
	a.SetPrototype(e.sequenceProto())
	return a
}

// sequenceProto is the prototype of value lists: Array's methods, and
// Qt's class name for Object.prototype.toString ("[object V4Sequence]").
func (e *Engine) sequenceProto() *goja.Object {
	if e.seqProto == nil {
		e.seqProto = e.vm.NewObject()
		e.seqProto.SetPrototype(e.vm.Get("Array").ToObject(e.vm).Get("prototype").ToObject(e.vm))
		e.seqProto.SetSymbol(goja.SymToStringTag, "V4Sequence")
	}
	return e.seqProto
}

// Strings reads a list<string> property (or an array held by a var one)
// from Go; nil when it holds neither.
func (o *Object) Strings(name string) []string {
	v := o.Property(name)
	obj := asObject(v)
	if obj == nil {
		return nil
	}
	var out []string
	if l, ok := obj.Export().(*valueList); ok {
		for _, x := range l.items {
			out = append(out, x.String())
		}
		return out
	}
	if arr, ok := obj.Export().([]any); ok {
		for _, x := range arr {
			out = append(out, fmt.Sprint(x))
		}
	}
	return out
}

func (l *valueList) Len() int { return len(l.items) }

func (l *valueList) Get(i int) goja.Value {
	if i < 0 || i >= len(l.items) {
		return nil
	}
	switch l.p.elemName {
	case "date":
		// Each read gives a new Date holding the element's time.
		if d, err := l.o.e.vm.New(l.o.e.vm.Get("Date"), l.items[i].ToNumber()); err == nil {
			return d
		}
	case "point", "size", "rect":
		// and a copy of the point, size or rect (writes to it stay there).
		if g := l.o.e.valueFor(asObject(l.items[i])); g != nil {
			return l.o.e.geometryCopy(g)
		}
	}
	return l.items[i]
}

func (l *valueList) Set(i int, v goja.Value) bool {
	if i < 0 || i > 1<<24 {
		return false
	}
	e := l.o.e
	for len(l.items) <= i {
		l.items = append(l.items, l.zero())
	}
	if (goja.IsUndefined(v) || goja.IsNull(v)) && l.p.elemName != "var" {
		// Also what delete (and so splice, shift, pop) writes: Qt
		// resets the element without a warning.
		l.items[i] = l.zero()
	} else {
		l.items[i] = e.vm.ToValue(e.listElement(l.p.elemName, v, int64(i)))
	}
	l.changed()
	return true
}

func (l *valueList) SetLen(n int) bool {
	if n < 0 || n > 1<<24 {
		return false
	}
	if n == len(l.items) {
		return true // push sets the length it already has
	}
	for len(l.items) < n {
		l.items = append(l.items, l.zero())
	}
	l.items = l.items[:n]
	l.changed()
	return true
}

// zero is the element type's default, which fills a gap.
func (l *valueList) zero() goja.Value {
	switch l.p.elemName {
	case "int", "real", "double":
		return l.o.e.vm.ToValue(0)
	case "bool":
		return l.o.e.vm.ToValue(false)
	case "string", "url":
		return l.o.e.vm.ToValue("")
	case "date":
		invalid, _ := l.o.e.vm.New(l.o.e.vm.Get("Date"), l.o.e.vm.ToValue(math.NaN()))
		return invalid
	case "point", "size", "rect":
		return l.o.e.geometryZero(l.p.elemName)
	}
	return goja.Undefined()
}

func (l *valueList) changed() {
	o := l.o
	if o.destroyed {
		return
	}
	o.emit(o.typ.signals[l.p.notify], nil)
	if l.p.changed != nil {
		l.p.changed(o)
	}
}

// defaultValue is a property's value before anything is assigned: Qt's
// defaults per type.
func (e *Engine) defaultValue(p *propDef) goja.Value {
	if p.def != nil {
		v, err := e.coerce(p, e.toValue(p.def))
		if err == nil {
			return v
		}
	}
	switch p.kind {
	case kInt, kReal:
		return e.vm.ToValue(0)
	case kBool:
		return e.vm.ToValue(false)
	case kString:
		return e.vm.ToValue("")
	case kURL:
		return e.newURL("")
	case kObject:
		return goja.Null()
	case kDate:
		d, _ := e.vm.New(e.vm.Get("Date"), e.vm.ToValue(math.NaN()))
		return d
	case kPoint:
		return e.newPoint(0, 0)
	case kSize:
		return e.newSize(-1, -1) // QSizeF(): invalid
	case kRect:
		return e.newRect(0, 0, 0, 0)
	case kList, kAlias:
		return nil
	case kStringList:
		return e.vm.NewArray()
	case kColor:
		return e.newValueObj(&valueObj{class: "color", a: 1})
	case kVector2D, kVector3D, kVector4D, kQuaternion, kMatrix4x4:
		return e.newVec(vecKinds[p.kind], defaultVec(vecKinds[p.kind]))
	}
	return goja.Undefined()
}

// geometry is a point, size or rect written as a string literal
// ("5,6", "7x8", "1,2,3x4"), which Qt accepts for those property types.
type geometry struct {
	class      string
	x, y, w, h float64
}

func parseGeometry(k kind, s string) (geometry, bool) {
	num := func(t string) (float64, bool) {
		f, err := strconv.ParseFloat(strings.TrimSpace(t), 64)
		return f, err == nil
	}
	switch k {
	case kPoint:
		a, b, ok := strings.Cut(s, ",")
		x, ok1 := num(a)
		y, ok2 := num(b)
		return geometry{class: "point", x: x, y: y}, ok && ok1 && ok2
	case kSize:
		a, b, ok := strings.Cut(s, "x")
		w, ok1 := num(a)
		h, ok2 := num(b)
		return geometry{class: "size", w: w, h: h}, ok && ok1 && ok2
	case kRect:
		xy, wh, ok := strings.Cut(s, ",")
		rest := ""
		if ok {
			var ok3 bool
			xy2, r, ok3b := strings.Cut(wh, ",")
			ok3 = ok3b
			xy, rest = xy+","+xy2, r
			ok = ok3
		}
		p, okp := parseGeometry(kPoint, xy)
		sz, oks := parseGeometry(kSize, rest)
		return geometry{class: "rect", x: p.x, y: p.y, w: sz.w, h: sz.h}, ok && okp && oks
	}
	return geometry{}, false
}

// metaTypeName names a JavaScript value as Qt's messages do ("QString",
// "std::nullptr_t", "[undefined]", ...).
func (e *Engine) metaTypeName(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "[undefined]"
	case goja.IsNull(v):
		return "std::nullptr_t"
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return "QJSValue"
	}
	switch x := exportScalar(v).(type) {
	case string:
		return "QString"
	case bool:
		return "bool"
	case int64:
		return "int"
	case float64:
		if x == math.Trunc(x) && math.Abs(x) < 1<<31 {
			return "int"
		}
		return "double"
	}
	if obj, ok := v.(*goja.Object); ok {
		if o := e.objectFor(obj); o != nil {
			return "QObject*"
		}
		if callable(obj) {
			return "JavaScript function"
		}
		switch e.valueClass(obj) {
		case "url":
			return "QUrl"
		case "point":
			return "QPointF"
		case "size":
			return "QSizeF"
		case "rect":
			return "QRectF"
		}
		if v := e.valueFor(obj); v != nil && v.vec != nil {
			return vecTypeNames[v.class]
		}
		if obj.ClassName() == "Date" {
			return "QDateTime"
		}
		return "QJSValue"
	}
	return "QVariant"
}

func (e *Engine) cannotAssign(v goja.Value, to string) error {
	return fmt.Errorf("Cannot assign %s to %s", e.metaTypeName(v), to)
}

// parseGeometry reads the string forms Qt converts to geometry values:
// "x,y" for a point, "wxh" for a size, "x,y,wxh" for a rect. It returns nil
// for anything else.
func (e *Engine) parseGeometry(k kind, s string) goja.Value {
	nums := func(parts ...string) ([]float64, bool) {
		out := make([]float64, len(parts))
		for i, p := range parts {
			f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
			if err != nil {
				return nil, false
			}
			out[i] = f
		}
		return out, true
	}
	switch k {
	case kPoint:
		if x, y, ok := strings.Cut(s, ","); ok {
			if n, ok := nums(x, y); ok {
				return e.newPoint(n[0], n[1])
			}
		}
	case kSize:
		if w, h, ok := strings.Cut(s, "x"); ok {
			if n, ok := nums(w, h); ok {
				return e.newSize(n[0], n[1])
			}
		}
	case kRect:
		parts := strings.Split(s, ",")
		if len(parts) == 3 {
			if w, h, ok := strings.Cut(parts[2], "x"); ok {
				if n, ok := nums(parts[0], parts[1], w, h); ok {
					return e.newRect(n[0], n[1], n[2], n[3])
				}
			}
		}
	}
	return nil
}

// valueListNames are the C++ names of the value-type lists, for messages.
var valueListNames = map[string]string{
	"int": "QList<int>", "real": "QList<double>", "double": "QList<double>", "bool": "QList<bool>",
	"string": "QStringList", "url": "QList<QUrl>", "var": "QVariantList", "date": "QList<QDateTime>",
	"point": "QList<QPointF>", "size": "QList<QSizeF>", "rect": "QList<QRectF>",
}

// geometryNames are the C++ names of the geometry value types.
var geometryNames = map[string]string{"point": "QPointF", "size": "QSizeF", "rect": "QRectF"}

// geometryZero is the value a list element of a geometry type has when
// nothing converts to it: QSizeF() is -1 by -1.
func (e *Engine) geometryZero(class string) goja.Value {
	z := &valueObj{class: class}
	if class == "size" {
		z.w, z.h = -1, -1
	}
	return e.newValueObj(z)
}

// geometryCopy is a new value holding v's point, size or rect.
func (e *Engine) geometryCopy(v *valueObj) goja.Value {
	return e.newValueObj(&valueObj{class: v.class, x: v.x, y: v.y, w: v.w, h: v.h})
}

// listElement converts element i of an array assigned to a QML-declared
// list<elem> property as Qt 6.4 does: numbers round to int, strings parse as numbers,
// and a value that does not convert becomes the element type's zero value
// with a warning.
func (e *Engine) listElement(elem string, v goja.Value, i int64) any {
	if elem == "var" {
		return v
	}
	fail := func(to string, zero any) any {
		from := e.metaTypeName(v)
		switch {
		case goja.IsUndefined(v):
			from = ""
		case e.isPlainObject(v):
			from = "QVariantMap"
		case isArray(v):
			from = "QVariantList"
		}
		e.print(fmt.Sprintf("\"Could not convert array value at position %d from %s to %s\"", i, from, to))
		return zero
	}
	if name := geometryNames[elem]; name != "" {
		// Only a value of the type converts.
		if g := e.valueFor(asObject(v)); g != nil && g.class == elem {
			return e.geometryCopy(g)
		}
		return fail(name, e.geometryZero(elem))
	}
	if elem == "date" {
		// Date objects, and strings that are dates; anything else is an
		// invalid date.
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Date" {
			return v
		}
		if str, ok := exportScalar(v).(string); ok {
			if d, err := e.vm.New(e.vm.Get("Date"), e.vm.ToValue(str)); err == nil && !math.IsNaN(d.ToNumber().ToFloat()) {
				return d
			}
		}
		invalid, _ := e.vm.New(e.vm.Get("Date"), e.vm.ToValue(math.NaN()))
		return fail("QDateTime", invalid)
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		switch elem {
		case "int":
			return fail("int", 0)
		case "real", "double":
			return fail("double", 0)
		case "bool":
			return false
		case "url":
			return fail("QUrl", "")
		}
		if goja.IsNull(v) {
			return ""
		}
		return fail("QString", "")
	}
	x := exportScalar(v)
	switch elem {
	case "bool":
		return v.ToBoolean()
	case "string":
		if e.isPlainObject(v) || e.objectFor(asObject(v)) != nil {
			return fail("QString", "")
		}
		s, err := e.toQString(v)
		if err != nil {
			return fail("QString", "")
		}
		return s
	case "url":
		if s, ok := x.(string); ok {
			return s
		}
		if obj, ok := v.(*goja.Object); ok && e.valueClass(obj) == "url" {
			return obj.String()
		}
		return fail("QUrl", "")
	}
	// int, real, double
	var f float64
	switch y := x.(type) {
	case int64:
		f = float64(y)
	case float64:
		f = y
	case bool:
		if y {
			f = 1
		}
	case string:
		n, err := strconv.ParseFloat(strings.TrimSpace(y), 64)
		if err != nil || elem == "int" && n != math.Trunc(n) {
			if elem == "int" {
				return fail("int", 0)
			}
			return fail("double", 0)
		}
		f = n
	default:
		if elem == "int" {
			return fail("int", 0)
		}
		return fail("double", 0)
	}
	if elem != "int" {
		return f
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	// qRound, then the int32 the value is stored in.
	if f >= 0 {
		f = math.Floor(f + 0.5)
	} else {
		f = math.Ceil(f - 0.5)
	}
	return int32(int64(f))
}

// isPlainObject reports whether v is an ordinary JavaScript object (not an
// array, function, QML object or value type), which Qt converts to a
// QVariantMap.
func (e *Engine) isPlainObject(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok || e.objectFor(obj) != nil || e.valueFor(obj) != nil {
		return false
	}
	if callable(obj) {
		return false
	}
	return obj.ClassName() == "Object"
}

// exportScalar is v.Export() for the conversions, which only look for
// strings, numbers and booleans: an array is not exported, as a sparse
// array's length may be billions.
func exportScalar(v goja.Value) any {
	if isArray(v) {
		return nil
	}
	return v.Export()
}

var (
	int64Type   = reflect.TypeOf(int64(0))
	float64Type = reflect.TypeOf(float64(0))
)

// primitiveInt returns v's value if v is a primitive integer number (goja
// keeps integers apart from other numbers), without exporting it: Export
// boxes the number, an allocation per property write.
func primitiveInt(v goja.Value) (int64, bool) {
	if _, isObj := v.(*goja.Object); isObj || v.ExportType() != int64Type {
		return 0, false
	}
	return v.ToInteger(), true
}

// primitiveFloat is primitiveInt for the other numbers.
func primitiveFloat(v goja.Value) (float64, bool) {
	if _, isObj := v.(*goja.Object); isObj || v.ExportType() != float64Type {
		return 0, false
	}
	return v.ToFloat(), true
}

func isArray(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	return ok && obj.ClassName() == "Array"
}

// coerce converts a value for a property the way Qt does when JavaScript
// assigns it, returning Qt's error message on refusal.
func (e *Engine) coerce(p *propDef, v goja.Value) (goja.Value, error) {
	if v == nil {
		v = goja.Undefined()
	}
	switch p.kind {
	case kVar, kAlias:
		return v, nil
	case kInt:
		if n, ok := primitiveInt(v); ok && n == int64(int32(n)) {
			return v, nil // already what the conversion would make
		}
		f, err := e.toNumber(v, "int")
		if err != nil {
			return nil, err
		}
		return e.vm.ToValue(toInt32(f)), nil
	case kReal:
		if _, ok := primitiveInt(v); ok {
			return v, nil
		}
		if f, ok := primitiveFloat(v); ok && f != math.Trunc(f) {
			return v, nil // goja makes integral numbers ints
		}
		f, err := e.toNumber(v, "double")
		if err != nil {
			return nil, err
		}
		return e.vm.ToValue(f), nil
	case kBool:
		if goja.IsUndefined(v) {
			return nil, e.cannotAssign(v, "bool")
		}
		return e.vm.ToValue(v.ToBoolean()), nil
	case kString:
		s, err := e.toQString(v)
		if err != nil {
			return nil, err
		}
		return e.vm.ToValue(s), nil
	case kURL:
		if obj, ok := v.(*goja.Object); ok && e.valueClass(obj) == "url" {
			return v, nil
		}
		if s, ok := exportScalar(v).(string); ok {
			if blankPadded(s) {
				return e.InvalidURL(s), nil
			}
			return e.newURL(prettyURL(s)), nil
		}
		return nil, e.cannotAssign(v, "QUrl")
	case kObject:
		if goja.IsNull(v) {
			return v, nil
		}
		if obj, ok := v.(*goja.Object); ok {
			if o := e.objectFor(obj); o != nil {
				if p.elem == nil || o.typ.inherits(p.elem) {
					return v, nil
				}
				// Qt names the value by its variant's type, QObject*.
				return nil, fmt.Errorf("Cannot assign QObject* to %s*", p.elem.className)
			}
		}
		cls := "QObject*"
		if p.elem != nil && p.elem.spec != nil && p.elem.className != "QObject" {
			cls = p.elem.className + "*"
		}
		return nil, e.cannotAssign(v, cls)
	case kList:
		return v, nil
	case kStringList:
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
			n := obj.Get("length").ToInteger()
			var items []any
			if n <= 1<<16 {
				items = make([]any, 0, n)
			}
			for i := int64(0); i < n; i++ {
				if i&loopCheck == 0 && e.watch.overdue() {
					return nil, errInterrupted{e.watch.budget}
				}
				el := obj.Get(strconv.FormatInt(i, 10))
				if el == nil {
					el = goja.Undefined() // a hole of a sparse array
				}
				switch {
				case p.decl != nil:
					items = append(items, e.listElement(p.elemName, el, i))
				case p.elemName == "string":
					s, err := e.toQString(el)
					if err != nil {
						return nil, err
					}
					items = append(items, s)
				default:
					items = append(items, el)
				}
			}
			return e.vm.NewArray(items...), nil
		}
		if p.decl != nil {
			if goja.IsUndefined(v) {
				return nil, e.cannotAssign(v, valueListNames[p.elemName])
			}
			// Anything but an array (null, a number, a string, an
			// object) empties a QML-declared list in Qt 6.4.
			return e.vm.NewArray(), nil
		}
		// A C++ QStringList property takes a single value as a list of
		// one.
		if goja.IsUndefined(v) {
			return nil, e.cannotAssign(v, "QStringList")
		}
		if goja.IsNull(v) {
			return e.vm.NewArray(), nil
		}
		s, err := e.toQString(v)
		if err != nil {
			return nil, err
		}
		return e.vm.NewArray(s), nil
	case kColor:
		if obj, ok := v.(*goja.Object); ok && e.valueClass(obj) == "color" {
			return v, nil
		}
		if s, ok := exportScalar(v).(string); ok {
			if c, ok := parseColor(s); ok {
				c.class = "color"
				return e.newValueObj(&c), nil
			}
			return nil, fmt.Errorf("Invalid property assignment: color expected")
		}
		return nil, e.cannotAssign(v, "QColor")
	case kDate:
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Date" {
			return v, nil
		}
		if s, ok := exportScalar(v).(string); ok {
			d, err := e.vm.New(e.vm.Get("Date"), e.vm.ToValue(s))
			// A string that is no date is refused, not stored as an
			// invalid date.
			if err == nil && !math.IsNaN(d.ToNumber().ToFloat()) {
				return d, nil
			}
		}
		return nil, e.cannotAssign(v, "QDateTime")
	case kPoint, kSize, kRect:
		if obj, ok := v.(*goja.Object); ok {
			if c := e.valueClass(obj); c == [...]string{kPoint: "point", kSize: "size", kRect: "rect"}[p.kind] {
				// The property keeps its own copy, as a QPointF member does.
				x := *e.valueFor(obj)
				x.owner, x.ownerProp = nil, nil
				return e.newValueObj(&x), nil
			}
		}
		if str, ok := exportScalar(v).(string); ok {
			if nv := e.parseGeometry(p.kind, str); nv != nil {
				return nv, nil
			}
		}
		return nil, e.cannotAssign(v, map[kind]string{kPoint: "QPointF", kSize: "QSizeF", kRect: "QRectF"}[p.kind])
	case kVector2D, kVector3D, kVector4D, kQuaternion, kMatrix4x4:
		cls := vecKinds[p.kind]
		if x := e.vecArg(v, cls); x != nil {
			// The property keeps its own copy, as a QVector3D member does.
			return e.newVec(cls, append([]float32(nil), x...)), nil
		}
		if str, ok := exportScalar(v).(string); ok {
			if x, ok := parseVec(cls, str); ok {
				return e.newVec(cls, x), nil
			}
		}
		return nil, e.cannotAssign(v, vecTypeNames[cls])
	}
	return v, nil
}

// toNumber converts for int and real properties.
func (e *Engine) toNumber(v goja.Value, to string) (float64, error) {
	switch x := exportScalar(v).(type) {
	case int64:
		return float64(x), nil
	case float64:
		return x, nil
	case bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case string:
		s := strings.TrimSpace(x)
		f, err := strconv.ParseFloat(s, 64)
		// Qt reads "inf" and "nan" but not "infinity" (which Go takes).
		if err != nil || s == "" || strings.ContainsAny(s, "xX_") || len(s) > 4 && math.IsInf(f, 0) && !strings.ContainsAny(s, "0123456789") {
			return 0, e.cannotAssign(v, to)
		}
		if to == "int" {
			// Qt rounds a numeric string for an int property (but
			// truncates a number).
			return math.Round(f), nil
		}
		return f, nil
	}
	return 0, e.cannotAssign(v, to)
}

// qtNumberText is the text Qt gives a JavaScript number converted to a
// QString (for a string property): an int32 as an integer; any other
// value as QString::number(d, 'g', QLocale::FloatingPointShortest) makes
// it, the shorter of the decimal and exponent forms (decimal on a tie:
// 1e+15, 1e-04, 0.00012), and "inf", "-inf", "nan" where JavaScript says
// Infinity and NaN.
func qtNumberText(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 0):
		return localeFloat(f)
	case f == math.Trunc(f) && f >= math.MinInt32 && f <= math.MaxInt32:
		return strconv.FormatInt(int64(f), 10)
	}
	dec, sci := strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64)
	if len(sci) < len(dec) {
		return sci
	}
	return dec
}

// wrapInt32 is what a number computed by JavaScript becomes for an int
// property's binding or an int signal parameter: ECMAScript's ToInt32
// (modulo 2^32; NaN and infinities 0), as Qt's engine converts there. An
// assignment (toInt32) converts as C++ does instead. Other values, and
// other kinds, are returned as they are.
func (e *Engine) wrapInt32(p *propDef, v goja.Value) goja.Value {
	if p.kind != kInt {
		return v
	}
	if n, ok := primitiveInt(v); ok {
		return e.vm.ToValue(int32(uint32(n))) // Go's conversions keep the low 32 bits
	}
	f, ok := primitiveFloat(v)
	if !ok {
		return v
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return e.vm.ToValue(0)
	}
	return e.vm.ToValue(int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32)))))
}

// toInt32 converts like Qt's double-to-int: truncation, and the minimum int
// for NaN, infinities and values out of range.
func toInt32(f float64) int64 {
	if math.IsNaN(f) || math.IsInf(f, 0) || f >= 2147483648 || f <= -2147483649 {
		return -2147483648
	}
	return int64(f)
}

// toQString converts for string properties.
func (e *Engine) toQString(v goja.Value) (string, error) {
	switch {
	case goja.IsUndefined(v):
		return "", e.cannotAssign(v, "QString")
	case goja.IsNull(v):
		return "", nil
	}
	if _, isSym := v.(*goja.Symbol); isSym {
		return "", e.cannotAssign(v, "QString")
	}
	switch x := exportScalar(v).(type) {
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return qtNumberText(float64(x)), nil
	case float64:
		return qtNumberText(x), nil
	}
	if obj, ok := v.(*goja.Object); ok {
		// A QObject does not convert to a string (Cannot assign QObject*
		// to QString); a date converts as Qt::ISODateWithMs in local time.
		if e.valueClass(obj) == "url" {
			return obj.String(), nil
		}
		if t, isDate := obj.Export().(time.Time); isDate && obj.ClassName() == "Date" {
			return t.In(time.Local).Format("2006-01-02T15:04:05.000"), nil
		}
		if obj.ClassName() == "Array" {
			// Qt converts an array to a string through a list of
			// character codes.
			var b strings.Builder
			n := obj.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				if i&loopCheck == 0 && e.watch.overdue() {
					return "", errInterrupted{e.watch.budget}
				}
				// A hole of a sparse array reads as Go nil: code 0.
				var code int64
				if c := obj.Get(strconv.FormatInt(i, 10)); c != nil {
					code = c.ToInteger()
				}
				b.WriteRune(rune(code))
			}
			return b.String(), nil
		}
	}
	return "", e.cannotAssign(v, "QString")
}

// callable reports whether v can be called (typeof v is "function"). Unlike
// goja.AssertFunction it makes no caller, which signal connections (one
// per client in a server) would otherwise throw away at once.
func callable(v goja.Value) (ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false // a revoked proxy
		}
	}()
	return obj.ClassName() == "Function"
}
