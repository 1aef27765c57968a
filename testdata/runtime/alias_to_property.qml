import QtQml

QtObject {
    id: root
    property QtObject inner: QtObject { id: inner; property int value: 1 }
    property alias value: inner.value
    Component.onCompleted: {
        console.log(value, typeof value)
        value = 5
        console.log(inner.value)
        inner.value = 9
        console.log(value)
        Qt.quit()
    }
}
