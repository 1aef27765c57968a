import QtQml

// Errors in change handlers, in a dynamic object's bindings and handlers, and a component that fails to load.

QtObject {
    id: root
    property int v: 0
    onVChanged: { if (v == 2) null.boom }
    property Component comp: Component {
        QtObject {
            property int w: undefinedName + 1
            Component.onCompleted: { console.log("dyn completed"); throw new Error("dyn fail") }
            Component.onDestruction: nothing()
        }
    }
    Component.onCompleted: {
        v = 1; v = 2; v = 3
        console.log("v", v)
        var o = comp.createObject(root)
        console.log("created", o !== null)
        o.destroy()
        var t = Qt.createQmlObject("import QtQml; Timer { interval: 5; running: true; onTriggered: { Qt.exit(0) } }", root)
        var bad = Qt.createComponent("data:,garbage")
        console.log("status", bad.status, bad.errorString().length > 0)
    }
}
