import QtQml

QtObject {
    property Connections c: Connections { onFooBar: 1 }
    Component.onCompleted: Qt.quit()
}
