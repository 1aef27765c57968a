import QtQml

QtObject {
    property Component c: Component { NeedsName {} }
    Component.onCompleted: {
        var a = c.createObject(null, { name: "viaMap" })
        console.log("a", a === null ? "null" : a.name)
        var b = c.createObject(null)
        console.log("b", b === null ? "null" : b.name)
        Qt.quit()
    }
}
