import QtQml

QtObject {
    property A a: A {}
    Component.onCompleted: {
        var b = a.makeB.createObject(null, { depth: 1 })
        var a2 = b.makeA.createObject(null, { depth: 2 })
        console.log(a.objectName, b.objectName, b.depth, a2.objectName, a2.depth)
        Qt.quit()
    }
}
