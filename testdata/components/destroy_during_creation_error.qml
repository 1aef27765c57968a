import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            id: me
            property int n: 1
            Component.onCompleted: { console.log("completed, destroying self"); me.destroy() }
            Component.onDestruction: console.log("onDestruction", n)
        }
    }
    property var kept
    Component.onCompleted: {
        kept = c.createObject(root)
        console.log("created", kept.n)
        Qt.callLater(function() { console.log("kept now", kept, typeof kept); Qt.quit() })
    }
}
