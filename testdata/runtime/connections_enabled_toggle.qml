import QtQml

QtObject {
    id: root
    signal ping(n: int)
    property Connections c: Connections {
        target: root
        function onPing(n) { console.log("onPing", n) }
    }
    Component.onCompleted: {
        ping(1)
        c.enabled = false
        ping(2)
        c.enabled = true
        ping(3)
        Qt.quit()
    }
}
