import QtQml

QtObject {
    id: root
    property Connections c: Connections {
        target: root
        onMissing: console.log("never")
    }
    Component.onCompleted: Qt.quit()
}
