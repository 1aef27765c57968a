import QtQml

QtObject {
    id: root
    property point p: Qt.point(1, 2)
    property url u: "http://x/y"
    property date d: new Date(0)
    property var fnv: function named() {}
    Component.onCompleted: {
        console.log([p, u, d, root, null, undefined, fnv, Qt.size(1, 2)])
        console.log({ p: p }, [[p]], u, d, typeof u, u == "http://x/y", u === "http://x/y")
        console.log(String(p), p + "", u + "!", d + "", `${p}`)
        console.log(JSON.stringify([p, u, d]))
        var o = {}; o[p] = 1; o[u] = 2; console.log(Object.keys(o))
        Qt.quit()
    }
}
