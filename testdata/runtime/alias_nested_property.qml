import QtQml

QtObject {
    property QtObject outer: QtObject {
        id: outer
        property QtObject inner: QtObject { id: inner; property string text: "deep" }
    }
    property alias innerText: inner.text
    property alias innerObj: outer.inner
    Component.onCompleted: {
        console.log(innerText, innerObj.text)
        innerText = "changed"
        console.log(outer.inner.text)
        Qt.quit()
    }
}
