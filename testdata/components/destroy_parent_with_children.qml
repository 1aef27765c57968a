import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property string name
            Component.onDestruction: console.log("onDestruction", name)
        }
    }
    Component.onCompleted: {
        var parentObj = c.createObject(null, { name: "parent" })
        var kid1 = c.createObject(parentObj, { name: "kid1" })
        var kid2 = c.createObject(parentObj, { name: "kid2" })
        var orphan = c.createObject(null, { name: "orphan" })
        parentObj.destroy()
        Qt.callLater(function() {
            console.log("after parent destroyed")
            console.log("orphan still alive:", orphan.name)
            orphan.destroy()
            Qt.callLater(function() { console.log("done"); Qt.quit() })
        })
    }
}
