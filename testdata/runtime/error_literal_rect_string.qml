import QtQuick

Item {
    property rect area: "wide"
    Component.onCompleted: Qt.quit()
}
