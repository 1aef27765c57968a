import QtQml
import QtQml.Models
// The order in which a ListModel's signals reach Connections, an
// Instantiator using the model (connected when the creation completes) and
// functions connected later.
QtObject {
    id: root
    property ListModel m: ListModel { id: m; ListElement { v: 1 } }
    property Connections c1: Connections {
        target: m
        function onRowsInserted(p, f, l) { console.log("c1 ins", f, l, inst.count) }
        function onRowsRemoved(p, f, l) { console.log("c1 rem", f, l, inst.count) }
        function onDataChanged(a, b, r) { console.log("c1 data", a.row, r, inst.objectAt(a.row).vv) }
        function onCountChanged() { console.log("c1 count", m.count, inst.count) }
    }
    property Instantiator inst: Instantiator {
        id: inst
        model: m
        delegate: QtObject { property int vv: v; Component.onCompleted: console.log("made", v) }
        onObjectAdded: (i, o) => console.log("added", i, m.count)
        onObjectRemoved: (i, o) => console.log("removed", i, m.count)
    }
    property Connections c2: Connections {
        target: m
        function onRowsInserted(p, f, l) { console.log("c2 ins", f, l, inst.count) }
        function onDataChanged(a, b, r) { console.log("c2 data", a.row, r, inst.objectAt(a.row).vv) }
    }
    Component.onCompleted: {
        m.onRowsInserted.connect((p, f, l) => console.log("fn ins", f, l))
        m.append({v: 2})
        m.setProperty(0, "v", 5)
        m.move(0, 1, 1)
        console.log(inst.objectAt(0).vv, inst.objectAt(1).vv)
        m.remove(0)
        Qt.quit()
    }
}
