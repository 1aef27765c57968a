import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        Qt.quit()
        console.log("destroying root")
        root.destroy()
        console.log("after root.destroy()")
    }
    Component.onDestruction: console.log("root onDestruction")
}
