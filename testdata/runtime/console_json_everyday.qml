import QtQml

// console.log of nested values, built-in objects and QML objects; JSON round trips; console levels.

QtObject {
    id: root
    objectName: "rootObj"
    property var nested: ({ a: [1, { b: "c" }], d: null, e: undefined, f: function () {} })
    Component.onCompleted: {
        console.log(nested)
        console.log([undefined, null, , 3])
        console.log({ k: undefined }, { s: "str" }, [["x"]], [{}])
        console.log(new Map([[1, 2]]), new Set(["a"]), Symbol("s"), /re/g, new Date(0).getTime())
        console.log(new Uint8Array([1, 2, 3]), new ArrayBuffer(4), new Error("err"), new TypeError("te"))
        console.log(root, [root], { o: root })
        console.log(JSON.stringify(nested), JSON.stringify({ u: undefined, n: NaN, i: Infinity, d: new Date(Date.UTC(2020, 1, 2, 3, 4, 5, 6)) }))
        console.log(JSON.stringify([1, "a", { b: [2] }], null, 2))
        console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, "--"), JSON.stringify("é\u2028\n\"q\""))
        console.log(JSON.stringify({ b: 2, a: 1, 1: "one", 0: "zero" }), JSON.stringify([function () {}, Symbol()]))
        console.log(JSON.parse('{"x": [1, 2.5, "s", true, null]}').x, JSON.parse("3"), JSON.parse('"s"'), typeof JSON.parse("null"))
        console.info("info", 1); console.warn("warn", 2); console.error("err", 3); console.debug("dbg", 4)
        console.log("%s is %d", "x", 5, "extra")
        console.log(); console.log(""); console.log(" ", "")
        console.log(1.0, 1.5, -0, 0.1 * 3, 1e21, 1 / 3, 100 / 3, 2 ** 53 + 1, 123e-20)
        console.log(true, false, "multi\nline", "tab\there")
        console.log(print, console.log, Math.max, function named(a, b) { return a }, () => 1)
        print("print", "works")
        Qt.exit(0)
    }
}
