import QtQml
import QtQml.Models

// An Instantiator's count follows each object it makes (objectAdded sees it),
// stays while the old objects are removed, and changes once per batch.
QtObject {
    id: root
    property int n: 2
    property Instantiator inst: Instantiator {
        model: root.n
        active: true
        delegate: QtObject {
            required property int index
            objectName: "obj" + index
            Component.onCompleted: console.log("created", objectName)
            Component.onDestruction: console.log("destroyed", objectName)
        }
        onObjectAdded: (i, o) => console.log("added", i, o.objectName, count)
        onObjectRemoved: (i, o) => console.log("removed", i, o.objectName, count)
        onCountChanged: console.log("count", count)
    }
    Component.onCompleted: {
        console.log("start", inst.count, inst.object.objectName, inst.objectAt(1).objectName)
        n = 3
        console.log("after n=3", inst.count)
        inst.active = false
        console.log("inactive", inst.count)
        inst.active = true
        n = 1
        inst.model = ["a", "b"]
        console.log("array model", inst.count, inst.objectAt(0).objectName)
        Qt.callLater(Qt.quit)
    }
}
