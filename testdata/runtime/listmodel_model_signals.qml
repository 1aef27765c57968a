import QtQml
import QtQml.Models
// ListModel emits QAbstractItemModel's signals: rowsAboutToBeInserted/
// rowsInserted (count already updated, countChanged after), removed and
// moved (destination counted before the move), dataChanged with the roles
// that changed (set and setProperty alike: only changed ones); QModelIndex
// values; index(), data(), rowCount(), hasIndex().
QtObject {
    property ListModel m: ListModel { id: m; ListElement { a: 1; b: "x" } }
    property Connections c: Connections {
        target: m
        function onRowsAboutToBeInserted(p, f, l) { console.log("about ins", p, f, l, m.count) }
        function onRowsInserted(p, f, l) { console.log("ins", p, p.row, p.column, p.valid, p.parent, typeof p, f, l, m.count) }
        function onRowsAboutToBeRemoved(p, f, l) { console.log("about rem", f, l, m.count) }
        function onRowsRemoved(p, f, l) { console.log("rem", f, l, m.count) }
        function onRowsAboutToBeMoved(sp, s, e, dp, d) { console.log("about mv", s, e, d) }
        function onRowsMoved(sp, s, e, dp, d) { console.log("mv", s, e, d) }
        function onDataChanged(tl, br, roles) { console.log("data", tl, tl.row, br.row, roles, JSON.stringify(roles), typeof tl.internalId) }
        function onCountChanged() { console.log("count", m.count) }
    }
    Component.onCompleted: {
        m.append({a: 2, b: "y"})
        m.insert(0, [{a: 3}, {a: 4}])
        m.move(0, 2, 2)
        m.move(3, 0, 1)
        m.set(0, {a: 9})
        m.set(0, {a: 9})
        m.set(0, {c: true})
        m.setProperty(1, "b", "z")
        m.setProperty(1, "b", "z")
        m.get(1).a = 7
        m.set(4, {a: 5})
        var idx = m.index(0, 0)
        console.log(idx, m.data(idx, 1), m.data(idx, 0), m.rowCount(), m.index(9, 0), m.data(m.index(9, 0), 0), m.hasIndex(1, 0), m.hasIndex(7, 0))
        m.remove(1, 2)
        m.clear()
        m.clear()
        Qt.quit()
    }
}
