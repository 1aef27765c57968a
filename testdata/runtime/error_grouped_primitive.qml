import QtQml

QtObject {
    property real ratio
    ratio.value: 1
    Component.onCompleted: Qt.quit()
}
