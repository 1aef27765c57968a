import QtQml as Q

Q.QtObject {
    Component.onCompleted: Qt.quit()
}
