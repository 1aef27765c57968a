import QtQml

QtObject {
    property QtObject outer: QtObject {
        id: outer
        property QtObject inner: QtObject { property string text: "deep" }
    }
    property alias innerText: outer.inner.text
    Component.onCompleted: Qt.quit()
}
