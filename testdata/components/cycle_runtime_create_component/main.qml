import QtQml

QtObject {
    property A a: A {}
    Component.onCompleted: {
        var a2 = a.b.makeA(5)
        console.log(a.objectName, a.b.objectName, a.b.depth, a2.objectName, a2.depth, a2.b.depth)
        Qt.quit()
    }
}
