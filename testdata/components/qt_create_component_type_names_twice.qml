import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        var a = Qt.createComponent("Widget.qml").createObject(root)
        var b = Qt.createComponent("Widget.qml").createObject(root)
        var c = Qt.createComponent("Bag.qml").createObject(root)
        console.log(a, b, c)
        Qt.quit()
    }
}
