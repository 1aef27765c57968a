import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        var c = Qt.createComponent("Widget.qml")
        console.log(c.status === Component.Ready, c.status, JSON.stringify(c.errorString()))
        console.log(String(c.url).split("/").pop())
        var w = c.createObject(root, { size: 4 })
        console.log(w.objectName, w.size, w.label, w.describe())
        var w2 = c.createObject(root)
        console.log(w2.size, w === w2)
        Qt.quit()
    }
}
