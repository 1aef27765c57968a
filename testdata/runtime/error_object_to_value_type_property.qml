import QtQuick

Item {
    property point origin: QtObject {}
    Component.onCompleted: Qt.quit()
}
