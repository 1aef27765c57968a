import QtQml

QtObject {
    id: root
    property QtObject a: QtObject { id: a; objectName: "a"; signal ping }
    property QtObject b: QtObject { id: b; objectName: "b"; signal ping }
    property Connections c: Connections {
        target: a
        function onPing() { console.log("onPing from target", c.target.objectName) }
    }
    Component.onCompleted: {
        a.ping()
        b.ping()
        c.target = b
        a.ping()
        b.ping()
        Qt.quit()
    }
}
