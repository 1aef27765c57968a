import QtQml

QtObject {
    id: root
    signal ping(n: int)
    property bool on: false
    property Connections c: Connections {
        target: root
        enabled: root.on
        function onPing(n) { console.log("onPing", n) }
    }
    Component.onCompleted: {
        ping(1)
        on = true
        ping(2)
        Qt.quit()
    }
}
