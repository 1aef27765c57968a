import QtQuick
Item {
    id: root
    Component { id: pinger; QtObject { property string name: "p1"; signal pinged(int n) } }
    Component { id: pinger2; Item { property string name: "p2"; signal pinged(int n) } }
    Loader { id: ld; sourceComponent: pinger }
    Connections {
        target: ld.item
        function onPinged(n) { console.log("pinged", n, ld.item.name) }
    }
    Connections {
        target: ld
        function onLoaded() { console.log("onLoaded via Connections", ld.item.name) }
    }
    Component.onCompleted: {
        ld.item.pinged(1)
        ld.sourceComponent = pinger2
        ld.item.pinged(2)
        ld.active = false
        console.log("inactive", ld.item)
        ld.active = true
        ld.item.pinged(3)
        Qt.quit()
    }
}
