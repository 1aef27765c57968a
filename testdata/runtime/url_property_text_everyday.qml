import QtQml

// url properties used as text in everyday code.

QtObject {
    property url u: "http://example.com/path/file.txt?q=1#frag"
    property url rel: "images/icon.png"
    property url empty
    Component.onCompleted: {
        console.log(u, u + "", u.length, typeof u.toString(), u.toString().length, String(u).split("/").pop())
        console.log(rel, rel.toString(), empty, empty == "", empty.toString() === "", !empty, !!u)
        console.log(JSON.stringify({ u: u }), [u], u.valueOf ? typeof u.valueOf() : "none", u == u.toString())
        var s = u.toString(); console.log(s.indexOf("?"), s.substring(0, 4), s.endsWith("frag"))
        console.log(Object.keys(u), u.hasOwnProperty ? "has" : "no", u instanceof Object, typeof u.href, u.protocol)
        Qt.exit(0)
    }
}
