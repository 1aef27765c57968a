import QtQml

QtObject {
    enum mode { off, On }
    Component.onCompleted: Qt.quit()
}
