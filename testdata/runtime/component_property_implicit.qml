import QtQml

// An object declaration assigned to a Component property is wrapped in an
// implicit Component.

QtObject {
    id: root
    property Component c: QtObject { property int x: 5 }
    Component.onCompleted: {
        var o = c.createObject(root)
        console.log(c, o.x, c.status === Component.Ready)
        Qt.quit()
    }
}
