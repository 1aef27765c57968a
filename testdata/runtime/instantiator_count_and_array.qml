import QtQml

// Instantiator over a count and an array: index and modelData, objectAdded and
// objectRemoved, model and active changes.

QtObject {
    id: root
    property var names: ["a", "b", "c"]
    property Instantiator i1: Instantiator {
        id: i1
        model: 2
        delegate: QtObject {
            property int k: index
            property var d: modelData
            Component.onCompleted: console.log("delegate completed", index, modelData)
        }
        onObjectAdded: function (index, object) { console.log("added", index, object.k, object.d) }
        onObjectRemoved: function (index, object) { console.log("removed", index, object.k) }
    }
    property Instantiator i2: Instantiator {
        id: i2
        model: root.names
        delegate: QtObject { property string s: modelData + index }
        onObjectAdded: (index, object) => console.log("i2 added", index, object.s)
    }
    Component.onCompleted: {
        console.log("counts", i1.count, i2.count, i1.object.k, i2.objectAt(2).s, i2.objectAt(5))
        i1.model = 3
        console.log("after model 3", i1.count)
        i1.active = false
        console.log("inactive", i1.count, i1.object)
        i1.active = true
        console.log("active", i1.count)
        root.names = ["x"]
        console.log("names", i2.count, i2.object.s)
        Qt.quit()
    }
}
