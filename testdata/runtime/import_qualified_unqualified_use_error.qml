import QtQml as Q

Q.QtObject {
    property Q.QtObject inner: QtObject { objectName: "inner" }
    Component.onCompleted: Qt.quit()
}
