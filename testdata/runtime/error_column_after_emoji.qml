import QtQml

QtObject {
    property string face: "😀😀"; property int count: "many"
    Component.onCompleted: Qt.quit()
}
