import QtQml

QtObject {
    id: root
    property Component c: Component { QtObject { objectName: "plain" } }
    Component.onCompleted: {
        var w = c.createObject(root)
        console.log(typeof w.Component, typeof w.Component.destruction, typeof w.Component.destruction.connect, typeof root.Component, w.Component === w.Component)
        w.Component.destruction.connect(function() { console.log("plain destroyed", w.objectName) })
        root.Component.destruction.connect(function() { console.log("root destroyed via connect") })
        w.destroy()
        Qt.callLater(Qt.quit)
    }
    Component.onDestruction: console.log("root handler")
}
