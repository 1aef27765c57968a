import QtQml

QtObject {
    property SelfRecursive r: SelfRecursive {}
    Component.onCompleted: Qt.quit()
}
