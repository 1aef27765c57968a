package runtime

import (
	"math"
	"testing"
)

// FuzzLocale feeds script-given text to the locale parsers and numbers to
// the formatter: no panic, and a number that formats with 'f' reads back.
func FuzzLocale(f *testing.F) {
	f.Add("1,234.5", "yyyy-MM-dd hh:mm", 1234.5, "en_US")
	f.Add("1 234,5", "dddd, d. MMMM yyyy", -0.001, "fr_FR")
	f.Add("'quoted' ap", "h:m:s AP 't'", 999.995, "de_DE")
	f.Fuzz(func(t *testing.T, text, format string, n float64, name string) {
		d, _ := findLocale(name)
		l := &localeValue{d: d}
		parseQtDate(text, format, d)
		l.parseNumber(text)
		for _, c := range []byte("feEgGx") {
			l.number(n, c, int(math.Mod(math.Abs(n), 20)))
		}
		if math.IsNaN(n) || math.IsInf(n, 0) || math.Abs(n) > 1e15 {
			return
		}
		s := l.number(n, 'f', 3)
		back, ok := l.parseNumber(s)
		if !ok || math.Abs(back-n) > 0.0006 {
			t.Fatalf("%v formats as %q, which reads back as %v, %v", n, s, back, ok)
		}
	})
}
