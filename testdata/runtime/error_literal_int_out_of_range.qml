import QtQml

QtObject {
    property int big: 3000000000
    Component.onCompleted: Qt.quit()
}
