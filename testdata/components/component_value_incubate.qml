import QtQml

QtObject {
    id: root
    property Component c: Component {
        QtObject {
            property int n: 1
            Component.onCompleted: console.log("incubated object completed", n)
        }
    }
    Component.onCompleted: {
        var inc = c.incubateObject(root, { n: 3 })
        console.log("status", inc.status, "Ready", Component.Ready, "Loading", Component.Loading)
        if (inc.status !== Component.Ready) {
            inc.onStatusChanged = function(status) {
                console.log("onStatusChanged", status, inc.object.n)
                Qt.quit()
            }
        } else {
            console.log("ready at once", inc.object.n)
            Qt.quit()
        }
        console.log("end of onCompleted")
    }
}
