import QtQuick

Item {
    property color tint: true
    Component.onCompleted: Qt.quit()
}
