import QtQml

QtObject {
    objectName: "B"
    property int depth: 0
    function makeA(d) {
        var c = Qt.createComponent("A.qml")
        console.log("A.qml status from B:", c.status)
        return c.createObject(null, { depth: d })
    }
}
