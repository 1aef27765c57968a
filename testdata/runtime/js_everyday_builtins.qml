import QtQml

// Everyday JavaScript: strings, destructuring, classes, generators, Map and Set, arrays, numbers, coercions.

QtObject {
    Component.onCompleted: {
        console.log("abc".padStart(6, "-"), "abc".padEnd(5, "*") + "|", "a-b-c".split("-"), "Hello".includes("ell"))
        console.log("x1y2z3".replace(/\d/g, function (m) { return "[" + m + "]" }), "AbC".toLowerCase(), " t ".trim() + "|")
        console.log(`t ${1 + 2} ${"s"}`, String.raw`a\nb`, "abc".charCodeAt(1), String.fromCharCode(72, 105))
        var [a, b = 5, ...rest] = [1, undefined, 3, 4]
        var { p, q: { r } } = { p: "P", q: { r: "R" } }
        console.log(a, b, rest, p, r, [...[1, 2], ...[3]], Math.max(...[4, 9, 2]))
        class Animal {
            constructor(name) { this.name = name }
            get label() { return "animal " + this.name }
            static kind() { return "K" }
            speak() { return this.name + " makes a sound" }
        }
        class Dog extends Animal { speak() { return super.speak() + " (woof)" } }
        var d = new Dog("rex")
        console.log(d.speak(), d.label, Dog.kind(), d instanceof Animal, typeof Dog, Object.getPrototypeOf(d) === Dog.prototype)
        console.log(d, JSON.stringify(d), Object.keys(d))
        function* gen() { yield 1; yield 2; return 3 }
        var g = gen()
        console.log(JSON.stringify(g.next()), JSON.stringify(g.next()), JSON.stringify(g.next()), [...gen()])
        var m = new Map([["a", 1], ["b", 2]]); m.set("c", 3)
        var s = new Set([1, 2, 2, 3])
        console.log(m.size, s.size, [...m.keys()], [...s], m.get("b"), s.has(4))
        console.log(m, s, Symbol("desc").toString(), typeof Symbol())
        console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort(function (x, y) { return x - y }), [1, 2, 3].reverse(), [1, [2, [3]]].join(";"))
        console.log(Array.from("abc"), Array.from({ length: 3 }, function (v, i) { return i * 2 }), Array.of(7, 8), [1, 2, 3].indexOf(2), [1, 2, 3].findIndex(function (x) { return x > 1 }))
        console.log(Object.entries({ x: 1, y: 2 }), Object.assign({}, { a: 1 }, { b: 2 }), Object.values({ k: "v" }), JSON.stringify(Object.entries({ x: 1 })))
        console.log((255).toString(16), (255).toString(2), (0.1 + 0.2).toFixed(2), (1234.5678).toFixed(1), (1e21).toString(), (123.456).toExponential(2), (0.000001234).toPrecision(2))
        console.log(parseInt("08"), parseInt("0x1f"), parseInt("12px"), parseFloat("3.14abc"), Number(""), Number(" 12 "), Number("1e3"), Number(null), Number(undefined), Number([5]), Number("abc"))
        console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.sign(-3), Math.hypot(3, 4), Math.log2(8), Math.clz32(1))
        console.log(1 / 0, -1 / 0, 0 / 0, -0, [-0], 1e300 * 1e10, 5 % 3, -5 % 3, 2 ** 10, 7 / 2 | 0, ~~3.7)
        console.log(typeof null, typeof undefined, typeof 1, typeof "", typeof {}, typeof [], typeof function () {}, typeof Symbol.iterator)
        console.log(null == undefined, null === undefined, NaN == NaN, [1] == 1, "1" == 1, 0 == "", "0" == false, [] + [], [] + {}, {} + [])
        var o = { toString: function () { return "custom" } }
        console.log(o, "" + o, `${o}`, String(o), [o])
        label: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue label; if (i == 2) break label; console.log("ij", i, j) } }
        var counter = (function () { var c = 0; return function () { return ++c } })()
        counter(); counter()
        console.log(counter(), (function () { return arguments.length })(1, 2, 3), (function (a, b) { return a + b }).length)
        var obj2 = { get v() { return this._v * 2 }, set v(x) { this._v = x } }
        obj2.v = 21
        console.log(obj2.v, Object.getOwnPropertyNames(obj2), JSON.stringify(obj2))
        console.log([1, 2, 3, 4].filter(function (x) { return x % 2 }).map(function (x) { return x * 10 }).reduce(function (s, x) { return s + x }, 0))
        console.log([1, 2, 3].some(function (x) { return x > 2 }), [1, 2, 3].every(function (x) { return x > 0 }), [1, 2, 3].includes(2), [1, 2, 3].fill(0, 1), [1, 2, 3, 4, 5].copyWithin(0, 3))
        console.log(encodeURIComponent("a b&c/d"), encodeURI("http://x/a b?q=1&r=é"), decodeURIComponent("%E2%82%AC"), escape("a b"), unescape("%41"))
        console.log(isNaN("abc"), isFinite("12"), Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.EPSILON > 0, Number.MAX_SAFE_INTEGER)
        Qt.exit(0)
    }
}
