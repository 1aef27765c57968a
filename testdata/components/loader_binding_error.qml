import QtQuick
Item {
    Loader {
        id: ld
        source: "LoaderThrows.qml"
        onStatusChanged: console.log("status", status)
        onLoaded: console.log("loaded", item.name)
    }
    Timer {
        interval: 1; running: true
        onTriggered: {
            ld.source = ""
            ld.source = "LoaderThrows.qml"
            console.log("reloaded", ld.status, ld.item.v)
            Qt.quit()
        }
    }
    Component.onCompleted: console.log("root completed", ld.status, ld.item.name)
}
