import QtQuick
Item {
    Component { id: sized; Rectangle { width: 30; height: 40
        onWidthChanged: console.log("item width", width, "loader", ld.width)
        onHeightChanged: console.log("item height", height, "loader", ld.height) } }
    Loader { id: ld; sourceComponent: sized
        onWidthChanged: console.log("loader width", width)
        onImplicitWidthChanged: console.log("loader implicitWidth", implicitWidth) }
    Component.onCompleted: {
        ld.item.width = 35
        ld.item.height = 45
        ld.width = 100
        ld.item.width = 20
        console.log("end", ld.width, ld.implicitWidth, ld.item.width, ld.height)
        Qt.quit()
    }
}
