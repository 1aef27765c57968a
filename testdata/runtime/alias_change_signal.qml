import QtQml

QtObject {
    property QtObject inner: QtObject {
        id: inner
        property int value: 0
        onValueChanged: console.log("inner valueChanged", value)
    }
    property alias value: inner.value
    onValueChanged: console.log("alias valueChanged", value)
    Component.onCompleted: {
        value = 1
        inner.value = 2
        value = 2
        console.log("done")
        Qt.quit()
    }
}
