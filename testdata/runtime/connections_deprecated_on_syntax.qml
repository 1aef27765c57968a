import QtQml

QtObject {
    id: root
    signal ping(n: int)
    property Connections c: Connections {
        target: root
        onPing: console.log("deprecated form", n)
    }
    Component.onCompleted: {
        ping(1)
        ping(2)
        Qt.quit()
    }
}
