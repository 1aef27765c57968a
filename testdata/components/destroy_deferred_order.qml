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
        var a = c.createObject(root, { name: "a" })
        console.log("before destroy")
        a.destroy()
        console.log("after destroy, still usable:", a.name)
        Qt.callLater(function() {
            console.log("callLater runs; a is", a, typeof a)
            Qt.quit()
        })
        console.log("end of onCompleted")
    }
}
