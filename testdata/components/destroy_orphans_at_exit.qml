import QtQml
QtObject {
    id: root
    property Component c: Component { QtObject { property string tag; Component.onDestruction: console.log("destruction", tag) } }
    property var keep: []
    Component.onCompleted: {
        keep.push(c.createObject(null, {tag: "orphan1"}))
        keep.push(c.createObject(root, {tag: "child"}))
        c.createObject(null, {tag: "orphan2-dropped"})
        var comp = Qt.createComponent("Widget.qml")
        var w = comp.createObject(null)
        Qt.quit()
    }
    Component.onDestruction: console.log("destruction root")
}
