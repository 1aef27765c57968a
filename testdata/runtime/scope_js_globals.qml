import QtQml

QtObject {
    Component.onCompleted: {
        console.log(Math.max(3, 9, 1), Math.floor(-2.5), Math.round(2.5), Math.abs(-4), Math.PI.toFixed(4))
        console.log(JSON.stringify({ a: [1, "x", null], b: true }), JSON.parse("[1,2]").length)
        console.log(parseInt("42px"), parseInt("ff", 16), parseFloat("3.5e2"), isNaN("abc"), Number("12"))
        console.log(String(12).length, Boolean(""), typeof Object.keys, Array.isArray([]))
        console.log(encodeURIComponent("a b&c"), decodeURIComponent("%41"))
        console.log(typeof globalThis, typeof Qt, typeof console, typeof undefinedThing)
        Qt.quit()
    }
}
