import QtQml

QtObject {
    id: root
    property QtObject declared: Widget { size: 2 }
    Component.onCompleted: {
        var comp = Qt.createComponent("Widget.qml")
        var a = comp.createObject(root)
        var b = Qt.createComponent("Bag.qml").createObject(root)
        console.log(declared, a, b)
        Qt.quit()
    }
}
