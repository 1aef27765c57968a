package runtime_test

import (
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/quick"
	"github.com/qmlrun/qmlrun/runtime"
)

// coerceDoc has a property of every basic type; assignAll evaluates a
// JavaScript expression and assigns its value to each of them from
// JavaScript (what a handler's `root.p = v` does), then reads it back.
const coerceDoc = `import QtQml
import QtQuick
QtObject {
    id: root
    property int pInt
    property real pReal
    property double pDouble
    property bool pBool
    property string pString
    property url pUrl
    property color pColor
    property point pPoint
    property size pSize
    property rect pRect
    property date pDate
    property var pVar
    property list<QtObject> pList
    property QtObject pObject
    property list<string> pStrings
    property list<int> pInts
    property QtObject other: QtObject { objectName: "other" }
    readonly property var names: ["pInt", "pReal", "pDouble", "pBool", "pString", "pUrl", "pColor",
        "pPoint", "pSize", "pRect", "pDate", "pVar", "pList", "pObject", "pStrings", "pInts"]
    function assignAll(src) {
        var out = []
        for (var i = 0; i < names.length; i++) {
            var v
            try { v = eval(src) } catch (e) { return "eval: " + e }
            try { root[names[i]] = v } catch (e) { out.push(names[i] + " threw " + e.message) }
            try { out.push(names[i] + " = " + root[names[i]]) } catch (e) { out.push(names[i] + " unprintable") }
        }
        return out.join("\n")
    }
}`

var coerceEngine struct {
	once sync.Once
	e    *runtime.Engine
	err  error
}

func coerceRoot(tb testing.TB) *runtime.Engine {
	coerceEngine.once.Do(func() {
		dir, err := os.MkdirTemp("", "qmlrun-fuzz")
		if err != nil {
			coerceEngine.err = err
			return
		}
		path := filepath.Join(dir, "coerce.qml")
		if err := os.WriteFile(path, []byte(coerceDoc), 0o644); err != nil {
			coerceEngine.err = err
			return
		}
		// The engine never runs its loop: Do runs on the caller.
		e := runtime.New(runtime.Options{Stdout: io.Discard, Stderr: io.Discard, ScriptTimeout: 100 * time.Millisecond})
		if err := e.Register(quick.Module()); err != nil { // color needs QtGui
			coerceEngine.err = err
			return
		}
		coerceEngine.e, coerceEngine.err = e, e.Load(path)
	})
	if coerceEngine.err != nil {
		tb.Fatal(coerceEngine.err)
	}
	return coerceEngine.e
}

// coerceSeeds: JavaScript values of every kind, and the values the
// coercion goldens of testdata/runtime assign (the second argument of
// their t("label", value) helpers).
func coerceSeeds() []string {
	seeds := []string{
		"0", "-1", "1.5", "-0", "2147483648", "-2147483649", "1e300", "NaN", "Infinity", "-Infinity",
		"true", "false", "null", "undefined", `""`, `" 42 "`, `"0x10"`, `"1_000"`, `"1e3"`, `"abc"`,
		`"#f00"`, `"#80ff0000"`, `"red"`, `"transparent"`, `"#12345"`, `"5,6"`, `"7x8"`, `"1,2,3x4"`,
		`"http://example.com/a b?c#d"`, `"2020-01-02T03:04:05Z"`, `"not a date"`, "new Date(0)", "new Date(NaN)",
		"[]", "[1, 2, 3]", `["a", null, undefined, {}]`, "[root.other]", "[root]", "{}", "({x: 1, y: 2})",
		"root", "root.other", "Qt.point(1, 2)", "Qt.size(3, 4)", "Qt.rect(1, 2, 3, 4)", "Qt.rgba(1, 0, 0, 0.5)",
		`Qt.resolvedUrl("x.qml")`, "function () {}", "Symbol()", "10n", "new ArrayBuffer(4)",
		"({toString: function () { throw new Error('x') }})", "({valueOf: function () { return 7 }})",
		"(function () { var a = []; a.length = 1000; return a })()", "new Proxy({}, {})",
		"Object.create(null)", "[[1], [2]]", `"\ud800"`, "new Uint8Array(3)", "/re/g", "new Map()",
	}
	files, _ := filepath.Glob("../testdata/runtime/*.qml")
	call := regexp.MustCompile(`\bt\("(?:[^"\\]|\\.)*",\s*(.+?)\)\s*(?:;|$)`)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if !strings.Contains(string(b), "function t(") {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			for _, m := range call.FindAllStringSubmatch(line, -1) {
				seeds = append(seeds, m[1])
			}
		}
	}
	return seeds
}

// FuzzCoerce assigns the value of a fuzzed JavaScript expression to a
// property of every basic type and checks that nothing panics or hangs and
// that each property still holds a value of its type (Qt either converts
// or refuses with an exception, keeping the old value).
func FuzzCoerce(f *testing.F) {
	for _, s := range coerceSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e := coerceRoot(t)
		done := make(chan error, 1)
		go func() {
			done <- e.Do(func() error {
				_, err := e.Root().Call("assignAll", e.Runtime().ToValue(src))
				if err != nil && strings.HasPrefix(err.Error(), "runtime: ") {
					return err // a Go panic
				}
				return checkKinds(e)
			})
		}()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("hang: the script timeout did not stop the assignment")
		}
	})
}

type kindError string

func (k kindError) Error() string { return string(k) }

// checkKinds verifies each property's value against its type.
func checkKinds(e *runtime.Engine) error {
	root := e.Root()
	num := func(name string) (float64, bool) {
		switch x := root.Property(name).Export().(type) {
		case int64:
			return float64(x), true
		case float64:
			return x, true
		}
		return 0, false
	}
	if f, ok := num("pInt"); !ok || f != math.Trunc(f) || f < math.MinInt32 || f > math.MaxInt32 {
		return kindError("pInt holds " + root.Property("pInt").String())
	}
	for _, n := range []string{"pReal", "pDouble"} {
		if _, ok := num(n); !ok {
			return kindError(n + " holds " + root.Property(n).String())
		}
	}
	if _, ok := root.Property("pBool").Export().(bool); !ok {
		return kindError("pBool holds " + root.Property("pBool").String())
	}
	if _, ok := root.Property("pString").Export().(string); !ok {
		return kindError("pString holds a non-string")
	}
	for _, n := range []string{"pUrl", "pColor", "pPoint", "pSize", "pRect", "pDate", "pStrings", "pInts"} {
		if _, ok := root.Property(n).(*goja.Object); !ok {
			return kindError(n + " holds a non-object " + root.Property(n).String())
		}
	}
	if v := root.Property("pObject"); !goja.IsNull(v) {
		if _, ok := v.(*goja.Object); !ok {
			return kindError("pObject holds " + v.String())
		}
	}
	return nil
}
