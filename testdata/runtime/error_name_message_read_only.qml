import QtQml

// Error prototypes hold name and message read-only in Qt: assigning an error's name does nothing.

QtObject {
    Component.onCompleted: {
        var custom = new Error("c"); custom.name = "MyError"
        console.log(custom, String(custom))
        var t = new TypeError("t"); t.name = "Renamed"; console.log(t)
        var o = Object.create(Error.prototype); o.message = "fake"; console.log(o, String(o))
        var n = new Error("m"); n.message = "changed"; console.log(n)
        var proto = new RangeError("p"); Object.setPrototypeOf(proto, TypeError.prototype); console.log(proto)
        Qt.callLater(function () { Qt.exit(0) })
        throw custom
    }
}
