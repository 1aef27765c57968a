import QtQml

// Qt 6.4's JSON.stringify ignores a replacer array (the property names to
// keep); a replacer function and the indentation work.
QtObject {
    property var held: ({ a: 1, b: { a: 2, c: 3 } })
    Component.onCompleted: {
        var o = { a: 1, b: { a: 2, c: 3 }, d: [1, 2] }
        console.log(JSON.stringify(o, ["a", "b"]))
        console.log(JSON.stringify(o, ["a"], 2))
        console.log(JSON.stringify(o, function (k, v) { return typeof v === "number" ? v * 10 : v }))
        console.log(JSON.stringify(o, function (k, v) { return k === "b" ? undefined : v }, "--"))
        console.log(JSON.stringify(o, null, 20).split("\n")[1].length)
        console.log(JSON.stringify(o, [], 1))
        console.log(JSON.stringify(o, "x"), JSON.stringify(o, 5), JSON.stringify(o, {}))
        console.log(JSON.stringify(held, ["a"]))
        Qt.quit()
    }
}
