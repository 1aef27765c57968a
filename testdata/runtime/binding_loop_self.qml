import QtQml

QtObject {
    id: root
    property int n: 1
    property int x: 0
    onNChanged: x = x + 1
    Component.onCompleted: {
        n = Qt.binding(function () { return root.n + 1 })
        console.log("n", n, "x", x)
        Qt.quit()
    }
}
