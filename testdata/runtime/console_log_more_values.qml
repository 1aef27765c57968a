import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        console.log({ toString: function () { return "custom!" } })
        console.log([{ toString: () => "in-array" }])
        class Pt { constructor(x) { this.x = x } toString() { return "Pt(" + this.x + ")" } }
        console.log(new Pt(3), [new Pt(4)])
        class Plain { }
        console.log(new Plain())
        console.log(new Uint8Array([1, 2, 3]))
        console.log(Symbol("s"))
        console.log([Symbol.iterator].length)
        console.log(Object.create(null))
        console.log(new Number(5), new String("s"), new Boolean(false))
        console.log([1, 2, 3].entries(), new Map().keys())
        console.log(Promise.resolve(1))
        console.log(function* gen() {})
        console.log(JSON, Math, Reflect)
        console.log(arguments.length, typeof arguments)
        console.log("%s and %d", "str", 5)
        console.log("a\tb", "multi\nline", "unicode é ✓ 😀")
        console.log([["a", ["b"]], {}], [[]], [[], [[]]])
        console.log(new Array(3), [1, , 3], Array(2).fill(0))
        console.log([1.5, -0, NaN, Infinity], [1e21, 1e-7])
        console.log(Object.assign([1, 2], { extra: 3 }))
        var sparse = []; sparse[5] = 1; console.log(sparse)
        console.log([null], [undefined], [[null]])
        console.log(root.objectName === "", typeof root.objectName)
        Qt.quit()
    }
}
