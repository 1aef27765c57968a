import QtQml

QtObject {
    id: root
    property Component c: Component { QtObject {} }
    Component.onCompleted: {
        console.log(Qt.isQtObject(root), Qt.isQtObject(c), Qt.isQtObject(Qt))
        console.log(Qt.isQtObject({}), Qt.isQtObject(null), Qt.isQtObject(undefined), Qt.isQtObject(1), Qt.isQtObject("s"))
        var o = c.createObject(null)
        console.log(Qt.isQtObject(o))
        o.destroy()
        Qt.callLater(function() {
            console.log("after destroy", Qt.isQtObject(o), o === null, o == null)
            Qt.quit()
        })
    }
}
