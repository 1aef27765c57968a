import QtQml

QtObject {
    id: root
    signal ping
    property Connections c: Connections {
        target: root
        function onPing() { console.log("onPing") }
    }
    Component.onCompleted: {
        ping()
        c.target = null
        console.log("target now", c.target)
        ping()
        c.target = root
        ping()
        Qt.quit()
    }
}
