import QtQml

// The objects of a list property complete last first (each before the
// objects bound inside it), so they are destroyed first to last.
QtObject {
    id: root
    property QtObject p0: QtObject {
        Component.onCompleted: console.log("p0 completed")
        Component.onDestruction: console.log("p0 destroyed")
    }
    property list<QtObject> kids: [
        QtObject {
            objectName: "k1"
            Component.onCompleted: console.log("k1 completed")
            Component.onDestruction: console.log("k1 destroyed")
        },
        QtObject {
            objectName: "k2"
            property QtObject inner: QtObject {
                Component.onCompleted: console.log("k2.inner completed")
                Component.onDestruction: console.log("k2.inner destroyed")
            }
            Component.onCompleted: console.log("k2 completed")
            Component.onDestruction: console.log("k2 destroyed")
        },
        QtObject {
            objectName: "k3"
            Component.onCompleted: console.log("k3 completed")
            Component.onDestruction: console.log("k3 destroyed")
        }
    ]
    property QtObject p1: QtObject {
        Component.onCompleted: console.log("p1 completed")
        Component.onDestruction: console.log("p1 destroyed")
    }
    Component.onCompleted: {
        console.log("root completed", kids.length, kids[0].objectName, kids[2].objectName)
        Qt.quit()
    }
    Component.onDestruction: console.log("root destroyed")
}
