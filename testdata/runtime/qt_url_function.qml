import QtQml

// Qt.url: the url value of a text, and its argument checks.

QtObject {
    property url u
    Component.onCompleted: {
        var a = Qt.url("http://x.org/a b")
        console.log(typeof a, a, a.toString(), JSON.stringify(a), Qt.url("rel/p.txt"), Qt.url(""))
        u = Qt.url("http://q/")
        console.log(u, u == "http://q/")
        try { console.log(Qt.url(5)) } catch (e) { console.log("err", e.message) }
        try { console.log(Qt.url()) } catch (e) { console.log("err", e.message) }
        try { console.log(Qt.url("a", "b")) } catch (e) { console.log("err", e.message) }
        console.log(Qt.url, Object.keys(Qt).length)
        Qt.exit(0)
    }
}
