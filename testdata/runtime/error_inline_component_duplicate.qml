import QtQml

QtObject {
    component Part: QtObject {}
    property QtObject p: Part {}
    component Part: QtObject { property int n }
    Component.onCompleted: Qt.quit()
}
