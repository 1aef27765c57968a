import QtQml

QtObject {
    property QtObject inner: QtObject { id: inner }
    property alias a: inner.missing
    Component.onCompleted: Qt.quit()
}
