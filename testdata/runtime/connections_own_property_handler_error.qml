import QtQml

QtObject {
    id: root
    signal ping
    property Connections c: Connections {
        target: root
        onEnabledChanged: console.log("enabledChanged")
        function onPing() { console.log("onPing") }
    }
    Component.onCompleted: {
        ping()
        c.enabled = false
        console.log("done")
        Qt.quit()
    }
}
