import QtQml

QtObject {
    first: 1
    property int n: "text"
    second: 2
    Component.onCompleted: Qt.quit()
}
