import QtQml
// Qt.point is no type: a signal parameter cannot have it.
QtObject {
    signal moved(x: real, where: Qt.point)
    Component.onCompleted: Qt.quit()
}
