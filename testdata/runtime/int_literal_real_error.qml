import QtQml

QtObject {
    property int i: 4.5
    Component.onCompleted: Qt.quit()
}
