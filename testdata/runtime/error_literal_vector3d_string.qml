import QtQuick

Item {
    property vector3d v: "1,2"
    Component.onCompleted: Qt.quit()
}
