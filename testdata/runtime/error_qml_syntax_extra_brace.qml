import QtQml

QtObject {
    property int value: 1
    Component.onCompleted: Qt.quit()
}
}
