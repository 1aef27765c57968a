import QtQml

QtObject {
    id: root
    objectName: "root"
    property Timer t: Timer { objectName: "t1" }
    property list<QtObject> list: [Timer {}]
    property Connections c: Connections {}
    Component.onCompleted: {
        console.log(t.parent, list[0].parent, typeof t.parent)
        var dyn = Qt.createQmlObject("import QtQml; Timer {}", root)
        console.log(dyn.parent)
        var dyn2 = Qt.createQmlObject("import QtQml; Timer {}", t)
        console.log(dyn2.parent)
        try { t.parent = null } catch (e) { console.log(e) }
        Qt.quit()
    }
}
