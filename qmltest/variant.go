package qmltest

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/runtime"
)

// fuzzyEqual is TestResult.fuzzyCompare: when either value is a color,
// both must read as colors (a text as a color name) and each 8-bit
// channel must be within delta; otherwise both must convert to numbers as
// a QVariant does (numbers, booleans, numeric text) and differ by at most
// delta.
func (r *runner) fuzzyEqual(act, exp goja.Value, delta float64) bool {
	if r.e.ValueClass(act) == "color" || r.e.ValueClass(exp) == "color" {
		ca, okA := r.e.ColorChannels(act)
		ce, okE := r.e.ColorChannels(exp)
		if !okA || !okE {
			return false
		}
		for i := range ca {
			if !(math.Abs(float64(ca[i]-ce[i])) <= delta) {
				return false
			}
		}
		return true
	}
	a, okA := variantNumber(r.primitive(act))
	b, okE := variantNumber(r.primitive(exp))
	return okA && okE && math.Abs(a-b) <= delta
}

// primitive unwraps Number, String and Boolean objects, as Qt's conversion
// to a QVariant does.
func (r *runner) primitive(v goja.Value) goja.Value {
	if o, ok := v.(*goja.Object); ok {
		switch o.ClassName() {
		case "Number", "String", "Boolean":
			if p := o.Export(); p != nil {
				return r.e.Runtime().ToValue(p)
			}
		}
	}
	return v
}

// variantNumber converts a value to a number as QVariant::toFloat does.
func variantNumber(v goja.Value) (float64, bool) {
	switch x := v.Export().(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case string:
		s := strings.TrimSpace(x)
		if s == "" || strings.ContainsAny(s, "xX_pP") {
			return 0, false
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errorsIsRange(err) {
			return 0, false
		}
		return f, true
	}
	return 0, false
}

func errorsIsRange(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// variantText is a value converted to a QVariant and then to text, as
// fuzzyCompare prints its values: numbers as QVariant prints them (an
// integer that fits an int as such, others in the shortest form), colors and urls as their text, dates as local ISO
// 8601 time with milliseconds, and values QVariant cannot print (null,
// undefined, arrays, objects, points) as "".
func (r *runner) variantText(v goja.Value) string {
	v = r.primitive(v)
	switch x := v.Export().(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		if x == math.Trunc(x) && x >= math.MinInt32 && x <= math.MaxInt32 {
			return strconv.Itoa(int(x)) // an int (-0 too)
		}
		return runtime.ShortestDouble(x)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	switch r.e.ValueClass(v) {
	case "color", "url":
		return o.String()
	}
	if o.ClassName() == "Date" && !math.IsNaN(o.ToFloat()) {
		if t, ok := o.Export().(time.Time); ok {
			return t.Local().Format("2006-01-02T15:04:05.000")
		}
	}
	return ""
}

// actualExpected is the two value lines of a failed comparison. QtTest
// takes the values as Latin-1 text.
func actualExpected(act, exp string) string {
	return "\n   Actual   (): " + latin1(act) + "\n   Expected (): " + latin1(exp)
}

// latin1 converts text as QString::toLatin1 does: a UTF-16 code unit
// above 0xFF becomes '?' (so a character outside the BMP gives "??").
func latin1(s string) string {
	var b []byte
	for _, c := range s {
		switch {
		case c < 0x100:
			b = append(b, byte(c))
		case c > 0xFFFF:
			b = append(b, '?', '?')
		default:
			b = append(b, '?')
		}
	}
	return string(b)
}

// printable writes what QtTest's loggers write: control characters other
// than newline and tab, and DEL, become '?' (filterUnprintable).
type printable struct{ w io.Writer }

func (p printable) Write(b []byte) (int, error) {
	clean := b
	for i, c := range b {
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			if &clean[0] == &b[0] {
				clean = append([]byte(nil), b...)
			}
			clean[i] = '?'
		}
	}
	if _, err := p.w.Write(clean); err != nil {
		return 0, err
	}
	return len(b), nil
}
