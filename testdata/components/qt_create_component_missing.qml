import QtQml

QtObject {
    Component.onCompleted: {
        var c = Qt.createComponent("DoesNotExist.qml")
        console.log(c === null, c.status, c.status === Component.Error)
        console.log(c.errorString())
        var o = c.createObject(null)
        console.log(o)
        Qt.quit()
    }
}
