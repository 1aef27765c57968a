import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject { Component.onDestruction: console.log("onDestruction once") }
    }
    Component.onCompleted: {
        var o = c.createObject(null)
        o.destroy()
        o.destroy()
        o.destroy(10)
        console.log("three destroy calls made")
        Qt.callLater(function() {
            Qt.quit()
            console.log("calling destroy on a dead object")
            o.destroy()
            console.log("not reached")
        })
    }
}
