import QtQml

QtObject {
    property int value: 1
    property string value: "two"
    Component.onCompleted: Qt.quit()
}
