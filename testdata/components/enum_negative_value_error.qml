import QtQml

QtObject {
    enum Level { Low = -1, High = 1 }
    Component.onCompleted: Qt.quit()
}
