import QtQml
import QtQml.Models

// An Instantiator switched from one ListModel to another: the old objects
// see their roles undefined and index -1 when objectRemoved reports them.
QtObject {
    id: root
    property ListModel m1: ListModel { ListElement { t: "x"; n: 1 } ListElement { t: "y"; n: 2 } }
    property ListModel m2: ListModel { ListElement { t: "p"; n: 5 } }
    property Instantiator inst: Instantiator {
        model: root.m1
        delegate: QtObject {
            property string label: t + ":" + n + ":" + index
            Component.onDestruction: console.log("destroyed", label, JSON.stringify(t), index)
        }
        onObjectAdded: (i, o) => console.log("added", i, o.label)
        onObjectRemoved: (i, o) => console.log("removed", i, o.label)
    }
    Component.onCompleted: {
        inst.model = m2
        console.log("now", inst.count, inst.object.label)
        Qt.exit(0)
    }
}
