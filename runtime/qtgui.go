package runtime

import "github.com/dop251/goja"

// installGuiStubs adds the Qt functions that need QtGui (colors, vectors,
// matrices, fonts). A plain QtQml program has no color provider and no
// QtGui value types in Qt 6.4: the color functions warn once and return
// undefined or null, Qt.color and Qt.colorEqual reject every name, and the
// vector and matrix constructors return undefined.
func (e *Engine) installGuiStubs(qt *goja.Object) {
	warned := false
	warn := func() {
		if !warned {
			warned = true
			e.print("Warning: QQml_colorProvider: no color provider has been set!")
		}
	}
	returning := func(v goja.Value, color bool) func(goja.FunctionCall) goja.Value {
		return func(goja.FunctionCall) goja.Value {
			if color {
				warn()
			}
			return v
		}
	}
	for _, name := range []string{"rgba", "hsla", "hsva"} {
		qt.Set(name, e.nativeFunc(returning(goja.Undefined(), true)))
	}
	for _, name := range []string{"lighter", "darker", "tint", "alpha"} {
		qt.Set(name, e.nativeFunc(returning(goja.Null(), true)))
	}
	for _, name := range []string{"vector2d", "vector3d", "vector4d", "quaternion", "matrix4x4"} {
		qt.Set(name, e.nativeFunc(returning(goja.Undefined(), false)))
	}
	qt.Set("color", e.nativeFunc(func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			panic(e.newError("Insufficient arguments"))
		}
		warn()
		panic(e.newError("\"%s\" is not a valid color name", c.Argument(0).String()))
	}))
	qt.Set("colorEqual", e.nativeFunc(func(goja.FunctionCall) goja.Value {
		warn()
		panic(e.newError("Qt.colorEqual(): Invalid color name"))
	}))
	qt.Set("font", e.nativeFunc(func(goja.FunctionCall) goja.Value {
		panic(e.newError("Qt.font(): Invalid argument: no valid font subproperties specified"))
	}))
}
