import QtQml

QtObject {
    id: root
    signal ping
    property Connections c: Connections {
        function onPing() { console.log("onPing without target") }
    }
    Component.onCompleted: {
        console.log("target", c.target)
        ping()
        Qt.quit()
    }
}
