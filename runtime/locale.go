package runtime

import (
	"cmp"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// localeData is what qmlrun knows of a QLocale (localedata.go).
type localeData struct {
	name, am, pm                                    string
	decimal, group, percent, zero, minus, plus, exp string
	// groupLeast: integer parts shorter than 3+groupLeast digits get no
	// group separator (Spanish and Polish print 1234 but 12.345).
	groupLeast, firstDay, measurement int
	uiLanguages                       []string
	nativeLanguage, nativeTerritory   string
	currency                          [3]string // ISO code, symbol, display name
	currencyFormat                    [2]string // positive, negative: %1 amount, %2 symbol
	currencyDigits                    int
	formats                           [3][3]string // [Long, Short, Narrow][date, time, date-time]
	// months and days: long, standalone long, short, standalone short,
	// narrow, standalone narrow (Locale.LongFormat … NarrowFormat).
	months, days [6][]string
}

// Locale's enumerations (QML's Locale namespace).
const (
	localeLong   = 0
	localeShort  = 1
	localeNarrow = 2
)

// localeValue is a Locale object as JavaScript sees it (Qt.locale()).
type localeValue struct {
	e *Engine
	d *localeData
	// omitGroup: numbers print without group separators, as for
	// QLocale::c() (Qt.locale("C")); the system locale groups them even
	// when it is C.
	omitGroup bool
}

// systemLocale is the locale Qt.locale() gives: the one LC_ALL or LANG
// names, or C.
func systemLocale() *localeData {
	name := os.Getenv("LC_ALL")
	if name == "" {
		name = os.Getenv("LANG")
	}
	d, _ := findLocale(name)
	return d
}

// findLocale looks up a locale name as QLocale does: "de_DE", "de-DE",
// "de" (its main territory), with an encoding or modifier ignored; ok is
// false when the name is unknown (the C locale is returned).
func findLocale(name string) (d *localeData, ok bool) {
	name, _, _ = strings.Cut(name, ".")
	name, _, _ = strings.Cut(name, "@")
	name = strings.ReplaceAll(name, "-", "_")
	if d := qtLocales[name]; d != nil {
		return d, true
	}
	if main := mainTerritory[name]; main != "" {
		return qtLocales[main], true
	}
	return qtLocales["C"], false
}

// mainTerritory maps a language to the locale Qt picks for it alone.
var mainTerritory = map[string]string{
	"en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR",
	"ja": "ja_JP", "zh": "zh_CN", "ru": "ru_RU", "nl": "nl_NL", "pl": "pl_PL",
}

func (l *localeValue) Get(key string) goja.Value {
	e, d := l.e, l.d
	vm := e.vm
	str := func(s string) goja.Value { return vm.ToValue(s) }
	switch key {
	case "name":
		return str(d.name)
	case "amText":
		return str(d.am)
	case "pmText":
		return str(d.pm)
	case "decimalPoint":
		return str(d.decimal)
	case "groupSeparator":
		return str(d.group)
	case "percent":
		return str(d.percent)
	case "zeroDigit":
		return str(d.zero)
	case "negativeSign":
		return str(d.minus)
	case "positiveSign":
		return str(d.plus)
	case "exponential":
		return str(d.exp)
	case "firstDayOfWeek":
		return vm.ToValue(d.firstDay)
	case "measurementSystem":
		return vm.ToValue(d.measurement)
	case "textDirection":
		return vm.ToValue(0)
	case "weekDays":
		return vm.NewArray(1, 2, 3, 4, 5)
	case "uiLanguages":
		a := make([]any, len(d.uiLanguages))
		for i, s := range d.uiLanguages {
			a[i] = s
		}
		return vm.NewArray(a...)
	case "nativeLanguageName":
		return str(d.nativeLanguage)
	case "nativeCountryName", "nativeTerritoryName":
		return str(d.nativeTerritory)
	case "toString":
		return e.nativeFunc(func(goja.FunctionCall) goja.Value { return str("[object Object]") })
	}
	method := func(f func(c goja.FunctionCall) goja.Value) goja.Value { return e.nativeFunc(f) }
	formatArg := func(c goja.FunctionCall, i, def int) int {
		if v := c.Argument(i); !goja.IsUndefined(v) {
			return int(v.ToInteger())
		}
		return def
	}
	names := func(list [6][]string, standalone bool) goja.Value {
		return method(func(c goja.FunctionCall) goja.Value {
			i, f := int(c.Argument(0).ToInteger()), formatArg(c, 1, localeLong)
			if f < 0 || f > 2 {
				f = localeLong
			}
			idx := f * 2
			if standalone {
				idx++
			}
			if names := list[idx]; i >= 0 && i < len(names) {
				return str(names[i])
			}
			return str("")
		})
	}
	formatOf := func(kind int) goja.Value {
		return method(func(c goja.FunctionCall) goja.Value {
			f := formatArg(c, 0, localeLong)
			if f < 0 || f > 2 {
				f = localeLong
			}
			return str(d.formats[f][kind])
		})
	}
	switch key {
	case "currencySymbol":
		return method(func(c goja.FunctionCall) goja.Value {
			f := formatArg(c, 0, 1)
			if f < 0 || f > 2 {
				f = 1
			}
			return str(d.currency[f])
		})
	case "dateFormat":
		return formatOf(0)
	case "timeFormat":
		return formatOf(1)
	case "dateTimeFormat":
		return formatOf(2)
	case "monthName":
		return names(d.months, false)
	case "standaloneMonthName":
		return names(d.months, true)
	case "dayName":
		return names(d.days, false)
	case "standaloneDayName":
		return names(d.days, true)
	case "formattedDataSize":
		return method(func(c goja.FunctionCall) goja.Value {
			return str(l.dataSize(c.Argument(0).ToInteger(), formatArg(c, 1, 2), formatArg(c, 2, 0)))
		})
	}
	return nil
}

func (l *localeValue) Set(string, goja.Value) bool { return false }
func (l *localeValue) Has(key string) bool         { return l.Get(key) != nil }
func (l *localeValue) Delete(string) bool          { return false }
func (l *localeValue) Keys() []string              { return nil } // Qt's Locale enumerates nothing

func (e *Engine) newLocale(d *localeData, omitGroup bool) *goja.Object {
	return e.vm.NewDynamicObject(&localeValue{e: e, d: d, omitGroup: omitGroup})
}

// localeArg returns the Locale object v is, or nil.
func localeArg(v goja.Value) *localeValue {
	if obj, ok := v.(*goja.Object); ok {
		if l, ok := obj.Export().(*localeValue); ok {
			return l
		}
	}
	return nil
}

// installLocales adds Qt.locale(), the Locale enumerations and the
// locale-aware forms of Number's and Date's conversions.
func (e *Engine) installLocales(qt *goja.Object) {
	vm := e.vm
	sys := systemLocale()
	qt.Set("locale", e.nativeFunc(func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 || goja.IsUndefined(c.Argument(0)) {
			return e.newLocale(sys, false)
		}
		d, _ := findLocale(c.Argument(0).String())
		return e.newLocale(d, d.name == "C")
	}))
	enums := vm.NewObject()
	for name, v := range map[string]int{
		"LongFormat": localeLong, "ShortFormat": localeShort, "NarrowFormat": localeNarrow,
		"MetricSystem": 0, "ImperialSystem": 1, "ImperialUSSystem": 1, "ImperialUKSystem": 2,
		"CurrencyIsoCode": 0, "CurrencySymbol": 1, "CurrencyDisplayName": 2,
		"DataSizeIecFormat": 0, "DataSizeTraditionalFormat": 1, "DataSizeSIFormat": 2,
		"FloatingPointShortest": -128,
	} {
		enums.Set(name, v)
	}
	vm.Set("Locale", enums)
	def := func() *localeValue { return &localeValue{e: e, d: sys} }
	if sys.name == "C" {
		// In the C locale Qt compares the UTF-16 code units: the
		// difference of the first that differ, else -1, 0 or 1 as the
		// lengths compare.
		strProto := vm.Get("String").ToObject(vm).Get("prototype").ToObject(vm)
		strProto.DefineDataProperty("localeCompare", e.namedFunc("localeCompare", func(c goja.FunctionCall) goja.Value {
			if goja.IsUndefined(c.This) || goja.IsNull(c.This) {
				panic(vm.NewTypeError("Value is %s and could not be converted to an object", c.This.String()))
			}
			a := utf16.Encode([]rune(c.This.String()))
			b := utf16.Encode([]rune(c.Argument(0).String()))
			for i := 0; i < len(a) && i < len(b); i++ {
				if a[i] != b[i] {
					return vm.ToValue(int(a[i]) - int(b[i]))
				}
			}
			return vm.ToValue(cmp.Compare(len(a), len(b)))
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	num := vm.Get("Number").ToObject(vm)
	numProto := num.Get("prototype").ToObject(vm)
	thisNumber := func(c goja.FunctionCall, method string) float64 {
		switch x := c.This.Export().(type) {
		case float64:
			return x
		case int64:
			return float64(x)
		}
		panic(vm.NewTypeError("Number.prototype." + method + ": not a number"))
	}
	numProto.DefineDataProperty("toLocaleString", e.namedFunc("toLocaleString", func(c goja.FunctionCall) goja.Value {
		f := thisNumber(c, "toLocaleString")
		l := localeArg(c.Argument(0))
		if l == nil {
			return vm.ToValue(localeNumber(f))
		}
		format := byte('f')
		if s := c.Argument(1); !goja.IsUndefined(s) {
			if t := s.String(); t != "" {
				format = t[0]
			}
		}
		prec := 2
		if p := c.Argument(2); !goja.IsUndefined(p) {
			prec = int(p.ToInteger())
		}
		return vm.ToValue(l.number(f, format, prec))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	numProto.DefineDataProperty("toLocaleCurrencyString", e.namedFunc("toLocaleCurrencyString", func(c goja.FunctionCall) goja.Value {
		f := thisNumber(c, "toLocaleCurrencyString")
		l := localeArg(c.Argument(0))
		if l == nil {
			l = def()
		}
		symbol := l.d.currency[1]
		if s := c.Argument(1); !goja.IsUndefined(s) {
			symbol = s.String()
		}
		return vm.ToValue(l.currency(f, symbol))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	num.Set("fromLocaleString", e.namedFunc("fromLocaleString", func(c goja.FunctionCall) goja.Value {
		l, text := localeArg(c.Argument(0)), c.Argument(1)
		if l == nil {
			l, text = def(), c.Argument(0)
		}
		f, ok := l.parseNumber(text.String())
		if !ok {
			panic(e.newError("Locale: Number.fromLocaleString(): Invalid format"))
		}
		return vm.ToValue(f)
	}))

	date := vm.Get("Date").ToObject(vm)
	proto := date.Get("prototype").ToObject(vm)
	getTime, _ := goja.AssertFunction(proto.Get("getTime"))
	for i, name := range []string{"toLocaleDateString", "toLocaleTimeString", "toLocaleString"} {
		kind, parts := i, [...]int{fmtDate, fmtDate | fmtTime, fmtDate | fmtTime}[i]
		plain, _ := goja.AssertFunction(proto.Get(name))
		proto.DefineDataProperty(name, e.namedFunc(name, func(c goja.FunctionCall) goja.Value {
			l := localeArg(c.Argument(0))
			format := ""
			switch {
			case l == nil && len(c.Arguments) == 0:
				v, err := plain(c.This)
				if err != nil {
					panic(err)
				}
				return v
			case l == nil:
				// Anything but a Locale first gives the default
				// locale's short format, as in Qt.
				l = def()
				format = l.d.formats[localeShort][kind]
			default:
				format = l.d.formats[localeLong][kind]
			}
			ms, err := getTime(c.This)
			if err != nil {
				panic(err)
			}
			if math.IsNaN(ms.ToFloat()) {
				return vm.ToValue("Invalid Date")
			}
			switch f := c.Argument(1); {
			case goja.IsUndefined(f) || len(c.Arguments) < 2:
			case isString(f):
				format = f.String()
			default:
				if n := int(f.ToInteger()); n >= 0 && n <= 2 {
					format = l.d.formats[n][kind]
				}
			}
			t := time.UnixMilli(int64(ms.ToFloat())).In(time.Local)
			return vm.ToValue(formatQtIn(t, format, parts, l.d))
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		from := strings.Replace(name, "to", "from", 1)
		date.Set(from, e.namedFunc(from, func(c goja.FunctionCall) goja.Value {
			l := localeArg(c.Argument(0))
			if l == nil {
				l = def()
			}
			format := l.d.formats[localeLong][kind]
			switch f := c.Argument(2); {
			case goja.IsUndefined(f):
			case isString(f):
				format = f.String()
			default:
				if n := int(f.ToInteger()); n >= 0 && n <= 2 {
					format = l.d.formats[n][kind]
				}
			}
			ms := math.NaN()
			if t, ok := parseQtDate(c.Argument(1).String(), format, l.d); ok {
				ms = float64(t.UnixMilli())
			}
			d, err := vm.New(vm.Get("Date"), vm.ToValue(ms))
			if err != nil {
				panic(err)
			}
			return d
		}))
	}
}

func isString(v goja.Value) bool {
	_, ok := v.Export().(string)
	return ok
}

// exactDigits gives the exact decimal expansion of a finite f >= 0 as
// digits d1d2… and exponent x with f = 0.d1d2… × 10^x (no leading or
// trailing zeros; "" for 0). Qt rounds numbers from this expansion, ties
// away from zero (999.995, stored as 999.99500000000000454…, gives
// "1000.00"; 2.5 with no decimals gives "3").
func exactDigits(f float64) (string, int) {
	if f == 0 {
		return "", 0
	}
	s := new(big.Float).SetFloat64(f).Text('e', 1100) // "d.ddd…e±x", exact
	mant, exp, _ := strings.Cut(s, "e")
	x, _ := strconv.Atoi(exp)
	digits := strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	return digits, x + 1
}

// roundDigits keeps the first n digits (n may be <= 0), rounding half up;
// a carry can add a digit in front, which moves the exponent.
func roundDigits(digits string, x, n int) (string, int) {
	if n < 0 {
		return "", x
	}
	if n >= len(digits) {
		return digits, x
	}
	up := digits[n] >= '5'
	b := []byte(digits[:n])
	if up {
		i := len(b) - 1
		for ; i >= 0 && b[i] == '9'; i-- {
			b[i] = '0'
		}
		if i < 0 {
			b = append([]byte{'1'}, b...)
			x++
		} else {
			b[i]++
		}
	}
	return strings.TrimRight(string(b), "0"), x
}

// number is QLocale::toString(double, format, precision) for the formats
// 'f', 'e', 'E', 'g' and 'G' (any other is 'f').
func (l *localeValue) number(f float64, format byte, prec int) string {
	upper := format == 'E' || format == 'G'
	switch {
	case math.IsNaN(f):
		return caseOf("nan", upper)
	case math.IsInf(f, 0):
		s := caseOf("inf", upper)
		if f < 0 {
			s = l.d.minus + s
		}
		return s
	}
	if prec < 0 {
		prec = 6
	}
	sign := ""
	if f < 0 {
		sign, f = l.d.minus, -f
	}
	digits, x := exactDigits(f)
	expChar := l.d.exp
	if upper {
		expChar = "E"
	}
	var body string
	switch format {
	case 'e', 'E':
		d, x2 := roundDigits(digits, x, prec+1)
		if d == "" {
			x2 = 1 // zero: 0e+00
		}
		body = l.mantissa(d, prec, false) + expChar + expText(x2-1)
	case 'g', 'G':
		if prec == 0 {
			prec = 1
		}
		d, x2 := roundDigits(digits, x, prec)
		if d == "" {
			x2 = 1
		}
		if e10 := x2 - 1; e10 < -4 || e10 >= prec {
			body = l.mantissa(d, len(d)-1, true) + expChar + expText(e10)
		} else {
			body = l.fixed(d, x2, max(len(d)-x2, 0))
		}
	default:
		d, x2 := roundDigits(digits, x, x+prec)
		body = l.fixed(d, x2, prec)
	}
	if strings.Trim(body, "0"+l.d.decimal) == "" && sign != "" && digits == "" {
		sign = "" // -0 prints as 0
	}
	return sign + body
}

func caseOf(s string, upper bool) string {
	if upper {
		return strings.ToUpper(s)
	}
	return s
}

// ShortestDouble is QString::number(f, 'g', QLocale::FloatingPointShortest),
// as a QVariant holding a double prints: the shortest digits that read back
// as f, in decimal or exponent notation (1e+20, 1e-07), whichever is
// shorter; nan, inf, -inf.
func ShortestDouble(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return localeFloat(f)
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// The digits, and the decimal point's position: 0.DIGITS × 10^decpt.
	mant, exp, _ := strings.Cut(strconv.FormatFloat(f, 'e', -1, 64), "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	decpt, n := x+1, len(digits)
	// QLocaleData::doubleToString: bias is what the exponent form adds
	// over the decimal one.
	bias := 2 + 2
	if n <= decpt && n > 1 {
		bias++
	} else if n == 1 && decpt <= 0 {
		bias--
	}
	switch {
	case decpt <= 0 && 1-decpt <= bias:
		return sign + "0." + strings.Repeat("0", -decpt) + digits
	case decpt > 0 && decpt <= n:
		if decpt == n {
			return sign + digits
		}
		return sign + digits[:decpt] + "." + digits[decpt:]
	case decpt > n && decpt <= n+bias:
		return sign + digits + strings.Repeat("0", decpt-n)
	}
	if n > 1 {
		digits = digits[:1] + "." + digits[1:]
	}
	return sign + digits + "e" + expText(decpt-1)
}

// expText is an exponent as Qt writes it: a sign and at least two digits.
func expText(x int) string {
	sign := "+"
	if x < 0 {
		sign, x = "-", -x
	}
	s := strconv.Itoa(x)
	if len(s) < 2 {
		s = "0" + s
	}
	return sign + s
}

// mantissa writes digits as d.ddd with dec decimals (padding with zeros
// unless trim).
func (l *localeValue) mantissa(digits string, dec int, trim bool) string {
	if digits == "" {
		digits = "0"
	}
	for len(digits) < dec+1 {
		digits += "0"
	}
	s := digits[:1]
	if frac := digits[1:]; len(frac) > 0 && (!trim || strings.Trim(frac, "0") != "") {
		s += l.d.decimal + frac
	}
	return s
}

// fixed writes 0.digits × 10^x with dec decimals and grouped integer part.
func (l *localeValue) fixed(digits string, x, dec int) string {
	var intPart, frac string
	switch {
	case x <= 0:
		intPart = "0"
		frac = strings.Repeat("0", -x) + digits
	case x >= len(digits):
		intPart = digits + strings.Repeat("0", x-len(digits))
	default:
		intPart, frac = digits[:x], digits[x:]
	}
	if intPart == "" {
		intPart = "0"
	}
	for len(frac) < dec {
		frac += "0"
	}
	frac = frac[:dec]
	s := l.grouped(intPart)
	if dec > 0 {
		s += l.d.decimal + frac
	}
	return s
}

// grouped puts the group separator between thousands of an integer part.
func (l *localeValue) grouped(intPart string) string {
	if l.omitGroup || len(intPart) < 3+l.d.groupLeast {
		return intPart
	}
	var b strings.Builder
	for i := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(l.d.group)
		}
		b.WriteByte(intPart[i])
	}
	return b.String()
}

// currency is QLocale::toCurrencyString(value, symbol).
func (l *localeValue) currency(f float64, symbol string) string {
	pattern := l.d.currencyFormat[0]
	if f < 0 {
		pattern, f = l.d.currencyFormat[1], -f
	}
	amount := l.number(f, 'f', l.d.currencyDigits)
	return strings.NewReplacer("%1", amount, "%2", symbol).Replace(pattern)
}

// parseNumber is QLocale::toDouble: the locale's decimal point and group
// separators (in their places), a sign and an exponent; blanks around the
// number are ignored, and empty text is NaN.
func (l *localeValue) parseNumber(s string) (float64, bool) {
	if s == "" {
		return math.NaN(), true
	}
	s = strings.TrimSpace(s)
	var b strings.Builder
	i := 0
	if strings.HasPrefix(s, l.d.minus) || strings.HasPrefix(s, "+") {
		b.WriteByte(s[0])
		i++
	}
	// Integer digits, with group separators only between groups of three;
	// where the separator is a no-break space, a plain space is one too.
	group, digits, groups := -1, 0, 0
	spaceGroup := l.d.group == "\u00a0" || l.d.group == "\u202f"
	for i < len(s) {
		switch {
		case s[i] >= '0' && s[i] <= '9':
			b.WriteByte(s[i])
			digits++
			if group >= 0 {
				group++
			}
			i++
			continue
		case digits > 0 && (strings.HasPrefix(s[i:], l.d.group) || spaceGroup && s[i] == ' '):
			if group >= 0 && group != 3 || group < 0 && digits > 3 {
				return 0, false
			}
			group = 0
			groups++
			if s[i] == ' ' {
				i++
			} else {
				i += len(l.d.group)
			}
			continue
		}
		break
	}
	if groups > 0 && group != 3 {
		return 0, false
	}
	frac := 0
	if strings.HasPrefix(s[i:], l.d.decimal) {
		b.WriteByte('.')
		i += len(l.d.decimal)
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
			i++
			frac++
		}
	}
	if digits+frac == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		b.WriteByte('e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			b.WriteByte(s[i])
			i++
		}
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
			i++
			n++
		}
		if n == 0 {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(b.String(), 64)
	return f, err == nil || math.IsInf(f, 0)
}

// dataSize is QLocale::formattedDataSize.
func (l *localeValue) dataSize(bytes int64, prec, format int) string {
	base, units := 1024.0, []string{"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	switch format {
	case 1:
		units = []string{"bytes", "KB", "MB", "GB", "TB", "PB", "EB"}
	case 2:
		base, units = 1000, []string{"bytes", "kB", "MB", "GB", "TB", "PB", "EB"}
	}
	abs := math.Abs(float64(bytes))
	power := 0
	for abs >= base && power < len(units)-1 {
		abs /= base
		power++
	}
	if power == 0 {
		s := l.number(float64(bytes), 'f', 0)
		return s + " " + units[0]
	}
	return l.number(float64(bytes)/math.Pow(base, float64(power)), 'f', min(prec, 3*power)) + " " + units[power]
}

// parseQtDate reads text written in a Qt date format (the tokens of
// formatQt, with the locale's month and day names); fields the format lacks
// are 1 January 1900 (as QDate) at midnight, in local time.
func parseQtDate(text, format string, d *localeData) (time.Time, bool) {
	year, month, day, hour, minute, sec, ms := 1900, 1, 1, 0, 0, 0, 0
	pm := -1
	hasDate := false
	rs := []rune(format)
	pos := 0
	number := func(minDigits, maxDigits int) (int, bool) {
		n, i := 0, 0
		for i < maxDigits && pos+i < len(text) && text[pos+i] >= '0' && text[pos+i] <= '9' {
			n = n*10 + int(text[pos+i]-'0')
			i++
		}
		if i < minDigits {
			return 0, false
		}
		pos += i
		return n, true
	}
	name := func(list []string) (int, bool) {
		best, bestLen := -1, 0
		for i, n := range list {
			if len(n) > bestLen && strings.HasPrefix(strings.ToLower(text[pos:]), strings.ToLower(n)) {
				best, bestLen = i, len(n)
			}
		}
		if best < 0 {
			return 0, false
		}
		pos += bestLen
		return best, true
	}
	for i := 0; i < len(rs); {
		c := rs[i]
		if c == '\'' {
			j := i + 1
			for j < len(rs) && rs[j] != '\'' {
				j++
			}
			lit := string(rs[i+1 : min(j, len(rs))])
			if j == i+1 {
				lit = "'"
			}
			if !strings.HasPrefix(text[pos:], lit) {
				return time.Time{}, false
			}
			pos += len(lit)
			i = j + 1
			continue
		}
		n := 1
		for i+n < len(rs) && rs[i+n] == c {
			n++
		}
		var ok bool
		switch c {
		case 'd':
			n = min(n, 4)
			switch n {
			case 1, 2:
				day, ok = number(n, 2)
				hasDate = true
			case 3:
				_, ok = name(d.days[2])
			default:
				_, ok = name(d.days[0])
			}
		case 'M':
			n = min(n, 4)
			switch n {
			case 1, 2:
				month, ok = number(n, 2)
			case 3:
				month, ok = name(d.months[2])
				month++
			default:
				month, ok = name(d.months[0])
				month++
			}
			hasDate = true
		case 'y':
			if n >= 4 {
				n = 4
				year, ok = number(4, 4)
			} else if n >= 2 {
				n = 2
				year, ok = number(2, 2)
				year += 1900
			} else {
				ok = strings.HasPrefix(text[pos:], "y")
				pos++
			}
			hasDate = true
		case 'h', 'H':
			n = min(n, 2)
			hour, ok = number(n, 2)
		case 'm':
			n = min(n, 2)
			minute, ok = number(n, 2)
		case 's':
			n = min(n, 2)
			sec, ok = number(n, 2)
		case 'z':
			if n >= 3 {
				n = 3
				ms, ok = number(3, 3)
			} else {
				n = 1
				ms, ok = number(1, 3)
			}
		case 'a', 'A':
			if i+1 < len(rs) && (rs[i+1] == 'p' || rs[i+1] == 'P') {
				n = 2
			} else {
				n = 1
			}
			lower := strings.ToLower(text[pos:])
			switch {
			case strings.HasPrefix(lower, strings.ToLower(d.am)):
				pm, ok = 0, true
				pos += len(d.am)
			case strings.HasPrefix(lower, strings.ToLower(d.pm)):
				pm, ok = 1, true
				pos += len(d.pm)
			}
		case 't':
			n = 1
			for pos < len(text) && text[pos] != ' ' {
				pos++
			}
			ok = true
		default:
			lit := string(rs[i : i+n])
			ok = strings.HasPrefix(text[pos:], lit)
			pos += len(lit)
		}
		if !ok {
			return time.Time{}, false
		}
		i += n
	}
	if pos != len(text) || !utf8.ValidString(text) {
		return time.Time{}, false
	}
	if pm >= 0 {
		hour = hour%12 + 12*pm
	}
	if !hasDate { // a time alone is today's
		now := time.Now()
		year, month, day = now.Year(), int(now.Month()), now.Day()
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, ms*1e6, time.Local)
	if t.Day() != day || int(t.Month()) != month || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	return t, true
}
