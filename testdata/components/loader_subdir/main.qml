import QtQuick
import "sub"
Item {
    LoaderHost { id: host }
    Component.onCompleted: {
        console.log(host.ld.status, host.ld.item ? host.ld.item.name : host.ld.item, host.ld.source)
        host.ld.source = "LoaderLeaf.qml"
        console.log(host.ld.status, host.ld.item ? host.ld.item.name : host.ld.item)
        host.ld.setSource("LoaderLeaf.qml")
        console.log(host.ld.status, host.ld.item ? host.ld.item.name : host.ld.item, host.ld.source)
        Qt.quit()
    }
}
