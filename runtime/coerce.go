package runtime

import (
	"fmt"
	"math"
	"strconv"
	"strings"

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

// slotValue reads a property's stored value, making its default first if
// it has not been made yet.
func (o *Object) slotValue(p *propDef) goja.Value {
	s := &o.props[p.index]
	if s.value == nil && p.kind != kList && p.kind != kAlias {
		s.value = o.e.defaultValue(p)
	}
	return s.value
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
		return e.newSize(0, 0)
	case kRect:
		return e.newRect(0, 0, 0, 0)
	case kList, kAlias:
		return nil
	case kStringList:
		return e.vm.NewArray()
	case kColor:
		return e.newValueObj(&valueObj{class: "color", a: 1})
	}
	return goja.Undefined()
}

// parseColor reads "#rgb", "#rrggbb", "#aarrggbb" and SVG color names.
func parseColor(s string) (valueObj, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	if hex, ok := colorNames[s]; ok {
		s = hex
	}
	if s == "transparent" {
		return valueObj{}, true
	}
	if !strings.HasPrefix(s, "#") {
		return valueObj{}, false
	}
	h := s[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil || len(h) != 6 && len(h) != 8 {
		return valueObj{}, false
	}
	c := valueObj{a: 1}
	if len(h) == 8 {
		c.a = float64(n>>24&0xff) / 255
	}
	c.r, c.g, c.b = float64(n>>16&0xff)/255, float64(n>>8&0xff)/255, float64(n&0xff)/255
	return c, true
}

var colorNames = map[string]string{
	"black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
	"yellow": "#ffff00", "cyan": "#00ffff", "magenta": "#ff00ff", "gray": "#808080", "grey": "#808080",
	"lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "darkgray": "#a9a9a9", "darkgrey": "#a9a9a9",
	"orange": "#ffa500", "purple": "#800080", "brown": "#a52a2a", "pink": "#ffc0cb", "lime": "#00ff00",
	"navy": "#000080", "teal": "#008080", "maroon": "#800000", "olive": "#808000", "silver": "#c0c0c0",
	"steelblue": "#4682b4", "lightblue": "#add8e6", "darkblue": "#00008b", "darkgreen": "#006400",
	"lightgreen": "#90ee90", "darkred": "#8b0000", "gold": "#ffd700", "indigo": "#4b0082",
	"violet": "#ee82ee", "skyblue": "#87ceeb", "tomato": "#ff6347", "salmon": "#fa8072", "beige": "#f5f5dc",
	"ivory": "#fffff0", "khaki": "#f0e68c", "coral": "#ff7f50", "crimson": "#dc143c", "aqua": "#00ffff",
	"fuchsia": "#ff00ff", "whitesmoke": "#f5f5f5", "gainsboro": "#dcdcdc", "lightsteelblue": "#b0c4de",
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
	switch x := v.Export().(type) {
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
		if _, ok := goja.AssertFunction(obj); ok {
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
		f, err := e.toNumber(v, "int")
		if err != nil {
			return nil, err
		}
		return e.vm.ToValue(toInt32(f)), nil
	case kReal:
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
		if s, ok := v.Export().(string); ok {
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
				return nil, fmt.Errorf("Cannot assign %s to %s*", o.typ.className, p.elem.className)
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
				if p.elemName == "string" {
					s, err := e.toQString(el)
					if err != nil {
						return nil, err
					}
					items = append(items, s)
				} else {
					items = append(items, el)
				}
			}
			return e.vm.NewArray(items...), nil
		}
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
		if s, ok := v.Export().(string); ok {
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
		if s, ok := v.Export().(string); ok {
			d, err := e.vm.New(e.vm.Get("Date"), e.vm.ToValue(s))
			if err == nil {
				return d, nil
			}
		}
		return nil, e.cannotAssign(v, "QDateTime")
	case kPoint, kSize, kRect:
		if obj, ok := v.(*goja.Object); ok {
			if c := e.valueClass(obj); c == [...]string{kPoint: "point", kSize: "size", kRect: "rect"}[p.kind] {
				return v, nil
			}
		}
		return nil, e.cannotAssign(v, map[kind]string{kPoint: "QPointF", kSize: "QSizeF", kRect: "QRectF"}[p.kind])
	}
	return v, nil
}

// toNumber converts for int and real properties.
func (e *Engine) toNumber(v goja.Value, to string) (float64, error) {
	switch x := v.Export().(type) {
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
		if err != nil || s == "" || strings.ContainsAny(s, "xX_") {
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
	switch x := v.Export().(type) {
	case string:
		return x, nil
	case bool:
		return strconv.FormatBool(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		if math.IsNaN(x) {
			return "nan", nil
		}
		return v.String(), nil
	}
	if obj, ok := v.(*goja.Object); ok {
		if e.objectFor(obj) != nil || e.valueClass(obj) == "url" {
			return obj.String(), nil
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
				b.WriteRune(rune(obj.Get(strconv.FormatInt(i, 10)).ToInteger()))
			}
			return b.String(), nil
		}
	}
	return "", e.cannotAssign(v, "QString")
}
