import QtQml

QtObject {
    id: root
    property int base: 100
    property QtObject shared: QtObject { id: sharedObj; property int hits: 0 }
    property Component c: Component {
        QtObject {
            id: made
            property int v: root.base + 1
            property int viaBareName: base + 2
            function hit() { sharedObj.hits++; return sharedObj.hits }
            function selfName() { return made.objectName }
        }
    }
    Component.onCompleted: {
        var a = c.createObject(null, { objectName: "first" })
        var b = c.createObject(null, { objectName: "second" })
        console.log(a.v, a.viaBareName, a.hit(), b.hit(), sharedObj.hits)
        console.log(a.selfName(), b.selfName())
        base = 200
        console.log(a.v, b.viaBareName)
        console.log("made visible outside:", typeof made)
        Qt.quit()
    }
}
