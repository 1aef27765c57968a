import QtQml

QtObject {
    Component.onCompleted: {
        var d = Qt.createComponent("NeedsName.qml")
        var e = d.createObject(null)
        console.log("e", e === null ? "null" : e.name, d.status)
        var f = d.createObject(null, { name: "second try" })
        console.log("f", f === null ? "null" : f.name, d.status)
        var g = Qt.createComponent("NeedsName.qml")
        console.log("same component again:", g === d)
        var h = g.createObject(null, { name: "fresh component" })
        console.log("h", h === null ? "null" : h.name)
        Qt.quit()
    }
}
