package runtime

import (
	"regexp"
	"testing"
)

// FuzzArgPlaceholders checks the hand-written scanner of String.arg's
// placeholders against the pattern it replaces, %L?(\d\d?).
func FuzzArgPlaceholders(f *testing.F) {
	for _, s := range []string{"", "%", "%1", "%%1", "%123", "a%1b%2c%1", "%0%9%10%99%100", "%%", "%a%1", "100%", "%1%", "%L1", "%LL1", "%L"} {
		f.Add(s)
	}
	re := regexp.MustCompile(`%L?(\d\d?)`)
	f.Fuzz(func(t *testing.T, s string) {
		var got [][2]int
		argPlaceholders(s, func(start, end, _ int, _ bool) { got = append(got, [2]int{start, end}) })
		want := re.FindAllStringIndex(s, -1)
		if len(got) != len(want) {
			t.Fatalf("%q: got %v, want %v", s, got, want)
		}
		for i := range want {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Fatalf("%q: got %v, want %v", s, got, want)
			}
		}
	})
}
