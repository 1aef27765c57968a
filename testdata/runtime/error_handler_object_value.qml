import QtQml

QtObject {
    onObjectNameChanged: Timer { interval: 5 }
    Component.onCompleted: Qt.quit()
}
