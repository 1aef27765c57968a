import QtQml

QtObject {
    /* a comment that never ends
    Component.onCompleted: Qt.quit()
}
