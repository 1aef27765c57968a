import QtQml
import QtQml.Models

// An ObjectModel as an Instantiator's model: its objects are the
// Instantiator's, shown again when it becomes active, never destroyed.
QtObject {
    id: root
    property ObjectModel om: ObjectModel {
        QtObject { objectName: "a" }
        QtObject { objectName: "b" }
    }
    property Component extra: Component { QtObject {} }
    property Instantiator inst: Instantiator {
        model: root.om
        onObjectAdded: (i, o) => console.log("objectAdded", i, o.objectName, count)
        onObjectRemoved: (i, o) => console.log("objectRemoved", i, o.objectName)
        onCountChanged: console.log("inst count", count)
        onObjectChanged: console.log("object", object ? object.objectName : null)
    }
    Component.onCompleted: {
        console.log("start", inst.count, inst.object.objectName, inst.objectAt(1).objectName)
        om.append(extra.createObject(root, { objectName: "c" }))
        om.remove(0)
        console.log("now", inst.count, inst.objectAt(0).objectName, inst.object.objectName)
        inst.active = false
        console.log("inactive", inst.count, om.count, om.get(0).objectName)
        inst.active = true
        console.log("active", inst.count)
        inst.model = 2
        console.log("int model", inst.count, om.count, om.get(1).objectName)
        Qt.exit(0)
    }
}
