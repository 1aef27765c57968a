package runtime

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// QtGui's value types vector2d, vector3d, vector4d, quaternion and
// matrix4x4, which a document gets by importing QtQuick. Their components
// are single-precision floats (QVector3D stores float), so 0.1 reads back
// as 0.10000000149011612; they print as Qt's value-type toString does,
// with %g ("QVector3D(0.333333, 1e+10, -0.5)").

// vecClasses maps a vector class to its component names, in Qt's order.
var vecClasses = map[string][]string{
	"vector2d":   {"x", "y"},
	"vector3d":   {"x", "y", "z"},
	"vector4d":   {"x", "y", "z", "w"},
	"quaternion": {"scalar", "x", "y", "z"},
	"matrix4x4": {"m11", "m12", "m13", "m14", "m21", "m22", "m23", "m24",
		"m31", "m32", "m33", "m34", "m41", "m42", "m43", "m44"},
}

var vecTexts = map[string]string{"vector2d": "QVector2D(", "vector3d": "QVector3D(", "vector4d": "QVector4D(",
	"quaternion": "QQuaternion(", "matrix4x4": "QMatrix4x4("}

var vecTypeNames = map[string]string{"vector2d": "QVector2D", "vector3d": "QVector3D", "vector4d": "QVector4D",
	"quaternion": "QQuaternion", "matrix4x4": "QMatrix4x4"}

// vecKinds maps property kinds to vector classes.
var vecKinds = map[kind]string{kVector2D: "vector2d", kVector3D: "vector3d", kVector4D: "vector4d",
	kQuaternion: "quaternion", kMatrix4x4: "matrix4x4"}

// defaultVec is a vector type's default value: zeros, except the identity
// quaternion and matrix.
func defaultVec(class string) []float32 {
	v := make([]float32, len(vecClasses[class]))
	switch class {
	case "quaternion":
		v[0] = 1
	case "matrix4x4":
		v[0], v[5], v[10], v[15] = 1, 1, 1, 1
	}
	return v
}

func (e *Engine) newVec(class string, v []float32) *goja.Object {
	return e.newValueObj(&valueObj{class: class, vec: v})
}

// fmtG formats as C's %g: localeFloat's text, except that -0 keeps its
// sign.
func fmtG(f float64) string {
	if f == 0 && math.Signbit(f) {
		return "-0"
	}
	return localeFloat(f)
}

func (v *valueObj) vecText() string {
	var b strings.Builder
	b.WriteString(vecTexts[v.class])
	for i, f := range v.vec {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(fmtG(float64(f)))
	}
	b.WriteString(")")
	return b.String()
}

// parseVec reads the string form Qt accepts for a vector property:
// the components separated by commas ("1,2,3").
func parseVec(class, s string) ([]float32, bool) {
	parts := strings.Split(s, ",")
	if len(parts) != len(vecClasses[class]) {
		return nil, false
	}
	out := make([]float32, len(parts))
	for i, p := range parts {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, false
		}
		out[i] = float32(f)
	}
	return out, true
}

// vecArg returns the components of a value of the class, or nil.
func (e *Engine) vecArg(v goja.Value, class string) []float32 {
	if obj, ok := v.(*goja.Object); ok {
		if x := e.valueFor(obj); x != nil && x.class == class {
			return x.vec
		}
	}
	return nil
}

// installVectors gives the Qt object its vector and matrix constructors.
func (e *Engine) installVectors(qt *goja.Object) {
	ctor := func(class string) {
		n := len(vecClasses[class])
		qt.Set(class, e.nativeFunc(func(c goja.FunctionCall) goja.Value {
			if class == "matrix4x4" && len(c.Arguments) == 0 {
				return e.newVec(class, defaultVec(class))
			}
			if class == "matrix4x4" && len(c.Arguments) == 1 {
				if obj, ok := c.Arguments[0].(*goja.Object); ok && obj.ClassName() == "Array" {
					if l := obj.Get("length"); l != nil && l.ToInteger() == 16 {
						m := make([]float32, 16)
						for i := range m {
							m[i] = float32(obj.Get(strconv.Itoa(i)).ToFloat())
						}
						return e.newVec(class, m)
					}
				}
			}
			if len(c.Arguments) < n {
				panic(e.newError("Insufficient arguments"))
			}
			if len(c.Arguments) > n {
				panic(e.newError("Too many arguments"))
			}
			v := make([]float32, n)
			for i := range v {
				v[i] = float32(c.Arguments[i].ToFloat())
			}
			return e.newVec(class, v)
		}))
	}
	for _, c := range []string{"vector2d", "vector3d", "vector4d", "quaternion", "matrix4x4"} {
		ctor(c)
	}
}

// vlen is the vectors' length(): Qt's qHypot, which for three or more
// floats scales by the largest component so far, all in float.
func vlen(v []float32) float64 {
	if len(v) == 2 {
		return float64(float32(math.Hypot(float64(v[0]), float64(v[1]))))
	}
	abs := func(f float32) float32 { return float32(math.Abs(float64(f))) }
	scale, total := abs(v[0]), float32(1)
	for _, next := range v[1:] {
		val := abs(next)
		switch {
		case math.IsInf(float64(scale), 0) || math.IsNaN(float64(scale)) && !math.IsInf(float64(next), 0):
			total = 1
		case math.IsNaN(float64(next)):
			scale, total = next, 1
		case !(scale > 0) || math.IsInf(float64(next), 0):
			scale, total = val, 1
		case !(val > 0):
		case val > scale:
			ratio := scale / next
			total = float32(float32(total*ratio)*ratio) + 1
			scale = val
		default:
			ratio := next / scale
			total = total + float32(ratio*ratio)
		}
	}
	if math.IsInf(float64(scale), 0) || math.IsNaN(float64(scale)) {
		return float64(scale)
	}
	if !(scale > 0) {
		return 0
	}
	return float64(scale * float32(math.Sqrt(float64(total))))
}

func vdot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += float32(a[i] * b[i])
	}
	return s
}

func vnormalized(v []float32) []float32 {
	s := 0.0
	for _, f := range v {
		s += float64(f) * float64(f)
	}
	out := make([]float32, len(v))
	if math.Abs(s-1) <= 1e-12 {
		copy(out, v)
		return out
	}
	if math.Abs(s) <= 1e-12 {
		return out
	}
	l := math.Sqrt(s)
	for i, f := range v {
		out[i] = float32(float64(f) / l)
	}
	return out
}

// fuzzyCompare is qFuzzyCompare for floats.
func fuzzyCompare(a, b float32) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d*100000 <= float32(math.Min(math.Abs(float64(a)), math.Abs(float64(b))))
}

func fuzzyIsNull(f float32) bool { return math.Abs(float64(f)) <= 0.00001 }

// vecFuzzyEquals is the value types' fuzzyEquals(other[, epsilon]).
func vecFuzzyEquals(a, b []float32, eps *float64) bool {
	for i := range a {
		if eps != nil {
			if math.Abs(float64(a[i])-float64(b[i])) > *eps {
				return false
			}
			continue
		}
		// qFuzzyCompare of vectors: components equal within
		// qFuzzyCompare, or both (nearly) zero.
		if !(fuzzyCompare(a[i], b[i]) || fuzzyIsNull(a[i]) && fuzzyIsNull(b[i])) {
			return false
		}
	}
	return true
}

// m returns the matrix element at row r, column c (0-based).
func mat(m []float32, r, c int) float32 { return m[r*4+c] }

func matMul(a, b []float32) []float32 {
	out := make([]float32, 16)
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			var s float32
			for k := 0; k < 4; k++ {
				s += float32(mat(a, r, k) * mat(b, k, c))
			}
			out[r*4+c] = s
		}
	}
	return out
}

// matMapVec4 is matrix * column vector.
func matMapVec4(m, v []float32) []float32 {
	out := make([]float32, 4)
	for r := 0; r < 4; r++ {
		out[r] = mat(m, r, 0)*v[0] + mat(m, r, 1)*v[1] + mat(m, r, 2)*v[2] + mat(m, r, 3)*v[3]
	}
	return out
}

// vecMapMat is row vector * matrix.
func vecMapMat(v, m []float32) []float32 {
	out := make([]float32, 4)
	for c := 0; c < 4; c++ {
		out[c] = v[0]*mat(m, 0, c) + v[1]*mat(m, 1, c) + v[2]*mat(m, 2, c) + v[3]*mat(m, 3, c)
	}
	return out
}

// affine divides a homogeneous vector by w, as QMatrix4x4::map does.
func affine(v []float32) []float32 {
	if v[3] == 1 || v[3] == 0 {
		return []float32{v[0], v[1], v[2]}
	}
	return []float32{v[0] / v[3], v[1] / v[3], v[2] / v[3]}
}

func matDet(m []float32) float64 {
	d := func(r, c int) float64 { return float64(mat(m, r, c)) }
	det3 := func(rows, cols [3]int) float64 {
		a := func(i, j int) float64 { return d(rows[i], cols[j]) }
		return a(0, 0)*(a(1, 1)*a(2, 2)-a(1, 2)*a(2, 1)) -
			a(0, 1)*(a(1, 0)*a(2, 2)-a(1, 2)*a(2, 0)) +
			a(0, 2)*(a(1, 0)*a(2, 1)-a(1, 1)*a(2, 0))
	}
	s := 0.0
	for c := 0; c < 4; c++ {
		var cols [3]int
		j := 0
		for k := 0; k < 4; k++ {
			if k != c {
				cols[j] = k
				j++
			}
		}
		minor := det3([3]int{1, 2, 3}, cols)
		if c%2 == 1 {
			minor = -minor
		}
		s += d(0, c) * minor
	}
	return s
}

func matInverted(m []float32) []float32 {
	if m[12] == 0 && m[13] == 0 && m[14] == 0 && m[15] == 1 &&
		m[1] == 0 && m[2] == 0 && m[4] == 0 && m[6] == 0 && m[8] == 0 && m[9] == 0 {
		// Scale and translation only: QMatrix4x4's shortcut, which
		// leaves a zero translation +0.
		if m[0] != 0 && m[5] != 0 && m[10] != 0 {
			out := defaultVec("matrix4x4")
			for i, d := range []int{0, 5, 10} {
				out[d] = 1 / m[d]
				if t := m[i*4+3]; t != 0 {
					out[i*4+3] = -t / m[d]
				}
			}
			return out
		}
	}
	det := matDet(m)
	if det == 0 {
		return defaultVec("matrix4x4")
	}
	det = 1 / det
	out := make([]float32, 16)
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			// cofactor of (c, r) for the adjugate
			var rows, cols [3]int
			i, j := 0, 0
			for k := 0; k < 4; k++ {
				if k != c {
					rows[i] = k
					i++
				}
				if k != r {
					cols[j] = k
					j++
				}
			}
			a := func(x, y int) float64 { return float64(mat(m, rows[x], cols[y])) }
			minor := a(0, 0)*(a(1, 1)*a(2, 2)-a(1, 2)*a(2, 1)) -
				a(0, 1)*(a(1, 0)*a(2, 2)-a(1, 2)*a(2, 0)) +
				a(0, 2)*(a(1, 0)*a(2, 1)-a(1, 1)*a(2, 0))
			if (r+c)%2 == 1 {
				minor = -minor
			}
			out[r*4+c] = float32(minor * det)
		}
	}
	return out
}

func quatMul(q1, q2 []float32) []float32 {
	w1, x1, y1, z1 := q1[0], q1[1], q1[2], q1[3]
	w2, x2, y2, z2 := q2[0], q2[1], q2[2], q2[3]
	ww := (z1 + x1) * (x2 + y2)
	yy := (w1 - y1) * (w2 + z2)
	zz := (w1 + y1) * (w2 - z2)
	xx := ww + yy + zz
	qq := 0.5 * (xx + (z1-x1)*(x2-y2))
	w := qq - ww + (z1-y1)*(y2-z2)
	x := qq - xx + (x1+w1)*(x2+w2)
	y := qq - yy + (w1-x1)*(y2+z2)
	z := qq - zz + (z1+y1)*(w2-x2)
	return []float32{w, x, y, z}
}

// vecMethod returns the method key of a vector value, or nil.
func (e *Engine) vecMethod(v *valueObj, key string) goja.Value {
	cls := v.class
	n := len(v.vec)
	mk := func(f func(c goja.FunctionCall) goja.Value) goja.Value { return e.nativeFunc(f) }
	same := func(c goja.FunctionCall) []float32 {
		return e.vecArg(c.Argument(0), cls)
	}
	elementwise := func(op func(a, b float32) float32) goja.Value {
		return mk(func(c goja.FunctionCall) goja.Value {
			o := same(c)
			if o == nil {
				o = make([]float32, n)
			}
			out := make([]float32, n)
			for i := range out {
				out[i] = op(v.vec[i], o[i])
			}
			return e.newVec(cls, out)
		})
	}
	scale := func(f float32) []float32 {
		out := make([]float32, n)
		for i := range out {
			out[i] = v.vec[i] * f
		}
		return out
	}
	conv := func(to string) goja.Value {
		return mk(func(goja.FunctionCall) goja.Value {
			out := make([]float32, len(vecClasses[to]))
			copy(out, v.vec)
			return e.newVec(to, out)
		})
	}
	switch key {
	case "plus":
		return elementwise(func(a, b float32) float32 { return a + b })
	case "minus":
		return elementwise(func(a, b float32) float32 { return a - b })
	case "fuzzyEquals":
		return mk(func(c goja.FunctionCall) goja.Value {
			o := same(c)
			if o == nil {
				o = make([]float32, n)
			}
			var eps *float64
			if len(c.Arguments) > 1 {
				f := c.Arguments[1].ToFloat()
				eps = &f
			}
			return e.vm.ToValue(vecFuzzyEquals(v.vec, o, eps))
		})
	}
	if cls == "matrix4x4" {
		switch key {
		case "times":
			return mk(func(c goja.FunctionCall) goja.Value {
				a := c.Argument(0)
				if m := e.vecArg(a, "matrix4x4"); m != nil {
					return e.newVec(cls, matMul(v.vec, m))
				}
				if x := e.vecArg(a, "vector4d"); x != nil {
					return e.newVec("vector4d", matMapVec4(v.vec, x))
				}
				if x := e.vecArg(a, "vector3d"); x != nil {
					return e.newVec("vector3d", affine(matMapVec4(v.vec, []float32{x[0], x[1], x[2], 1})))
				}
				return e.newVec(cls, scale(float32(a.ToFloat())))
			})
		case "row", "column":
			return mk(func(c goja.FunctionCall) goja.Value {
				i := int(c.Argument(0).ToInteger())
				out := make([]float32, 4)
				if i >= 0 && i < 4 {
					for k := range out {
						if key == "row" {
							out[k] = mat(v.vec, i, k)
						} else {
							out[k] = mat(v.vec, k, i)
						}
					}
				}
				return e.newVec("vector4d", out)
			})
		case "determinant":
			return mk(func(goja.FunctionCall) goja.Value { return e.vm.ToValue(matDet(v.vec)) })
		case "inverted":
			return mk(func(goja.FunctionCall) goja.Value { return e.newVec(cls, matInverted(v.vec)) })
		case "transposed":
			return mk(func(goja.FunctionCall) goja.Value {
				out := make([]float32, 16)
				for r := 0; r < 4; r++ {
					for c := 0; c < 4; c++ {
						out[c*4+r] = mat(v.vec, r, c)
					}
				}
				return e.newVec(cls, out)
			})
		}
		return nil
	}
	switch key {
	case "dotProduct":
		return mk(func(c goja.FunctionCall) goja.Value {
			o := same(c)
			if o == nil {
				o = make([]float32, n)
			}
			return e.vm.ToValue(float64(vdot(v.vec, o)))
		})
	case "length":
		return mk(func(goja.FunctionCall) goja.Value { return e.vm.ToValue(vlen(v.vec)) })
	case "normalized":
		return mk(func(goja.FunctionCall) goja.Value { return e.newVec(cls, vnormalized(v.vec)) })
	case "times":
		return mk(func(c goja.FunctionCall) goja.Value {
			a := c.Argument(0)
			if cls == "quaternion" {
				if q := e.vecArg(a, cls); q != nil {
					return e.newVec(cls, quatMul(v.vec, q))
				}
				if x := e.vecArg(a, "vector3d"); x != nil {
					// rotatedVector: q * (0, x) * conjugate(q)
					p := quatMul(quatMul(v.vec, []float32{0, x[0], x[1], x[2]}), []float32{v.vec[0], -v.vec[1], -v.vec[2], -v.vec[3]})
					return e.newVec("vector3d", p[1:])
				}
				return e.newVec(cls, scale(float32(a.ToFloat())))
			}
			if o := same(c); o != nil {
				out := make([]float32, n)
				for i := range out {
					out[i] = v.vec[i] * o[i]
				}
				return e.newVec(cls, out)
			}
			if m := e.vecArg(a, "matrix4x4"); m != nil && n >= 3 {
				if n == 3 {
					return e.newVec(cls, affine(vecMapMat([]float32{v.vec[0], v.vec[1], v.vec[2], 1}, m)))
				}
				return e.newVec(cls, vecMapMat(v.vec, m))
			}
			return e.newVec(cls, scale(float32(a.ToFloat())))
		})
	}
	switch cls {
	case "vector2d":
		switch key {
		case "toVector3d":
			return conv("vector3d")
		case "toVector4d":
			return conv("vector4d")
		}
	case "vector3d":
		switch key {
		case "crossProduct":
			return mk(func(c goja.FunctionCall) goja.Value {
				o := same(c)
				if o == nil {
					o = make([]float32, 3)
				}
				a := v.vec
				return e.newVec(cls, []float32{a[1]*o[2] - a[2]*o[1], a[2]*o[0] - a[0]*o[2], a[0]*o[1] - a[1]*o[0]})
			})
		case "toVector2d":
			return conv("vector2d")
		case "toVector4d":
			return conv("vector4d")
		}
	case "vector4d":
		switch key {
		case "toVector2d":
			return conv("vector2d")
		case "toVector3d":
			return conv("vector3d")
		}
	case "quaternion":
		switch key {
		case "conjugated":
			return mk(func(goja.FunctionCall) goja.Value {
				q := v.vec
				return e.newVec(cls, []float32{q[0], -q[1], -q[2], -q[3]})
			})
		case "inverted":
			return mk(func(goja.FunctionCall) goja.Value {
				q := v.vec
				l := float64(q[0])*float64(q[0]) + float64(q[1])*float64(q[1]) + float64(q[2])*float64(q[2]) + float64(q[3])*float64(q[3])
				if fuzzyIsNull(float32(l)) {
					return e.newVec(cls, []float32{0, 0, 0, 0})
				}
				return e.newVec(cls, []float32{float32(float64(q[0]) / l), float32(-float64(q[1]) / l), float32(-float64(q[2]) / l), float32(-float64(q[3]) / l)})
			})
		case "toVector4d":
			return mk(func(goja.FunctionCall) goja.Value {
				q := v.vec
				return e.newVec("vector4d", []float32{q[1], q[2], q[3], q[0]})
			})
		}
	}
	return nil
}

// vecGet reads a component or method of a vector value.
func (e *Engine) vecGet(v *valueObj, key string) goja.Value {
	for i, k := range vecClasses[v.class] {
		if k == key {
			return e.vm.ToValue(float64(v.vec[i]))
		}
	}
	return e.vecMethod(v, key)
}

// vecSet writes a component of a vector value.
func (v *valueObj) vecSet(key string, val goja.Value) bool {
	for i, k := range vecClasses[v.class] {
		if k == key {
			v.vec[i] = float32(val.ToFloat())
			return true
		}
	}
	return false
}
