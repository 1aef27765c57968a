import QtQml

QtObject {
    Component.onCompleted: {
        var u = Qt.resolvedUrl("sub/other.qml")
        console.log(typeof u, u.toString().split("/").slice(-2).join("/"))
        console.log(u.toString().indexOf("file:///") === 0)
        console.log(Qt.resolvedUrl("http://example.com/x.qml"))
        console.log(Qt.resolvedUrl("../up.qml").toString().split("/").pop())
        var e = Qt.resolvedUrl(""); console.log(typeof e, JSON.stringify(e.toString()))
        Qt.quit()
    }
}
