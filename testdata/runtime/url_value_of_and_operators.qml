import QtQml

// A url's valueOf gives the url itself; comparisons and arithmetic convert it with toString.

QtObject {
    property url u: "http://a/"
    Component.onCompleted: {
        var v = u.valueOf()
        console.log(typeof v, v, v === u, v == u, v == "http://a/", typeof v.toString, v.valueOf === u.valueOf, u.valueOf.call(5), typeof u.valueOf.call("s"))
        console.log(u < "http://b/", u > "http://", u + 1, u - 1, +u, `${u}`)
        Qt.exit(0)
    }
}
