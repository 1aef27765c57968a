import QtQml

// Instantiator over a ListModel: active set later, setProperty, insert, clear,
// the order of objectChanged, objectAdded and countChanged.

QtObject {
    id: root
    property ListModel m: ListModel {
        ListElement { v: 1 }
        ListElement { v: 2 }
    }
    property Component comp: Component {
        QtObject {
            property int twice: v * 2
            property int i: index
            Component.onDestruction: console.log("destroyed", i)
        }
    }
    property Instantiator inst: Instantiator {
        id: inst
        model: root.m
        delegate: root.comp
        active: false
        onObjectAdded: (index, object) => console.log("added", index, object.twice)
        onObjectRemoved: (index, object) => console.log("removed", index, object.twice, object.i)
        onCountChanged: console.log("countChanged", count)
        onObjectChanged: console.log("objectChanged", object ? object.twice : object)
    }
    Component.onCompleted: {
        console.log("start", inst.count, inst.object)
        inst.active = true
        m.setProperty(1, "v", 10)
        console.log("after set", inst.objectAt(1).twice)
        m.insert(0, { v: 7 })
        console.log("after insert", inst.objectAt(0).twice, inst.objectAt(1).i, inst.objectAt(2).i)
        m.clear()
        console.log("after clear", inst.count)
        Qt.callLater(Qt.quit)
    }
}
