package runtime

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// Qt.DateFormat values Qt.formatDate and friends accept besides a format
// string.
const (
	qtTextDate      = 0
	qtISODate       = 1
	qtRFC2822Date   = 8
	qtISODateWithMs = 9
)

// Which parts of a date-time a format applies to: QDate::toString knows only
// the date tokens, QTime::toString only the time tokens; the others are kept
// as literal text.
const (
	fmtDate = 1 << iota
	fmtTime
)

// installDates gives Date.prototype the string conversions of Qt 6.4's
// engine, which renders dates with QDateTime and the C locale rather than as
// ECMAScript specifies ("Thu Jan 2 03:04:05 2020 GMT", not "Thu Jan 02 2020
// 03:04:05 GMT+0000 (UTC)"), and adds Qt.formatDate, Qt.formatTime and
// Qt.formatDateTime.
func (e *Engine) installDates(qt *goja.Object) {
	vm := e.vm
	proto := vm.Get("Date").ToObject(vm).Get("prototype").ToObject(vm)
	getTime, _ := goja.AssertFunction(proto.Get("getTime"))
	conv := func(name string, render func(t time.Time) string) {
		proto.DefineDataProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			ms, err := getTime(c.This)
			if err != nil {
				panic(err)
			}
			f := ms.ToFloat()
			if math.IsNaN(f) {
				return vm.ToValue("Invalid Date")
			}
			return vm.ToValue(render(time.UnixMilli(int64(f)).In(time.Local)))
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	conv("toString", func(t time.Time) string { return qtTextDateTime(t) + " GMT" + offsetSuffix(t) })
	conv("toDateString", func(t time.Time) string { return formatQt(t, "ddd MMM d yyyy", fmtDate) })
	conv("toTimeString", func(t time.Time) string { return formatQt(t, "HH:mm:ss", fmtTime) })
	conv("toUTCString", func(t time.Time) string { return qtTextDateTime(t.UTC()) + " GMT" })
	conv("toLocaleString", func(t time.Time) string {
		return formatQt(t, "dddd, d MMMM yyyy HH:mm:ss t", fmtDate|fmtTime)
	})
	conv("toLocaleDateString", func(t time.Time) string { return formatQt(t, "dddd, d MMMM yyyy", fmtDate) })
	conv("toLocaleTimeString", func(t time.Time) string { return formatQt(t, "HH:mm:ss t", fmtDate|fmtTime) })

	// Annex B's getYear, which Qt's engine has and goja has not.
	getFullYear, _ := goja.AssertFunction(proto.Get("getFullYear"))
	proto.DefineDataProperty("getYear", e.namedFunc("getYear", func(c goja.FunctionCall) goja.Value {
		y, err := getFullYear(c.This)
		if err != nil {
			panic(err)
		}
		return vm.ToValue(y.ToFloat() - 1900)
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	qt.Set("TextDate", qtTextDate)
	qt.Set("ISODate", qtISODate)
	qt.Set("RFC2822Date", qtRFC2822Date)
	qt.Set("ISODateWithMs", qtISODateWithMs)
	formatter := func(parts int) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			t, ok := e.dateArg(c.Argument(0), parts)
			if !ok {
				return vm.ToValue("")
			}
			return vm.ToValue(formatQtArg(t, c.Argument(1), parts))
		}
	}
	qt.Set("formatDate", e.nativeFunc(formatter(fmtDate)))
	qt.Set("formatTime", e.nativeFunc(formatter(fmtTime)))
	qt.Set("formatDateTime", e.nativeFunc(formatter(fmtDate|fmtTime)))
}

// dateArg reads the date argument of Qt.formatDate and friends: a Date, or
// a string in ISO form (a time alone for Qt.formatTime). ok is false for an
// invalid date, which formats as "".
func (e *Engine) dateArg(v goja.Value, parts int) (time.Time, bool) {
	if obj, isObj := v.(*goja.Object); isObj && obj.ClassName() == "Date" {
		t, ok := obj.Export().(time.Time)
		return t.In(time.Local), ok
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return time.Time{}, false
	}
	if _, isStr := v.Export().(string); !isStr {
		panic(e.vm.NewTypeError("Passing incompatible arguments to C++ functions from JavaScript is not allowed."))
	}
	s := v.String()
	if parts == fmtTime {
		for _, layout := range []string{"15:04:05.000", "15:04:05", "15:04"} {
			if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
				return t, true
			}
		}
	}
	for _, layout := range []string{"2006-01-02T15:04:05.000", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, true
		}
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.In(time.Local), true
	}
	return time.Time{}, false
}

// formatQtArg formats t with the format argument of Qt.formatDate and
// friends: a format string, a Qt.DateFormat value, or nothing for the C
// locale's short format.
func formatQtArg(t time.Time, f goja.Value, parts int) string {
	if f == nil || goja.IsUndefined(f) || goja.IsNull(f) {
		return formatQt(t, map[int]string{fmtDate: "d MMM yyyy", fmtTime: "HH:mm:ss", fmtDate | fmtTime: "d MMM yyyy HH:mm:ss"}[parts], parts)
	}
	if s, isStr := f.Export().(string); isStr {
		return formatQt(t, s, parts)
	}
	var date, tm, sep string
	switch f.ToInteger() {
	case qtISODate:
		date, tm, sep = "yyyy-MM-dd", "HH:mm:ss", "T"
	case qtISODateWithMs:
		date, tm, sep = "yyyy-MM-dd", "HH:mm:ss.zzz", "T"
	case qtRFC2822Date:
		date, tm, sep = "dd MMM yyyy", "HH:mm:ss", " "
		if parts == fmtDate|fmtTime {
			return formatQt(t, date+sep+tm, parts) + " " + t.Format("-0700")
		}
	default: // Qt.TextDate and others
		if parts == fmtDate|fmtTime {
			return qtTextDateTime(t)
		}
		date, tm = "ddd MMM d yyyy", "HH:mm:ss"
	}
	switch parts {
	case fmtDate:
		return formatQt(t, date, parts)
	case fmtTime:
		return formatQt(t, tm, parts)
	}
	return formatQt(t, date+sep+tm, parts)
}

// qtTextDateTime is QDateTime::toString(Qt::TextDate).
func qtTextDateTime(t time.Time) string {
	return formatQt(t, "ddd MMM d HH:mm:ss yyyy", fmtDate|fmtTime)
}

// offsetSuffix is what Qt's Date.prototype.toString appends after "GMT": the
// offset from UTC as +HHMM, or nothing in UTC.
func offsetSuffix(t time.Time) string {
	_, off := t.Zone()
	if off == 0 {
		return ""
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60)
}

// formatQt implements QDateTime::toString(format) in the C locale: runs of
// d, M, y, h, H, m, s, z, a/A (with optional p/P) and t are fields, text in
// single quotes is literal (two quotes make one), and every other character is
// kept. Fields of the parts not in parts stay as literal text.
func formatQt(t time.Time, format string, parts int) string {
	return formatQtIn(t, format, parts, qtLocales["C"])
}

// formatQtIn is formatQt with the month and day names and the AM/PM texts
// of a locale.
func formatQtIn(t time.Time, format string, parts int, loc *localeData) string {
	var b strings.Builder
	rs := []rune(format)
	pad := func(n, w int) string {
		s := strconv.Itoa(n)
		for len(s) < w {
			s = "0" + s
		}
		return s
	}
	for i := 0; i < len(rs); {
		c := rs[i]
		if c == '\'' {
			if i+1 < len(rs) && rs[i+1] == '\'' {
				b.WriteRune('\'')
				i += 2
				continue
			}
			j := i + 1
			for j < len(rs) {
				if rs[j] == '\'' {
					if j+1 < len(rs) && rs[j+1] == '\'' {
						b.WriteRune('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteRune(rs[j])
				j++
			}
			i = j + 1
			continue
		}
		n := 1
		for i+n < len(rs) && rs[i+n] == c {
			n++
		}
		take := n // characters consumed
		out := ""
		date, tm := parts&fmtDate != 0, parts&fmtTime != 0
		switch {
		case c == 'd' && date:
			take = min(n, 4)
			out = [...]string{"", strconv.Itoa(t.Day()), pad(t.Day(), 2), loc.days[localeShort*2][t.Weekday()], loc.days[localeLong][t.Weekday()]}[take]
		case c == 'M' && date:
			take = min(n, 4)
			m := int(t.Month())
			out = [...]string{"", strconv.Itoa(m), pad(m, 2), loc.months[localeShort*2][m-1], loc.months[localeLong][m-1]}[take]
		case c == 'y' && date && n >= 2:
			if n >= 4 {
				take = 4
				out = pad(t.Year(), 4)
				if t.Year() < 0 {
					out = "-" + pad(-t.Year(), 4)
				}
			} else {
				take = 2
				y := t.Year() % 100
				if y < 0 {
					y = -y
				}
				out = pad(y, 2)
			}
		case (c == 'h' || c == 'H') && tm:
			take = min(n, 2)
			h := t.Hour()
			if c == 'h' && hasAmPm(rs) {
				h = (h+11)%12 + 1
			}
			out = strconv.Itoa(h)
			if take == 2 {
				out = pad(h, 2)
			}
		case (c == 'm' || c == 's') && tm:
			take = min(n, 2)
			v := t.Minute()
			if c == 's' {
				v = t.Second()
			}
			out = strconv.Itoa(v)
			if take == 2 {
				out = pad(v, 2)
			}
		case c == 'z' && tm:
			ms := t.Nanosecond() / 1e6
			if n >= 3 {
				take = 3
				out = pad(ms, 3)
			} else {
				take = 1
				out = strings.TrimRight(pad(ms, 3), "0")
				if out == "" {
					out = "0"
				}
			}
		case (c == 'a' || c == 'A') && tm:
			take = 1
			upper := c == 'A'
			if i+1 < len(rs) && (rs[i+1] == 'p' || rs[i+1] == 'P') {
				take = 2
				upper = !(c == 'a' && rs[i+1] == 'p')
			}
			out = loc.am
			if t.Hour() >= 12 {
				out = loc.pm
			}
			if upper {
				out = strings.ToUpper(out)
			} else {
				out = strings.ToLower(out)
			}
		case c == 't' && date && tm:
			take = 1
			out, _ = t.Zone()
		default:
			out = string(rs[i : i+n])
		}
		b.WriteString(out)
		i += take
	}
	return b.String()
}

// hasAmPm reports whether a format shows AM/PM, which makes h a 12-hour
// field.
func hasAmPm(rs []rune) bool {
	quoted := false
	for _, r := range rs {
		switch {
		case r == '\'':
			quoted = !quoted
		case !quoted && (r == 'a' || r == 'A'):
			return true
		}
	}
	return false
}
