package quick

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// mouseParam is the parameter of MouseArea's mouse signals.
var mouseParam = []runtime.ParamSpec{{Name: "mouse", Type: "var"}}

func rectangleSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "Rectangle", Base: "Item", ClassName: "QQuickRectangle",
		Properties: []runtime.PropertySpec{
			{Name: "color", Type: "color", Default: "#ffffff"},
			{Name: "radius", Type: "real"},
			{Name: "border", Type: "QQuickPen"},
			{Name: "gradient", Type: "var"},
		},
		Init: func(o *runtime.Object) { group(o, "border", "QQuickPen") }}
}

// gradientSpec is Gradient: its stops are kept, nothing is painted.
func gradientSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "Gradient", Base: "QtObject", ClassName: "QQuickGradient",
		Properties: []runtime.PropertySpec{
			{Name: "stops", Type: "list<QtObject>"},
			{Name: "orientation", Type: "int", Default: 2},
		},
		DefaultProperty: "stops",
		Enums:           map[string]int{"Horizontal": 1, "Vertical": 2},
		Signals:         []runtime.SignalSpec{{Name: "updated"}},
	}
}

func gradientStopSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "GradientStop", Base: "QtObject", ClassName: "QQuickGradientStop",
		Properties: []runtime.PropertySpec{
			{Name: "position", Type: "real"},
			{Name: "color", Type: "color", Default: "#000000"},
		}}
}

// fontSpec is the font group of Text. Its sizes start as Qt's default
// font on a 96 dpi screen (9 points, 12 pixels); a pixel size sets the
// point size at 96 dpi and wins over a point size set later, as Qt warns.
// bold and weight follow each other.
func fontSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "QFont", Base: "QtObject", ClassName: "QFont", Uncreatable: "font is a value type",
		Text: fontText, ValueType: true,
		Properties: []runtime.PropertySpec{
			{Name: "family", Type: "string", Default: "Sans Serif"},
			{Name: "styleName", Type: "string"},
			{Name: "pixelSize", Type: "int", Default: 12, Set: func(f *runtime.Object, v goja.Value) (goja.Value, bool) {
				if v.ToInteger() <= 0 {
					return nil, false
				}
				if !fallbackOf(f).has(copying) {
					fallbackOf(f).set("pixelSize")
					fallbackOf(f).with(copying, func() { f.SetInternal("pointSize", float64(v.ToInteger())*72/96) })
				}
				return v, true
			}},
			{Name: "pointSize", Type: "real", Default: 9, Set: func(f *runtime.Object, v goja.Value) (goja.Value, bool) {
				if fallbackOf(f).has(copying) {
					return v, true
				}
				if fallbackOf(f).has("pixelSize") {
					f.Engine().Warn("Both point size and pixel size set. Using pixel size.")
					return nil, false
				}
				if v.ToFloat() <= 0 {
					return nil, false
				}
				// QFont's pixelSize() of a point size truncates (14pt is 18px).
				fallbackOf(f).with(copying, func() { f.SetInternal("pixelSize", math.Trunc(v.ToFloat()*96/72)) })
				return v, true
			}},
			{Name: "bold", Type: "bool", Changed: func(f *runtime.Object) {
				if f.Property("bold").ToBoolean() != (f.Property("weight").ToInteger() > 500) {
					w := 400
					if f.Property("bold").ToBoolean() {
						w = 700
					}
					f.SetInternal("weight", w)
				}
			}},
			{Name: "weight", Type: "int", Default: 400, Changed: func(f *runtime.Object) {
				f.SetInternal("bold", f.Property("weight").ToInteger() > 500)
			}},
			{Name: "italic", Type: "bool"}, {Name: "underline", Type: "bool"},
			{Name: "strikeout", Type: "bool"}, {Name: "overline", Type: "bool"},
			{Name: "capitalization", Type: "int"}, {Name: "letterSpacing", Type: "real"},
			{Name: "wordSpacing", Type: "real"}, {Name: "kerning", Type: "bool", Default: true},
			{Name: "preferShaping", Type: "bool", Default: true}, {Name: "hintingPreference", Type: "int"},
		}}
}

// fontText is QFont::toString() in QFont(...), as Qt prints a font:
// family, point size (-1 when a pixel size was set), pixel size (-1
// otherwise), style hint, weight, style, underline, strikeout, fixed
// pitch, raw mode, capitalization, letter spacing type (absolute once QML
// set one), letter spacing, word spacing, stretch, style strategy, and the
// style name if any.
func fontText(f *runtime.Object) string {
	num := func(name string) string { return strconv.FormatFloat(f.Property(name).ToFloat(), 'g', 6, 64) }
	flag := func(name string) string {
		if f.Property(name).ToBoolean() {
			return "1"
		}
		return "0"
	}
	pt, px := num("pointSize"), "-1"
	if fallbackOf(f).has("pixelSize") {
		pt, px = "-1", num("pixelSize")
	}
	spacingType := "0"
	if f.Property("letterSpacing").ToFloat() != 0 {
		spacingType = "1"
	}
	strategy := "1"
	if !f.Property("preferShaping").ToBoolean() {
		strategy = "4097"
	}
	parts := []string{f.Property("family").String(), pt, px, "5", num("weight"), flag("italic"), flag("underline"),
		flag("strikeout"), "0", "0", num("capitalization"), spacingType, num("letterSpacing"), num("wordSpacing"), "0", strategy}
	if s := f.Property("styleName").String(); s != "" {
		parts = append(parts, s)
	}
	return "QFont(" + strings.Join(parts, ",") + ")"
}

// fontEnums is the Font namespace of QML: weights and capitalizations.
func fontEnums() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "Font", Base: "QtObject", ClassName: "QQuickFontEnums", Uncreatable: "Font is an enum namespace",
		Enums: map[string]int{"Thin": 100, "ExtraLight": 200, "Light": 300, "Normal": 400, "Medium": 500,
			"DemiBold": 600, "Bold": 700, "ExtraBold": 800, "Black": 900,
			"MixedCase": 0, "AllUppercase": 1, "AllLowercase": 2, "SmallCaps": 3, "Capitalize": 4,
			"PreferDefaultHinting": 0, "PreferNoHinting": 1, "PreferVerticalHinting": 2, "PreferFullHinting": 3}}
}

// textSpec is Text without a font engine: its properties are kept, its
// implicit size (which depends on the fonts) stays 0.
func textSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "Text", Base: "Item", ClassName: "QQuickText",
		Properties: []runtime.PropertySpec{
			{Name: "text", Type: "string"},
			{Name: "color", Type: "color", Default: "#000000"},
			{Name: "font", Type: "QFont"},
			{Name: "horizontalAlignment", Type: "int", Default: 1, Changed: func(o *runtime.Object) {
				o.SetInternal("effectiveHorizontalAlignment", o.Property("horizontalAlignment"))
			}},
			{Name: "effectiveHorizontalAlignment", Type: "int", Default: 1, ReadOnly: true},
			{Name: "verticalAlignment", Type: "int", Default: 32},
			{Name: "wrapMode", Type: "int"}, {Name: "elide", Type: "int", Default: 3},
			{Name: "textFormat", Type: "int", Default: 2},
			{Name: "lineCount", Type: "int", ReadOnly: true, Default: 1},
			{Name: "style", Type: "int"}, {Name: "styleColor", Type: "color", Default: "#000000"},
			{Name: "linkColor", Type: "color", Default: "#0000ff"},
			{Name: "hoveredLink", Type: "string", ReadOnly: true},
			{Name: "maximumLineCount", Type: "int", Default: math.MaxInt32},
			{Name: "lineHeight", Type: "real", Default: 1}, {Name: "lineHeightMode", Type: "int"},
			{Name: "renderType", Type: "int"}, {Name: "truncated", Type: "bool", ReadOnly: true},
			{Name: "minimumPixelSize", Type: "int", Default: 12}, {Name: "minimumPointSize", Type: "int", Default: 12},
			{Name: "fontSizeMode", Type: "int"}, {Name: "baseUrl", Type: "url", Read: func(o *runtime.Object) {
				// Unset, it reads as the document's URL.
				if o.Property("baseUrl").String() == "" {
					o.SetSilently("baseUrl", o.DocumentURL())
				}
			}},
			{Name: "padding", Type: "real"}, {Name: "topPadding", Type: "real"}, {Name: "leftPadding", Type: "real"},
			{Name: "rightPadding", Type: "real"}, {Name: "bottomPadding", Type: "real"},
		},
		Signals: []runtime.SignalSpec{
			{Name: "linkActivated", Params: []runtime.ParamSpec{{Name: "link", Type: "string"}}},
			{Name: "linkHovered", Params: []runtime.ParamSpec{{Name: "link", Type: "string"}}},
		},
		Enums: map[string]int{
			"AlignLeft": 1, "AlignRight": 2, "AlignHCenter": 4, "AlignJustify": 8,
			"AlignTop": 32, "AlignBottom": 64, "AlignVCenter": 128,
			"NoWrap": 0, "WordWrap": 1, "WrapAnywhere": 3, "Wrap": 4, "WrapAtWordBoundaryOrAnywhere": 4,
			"ElideLeft": 0, "ElideRight": 1, "ElideMiddle": 2, "ElideNone": 3,
			"PlainText": 0, "RichText": 1, "AutoText": 2, "MarkdownText": 3, "StyledText": 4,
			"Normal": 0, "Outline": 1, "Raised": 2, "Sunken": 3,
			"ProportionalHeight": 0, "FixedHeight": 1,
			"QtRendering": 0, "NativeRendering": 1, "CurveRendering": 2,
			"FixedSize": 0, "HorizontalFit": 1, "VerticalFit": 2, "Fit": 3,
		},
		Init: func(o *runtime.Object) { group(o, "font", "QFont") }}
}

// mouseAreaSpec is MouseArea: no pointer reaches it headless, so it only
// holds its properties and declares its signals for handlers.
func mouseAreaSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "MouseArea", Base: "Item", ClassName: "QQuickMouseArea",
		Properties: []runtime.PropertySpec{
			{Name: "hoverEnabled", Type: "bool"},
			{Name: "containsMouse", Type: "bool", ReadOnly: true},
			{Name: "containsPress", Type: "bool", ReadOnly: true},
			{Name: "pressed", Type: "bool", ReadOnly: true},
			{Name: "pressedButtons", Type: "int", ReadOnly: true},
			{Name: "acceptedButtons", Type: "int", Default: 1},
			{Name: "mouseX", Type: "real", ReadOnly: true},
			{Name: "mouseY", Type: "real", ReadOnly: true},
			{Name: "preventStealing", Type: "bool"},
			{Name: "propagateComposedEvents", Type: "bool"},
			{Name: "cursorShape", Type: "int"},
			{Name: "scrollGestureEnabled", Type: "bool", Default: true},
			{Name: "pressAndHoldInterval", Type: "int", Default: 800},
			{Name: "drag", Type: "QQuickDrag", ReadOnly: true},
		},
		Signals: []runtime.SignalSpec{
			{Name: "clicked", Params: mouseParam}, {Name: "doubleClicked", Params: mouseParam},
			{Name: "pressAndHold", Params: mouseParam}, {Name: "released", Params: mouseParam},
			{Name: "positionChanged", Params: mouseParam}, {Name: "pressed", Params: mouseParam},
			{Name: "wheel", Params: []runtime.ParamSpec{{Name: "wheel", Type: "var"}}},
			{Name: "entered"}, {Name: "exited"}, {Name: "canceled"},
		},
		Init: func(o *runtime.Object) { group(o, "drag", "QQuickDrag") }}
}

// dragSpec is MouseArea's drag group.
func dragSpec() *runtime.TypeSpec {
	return &runtime.TypeSpec{Name: "QQuickDrag", Base: "QtObject", ClassName: "QQuickDrag", Uncreatable: "Drag is a group",
		Properties: []runtime.PropertySpec{
			{Name: "target", Type: "QtObject"}, {Name: "active", Type: "bool", ReadOnly: true},
			{Name: "axis", Type: "int", Default: 3},
			{Name: "minimumX", Type: "real", Default: -math.MaxFloat64}, {Name: "maximumX", Type: "real", Default: math.MaxFloat64},
			{Name: "minimumY", Type: "real", Default: -math.MaxFloat64}, {Name: "maximumY", Type: "real", Default: math.MaxFloat64},
			{Name: "filterChildren", Type: "bool"}, {Name: "smoothed", Type: "bool", Default: true},
			{Name: "threshold", Type: "real", Default: 10},
		}}
}

// keySignals are the signals of the Keys attached object: no key event
// reaches a headless item, but handlers for them load as in Qt.
var keySignals = []string{"pressed", "released", "shortcutOverride", "returnPressed", "enterPressed",
	"escapePressed", "spacePressed", "tabPressed", "backtabPressed", "upPressed", "downPressed",
	"leftPressed", "rightPressed", "deletePressed", "backPressed", "cancelPressed", "selectPressed",
	"yesPressed", "noPressed", "context1Pressed", "context2Pressed", "context3Pressed", "context4Pressed",
	"callPressed", "hangupPressed", "flipPressed", "menuPressed", "volumeUpPressed", "volumeDownPressed",
	"asteriskPressed", "numberSignPressed", "digit0Pressed", "digit1Pressed", "digit2Pressed",
	"digit3Pressed", "digit4Pressed", "digit5Pressed", "digit6Pressed", "digit7Pressed", "digit8Pressed",
	"digit9Pressed"}

// keysSpec is the Keys attached object of every Item (Keys.onPressed,
// Keys.enabled, Keys.forwardTo).
func keysSpec() *runtime.TypeSpec {
	var sigs []runtime.SignalSpec
	for _, n := range keySignals {
		sigs = append(sigs, runtime.SignalSpec{Name: n, Params: []runtime.ParamSpec{{Name: "event", Type: "var"}}})
	}
	return &runtime.TypeSpec{Name: "QQuickKeysAttached", Base: "QtObject", ClassName: "QQuickKeysAttached",
		Uncreatable: "Keys is only available via attached properties",
		Properties: []runtime.PropertySpec{
			{Name: "enabled", Type: "bool", Default: true},
			{Name: "priority", Type: "int"},
			{Name: "forwardTo", Type: "list<QtObject>"},
			// Keys.BeforeItem / Keys.AfterItem: inside an Item, Keys
			// names this object, so its enum is read from it.
			{Name: "BeforeItem", Type: "int", ReadOnly: true},
			{Name: "AfterItem", Type: "int", ReadOnly: true, Default: 1},
		},
		Signals: sigs}
}
