import QtQml

QtObject {
    Component.onCompleted: {
        var c = Qt.createComponent("BrokenSyntax.qml")
        console.log(c.status, c.status === Component.Error)
        console.log(c.errorString())
        var d = Qt.createComponent("BrokenType.qml")
        console.log(d.status)
        console.log(d.errorString())
        console.log(d.createObject(null))
        Qt.quit()
    }
}
