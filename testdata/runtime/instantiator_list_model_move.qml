import QtQml

// ListModel.move moves an Instantiator's objects with their rows, no signals.

QtObject {
    id: root
    property ListModel m: ListModel {
        ListElement { v: "a" }
        ListElement { v: "b" }
        ListElement { v: "c" }
    }
    property Instantiator inst: Instantiator {
        id: inst
        model: root.m
        QtObject { property string label: v + index }
        onObjectAdded: (index, object) => console.log("added", index, object.label)
        onObjectRemoved: (index, object) => console.log("removed", index, object.label)
    }
    function dump() {
        var s = []
        for (var i = 0; i < inst.count; i++) s.push(inst.objectAt(i).label)
        console.log(s.join(" "))
    }
    Component.onCompleted: {
        m.move(0, 2, 1)
        dump()
        m.move(2, 0, 1)
        dump()
        Qt.quit()
    }
}
