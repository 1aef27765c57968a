import QtQml

QtObject {
    id: root
    function f(a, b) { return a + b }
    property var arrow: (x) => x * 2
    Component.onCompleted: {
        console.log(undefined, null, true, false, "", "s")
        console.log(new Date(Date.UTC(2020, 0, 15, 10, 30, 0)).toISOString())
        console.log(JSON.stringify({a: [1, {b: null}], c: "x"}))
        console.log(JSON.stringify({a: 1, b: [1, 2]}, null, 2))
        console.log(JSON.stringify(undefined), JSON.stringify(null), JSON.stringify("q\"s"))
        console.log(/ab+c/gi, new RegExp("x.y", "m"))
        console.log(Math.PI, Math.max(), Math.min(), Math.round(-2.5), Math.sign(-3))
        console.log("abc".toUpperCase(), "a,b,c".split(","), "  x ".trim() + "|")
        console.log([3, 1, 2].sort(), [1, 2, 3].map(x => x * x), [1, 2, 3].join("-"))
        console.log(typeof root, typeof root.f, typeof arrow, typeof root.objectName)
        console.log(typeof Qt, typeof console, typeof root.objectNameChanged)
        console.log(new Map([[1, 2]]), new Set([1, 2]))
        console.log(Symbol("sy").toString())
        console.log([undefined, null], [, 1], [[], []])
        console.log((255).toString(16), (0.5).toFixed(2), (1234.5678).toFixed(1), (1e21).toFixed(2))
        console.log((123.456).toPrecision(4), (0.00001).toExponential(), parseInt("08"), parseFloat("3.14abc"))
        console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON, Number.MIN_VALUE, Number.MAX_VALUE)
        console.log(new Error("e1").message, new TypeError("te"), new RangeError("re").name)
        console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null))
        console.log(String([1, [2, 3]]), String({}), `tmpl ${1 + 1}`)
        Qt.quit()
    }
}
