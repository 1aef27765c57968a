import QtQuick
Item {
    id: root
    Component {
        id: holder
        Item {
            property alias ld: inner
            Loader { id: inner; sourceComponent: Item { Component.onDestruction: console.log("loaded item destroyed") } }
            Component.onDestruction: console.log("holder destroyed")
        }
    }
    Component.onCompleted: {
        var h = holder.createObject(root)
        var it = h.ld.item
        console.log("made", it !== null, it.parent === h.ld)
        h.destroy()
        Qt.callLater(function() { console.log("after destroy"); Qt.quit() })
    }
}
