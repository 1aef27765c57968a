package runtime

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// Colors are kept as QColor keeps them: 16 bits a component (a value
// object's r, g, b and a are those integers over 65535), so that text
// forms, component reads and the results of Qt.lighter & co. come out as
// in Qt, whose conversions between RGB, HSV and HSL use single-precision
// arithmetic on those integers.

const c16 = 65535 // QColor's component range (USHRT_MAX)

// parseColor reads "#rgb", "#rrggbb", "#aarrggbb" and the SVG color names
// Qt 6.4 knows, ignoring case and surrounding blanks.
func parseColor(s string) (valueObj, bool) {
	s = strings.TrimSpace(strings.ToLower(s))
	if hex, ok := colorNames[s]; ok {
		s = hex
	}
	if s == "transparent" {
		return valueObj{class: "color"}, true
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
	c := valueObj{class: "color", a: 1}
	if len(h) == 8 {
		c.a = float64(n>>24&0xff) / 255
	}
	c.r, c.g, c.b = float64(n>>16&0xff)/255, float64(n>>8&0xff)/255, float64(n&0xff)/255
	return c, true
}

// colorNames are the SVG color names of QColor in Qt 6.4 (CSS's list
// without rebeccapurple).
var colorNames = map[string]string{
	"aliceblue": "#f0f8ff", "antiquewhite": "#faebd7", "aqua": "#00ffff", "aquamarine": "#7fffd4",
	"azure": "#f0ffff", "beige": "#f5f5dc", "bisque": "#ffe4c4", "black": "#000000",
	"blanchedalmond": "#ffebcd", "blue": "#0000ff", "blueviolet": "#8a2be2", "brown": "#a52a2a",
	"burlywood": "#deb887", "cadetblue": "#5f9ea0", "chartreuse": "#7fff00", "chocolate": "#d2691e",
	"coral": "#ff7f50", "cornflowerblue": "#6495ed", "cornsilk": "#fff8dc", "crimson": "#dc143c",
	"cyan": "#00ffff", "darkblue": "#00008b", "darkcyan": "#008b8b", "darkgoldenrod": "#b8860b",
	"darkgray": "#a9a9a9", "darkgreen": "#006400", "darkgrey": "#a9a9a9", "darkkhaki": "#bdb76b",
	"darkmagenta": "#8b008b", "darkolivegreen": "#556b2f", "darkorange": "#ff8c00",
	"darkorchid": "#9932cc", "darkred": "#8b0000", "darksalmon": "#e9967a", "darkseagreen": "#8fbc8f",
	"darkslateblue": "#483d8b", "darkslategray": "#2f4f4f", "darkslategrey": "#2f4f4f",
	"darkturquoise": "#00ced1", "darkviolet": "#9400d3", "deeppink": "#ff1493",
	"deepskyblue": "#00bfff", "dimgray": "#696969", "dimgrey": "#696969", "dodgerblue": "#1e90ff",
	"firebrick": "#b22222", "floralwhite": "#fffaf0", "forestgreen": "#228b22", "fuchsia": "#ff00ff",
	"gainsboro": "#dcdcdc", "ghostwhite": "#f8f8ff", "gold": "#ffd700", "goldenrod": "#daa520",
	"gray": "#808080", "grey": "#808080", "green": "#008000", "greenyellow": "#adff2f",
	"honeydew": "#f0fff0", "hotpink": "#ff69b4", "indianred": "#cd5c5c", "indigo": "#4b0082",
	"ivory": "#fffff0", "khaki": "#f0e68c", "lavender": "#e6e6fa", "lavenderblush": "#fff0f5",
	"lawngreen": "#7cfc00", "lemonchiffon": "#fffacd", "lightblue": "#add8e6",
	"lightcoral": "#f08080", "lightcyan": "#e0ffff", "lightgoldenrodyellow": "#fafad2",
	"lightgray": "#d3d3d3", "lightgreen": "#90ee90", "lightgrey": "#d3d3d3", "lightpink": "#ffb6c1",
	"lightsalmon": "#ffa07a", "lightseagreen": "#20b2aa", "lightskyblue": "#87cefa",
	"lightslategray": "#778899", "lightslategrey": "#778899", "lightsteelblue": "#b0c4de",
	"lightyellow": "#ffffe0", "lime": "#00ff00", "limegreen": "#32cd32", "linen": "#faf0e6",
	"magenta": "#ff00ff", "maroon": "#800000", "mediumaquamarine": "#66cdaa", "mediumblue": "#0000cd",
	"mediumorchid": "#ba55d3", "mediumpurple": "#9370db", "mediumseagreen": "#3cb371",
	"mediumslateblue": "#7b68ee", "mediumspringgreen": "#00fa9a", "mediumturquoise": "#48d1cc",
	"mediumvioletred": "#c71585", "midnightblue": "#191970", "mintcream": "#f5fffa",
	"mistyrose": "#ffe4e1", "moccasin": "#ffe4b5", "navajowhite": "#ffdead", "navy": "#000080",
	"oldlace": "#fdf5e6", "olive": "#808000", "olivedrab": "#6b8e23", "orange": "#ffa500",
	"orangered": "#ff4500", "orchid": "#da70d6", "palegoldenrod": "#eee8aa", "palegreen": "#98fb98",
	"paleturquoise": "#afeeee", "palevioletred": "#db7093", "papayawhip": "#ffefd5",
	"peachpuff": "#ffdab9", "peru": "#cd853f", "pink": "#ffc0cb", "plum": "#dda0dd",
	"powderblue": "#b0e0e6", "purple": "#800080", "red": "#ff0000", "rosybrown": "#bc8f8f",
	"royalblue": "#4169e1", "saddlebrown": "#8b4513", "salmon": "#fa8072", "sandybrown": "#f4a460",
	"seagreen": "#2e8b57", "seashell": "#fff5ee", "sienna": "#a0522d", "silver": "#c0c0c0",
	"skyblue": "#87ceeb", "slateblue": "#6a5acd", "slategray": "#708090", "slategrey": "#708090",
	"snow": "#fffafa", "springgreen": "#00ff7f", "steelblue": "#4682b4", "tan": "#d2b48c",
	"teal": "#008080", "thistle": "#d8bfd8", "tomato": "#ff6347", "turquoise": "#40e0d0",
	"violet": "#ee82ee", "wheat": "#f5deb3", "white": "#ffffff", "whitesmoke": "#f5f5f5",
	"yellow": "#ffff00", "yellowgreen": "#9acd32",
}

// rgb16 is a color as QColor stores an RGB one.
type rgb16 struct{ r, g, b, a int }

// qRound rounds as Qt's qRound does (half away from zero).
func qRound(f float64) int { return int(math.Round(f)) }

// toRGB16 reads a color value's components.
func (v *valueObj) toRGB16() rgb16 {
	return rgb16{qRound(v.r * c16), qRound(v.g * c16), qRound(v.b * c16), qRound(v.a * c16)}
}

func (c rgb16) value() *valueObj {
	return &valueObj{class: "color", r: float64(c.r) / c16, g: float64(c.g) / c16, b: float64(c.b) / c16, a: float64(c.a) / c16}
}

// to8 scales a 16-bit component to 8 bits as Qt 6 does (rounding x/257).
func to8(x int) int {
	x += 0x80
	return (x - x>>8) >> 8
}

// colorText is a color as Qt prints it: #rrggbb, or #aarrggbb when it is
// not opaque.
func (v *valueObj) colorText() string {
	c := v.toRGB16()
	if to8(c.a) == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", to8(c.r), to8(c.g), to8(c.b))
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", to8(c.a), to8(c.r), to8(c.g), to8(c.b))
}

// hsv16 and hsl16 hold a hue in hundredths of a degree (achromatic: 65535)
// and the other two components in 16 bits.
type hsv16 struct{ h, s, v, a int }
type hsl16 struct{ h, s, l, a int }

const achromatic = c16

// hue computes a hue in degrees from normalised components.
func hue(r, g, b, max, delta float32) float32 {
	var h float32
	switch {
	case fuzzyEqual(r, max):
		h = (g - b) / delta
	case fuzzyEqual(g, max):
		h = 2 + (b-r)/delta
	default:
		h = 4 + (r-g)/delta
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	return h
}

// fuzzyEqual is qFuzzyCompare for floats.
func fuzzyEqual(a, b float32) bool {
	return float32(math.Abs(float64(a-b)))*100000 <= float32(math.Min(math.Abs(float64(a)), math.Abs(float64(b))))
}

func fuzzyZero(f float32) bool { return math.Abs(float64(f)) <= 0.00001 }

func (c rgb16) floats() (r, g, b, max, min float32) {
	r, g, b = float32(c.r)/c16, float32(c.g)/c16, float32(c.b)/c16
	max = float32(math.Max(float64(r), math.Max(float64(g), float64(b))))
	min = float32(math.Min(float64(r), math.Min(float64(g), float64(b))))
	return
}

func (c rgb16) hsv() hsv16 {
	r, g, b, max, min := c.floats()
	delta := max - min
	out := hsv16{h: achromatic, v: qRound(float64(max * c16)), a: c.a}
	if !fuzzyZero(delta) {
		out.s = qRound(float64(delta / max * c16))
		out.h = qRound(float64(hue(r, g, b, max, delta) * 100))
	}
	return out
}

func (c rgb16) hsl() hsl16 {
	r, g, b, max, min := c.floats()
	delta, sum := max-min, max+min
	out := hsl16{h: achromatic, l: qRound(float64(sum * 0.5 * c16)), a: c.a}
	if !fuzzyZero(delta) {
		if sum <= 1 {
			out.s = qRound(float64(delta / sum * c16))
		} else {
			out.s = qRound(float64(delta / (2 - sum) * c16))
		}
		out.h = qRound(float64(hue(r, g, b, max, delta) * 100))
	}
	return out
}

func (c hsv16) rgb() rgb16 {
	if c.s == 0 || c.h == achromatic {
		return rgb16{c.v, c.v, c.v, c.a}
	}
	var h float32
	if c.h != 36000 {
		h = float32(c.h) / 6000
	}
	s, v := float32(c.s)/c16, float32(c.v)/c16
	i := int(h)
	f := h - float32(i)
	p := v * (1 - s)
	var r, g, b float32
	if i&1 != 0 {
		q := v * (1 - s*f)
		switch i {
		case 1:
			r, g, b = q, v, p
		case 3:
			r, g, b = p, q, v
		case 5:
			r, g, b = v, p, q
		}
	} else {
		t := v * (1 - s*(1-f))
		switch i {
		case 0:
			r, g, b = v, t, p
		case 2:
			r, g, b = p, v, t
		case 4:
			r, g, b = t, p, v
		}
	}
	return rgb16{qRound(float64(r * c16)), qRound(float64(g * c16)), qRound(float64(b * c16)), c.a}
}

func (c hsl16) rgb() rgb16 {
	switch {
	case c.s == 0 || c.h == achromatic:
		return rgb16{c.l, c.l, c.l, c.a}
	case c.l == 0:
		return rgb16{0, 0, 0, c.a}
	}
	var h float32
	if c.h != 36000 {
		h = float32(c.h) / 36000
	}
	s, l := float32(c.s)/c16, float32(c.l)/c16
	var t2 float32
	if l < 0.5 {
		t2 = l * (1 + s)
	} else {
		t2 = l + s - l*s
	}
	t1 := 2*l - t2
	var out [3]int
	for i, t3 := range [3]float32{h + 1.0/3, h, h - 1.0/3} {
		if t3 < 0 {
			t3++
		} else if t3 > 1 {
			t3--
		}
		var x float32
		switch {
		case t3*6 < 1:
			x = (t1 + (t2-t1)*t3*6) * c16
		case t3*2 < 1:
			x = t2 * c16
		case t3*3 < 2:
			x = (t1 + (t2-t1)*(2.0/3-t3)*6) * c16
		default:
			x = t1 * c16
		}
		out[i] = qRound(float64(x))
	}
	return rgb16{out[0], out[1], out[2], c.a}
}

// lighter and darker are QColor's, with the factor in percent.
func (c rgb16) lighter(factor int) rgb16 {
	switch {
	case factor <= 0:
		return c
	case factor < 100:
		return c.darker(10000 / factor)
	}
	h := c.hsv()
	v := factor * h.v / 100
	if v > c16 {
		h.s = max(h.s-(v-c16), 0)
		v = c16
	}
	h.v = v
	return h.rgb()
}

func (c rgb16) darker(factor int) rgb16 {
	switch {
	case factor <= 0:
		return c
	case factor < 100:
		return c.lighter(10000 / factor)
	}
	h := c.hsv()
	h.v = h.v * 100 / factor
	return h.rgb()
}

// colorComponent reads the components a color value has in Qt: r, g, b
// and a, its HSV and HSL forms (single-precision numbers, as QColor's
// float accessors give them; hue -1 for a gray) and valid.
func (v *valueObj) colorComponent(key string) (float64, bool) {
	c := v.toRGB16()
	f := func(n int) float64 { return float64(float32(n) / c16) }
	hueF := func(h int) float64 {
		if h == achromatic {
			return -1
		}
		return float64(float32(h) / 36000)
	}
	switch key {
	case "r":
		return f(c.r), true
	case "g":
		return f(c.g), true
	case "b":
		return f(c.b), true
	case "a":
		return f(c.a), true
	case "hsvHue":
		return hueF(c.hsv().h), true
	case "hsvSaturation":
		return f(c.hsv().s), true
	case "hsvValue":
		return f(c.hsv().v), true
	case "hslHue":
		return hueF(c.hsl().h), true
	case "hslSaturation":
		return f(c.hsl().s), true
	case "hslLightness":
		return f(c.hsl().l), true
	}
	return 0, false
}

// colorKeys are a color value's enumerable members, in Qt's order.
var colorKeys = []string{"r", "g", "b", "a", "hsvHue", "hsvSaturation", "hsvValue", "hslHue", "hslSaturation", "hslLightness", "valid"}

// installGui gives the Qt object the color functions of QtGui's color
// provider, which Qt registers when a document imports QtQuick: from then
// on Qt.rgba & co. make colors in every document of the engine.
func (e *Engine) installGui() {
	qtv := e.vm.Get("Qt")
	if e.guiLoaded || qtv == nil {
		return
	}
	e.guiLoaded = true
	qt := qtv.ToObject(e.vm)
	num := func(c goja.FunctionCall, i int, def float64) float64 {
		if i >= len(c.Arguments) {
			return def
		}
		return c.Arguments[i].ToFloat()
	}
	unit := func(f float64) int { return qRound(math.Max(0, math.Min(1, f)) * c16) }
	hueArg := func(f float64) int {
		if f == -1 {
			return achromatic
		}
		return qRound(math.Max(0, math.Min(1, f)) * 36000)
	}
	color := func(c rgb16) goja.Value { return e.newValueObj(c.value()) }
	// arg converts an argument to a color as Qt's provider does: a color
	// value or a color name; ok false for anything else.
	arg := func(v goja.Value) (rgb16, bool) {
		if obj, ok := v.(*goja.Object); ok {
			if cv := e.valueFor(obj); cv != nil && cv.class == "color" {
				return cv.toRGB16(), true
			}
		}
		if s, ok := exportScalar(v).(string); ok {
			if cv, ok := parseColor(s); ok {
				return cv.toRGB16(), true
			}
		}
		return rgb16{}, false
	}
	set := func(name string, f func(c goja.FunctionCall) goja.Value) { qt.Set(name, e.nativeFunc(f)) }
	set("rgba", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 3 {
			panic(e.newError("Qt.rgba(): Invalid arguments"))
		}
		return color(rgb16{unit(num(c, 0, 0)), unit(num(c, 1, 0)), unit(num(c, 2, 0)), unit(num(c, 3, 1))})
	})
	set("hsla", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 3 {
			panic(e.newError("Qt.hsla(): Invalid arguments"))
		}
		return color(hsl16{hueArg(num(c, 0, 0)), unit(num(c, 1, 0)), unit(num(c, 2, 0)), unit(num(c, 3, 1))}.rgb())
	})
	set("hsva", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) < 3 {
			panic(e.newError("Qt.hsva(): Invalid arguments"))
		}
		return color(hsv16{hueArg(num(c, 0, 0)), unit(num(c, 1, 0)), unit(num(c, 2, 0)), unit(num(c, 3, 1))}.rgb())
	})
	shade := func(name string, def float64, f func(rgb16, int) rgb16) {
		set(name, func(c goja.FunctionCall) goja.Value {
			if len(c.Arguments) < 1 || len(c.Arguments) > 2 {
				panic(e.newError("Qt.%s(): Invalid arguments", name))
			}
			base, ok := arg(c.Argument(0))
			if !ok {
				return goja.Null()
			}
			return color(f(base, qRound(num(c, 1, def)*100)))
		})
	}
	shade("lighter", 1.5, rgb16.lighter)
	shade("darker", 2.0, rgb16.darker)
	set("tint", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 2 {
			panic(e.newError("Qt.tint(): Invalid arguments"))
		}
		base, ok1 := arg(c.Argument(0))
		tint, ok2 := arg(c.Argument(1))
		if !ok1 || !ok2 {
			return goja.Null()
		}
		switch to8(tint.a) {
		case 0xff:
			return color(tint)
		case 0:
			return color(base)
		}
		a := float64(tint.a) / c16
		mix := func(t, b int) int { return qRound((float64(t)/c16*a + float64(b)/c16*(1-a)) * c16) }
		return color(rgb16{mix(tint.r, base.r), mix(tint.g, base.g), mix(tint.b, base.b), max(tint.a, base.a)})
	})
	set("alpha", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 2 {
			panic(e.newError("Qt.alpha(): Wrong number of arguments provided"))
		}
		base, ok := arg(c.Argument(0))
		if !ok {
			return goja.Null()
		}
		base.a = unit(num(c, 1, 1))
		return color(base)
	})
	set("color", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 1 {
			panic(e.newError("Qt.color(): Invalid arguments"))
		}
		s, isString := exportScalar(c.Argument(0)).(string)
		cv, ok := parseColor(s)
		if !isString || !ok {
			panic(e.newError("\"%s\" is not a valid color name", c.Argument(0).String()))
		}
		return e.newValueObj(&cv)
	})
	e.installVectors(qt)
	set("colorEqual", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) != 2 {
			panic(e.newError("Qt.colorEqual(): Invalid arguments"))
		}
		a, ok1 := arg(c.Argument(0))
		b, ok2 := arg(c.Argument(1))
		if !ok1 || !ok2 {
			panic(e.newError("Qt.colorEqual(): Invalid color name"))
		}
		return e.vm.ToValue(a == b)
	})
}

// ColorChannels returns a color's 8-bit red, green, blue and alpha, for a
// color value or a text Qt reads as a color ("#rrggbb", "red"); ok is false
// for anything else.
func (e *Engine) ColorChannels(v goja.Value) (rgba [4]int, ok bool) {
	var c valueObj
	if obj, isObj := v.(*goja.Object); isObj {
		x := e.valueFor(obj)
		if x == nil || x.class != "color" {
			return rgba, false
		}
		c = *x
	} else if s, isStr := v.Export().(string); isStr {
		if c, ok = parseColor(s); !ok {
			return rgba, false
		}
	} else {
		return rgba, false
	}
	c16 := c.toRGB16()
	return [4]int{to8(c16.r), to8(c16.g), to8(c16.b), to8(c16.a)}, true
}
