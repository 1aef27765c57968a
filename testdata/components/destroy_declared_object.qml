import QtQml

QtObject {
    id: root
    property QtObject child: QtObject {
        objectName: "declared"
        Component.onDestruction: console.log("child onDestruction")
    }
    onChildChanged: console.log("childChanged", child)
    Component.onCompleted: {
        console.log("destroying declared child")
        child.destroy()
        console.log("after destroy call")
        Qt.callLater(function() {
            console.log("later: child is", child)
            Qt.quit()
        })
    }
    Component.onDestruction: console.log("root onDestruction")
}
