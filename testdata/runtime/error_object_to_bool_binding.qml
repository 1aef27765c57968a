import QtQml

QtObject {
    property QtObject child: QtObject {
        property bool ready
        ready: Timer { interval: 5 }
    }
    Component.onCompleted: Qt.quit()
}
