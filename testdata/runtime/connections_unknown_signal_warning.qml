import QtQml

QtObject {
    id: root
    signal ping
    property Connections c: Connections {
        target: root
        function onPing() { console.log("onPing") }
        function onMissing() { console.log("never") }
    }
    Component.onCompleted: {
        ping()
        Qt.quit()
    }
}
