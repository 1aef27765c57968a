import QtQml

QtObject {
    property QtObject child: QtObject { id: inner; property int n: 1 }
    property alias count: inner.m
    objectName: 5
    Component.onCompleted: Qt.quit()
}
