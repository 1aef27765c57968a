import QtQml

QtObject {
    id: root
    Component.onCompleted: {
        var c = Qt.createComponent("Widget.qml", Component.Asynchronous)
        console.log("initial status", c.status, c.progress)
        c.statusChanged.connect(function(s) {
            console.log("statusChanged", s, c.status)
            if (c.status === Component.Ready) {
                var w = c.createObject(root, { size: 8 })
                console.log(w.label)
                Qt.quit()
            }
        })
        if (c.status === Component.Ready) {
            console.log("ready immediately")
            Qt.quit()
        }
        console.log("end of onCompleted")
    }
}
