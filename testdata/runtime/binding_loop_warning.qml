import QtQml

QtObject {
    property int a: b + 1
    property int b: a + 1
    Component.onCompleted: {
        console.log("a", a, "b", b)
        Qt.quit()
    }
}
