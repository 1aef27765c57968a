import QtQuick
Item {
    width: 80; height: 60
    Loader { id: a; source: "LoadedBox.qml" }
    Loader { id: b; source: "Missing.qml" }
    Component.onCompleted: {
        console.log(a.status, a.item.objectName, a.item.n, a.width, a.height, String(a.source).split("/").pop())
        console.log(b.status, b.item)
        a.source = ""
        console.log(a.status, a.item)
        Qt.quit()
    }
}
