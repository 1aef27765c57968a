// A chain of 1,000 dependent bindings, the head changed 10,000 times.
import QtQml

QtObject {
    id: root
    property int head: 0
    property var nodes: []
    property Component link: Component {
        QtObject {
            property QtObject prev: null
            property int value: prev ? prev.value + 1 : root.head
        }
    }
    Component.onCompleted: {
        var prev = null
        for (var i = 0; i < 1000; i++) {
            prev = link.createObject(root, { prev: prev })
            nodes.push(prev)
        }
        var t0 = Date.now()
        for (var n = 1; n <= 10000; n++)
            head = n
        var t1 = Date.now()
        console.log("tail", nodes[999].value, "ms", t1 - t0)
        Qt.quit()
    }
}
