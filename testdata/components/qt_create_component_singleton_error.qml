import QtQml

QtObject {
    Component.onCompleted: {
        var c = Qt.createComponent("Single.qml")
        console.log(c.status, JSON.stringify(c.errorString()))
        console.log(c.createObject(null))
        Qt.quit()
    }
}
